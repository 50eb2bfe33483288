"""News listing, news items, events, feeds and the latest-news block (group 1 of letter 5015)."""

import datetime
from urllib.parse import urlencode
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone, translation
from taggit.models import Tag
from wagtail.models import Page, PageViewRestriction
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from pbgdpl_wagtail.blocks import ContentStreamBlock, LatestNewsBlock
from pbgdpl_wagtail.models import (
    AboutPage,
    EventPage,
    NewsIndexPage,
    NewsPage,
    PortalHomePage,
    SectionPage,
)

from .factories import ImageFactory, make_section
from .factories_news import (
    NewsCategoryFactory,
    make_event,
    make_news,
    make_news_index,
)

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
END_BEFORE_START = "Thời gian kết thúc không được sớm hơn thời gian bắt đầu."


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def titles(response):
    return [
        a.get_text() for a in soup(response).select(".pbgdpl-news-list .pbgdpl-news-item__title a")
    ]


def tag_url(index, name):
    """Tags keep their Vietnamese letters in their slug (django-taggit's default)."""
    return f"{index.url}?{urlencode({'tag': Tag.objects.get(name=name).slug})}"


def aware(*args):
    return timezone.make_aware(datetime.datetime(*args))


def errors_of(page):
    """The validation errors of an unsaved page (its place in the tree aside)."""
    with translation.override("vi"), pytest.raises(ValidationError) as error:
        page.full_clean()
    return error.value.message_dict


# Parent and subpage rules


def test_where_news_pages_can_go(root_page, portal):
    section = make_section(portal)
    site_page = Page(title="Trang của tỉnh", slug="trang-cua-tinh")
    root_page.add_child(instance=site_page)
    for parent in (portal, section, site_page):
        assert NewsIndexPage.can_create_at(parent), parent
    index = make_news_index(portal)
    # News items, events, and the site's own subclasses of them (the demo's press release).
    allowed = NewsIndexPage.allowed_subpage_models()
    assert allowed[:2] == [NewsPage, EventPage]
    assert all(issubclass(model, NewsPage) for model in allowed)
    for model in (NewsPage, EventPage):
        assert model.can_create_at(index)
        for parent in (portal, section, site_page):
            assert not model.can_create_at(parent), (model, parent)
    news = make_news(index)
    assert not NewsPage.can_create_at(news) and not EventPage.can_create_at(news)
    assert {NewsIndexPage, AboutPage} <= set(PortalHomePage.allowed_subpage_models())
    assert {NewsIndexPage, AboutPage} <= set(SectionPage.allowed_subpage_models())


def test_news_slugs_cannot_shadow_archive_or_feed_addresses(portal):
    index = make_news_index(portal)
    for slug in ("2026", "rss", "atom"):
        page = NewsPage(title="Tin", slug=slug, date=datetime.date(2026, 1, 1))
        assert errors_of(page)["slug"] == [
            "Địa chỉ này trùng với địa chỉ lưu trữ hoặc nguồn tin của trang tin tức; hãy chọn "
            "địa chỉ khác."
        ]
    page = NewsPage(title="Tin", slug="tin-2026", date=datetime.date(2026, 1, 1))
    index.add_child(instance=page)
    assert NewsPage.objects.get().slug == "tin-2026"


# The listing


@pytest.fixture
def newsroom(portal):
    central = NewsCategoryFactory(name="Hoạt động PBGDPL ở Trung ương", slug="trung-uong")
    province = NewsCategoryFactory(name="Hoạt động PBGDPL cấp tỉnh", slug="cap-tinh")
    index = make_news_index(portal)
    items = {
        "plan": make_news(
            index,
            title="Triển khai kế hoạch năm 2026",
            date=datetime.date(2026, 1, 20),
            category=province,
            tags=["kế hoạch"],
        ),
        "training": make_news(
            index,
            title="Tập huấn hòa giải viên",
            date=datetime.date(2026, 3, 12),
            category=province,
            tags=["hòa giải ở cơ sở", "tập huấn"],
        ),
        "bookcase": make_news(
            index,
            title="Tủ sách pháp luật điện tử",
            date=datetime.date(2026, 3, 2),
            category=central,
            tags=["tủ sách pháp luật"],
        ),
        "council": make_news(
            index,
            title="Kiện toàn Hội đồng phối hợp",
            date=datetime.date(2025, 8, 25),
            category=province,
        ),
        "law_day": make_event(
            index,
            title="Ngày Pháp luật Việt Nam",
            date=datetime.date(2026, 10, 20),
            start=aware(2026, 11, 9, 8, 0),
            end=aware(2026, 11, 9, 11, 30),
            category=central,
            tags=["Ngày Pháp luật", "hòa giải ở cơ sở"],
        ),
    }
    draft = make_news(index, title="Bản nháp", date=datetime.date(2026, 12, 1), category=central)
    draft.unpublish()
    other_index = make_news_index(portal, title="Tin khác", slug="tin-khac")
    make_news(other_index, title="Tin của trang khác", date=datetime.date(2026, 2, 1))
    return index, items, {"central": central, "province": province}


