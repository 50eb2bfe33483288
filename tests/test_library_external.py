"""External videos through Wagtail's oEmbed finders, against a provider on 127.0.0.1."""

import pytest
from bs4 import BeautifulSoup
from django.test import override_settings
from django.urls import reverse
from wagtail.embeds.finders import get_finders
from wagtail.images import get_image_model

from pbgdpl_wagtail.models import Video

from .factories_library import VideoFactory, make_library
from .library_support import FakeVideoProvider, video_form_data


@pytest.fixture
def provider():
    with FakeVideoProvider() as fake:
        get_finders.cache_clear()
        with override_settings(WAGTAILEMBEDS_FINDERS=fake.finders_setting()):
            yield fake
        get_finders.cache_clear()


@pytest.mark.django_db
def test_an_external_video_gets_the_providers_thumbnail_as_a_local_poster(admin_client, provider):
    url = reverse("wagtailsnippets_pbgdpl_video:add")
    response = admin_client.post(
        url, video_form_data(external_url=provider.watch_url("abc123"), **{"action-publish": "1"})
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    video = Video.objects.get()
    assert video.live and video.is_external
    assert video.poster is not None
    assert (video.poster.width, video.poster.height) == (480, 270)
    assert "/thumb.png" in provider.requests


@pytest.mark.django_db
def test_an_address_no_provider_knows_is_refused_and_nothing_is_saved(admin_client, provider):
    url = reverse("wagtailsnippets_pbgdpl_video:add")
    images_before = get_image_model().objects.count()
    response = admin_client.post(
        url,
        video_form_data(external_url="https://video.example.org/xem/1"),
        HTTP_ACCEPT_LANGUAGE="vi",
    )
    assert response.status_code == 200
    assert "Không nhà cung cấp video nào" in response.content.decode()
    response = admin_client.post(url, video_form_data(external_url=provider.watch_url("missing")))
    assert response.status_code == 200
    assert not Video.objects.exists()
    assert get_image_model().objects.count() == images_before


@pytest.mark.django_db
def test_the_providers_iframe_loads_only_when_the_reader_asks(client, portal, provider):
    library = make_library(portal)
    video = VideoFactory(file=None, external_url=provider.watch_url("xyz"))
    detail = library.url + f"video/{video.pk}/"
    page = BeautifulSoup(client.get(detail).content, "html.parser")
    player = page.select_one(".pbgdpl-player")
    # Inside <template> the iframe is inert: no request leaves the reader's browser.
    assert not [tag for tag in player.find_all("iframe") if not tag.find_parent("template")]
    assert "/player/xyz" in player.find("template").decode_contents()
    assert player.select_one("a[data-pbgdpl-play]")["href"].startswith("?play=1")
    played = BeautifulSoup(client.get(detail, {"play": "1"}).content, "html.parser")
    frame = played.select_one(".pbgdpl-player__frame iframe")
    assert frame["src"] == f"{provider.base_url}/player/xyz"
