"""The library's blocks in a page model of the province's own site (demo.ProvinceArticlePage)."""

import datetime

import pytest
from bs4 import BeautifulSoup
from wagtail.blocks import StreamValue

from demo.models import ProvinceArticlePage
from pbgdpl_wagtail.blocks import ContentStreamBlock

from .factories import LegalFieldFactory
from .factories_library import LegalSituationFactory, VideoFactory, add_caption, make_library


def article(parent, body):
    page = ProvinceArticlePage(title="Bài viết của tỉnh", slug="bai-viet", body=body)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def soup(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.django_db
def test_video_and_situation_blocks_render_in_a_foreign_page_model(client, portal):
    library = make_library(portal)
    video = VideoFactory(title="Clip về hòa giải", transcript="Lời thoại đầy đủ.")
    add_caption(video)
    situation = LegalSituationFactory(title="Tranh chấp lối đi")
    page = article(
        portal,
        [
            {
                "type": "video",
                "value": {"video": video.pk, "heading": "Xem clip", "show_transcript": True},
            },
            {"type": "legal_situation", "value": {"situation": situation.pk, "open_answer": False}},
        ],
    )
    html = soup(client, page)
    block = html.select_one(".pbgdpl-library-block--video")
    assert block.h2.get_text() == "Xem clip"
    assert block.select_one("video track")["srclang"] == "vi"
    assert block.select_one(".pbgdpl-library-block__title a")["href"].endswith(
        library.url + f"video/{video.pk}/"
    )
    assert "Lời thoại đầy đủ." in block.select_one(".pbgdpl-transcript").get_text()
    situation_block = html.select_one(".pbgdpl-library-block--situation")
    details = situation_block.select_one("details")
    assert details is not None and not details.has_attr("open")
    assert "Theo Điều 3" in details.get_text()


@pytest.mark.django_db
def test_blocks_of_unpublished_records_render_nothing(client, portal):
    video = VideoFactory(title="Clip rút lại")
    situation = LegalSituationFactory(title="Tình huống rút lại")
    page = article(
        portal,
        [
            {"type": "video", "value": {"video": video.pk, "heading": "", "show_transcript": True}},
            {"type": "legal_situation", "value": {"situation": situation.pk, "open_answer": True}},
        ],
    )
    video.unpublish()
    situation.unpublish()
    html = soup(client, page)
    assert html.select_one(".pbgdpl-library-block") is None
    assert "Clip rút lại" not in html.get_text()


@pytest.mark.django_db
def test_library_feed_block_latest_by_field_and_hand_picked(client, portal):
    make_library(portal)
    field = LegalFieldFactory(name="Giao thông")
    old = VideoFactory(title="Video cũ", published_date=datetime.date(2024, 1, 1))
    new = LegalSituationFactory(title="Tình huống mới", published_date=datetime.date(2026, 3, 1))
    other = VideoFactory(title="Video lĩnh vực khác", published_date=datetime.date(2026, 4, 1))
    for item in (old, new):
        item.legal_fields.set([field])
        item.save()
    feed = {
        "title": "Giao thông",
        "items": [],
        "item_type": "",
        "kind": "",
        "field": field.pk,
        "target_group": None,
        "count": 4,
    }
    picked = {
        **feed,
        "title": "Chọn lọc",
        "field": None,
        "items": [
            {"type": "video", "value": other.pk},
            {"type": "situation", "value": new.pk},
        ],
    }
    page = article(
        portal,
        [{"type": "library_feed", "value": feed}, {"type": "library_feed", "value": picked}],
    )
    feeds = soup(client, page).select(".pbgdpl-library-feed")
    first = [a.get_text(strip=True) for a in feeds[0].select(".pbgdpl-item-list__title a")]
    second = [a.get_text(strip=True) for a in feeds[1].select(".pbgdpl-item-list__title a")]
    assert first == ["Tình huống mới", "Video cũ"]
    assert second == ["Video lĩnh vực khác", "Tình huống mới"]
    assert other.title not in first


@pytest.mark.django_db
@pytest.mark.parametrize("count", [2, 12])
def test_feed_block_queries_do_not_grow(client, portal, count, django_assert_num_queries):
    make_library(portal)
    for number in range(count):
        day = datetime.date(2025, 1, 1) + datetime.timedelta(days=2 * number)
        VideoFactory(published_date=day)
        LegalSituationFactory(published_date=day + datetime.timedelta(days=1))
    feed = {
        "title": "",
        "items": [],
        "item_type": "",
        "kind": "",
        "field": None,
        "target_group": None,
        "count": 4,
    }
    page = article(portal, [{"type": "library_feed", "value": feed}])
    client.get(page.url)
    with django_assert_num_queries(FEED_QUERIES):
        client.get(page.url)


# The page, the keys of both types in one query, then one query per type (the library page
# for the links comes from the page tree cache).
FEED_QUERIES = 10


def test_the_package_stream_offers_the_library_blocks():
    names = set(ContentStreamBlock.base_blocks)
    assert {"video", "legal_situation", "library_feed"} <= names
    value = StreamValue(ContentStreamBlock(), [], is_lazy=True)
    assert list(value) == []