def test_listing_shows_live_children_newest_first(client, newsroom):
    index, items, _ = newsroom
    assert titles(client.get(index.url)) == [
        "Ngày Pháp luật Việt Nam",
        "Tập huấn hòa giải viên",
        "Tủ sách pháp luật điện tử",
        "Triển khai kế hoạch năm 2026",
        "Kiện toàn Hội đồng phối hợp",
    ]


def test_listing_markup(client, newsroom):
    index, items, _ = newsroom
    page = soup(client.get(index.url))
    assert [h.get_text() for h in page.find_all("h1")] == [index.title]
    first = page.select_one(".pbgdpl-news-list > li")
    assert first.find("time")["datetime"] == "2026-10-20"
    assert first.find("h2").find("a")["href"] == items["law_day"].url
    category = first.select_one(".pbgdpl-news-item__meta a")
    assert category["href"] == f"{index.url}?category=trung-uong"
    assert [a["href"] for a in first.select(".pbgdpl-tags a")] == [
        tag_url(index, "hòa giải ở cơ sở"),
        tag_url(index, "Ngày Pháp luật"),
    ]
    # The event says when it takes place, with a machine-readable time.
    times = first.select(".pbgdpl-event-when time")
    assert [t["datetime"] for t in times] == [
        "2026-11-09T08:00:00+0700",
        "2026-11-09T11:30:00+0700",
    ]
    # Within one day, the date is written once.
    assert [t.get_text() for t in times] == ["08:00", "11:30, 09/11/2026"]


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"category": "trung-uong"}, ["law_day", "bookcase"]),
        ({"category": "cap-tinh"}, ["training", "plan", "council"]),
        ({"tag": "hòa giải ở cơ sở"}, ["law_day", "training"]),
        ({"tag": "kế hoạch"}, ["plan"]),
        ({"category": "cap-tinh", "tag": "hòa giải ở cơ sở"}, ["training"]),
        ({"category": "trung-uong", "tag": "kế hoạch"}, []),
        ({"category": ""}, ["law_day", "training", "bookcase", "plan", "council"]),
    ],
)
def test_each_filter(client, newsroom, params, expected):
    index, items, _ = newsroom
    if "tag" in params:
        params = {**params, "tag": Tag.objects.get(name=params["tag"]).slug}
    assert titles(client.get(index.url, params)) == [items[key].title for key in expected]


@pytest.mark.parametrize(
    "params",
    [
        {"category": "khong-co"},
        {"category": "<script>alert(1)</script>"},
        {"tag": "khong-co"},
        {"tag": "x" * 2000},
        {"category": "trung-uong", "tag": "'; drop table"},
    ],
)
def test_bad_filter_values_give_a_translated_error_not_a_crash(client, newsroom, params):
    index, _, _ = newsroom
    response = client.get(index.url, params, HTTP_ACCEPT_LANGUAGE="vi")
    page = soup(response)
    assert page.select_one(".pbgdpl-field__error")
    assert "Hãy chọn một lựa chọn hợp lệ" in page.select_one(".pbgdpl-field__error").get_text()
    assert titles(response) == []
    assert "<script>alert" not in response.content.decode()


