"""The extension points of docs/extending.md, each through the demo site's working example.

- a package template overridden by the site
  (example_site/demo/templates/pbgdpl_wagtail/includes/site_footer.html)
- a package page type subclassed by the site (demo.PressReleasePage, a NewsPage)
- the package's blocks in the site's own page model (demo.ProvinceArticlePage; its rendering is
  covered in tests/test_library_blocks.py)
- a lĩnh vực of the province's own (demo/legal_fields.py, which seed_demo runs)
"""

import datetime
from io import StringIO

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.template.loader import get_template
from django.urls import reverse
from wagtail.models import Page

from demo.legal_fields import add_province_legal_fields
from demo.models import PressReleasePage, ProvinceArticlePage
from pbgdpl_wagtail.models import (
    EventPage,
    LegalField,
    NewsIndexPage,
    NewsPage,
    PortalHomePage,
    SectionPage,
)

from .factories_news import make_news, make_news_index

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def news_index(portal):
    return make_news_index(portal)


def make_press_release(index, **kwargs):
    page = PressReleasePage(
        title="Thông cáo báo chí về Ngày Pháp luật năm 2026",
        slug="thong-cao-ngay-phap-luat",
        date=datetime.date(2026, 11, 9),
        intro="Sở Tư pháp thông báo các hoạt động hưởng ứng Ngày Pháp luật.",
        release_number="12/TCBC-STP",
        spokesperson="Bà Lê Thị Hoa, Phó Giám đốc Sở Tư pháp",
        **kwargs,
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


# Overriding a template ---------------------------------------------------------------------


def test_the_sites_footer_template_wins_and_extends_the_packages(client, portal):
    template = get_template("pbgdpl_wagtail/includes/site_footer.html")
    assert "example_site/demo/templates" in template.origin.name.replace("\\", "/")

    footer = soup(client.get(portal.url)).select_one("footer.pbgdpl-site-footer")
    # The demo's addition, in Vietnamese from the demo's own catalogue...
    assert "Chịu trách nhiệm chính: Giám đốc Sở Tư pháp." in footer.get_text()
    # ...inside the package's footer, which still gives the unit's contacts.
    assert footer.select_one("address a[href^='mailto:']")
    assert len(soup(client.get(portal.url)).select("footer.pbgdpl-site-footer")) == 1


# Subclassing a page type -------------------------------------------------------------------


def test_a_subclass_goes_wherever_its_base_may():
    assert PressReleasePage.can_exist_under(NewsIndexPage())
    assert PressReleasePage in NewsIndexPage.creatable_subpage_models()
    assert NewsIndexPage in PressReleasePage.allowed_parent_page_models()
    # ...and nowhere else: not under the portal, a section, or another news item.
    for parent in (PortalHomePage(), SectionPage(), NewsPage()):
        assert not PressReleasePage.can_exist_under(parent)
    # The package's own lists are unchanged otherwise.
    assert NewsIndexPage.creatable_subpage_models() == [NewsPage, EventPage, PressReleasePage]
    assert not ProvinceArticlePage.can_exist_under(NewsIndexPage())


def test_a_press_release_renders_with_the_news_template_and_its_own_fields(client, news_index):
    release = make_press_release(news_index)
    html = soup(client.get(release.url))
    article = html.select_one("article.pbgdpl-news-article")
    assert article.h1.get_text() == release.title
    facts = {
        dt.get_text(): dt.find_next_sibling("dd").get_text()
        for dt in article.select(".demo-press-release dt")
    }
    assert facts == {
        "Số thông cáo": "12/TCBC-STP",
        "Người phát ngôn": "Bà Lê Thị Hoa, Phó Giám đốc Sở Tư pháp",
    }
    # The package's parts of the page are all there: date, summary, link back to the listing.
    assert article.select_one("time[datetime='2026-11-09']")
    assert "hưởng ứng Ngày Pháp luật" in article.select_one(".pbgdpl-lead").get_text()
    assert html.select_one(f".pbgdpl-back-link a[href='{news_index.url}']")


def test_the_news_listing_and_feed_carry_press_releases(client, news_index):
    make_news(news_index, title="Tin thường", date=datetime.date(2026, 11, 1), publish=True)
    release = make_press_release(news_index)
    listing = soup(client.get(news_index.url))
    titles = [a.get_text() for a in listing.select(".pbgdpl-news-item__title a")]
    assert titles == [release.title, "Tin thường"]
    assert release.title in client.get(news_index.url + "rss/").content.decode()


def test_editors_add_a_press_release_in_the_admin(admin_client, news_index):
    add_subpage = admin_client.get(reverse("wagtailadmin_pages:add_subpage", args=[news_index.pk]))
    assert reverse("wagtailadmin_pages:add", args=["demo", "pressreleasepage", news_index.pk]) in (
        add_subpage.content.decode()
    )
    form = admin_client.get(
        reverse("wagtailadmin_pages:add", args=["demo", "pressreleasepage", news_index.pk])
    )
    assert form.status_code == 200
    assert 'name="release_number"' in form.content.decode()
    assert 'name="spokesperson"' in form.content.decode()
    # Not offered under the portal home page, where a news item may not go either.
    refused = admin_client.get(
        reverse(
            "wagtailadmin_pages:add", args=["demo", "pressreleasepage", news_index.get_parent().pk]
        )
    )
    # Wagtail refuses with its "permission denied" message and the dashboard.
    assert (refused.status_code, refused.url) == (302, reverse("wagtailadmin_home"))


def test_a_press_release_is_a_news_item_to_the_package(news_index):
    release = make_press_release(news_index)
    assert NewsPage.objects.live().get(pk=release.pk).specific == release
    assert Page.objects.get(pk=release.pk).specific_class is PressReleasePage


# Adding a lĩnh vực -------------------------------------------------------------------------


def test_the_provinces_own_legal_field_is_added_once_and_kept_by_the_reference_loader():
    call_command("pbgdpl_load_reference_data", "legal_fields", stdout=StringIO())
    (field,) = add_province_legal_fields()
    assert (field.code, field.name) == ("AT.1", "Chính sách hỗ trợ đặc thù của tỉnh An Thịnh")
    assert field.parent is None
    assert add_province_legal_fields() == []
    call_command("pbgdpl_load_reference_data", "legal_fields", update=True, stdout=StringIO())
    field.refresh_from_db()
    assert field.name == "Chính sách hỗ trợ đặc thù của tỉnh An Thịnh"
    assert LegalField.objects.filter(code="AT.1").count() == 1
    assert LegalField.objects.get(code="44.8").name == "Phổ biến, giáo dục pháp luật"


def test_the_provinces_legal_field_is_offered_to_editors_and_found_without_diacritics(
    admin_client,
):
    add_province_legal_fields()
    url = reverse("wagtailsnippetchoosers_pbgdpl_legalfield:choose")
    assert "Chính sách hỗ trợ đặc thù của tỉnh An Thịnh" in admin_client.get(url).json()["html"]
    found = admin_client.get(
        reverse("wagtailsnippetchoosers_pbgdpl_legalfield:choose_results"), {"q": "ho tro dac thu"}
    )
    assert "Chính sách hỗ trợ đặc thù của tỉnh An Thịnh" in found.content.decode()
