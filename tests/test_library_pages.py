"""The library page: listing, filters, search, details; drafts never shown; fixed query counts."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from pbgdpl_wagtail.models import Video
from pbgdpl_wagtail.snippets.legal_documents import ValidityStatus

from .factories import LegalDocumentFactory, LegalFieldFactory, TargetGroupFactory
from .factories_library import (
    LegalSituationFactory,
    VideoFactory,
    add_caption,
    cite,
    make_library,
)
from .factories_materials import SmallImageFactory


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def titles(response):
    return [a.get_text(strip=True) for a in soup(response).select(".pbgdpl-item-list__title a")]


@pytest.fixture
def library(portal):
    return make_library(portal)


@pytest.fixture
def catalogue(db):
    land = LegalFieldFactory(name="Đất đai", code="dat-dai")
    family = LegalFieldFactory(name="Hôn nhân và gia đình", code="hon-nhan")
    farmers = TargetGroupFactory(name="Nông dân", code="nong-dan")
    skit = VideoFactory(
        title="Tiểu phẩm: Lối đi chung", kind="tieu_pham", published_date=datetime.date(2025, 5, 1)
    )
    skit.legal_fields.set([land])
    skit.target_groups.set([farmers])
    skit.save()
    lecture = VideoFactory(
        title="Bài giảng về hôn nhân",
        kind="bai_giang_dien_tu",
        language="en",
        published_date=datetime.date(2026, 2, 1),
    )
    lecture.legal_fields.set([family])
    lecture.save()
    boundary = LegalSituationFactory(
        title="Tranh chấp ranh giới đất", published_date=datetime.date(2026, 1, 10)
    )
    boundary.legal_fields.set([land])
    boundary.target_groups.set([farmers])
    boundary.save()
    divorce = LegalSituationFactory(
        title="Ly hôn khi vợ đang mang thai", published_date=datetime.date(2024, 9, 1)
    )
    divorce.legal_fields.set([family])
    divorce.save()
    return {
        "land": land,
        "family": family,
        "farmers": farmers,
        "skit": skit,
        "lecture": lecture,
        "boundary": boundary,
        "divorce": divorce,
    }


@pytest.mark.django_db
def test_the_library_lists_videos_and_situations_newest_first(client, library, catalogue):
    assert titles(client.get(library.url)) == [
        "Bài giảng về hôn nhân",
        "Tranh chấp ranh giới đất",
        "Tiểu phẩm: Lối đi chung",
        "Ly hôn khi vợ đang mang thai",
    ]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"type": "video"}, ["Bài giảng về hôn nhân", "Tiểu phẩm: Lối đi chung"]),
        ({"type": "situation"}, ["Tranh chấp ranh giới đất", "Ly hôn khi vợ đang mang thai"]),
        ({"kind": "tieu_pham"}, ["Tiểu phẩm: Lối đi chung"]),
        ({"kind": "tieu_pham", "type": "situation"}, []),
        ({"language": "en"}, ["Bài giảng về hôn nhân"]),
        ({"year": "2026"}, ["Bài giảng về hôn nhân", "Tranh chấp ranh giới đất"]),
    ],
)
def test_filters_narrow_the_library(client, library, catalogue, query, expected):
    assert titles(client.get(library.url, query)) == expected


@pytest.mark.django_db
def test_field_and_target_group_filters(client, library, catalogue):
    land = {"field": catalogue["land"].pk}
    assert titles(client.get(library.url, land)) == [
        "Tranh chấp ranh giới đất",
        "Tiểu phẩm: Lối đi chung",
    ]
    farmers = {"target_group": catalogue["farmers"].pk, "type": "video"}
    assert titles(client.get(library.url, farmers)) == ["Tiểu phẩm: Lối đi chung"]


@pytest.mark.django_db
def test_search_finds_situations_and_videos(client, library, catalogue):
    assert titles(client.get(library.url, {"q": "ranh giới"})) == ["Tranh chấp ranh giới đất"]
    assert "Bài giảng về hôn nhân" in titles(client.get(library.url, {"q": "hôn nhân"}))


@pytest.mark.django_db
def test_an_unknown_filter_value_is_a_form_error_not_a_crash(client, library, catalogue):
    with translation.override("en"):
        response = client.get(library.url, {"field": "999999", "kind": "nonsense"})
    page = soup(response)
    assert page.select(".pbgdpl-field--error")
    assert titles(response) == []


@pytest.mark.django_db
def test_pagination_keeps_the_filters_and_404s_past_the_end(client, portal):
    library = make_library(portal, per_page=2)
    for number in range(5):
        VideoFactory(title=f"Video số {number}", published_date=datetime.date(2025, 1, number + 1))
    second = client.get(library.url, {"type": "video", "page": 2})
    assert titles(second) == ["Video số 2", "Video số 1"]
    assert any("type=video" in a["href"] for a in soup(second).select(".pbgdpl-pagination a"))
    assert client.get(library.url, {"page": 9}).status_code == 404


@pytest.mark.django_db
def test_drafts_unpublished_and_other_languages_never_appear(client, library, catalogue):
    VideoFactory(title="Bản nháp chưa xuất bản", live=False)
    catalogue["skit"].title = "Tiêu đề bản nháp mới"
    catalogue["skit"].save_revision()  # a draft of a live video: the row keeps the published one
    shown = titles(client.get(library.url))
    assert "Bản nháp chưa xuất bản" not in shown
    assert "Tiêu đề bản nháp mới" not in shown
    assert "Tiểu phẩm: Lối đi chung" in shown


@pytest.mark.django_db
def test_detail_routes_404_for_drafts_and_unknown_ids(client, library, catalogue):
    draft = VideoFactory(live=False)
    draft_situation = LegalSituationFactory(live=False)
    assert client.get(library.url + f"video/{draft.pk}/").status_code == 404
    assert client.get(library.url + f"situation/{draft_situation.pk}/").status_code == 404
    assert client.get(library.url + "video/999999/").status_code == 404
    # An id of the other type is not found either.
    situation_pk = catalogue["boundary"].pk
    if not Video.objects.filter(pk=situation_pk).exists():
        assert client.get(library.url + f"video/{situation_pk}/").status_code == 404


@pytest.mark.django_db
def test_video_detail_has_player_captions_transcript_and_embed_code(client, library):
    poster = SmallImageFactory()
    video = VideoFactory(
        title="Hòa giải ở cơ sở",
        poster=poster,
        transcript="Người dẫn: Hòa giải viên là ai?",
        duration=datetime.timedelta(minutes=2, seconds=5),
    )
    add_caption(video, "vi")
    page = soup(client.get(library.url + f"video/{video.pk}/"))
    player = page.select_one("video.pbgdpl-player__video")
    assert player["preload"] == "none"
    assert player["poster"].endswith(".jpg")
    assert player.find("source")["type"] == "video/mp4"
    track = player.find("track")
    assert (track["kind"], track["srclang"], track["label"]) == ("captions", "vi", "Tiếng Việt")
    assert "Hòa giải viên là ai?" in page.select_one(".pbgdpl-transcript").get_text()
    assert "2:05" in page.select_one(".pbgdpl-item-list__meta").get_text()
    code = page.select_one("#pbgdpl-embed-code").get_text()
    assert f"/pbgdpl/embed/video/{video.pk}/" in code and 'height="360"' in code
    discovery = page.select_one('link[type="application/json+oembed"]')
    assert "/pbgdpl/oembed/?url=" in discovery["href"]


@pytest.mark.django_db
def test_situation_detail_shows_the_answer_basis_video_and_validity_warning(client, library):
    old_law = LegalDocumentFactory(
        number="05/2012/NĐ-CP", abstract="Nghị định cũ", status=ValidityStatus.EXPIRED
    )
    law = LegalDocumentFactory(number="35/2013/QH13", abstract="Luật Hòa giải ở cơ sở")
    video = VideoFactory(title="Tiểu phẩm đi kèm")
    situation = LegalSituationFactory(title="Hàng xóm tranh chấp", video=video)
    cite(situation, law, "Điều 3, khoản 1")
    cite(situation, old_law, "Điều 2")
    situation.save()  # the reference index reads the citations on saving
    with translation.override("en"):
        page = soup(client.get(library.url + f"situation/{situation.pk}/"))
    text = page.get_text(" ", strip=True)
    assert "Có được hòa giải" in text or "hòa giải ở cơ sở không?" in text
    assert "Điều 3, khoản 1" in page.select_one(".pbgdpl-situation__basis").get_text()
    warning = page.select_one(".pbgdpl-validity-warning")
    assert warning is not None and "05/2012/NĐ-CP" in warning.get_text()
    assert page.select_one("video.pbgdpl-player__video") is not None


@pytest.mark.django_db
def test_related_items_share_a_legal_field(client, library, catalogue):
    page = soup(client.get(library.url + f"situation/{catalogue['boundary'].pk}/"))
    related = [a.get_text(strip=True) for a in page.select(".pbgdpl-related a")]
    assert related == ["Tiểu phẩm: Lối đi chung"]


def _many(count):
    field = LegalFieldFactory()
    poster = SmallImageFactory()
    for number in range(count):
        day = datetime.date(2025, 1, 1) + datetime.timedelta(days=2 * number)
        video = VideoFactory(poster=poster, published_date=day)
        video.legal_fields.set([field])
        video.save()
        situation = LegalSituationFactory(published_date=day + datetime.timedelta(days=1))
        situation.legal_fields.set([field])
        situation.save()
    return field


# Site and page tree, filter choices, the keys of both types, one page of each type with its
# posters and renditions: the same for 6 items as for 60.
LISTING_QUERIES = 17


@pytest.mark.django_db
@pytest.mark.parametrize("count", [3, 30])
def test_listing_queries_do_not_grow_with_items(client, library, count, django_assert_num_queries):
    _many(count)
    client.get(library.url)  # renditions are made on the first view
    with django_assert_num_queries(LISTING_QUERIES):
        response = client.get(library.url)
    assert len(titles(response)) == min(2 * count, library.per_page)


@pytest.mark.django_db
def test_translated_records_appear_on_the_library_of_their_language(client, library, catalogue):
    from wagtail.models import Locale
    from wagtail_localize.models import TranslationSource

    english = Locale.objects.create(language_code="en")
    video = catalogue["skit"]
    add_caption(video, "vi")
    situation = catalogue["boundary"]
    situation.video = video
    situation.save()
    translated = []
    for record in (video, situation):
        source, _created = TranslationSource.get_or_create_from_instance(record)
        translation, _created = source.create_or_update_translation(english, fallback=True)
        translated.append(translation)
    english_video, english_situation = translated
    # The recording and its captions are shared; the situation points to the English video.
    assert english_video.file.name == video.file.name
    assert english_video.captions.count() == 1
    assert english_situation.video_id == english_video.pk
    english_situation.title = "Boundary dispute"
    english_situation.save()

    english_library = library.copy_for_translation(english, copy_parents=True)
    english_library.save_revision().publish()
    shown = titles(client.get(english_library.url))
    assert "Boundary dispute" in shown
    assert "Tranh chấp ranh giới đất" in titles(client.get(library.url))
    assert "Boundary dispute" not in titles(client.get(library.url))