def test_categories_of_another_listing_are_not_offered(client, newsroom, portal):
    index, _, _ = newsroom
    other = NewsIndexPage.objects.get(slug="tin-khac")
    make_news(other, title="Tin riêng", category=NewsCategoryFactory(slug="rieng"))
    page = soup(client.get(index.url))
    options = [o["value"] for o in page.select("select[name=category] option")]
    assert options == ["", "cap-tinh", "trung-uong"]
    tags = [o.get_text() for o in page.select("select[name=tag] option")][1:]
    assert sorted(tags) == sorted(
        ["kế hoạch", "hòa giải ở cơ sở", "tập huấn", "tủ sách pháp luật", "Ngày Pháp luật"]
    )
    assert titles(client.get(index.url, {"category": "rieng"})) == []


def test_drafts_and_private_items_are_not_listed(client, newsroom):
    index, items, _ = newsroom
    PageViewRestriction.objects.create(
        page=items["bookcase"], restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    listed = titles(client.get(index.url))
    assert "Tủ sách pháp luật điện tử" not in listed and "Bản nháp" not in listed
    assert len(listed) == 4


# Archives


def test_year_and_month_archives(client, newsroom):
    index, items, _ = newsroom
    assert titles(client.get(index.url + "2025/")) == [items["council"].title]
    assert titles(client.get(index.url + "2026/3/")) == [
        items["training"].title,
        items["bookcase"].title,
    ]
    assert titles(client.get(index.url + "2026/03/")) == titles(client.get(index.url + "2026/3/"))
    # Filters apply within an archive.
    assert titles(client.get(index.url + "2026/", {"category": "trung-uong"})) == [
        items["law_day"].title,
        items["bookcase"].title,
    ]
    assert titles(client.get(index.url + "2024/")) == []
    page = soup(client.get(index.url + "2026/3/", HTTP_ACCEPT_LANGUAGE="vi"))
    assert (
        page.select_one(".pbgdpl-archive-label")
        .get_text(strip=True)
        .startswith("Tin đăng trong tháng 3/2026")
    )
    assert page.find("h1").get_text() == index.title
    assert page.title.get_text().startswith(f"{index.title} – Tin đăng trong tháng 3/2026")


def test_archive_navigation_lists_years_and_months_with_news(client, newsroom):
    index, _, _ = newsroom
    page = soup(client.get(index.url + "2026/3/"))
    nav = page.select_one("nav.pbgdpl-archive")
    years = [li.find("a").get_text() for li in nav.select(":scope > ul > li")]
    assert years == ["2026", "2025"]
    months = [a["href"] for a in nav.select(":scope > ul > li:first-child ul a")]
    assert months == [f"{index.url}2026/{m}/" for m in (10, 3, 1)]
    current = nav.select('[aria-current="page"]')
    assert [a["href"] for a in current] == [f"{index.url}2026/3/"]


@pytest.mark.parametrize(
    "path", ["2026/13/", "2026/0/", "0/", "99999/", "2026/5/extra/", "99999999999999999999999/"]
)
def test_impossible_archive_dates_are_404(client, newsroom, path):
    index, _, _ = newsroom
    assert client.get(index.url + path).status_code == 404


# Pagination


@pytest.fixture
def paged(portal):
    index = make_news_index(portal, per_page=2)
    category = NewsCategoryFactory(slug="cap-tinh")
    for day in range(1, 6):
        make_news(
            index, title=f"Tin ngày {day}", date=datetime.date(2026, 4, day), category=category
        )
    return index


@pytest.mark.parametrize(
    "page_param, status, expected",
    [
        (None, 200, ["Tin ngày 5", "Tin ngày 4"]),
        ("2", 200, ["Tin ngày 3", "Tin ngày 2"]),
        ("3", 200, ["Tin ngày 1"]),
        ("abc", 200, ["Tin ngày 5", "Tin ngày 4"]),
        ("1.5", 200, ["Tin ngày 5", "Tin ngày 4"]),
        ("4", 404, None),
        ("0", 404, None),
        ("-1", 404, None),
        ("99999999999999999999999", 404, None),
    ],
)
def test_pagination_edges(client, paged, page_param, status, expected):
    response = client.get(paged.url, {"page": page_param} if page_param else {})
    assert response.status_code == status
    if expected is not None:
        assert titles(response) == expected


def test_pagination_links_keep_the_filters(client, paged):
    page = soup(client.get(paged.url, {"category": "cap-tinh", "page": 2}))
    assert page.select_one('a[rel="prev"]')["href"] == "?category=cap-tinh&page=1"
    assert page.select_one('a[rel="next"]')["href"] == "?category=cap-tinh&page=3"
    assert "5" in page.select_one(".pbgdpl-result-count").get_text()


def test_items_per_page_must_be_sensible(portal):
    assert "per_page" in errors_of(NewsIndexPage(title="Tin", slug="tin", per_page=0))
    assert "per_page" in errors_of(NewsIndexPage(title="Tin", slug="tin", per_page=101))


# Feeds


def test_rss_feed(client, newsroom):
    index, items, _ = newsroom
    response = client.get(index.url + "rss/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ElementTree.fromstring(response.content).find("channel")
    assert channel.findtext("title") == index.title
    entries = channel.findall("item")
    assert [item.findtext("title") for item in entries] == [
        "Ngày Pháp luật Việt Nam",
        "Tập huấn hòa giải viên",
        "Tủ sách pháp luật điện tử",
        "Triển khai kế hoạch năm 2026",
        "Kiện toàn Hội đồng phối hợp",
    ]
    first = entries[0]
    assert first.findtext("link") == "http://testserver" + items["law_day"].url
    assert first.findtext("description") == items["law_day"].intro
    assert [c.text for c in first.findall("category")] == [
        "Hoạt động PBGDPL ở Trung ương",
        "hòa giải ở cơ sở",
        "Ngày Pháp luật",
    ]
    assert first.findtext("pubDate") == "Tue, 20 Oct 2026 00:00:00 +0700"


def test_atom_feed(client, newsroom):
    index, items, _ = newsroom
    response = client.get(index.url + "atom/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    assert feed.findtext(f"{ATOM}title") == index.title
    entries = feed.findall(f"{ATOM}entry")
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == [
        "Ngày Pháp luật Việt Nam",
        "Tập huấn hòa giải viên",
        "Tủ sách pháp luật điện tử",
        "Triển khai kế hoạch năm 2026",
        "Kiện toàn Hội đồng phối hợp",
    ]
    link = entries[0].find(f"{ATOM}link")
    assert link.get("href") == "http://testserver" + items["law_day"].url
    assert entries[0].findtext(f"{ATOM}updated")
    assert "Bản nháp" not in response.content.decode()


def test_listing_announces_its_feeds(client, newsroom):
    index, _, _ = newsroom
    page = soup(client.get(index.url))
    alternates = {link["type"]: link["href"] for link in page.select('head link[rel="alternate"]')}
    assert alternates == {
        "application/rss+xml": index.url + "rss/",
        "application/atom+xml": index.url + "atom/",
    }
    for url in alternates.values():
        assert client.get(url).status_code == 200


# News item page


def test_news_page_renders_meta_image_body_and_tags(client, portal):
    index = make_news_index(portal)
    category = NewsCategoryFactory(name="Hoạt động PBGDPL cấp tỉnh", slug="cap-tinh")
    image = ImageFactory(title="Hội nghị")
    news = make_news(
        index,
        title="Hội nghị triển khai",
        date=datetime.date(2026, 2, 3),
        category=category,
        tags=["kế hoạch"],
        featured_image=image,
        featured_image_alt="Đại biểu dự hội nghị tại hội trường",
        body=[{"type": "paragraph", "value": "<p>Nội dung chi tiết.</p>"}],
        publish=True,
    )
    sibling = make_news(index, title="Tin cùng chuyên mục", category=category)
    page = soup(client.get(news.url))
    article = page.select_one("article.pbgdpl-news-article")
    assert article.find("h1").get_text() == "Hội nghị triển khai"
    assert article.find("time")["datetime"] == "2026-02-03"
    img = article.select_one(".pbgdpl-news-article__image img")
    assert img["alt"] == "Đại biểu dự hội nghị tại hội trường"
    assert "image/webp" in {s.get("type") for s in article.select("picture source")}
    assert article.select_one(".pbgdpl-stream").get_text(strip=True) == "Nội dung chi tiết."
    assert article.select_one(".pbgdpl-tags a")["href"] == tag_url(index, "kế hoạch")
    assert [a.get_text() for a in page.select(".pbgdpl-related-news a")] == [sibling.title]
    crumbs = [li.get_text(strip=True) for li in page.select(".pbgdpl-breadcrumbs li")]
    assert crumbs == [portal.title, index.title, news.title]


def test_featured_image_alt_text_rules(portal):
    index = make_news_index(portal)
    image = ImageFactory(title="Ảnh", description="")
    news = NewsPage(title="Tin", slug="tin", featured_image=image, date=datetime.date(2026, 1, 1))
    assert errors_of(news)["featured_image_alt"] == [
        "Hãy mô tả nội dung ảnh cho người không nhìn thấy, hoặc đánh dấu đây là ảnh trang trí."
    ]
    # A decorative image needs no text and gets an empty alt.
    news.featured_image_decorative = True
    news.featured_image_alt = "bỏ qua"
    index.add_child(instance=news)
    assert news.featured_image_alt_text == ""
    # The image's own description is used when the field is left empty.
    image.description = "Tuyên truyền viên tại nhà văn hóa"
    image.save()
    described = NewsPage(title="Tin 2", slug="tin-2", featured_image=image)
    index.add_child(instance=described)
    assert described.featured_image_alt_text == "Tuyên truyền viên tại nhà văn hóa"


def test_decorative_featured_image_has_empty_alt(client, portal):
    index = make_news_index(portal)
    news = make_news(
        index, featured_image=ImageFactory(), featured_image_decorative=True, publish=True
    )
    page = soup(client.get(news.url))
    assert page.select_one(".pbgdpl-news-article__image img")["alt"] == ""
    listing = soup(client.get(index.url))
    assert listing.select_one(".pbgdpl-news-item__image")["alt"] == ""


# Events


def test_event_cannot_end_before_it_starts(portal):
    index = make_news_index(portal)
    event = EventPage(
        title="Hội thi",
        slug="hoi-thi",
        start=aware(2026, 11, 9, 8, 0),
        end=aware(2026, 11, 9, 7, 59),
    )
    assert errors_of(event)["end"] == [END_BEFORE_START]
    event.end = event.start
    index.add_child(instance=event)
    assert EventPage.objects.get().end == event.start


def test_event_end_error_is_shown_in_the_admin_and_nothing_is_saved(admin_client, portal):
    index = make_news_index(portal)
    url = reverse("wagtailadmin_pages:add", args=["pbgdpl", "eventpage", index.pk])
    data = nested_form_data(
        {
            "title": "Hội nghị tổng kết",
            "slug": "hoi-nghi-tong-ket",
            "date": "2026-11-20",
            "start": "2026-12-18 08:00",
            "end": "2026-12-17 17:00",
            "tags": "",
            "intro": "",
            "body": streamfield([]),
            "comments": inline_formset([]),
        }
    )
    response = admin_client.post(url, data, HTTP_ACCEPT_LANGUAGE="vi")
    assert response.status_code == 200
    assert response.context["form"].errors["end"] == [END_BEFORE_START]
    assert not EventPage.objects.exists()
    data["end"] = "2026-12-18 11:30"
    response = admin_client.post(url, data)
    assert response.status_code == 302
    assert timezone.localtime(EventPage.objects.get().end).hour == 11


@pytest.mark.parametrize(
    "start, end, status",
    [
        (datetime.timedelta(days=3), None, "upcoming"),
        (datetime.timedelta(hours=-1), datetime.timedelta(hours=2), "ongoing"),
        (datetime.timedelta(days=-3), datetime.timedelta(days=-3, hours=3), "past"),
    ],
)
def test_event_status(client, portal, start, end, status):
    index = make_news_index(portal)
    now = timezone.now()
    event = make_event(
        index,
        start=now + start,
        end=now + end if end else None,
        place="Hội trường Ủy ban nhân dân tỉnh",
        organiser="Sở Tư pháp",
        registration_url="https://example.org/dang-ky",
        publish=True,
    )
    assert event.status() == status
    page = soup(client.get(event.url))
    details = page.select_one(".pbgdpl-event-details")
    assert details.select_one(f".pbgdpl-event-status--{status}")
    start_time = timezone.localtime(event.start).strftime("%Y-%m-%dT%H:%M:%S%z")
    assert details.find("time")["datetime"] == start_time
    assert "Hội trường Ủy ban nhân dân tỉnh" in details.get_text()
    # Registration is offered until the event is over.
    assert bool(details.select_one('a[href="https://example.org/dang-ky"]')) == (status != "past")


def test_event_without_end_lasts_its_day():
    start = aware(2026, 11, 9, 8, 0)
    event = EventPage(title="Ngày Pháp luật", start=start)
    assert event.status(now=start - datetime.timedelta(minutes=1)) == "upcoming"
    assert event.status(now=start + datetime.timedelta(hours=12)) == "ongoing"
    assert event.status(now=start + datetime.timedelta(hours=16, minutes=1)) == "past"


def test_upcoming_events_are_highlighted_on_the_first_page_only(client, portal):
    index = make_news_index(portal)
    now = timezone.now()
    make_event(index, title="Đã qua", start=now - datetime.timedelta(days=10))
    make_event(index, title="Sắp tới 2", start=now + datetime.timedelta(days=20))
    make_event(index, title="Sắp tới 1", start=now + datetime.timedelta(days=2))
    page = soup(client.get(index.url))
    upcoming = [a.get_text() for a in page.select(".pbgdpl-upcoming-events a")]
    assert upcoming == ["Sắp tới 1", "Sắp tới 2"]
    year = timezone.localdate().year
    assert not soup(client.get(f"{index.url}{year}/")).select_one(".pbgdpl-upcoming-events")


# Query counts


def fill(index, count):
    categories = [NewsCategoryFactory(), NewsCategoryFactory()]
    images = [ImageFactory(), ImageFactory()]
    for number in range(count):
        kwargs = {
            "title": f"Tin {number}",
            "slug": f"tin-{number}",
            "date": datetime.date(2026, 1, 1) + datetime.timedelta(days=number),
            "category": categories[number % 2],
            "tags": [f"chủ đề {number % 3}", "pbgdpl"],
            "featured_image": images[number % 2],
            "featured_image_alt": "Ảnh minh họa",
        }
        if number % 4 == 0:
            make_event(index, start=aware(2026, 12, 1, 8, 0), **kwargs)
        else:
            make_news(index, **kwargs)


@pytest.mark.parametrize("count", [5, 50])
def test_listing_queries_do_not_grow_with_items(client, portal, count, django_assert_num_queries):
    index = make_news_index(portal, per_page=50)
    fill(index, count)
    client.get(index.url)  # renditions are made on the first view
    with django_assert_num_queries(LISTING_QUERIES):
        response = client.get(index.url)
    assert len(titles(response)) == count
    assert len(soup(response).select(".pbgdpl-news-item__image")) == count


# Site, routing (menu, breadcrumbs: page tree cache), filter choices, archive months, upcoming
# events, count, the page of items (news and events in one query with their categories, then
# tags, images and renditions): the same for 5 or 50 items.
LISTING_QUERIES = 16


# The latest-news block


def render_block(raw, **context):
    block = LatestNewsBlock()
    value = block.to_python(raw)
    return BeautifulSoup(block.render(value, context=context), "html.parser")


def block_titles(html):
    return [a.get_text() for a in html.select(".pbgdpl-news-item__title a")]


def test_latest_news_block_from_everywhere_one_listing_or_one_category(newsroom):
    index, items, categories = newsroom
    raw = {"title": "Tin mới", "index": None, "category": None, "count": 3}
    html = render_block(raw)
    assert html.find("h2").get_text() == "Tin mới"
    assert [h.name for h in html.select(".pbgdpl-news-item__title")] == ["h3"] * 3
    assert block_titles(html) == [
        "Ngày Pháp luật Việt Nam",
        "Tập huấn hòa giải viên",
        "Tủ sách pháp luật điện tử",
    ]
    assert not html.select_one(".pbgdpl-latest-news__more")

    other = NewsIndexPage.objects.get(slug="tin-khac")
    assert block_titles(render_block({**raw, "index": other.pk})) == ["Tin của trang khác"]

    html = render_block({**raw, "index": index.pk, "category": categories["province"].pk})
    assert block_titles(html) == [
        "Tập huấn hòa giải viên",
        "Triển khai kế hoạch năm 2026",
        "Kiện toàn Hội đồng phối hợp",
    ]
    more = html.select_one(".pbgdpl-latest-news__more a")
    assert more["href"] == f"{index.url}?category=cap-tinh"


def test_latest_news_block_without_title_or_news(portal):
    with translation.override("vi"):
        html = render_block({"title": "", "index": None, "category": None, "count": 5})
    assert not html.find("h2")
    assert html.select_one("section")["aria-label"] == "Tin mới nhất"
    assert "Chưa có tin nào." in html.get_text()


def test_latest_news_block_count_is_bounded():
    block = LatestNewsBlock()
    for count in (0, 21):
        raw = {"title": "", "index": None, "category": None, "count": count}
        with pytest.raises(ValidationError):
            block.clean(block.to_python(raw))


def test_latest_news_block_in_a_section_page(client, newsroom, portal):
    index, _, _ = newsroom
    section = make_section(
        portal,
        title="Trang có tin",
        slug="trang-co-tin",
        body=[
            {
                "type": "latest_news",
                "value": {"title": "Tin mới", "index": index.pk, "category": None, "count": 2},
            }
        ],
    )
    page = soup(client.get(section.url))
    assert block_titles(page.select_one(".pbgdpl-latest-news")) == [
        "Ngày Pháp luật Việt Nam",
        "Tập huấn hòa giải viên",
    ]
    assert "latest_news" in ContentStreamBlock().child_blocks


@pytest.mark.parametrize("count", [5, 50])
def test_latest_news_block_queries_do_not_grow(client, portal, count, django_assert_num_queries):
    index = make_news_index(portal)
    fill(index, count)
    section = make_section(
        portal,
        title="Trang có tin",
        slug="trang-co-tin",
        body=[
            {
                "type": "latest_news",
                "value": {"title": "Tin mới", "index": None, "category": None, "count": 10},
            }
        ],
    )
    client.get(section.url)
    with django_assert_num_queries(BLOCK_PAGE_QUERIES):
        response = client.get(section.url)
    assert len(block_titles(soup(response))) == min(count, 10)


# A section page's own queries plus the block's: locale, ids, news and events with their
# categories, images and renditions (the block shows no tags, so reads none).
BLOCK_PAGE_QUERIES = 11


def test_a_new_event_can_be_previewed(admin_client, portal):
    index = make_news_index(portal)
    make_news(index, title="Tin cũ", category=NewsCategoryFactory(slug="cap-tinh"))
    url = reverse("wagtailadmin_pages:preview_on_add", args=["pbgdpl", "eventpage", index.pk])
    data = nested_form_data(
        {
            "title": "Hội nghị tổng kết",
            "slug": "hoi-nghi-tong-ket",
            "date": "2026-11-20",
            "start": "2026-12-18 08:00",
            "end": "2026-12-18 11:30",
            "category": NewsCategoryFactory(slug="khac").pk,
            "tags": "tổng kết",
            "intro": "Tóm tắt",
            "body": streamfield([("paragraph", rich_text("<p>Nội dung</p>"))]),
            "comments": inline_formset([]),
        }
    )
    assert admin_client.post(url, data).json()["is_valid"]
    page = soup(admin_client.get(url))
    assert page.find("h1").get_text() == "Hội nghị tổng kết"
    assert page.select_one(".pbgdpl-event-details time")["datetime"] == "2026-12-18T08:00:00+0700"


@pytest.mark.parametrize("count", [5, 50])
def test_feed_queries_do_not_grow(client, portal, count, django_assert_num_queries):
    index = make_news_index(portal)
    fill(index, count)
    client.get(index.url + "rss/")
    with django_assert_num_queries(FEED_QUERIES):
        response = client.get(index.url + "rss/")
    items = ElementTree.fromstring(response.content).find("channel").findall("item")
    assert len(items) == min(count, 30)  # a feed carries the 30 newest items


# Site, routing, the items with their categories, then their tags.
FEED_QUERIES = 9
