"""Embedding the library on other sites: iframe views and the oEmbed provider."""

import pytest
from bs4 import BeautifulSoup
from django.test import override_settings
from django.urls import reverse

from .factories import ImageFactory
from .factories_library import LegalSituationFactory, VideoFactory, add_caption, make_library


@pytest.fixture
def library(portal):
    return make_library(portal)


def oembed(client, url, **params):
    return client.get(reverse("pbgdpl:oembed"), {"url": url, **params})


def frame_ancestors(response):
    """The frame-ancestors directive of the response's policy (the demo sends a whole policy)."""
    directives = [part.strip() for part in response["Content-Security-Policy"].split(";")]
    return next(part for part in directives if part.startswith("frame-ancestors "))


def full(library, path):
    return library.get_full_url() + path


@pytest.mark.django_db
def test_the_video_embed_is_a_bare_player_any_site_may_frame(client, library):
    video = VideoFactory(title="Clip an toàn giao thông")
    add_caption(video)
    response = client.get(reverse("pbgdpl:video_embed", args=[video.pk]))
    assert response.status_code == 200
    assert frame_ancestors(response) == "frame-ancestors *"
    assert "X-Frame-Options" not in response
    page = BeautifulSoup(response.content, "html.parser")
    assert page.select_one("video track")["srclang"] == "vi"
    assert page.select_one("header, nav, footer") is None  # no site chrome
    link = page.select_one(".pbgdpl-embed__title a")
    assert link["href"] == full(library, f"video/{video.pk}/") and link["target"] == "_blank"


@pytest.mark.django_db
def test_frame_ancestors_follow_the_setting(client):
    video = VideoFactory()
    allowed = ["https://*.anthinh.gov.vn", "https://xa-hoa-binh.example"]
    with override_settings(PBGDPL={"EMBED_FRAME_ANCESTORS": allowed}):
        response = client.get(reverse("pbgdpl:video_embed", args=[video.pk]))
    assert frame_ancestors(response) == (
        "frame-ancestors https://*.anthinh.gov.vn https://xa-hoa-binh.example"
    )
    with override_settings(PBGDPL={"EMBED_FRAME_ANCESTORS": []}):
        response = client.get(reverse("pbgdpl:video_embed", args=[video.pk]))
    assert frame_ancestors(response) == "frame-ancestors 'none'"


@pytest.mark.django_db
def test_the_situation_embed_shows_question_and_answer(client):
    situation = LegalSituationFactory(title="Lối đi chung")
    response = client.get(reverse("pbgdpl:situation_embed", args=[situation.pk]))
    assert frame_ancestors(response) == "frame-ancestors *"
    text = BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)
    assert "Lối đi chung" in text and "hòa giải ở cơ sở không?" in text
    assert "Theo Điều 3 Luật Hòa giải ở cơ sở" in text


@pytest.mark.django_db
def test_oembed_answers_for_a_video_page_per_the_specification(client, library):
    video = VideoFactory(title="Tiểu phẩm hòa giải", poster=ImageFactory())
    response = oembed(client, full(library, f"video/{video.pk}/"), format="json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    data = response.json()
    assert data["version"] == "1.0" and data["type"] == "video"
    assert data["title"] == "Tiểu phẩm hòa giải"
    assert data["provider_name"] == "Sở Tư pháp tỉnh An Thịnh"
    assert (data["width"], data["height"]) == (640, 360)
    iframe = BeautifulSoup(data["html"], "html.parser").iframe
    assert iframe["src"].endswith(reverse("pbgdpl:video_embed", args=[video.pk]))
    assert data["thumbnail_url"].startswith("http") and data["thumbnail_width"] == 640


@pytest.mark.django_db
def test_oembed_respects_maxwidth_and_maxheight(client, library):
    video = VideoFactory()
    url = full(library, f"video/{video.pk}/")
    data = oembed(client, url, maxwidth="320").json()
    assert (data["width"], data["height"]) == (320, 180)
    data = oembed(client, url, maxheight="180").json()
    assert (data["width"], data["height"]) == (320, 180)
    situation = LegalSituationFactory()
    data = oembed(client, full(library, f"situation/{situation.pk}/"), maxwidth="400").json()
    assert data["type"] == "rich" and data["width"] == 400


@pytest.mark.django_db
def test_oembed_refuses_what_it_cannot_answer(client, library):
    video = VideoFactory()
    url = full(library, f"video/{video.pk}/")
    assert oembed(client, url, format="xml").status_code == 501
    assert oembed(client, full(library, "video/999999/")).status_code == 404
    assert oembed(client, "https://elsewhere.example/thu-vien/video/1/").status_code == 404
    assert oembed(client, full(library, "")).status_code == 404  # the listing is not an item
    assert oembed(client, "javascript:alert(1)").status_code == 404
    assert client.get(reverse("pbgdpl:oembed")).status_code == 404


@pytest.mark.django_db
def test_drafts_never_leak_through_detail_embed_or_oembed(client, library):
    never_published = VideoFactory(title="Chưa xuất bản", live=False)
    situation_draft = LegalSituationFactory(title="Tình huống nháp", live=False)
    for item, kind in ((never_published, "video"), (situation_draft, "situation")):
        path = f"{kind}/{item.pk}/"
        assert client.get(library.url + path).status_code == 404
        assert client.get(reverse(f"pbgdpl:{kind}_embed", args=[item.pk])).status_code == 404
        assert oembed(client, full(library, path)).status_code == 404
    published = VideoFactory(title="Bản đã xuất bản")
    published.title = "Bản nháp đang sửa"
    published.save_revision()
    path = f"video/{published.pk}/"
    for response in (
        client.get(library.url + path),
        client.get(reverse("pbgdpl:video_embed", args=[published.pk])),
        oembed(client, full(library, path)),
    ):
        assert response.status_code == 200
        assert "Bản nháp đang sửa" not in response.content.decode()
        assert "Bản đã xuất bản" in response.content.decode()


@pytest.mark.django_db
def test_an_unpublished_library_page_serves_no_oembed(client, library):
    video = VideoFactory()
    url = full(library, f"video/{video.pk}/")
    library.unpublish()
    assert oembed(client, url).status_code == 404
