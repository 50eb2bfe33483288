"""Factories for news, events, the about page and staff."""

import datetime

import factory
from django.utils import timezone

from pbgdpl_wagtail.models import (
    AboutPage,
    EventPage,
    NewsCategory,
    NewsIndexPage,
    NewsPage,
    StaffMember,
)

from .factories import LocaleDefaultMixin


class NewsCategoryFactory(LocaleDefaultMixin):
    name = factory.Sequence(lambda n: f"Chuyên mục {n}")
    slug = factory.Sequence(lambda n: f"chuyen-muc-{n}")

    class Meta:
        model = NewsCategory


class StaffMemberFactory(factory.django.DjangoModelFactory):
    full_name = factory.Sequence(lambda n: f"Nguyễn Văn Mẫu {n}")
    position = "Chuyên viên"
    unit = "Phòng Phổ biến, giáo dục pháp luật"
    phone = factory.Sequence(lambda n: f"0200 3 81{n % 10000:04d}")
    email = factory.Sequence(lambda n: f"canbo{n}@sotuphap.example")

    class Meta:
        model = StaffMember


def _publish(parent, page, publish):
    parent.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    return page


def make_news_index(parent, publish=True, **kwargs):
    kwargs.setdefault("title", "Tin tức – Sự kiện")
    kwargs.setdefault("slug", "tin-tuc")
    return _publish(parent, NewsIndexPage(**kwargs), publish)


def make_news(index, tags=(), publish=False, **kwargs):
    """A live news item; ``publish=True`` also goes through a revision (slower)."""
    kwargs.setdefault("title", "Tin mẫu")
    kwargs.setdefault("slug", f"tin-{NewsPage.objects.count() + EventPage.objects.count() + 1}")
    kwargs.setdefault("date", datetime.date(2026, 5, 4))
    kwargs.setdefault("intro", "Tóm tắt tin.")
    page = NewsPage(**kwargs)
    if tags:
        page.tags.add(*tags)
    return _publish(index, page, publish)


def make_event(index, tags=(), publish=False, **kwargs):
    kwargs.setdefault("title", "Sự kiện mẫu")
    kwargs.setdefault("slug", f"su-kien-{NewsPage.objects.count() + 1}")
    kwargs.setdefault("date", datetime.date(2026, 5, 4))
    kwargs.setdefault("start", timezone.now() + datetime.timedelta(days=7))
    page = EventPage(**kwargs)
    if tags:
        page.tags.add(*tags)
    return _publish(index, page, publish)


def make_about(parent, staff=(), **kwargs):
    kwargs.setdefault("title", "Giới thiệu")
    kwargs.setdefault("slug", "gioi-thieu")
    page = AboutPage(**kwargs)
    for order, member in enumerate(staff):
        page.staff_links.add(page.staff_links.model(staff_member=member, sort_order=order))
    return _publish(parent, page, True)
