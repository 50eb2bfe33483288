"""The demo province's news, events and about page."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from wagtail.models import Locale

from pbgdpl_wagtail.models import (
    AboutPage,
    EventPage,
    NewsCategory,
    NewsIndexPage,
    NewsPage,
    PortalHomePage,
    StaffMember,
)

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_demo_province_has_news_events_and_an_about_page(client, demo_province):
    # The Vietnamese site; seed_demo translates part of it (test_seed_demo.py).
    vi = Locale.get_default()
    index = NewsIndexPage.objects.get(slug="tin-tuc-su-kien", locale=vi)
    assert NewsPage.objects.child_of(index).live().count() == 10
    assert EventPage.objects.child_of(index).live().count() == 2
    assert NewsCategory.objects.filter(locale=vi).count() == 3
    assert StaffMember.objects.count() == 4
    listing = soup(client.get(index.url))
    assert len(listing.select(".pbgdpl-news-list > li")) == 10
    event = EventPage.objects.get(slug="le-huong-ung-ngay-phap-luat-2026")
    assert timezone.localtime(event.start).date() == datetime.date(2026, 11, 9)
    about = AboutPage.objects.get()
    page = soup(client.get(about.url))
    assert len(page.select(".pbgdpl-staff-card")) == 4
    assert len(page.select(".pbgdpl-staff-card__contact")) == 2
    assert "duc.hm@sotuphap.anthinh.example" not in str(page)
    home = PortalHomePage.objects.get(locale=vi)
    assert [block.block_type for block in home.body].count("latest_news") == 1
    assert soup(client.get(home.url)).select(".pbgdpl-latest-news .pbgdpl-news-item")
