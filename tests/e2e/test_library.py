"""The library in a real Chromium: a citizen finds a video, plays it with captions, reads a
legal situation, and the embed works inside another site's iframe."""

import re

import pytest

from .test_home_navigation import PHONE, assert_fits_width

pytestmark = pytest.mark.browser

LIBRARY = "/thu-vien/"
CLIP = "Video clip: Đã uống rượu, bia thì không lái xe"


def test_a_citizen_filters_the_library_and_plays_a_video_with_captions(open_page, screenshot):
    page = open_page(viewport=PHONE)
    page.goto(LIBRARY)
    page.get_by_label("Loại video").select_option("video_clip")
    page.get_by_role("button", name="Lọc").click()
    page.wait_for_url("**kind=video_clip**")
    page.get_by_role("link", name=CLIP).click()
    page.wait_for_load_state("load")
    assert page.locator("h1").inner_text() == CLIP
    video = page.locator("video.pbgdpl-player__video")
    assert video.get_attribute("preload") == "none"
    # Nothing of the video is fetched before the citizen presses play.
    assert video.evaluate("v => v.readyState") == 0
    video.evaluate("v => { v.muted = true; return v.play(); }")
    page.wait_for_function(
        "() => document.querySelector('video.pbgdpl-player__video').currentTime > 0.5"
    )
    cues = page.wait_for_function(
        """() => {
            const track = document.querySelector('video.pbgdpl-player__video').textTracks[0];
            return track && track.mode === 'showing' && track.cues && track.cues.length
                ? track.cues.length : 0;
        }"""
    )
    assert cues.json_value() >= 2
    assert page.get_by_text("Lời thoại").is_visible()
    assert_fits_width(page, PHONE["width"])
    assert page.failed_responses == []
    screenshot(page, "library-video-playing-360px")


def test_a_situation_opens_with_its_answer_and_legal_basis(open_page, screenshot):
    page = open_page(viewport=PHONE)
    page.goto(LIBRARY + "?type=situation")
    first = page.locator(".pbgdpl-item-list__title a").first
    title = first.inner_text()
    first.click()
    page.wait_for_load_state("load")
    assert page.locator("h1").inner_text() == title
    assert page.locator(".pbgdpl-situation__answer").inner_text().strip()
    assert page.locator(".pbgdpl-situation__basis li").count() >= 1
    assert_fits_width(page, PHONE["width"])
    assert page.failed_responses == []
    screenshot(page, "library-situation-360px")


def test_the_embed_plays_inside_another_sites_iframe(open_page, demo_url, screenshot):
    page = open_page()
    page.goto(LIBRARY + "?type=video")
    page.get_by_role("link", name=CLIP).click()
    page.wait_for_load_state("load")
    code = page.locator("#pbgdpl-embed-code").input_value()
    src = re.search(r'src="([^"]+)"', code).group(1)
    # A page of "another site" (a data: URL, so a different origin) pastes the embed code.
    page.set_content(f"<!doctype html><title>Xã Hòa Bình</title><h1>Xã Hòa Bình</h1>{code}")
    frame = page.frame_locator("iframe")
    frame.locator("video").wait_for()
    assert frame.locator("video track").get_attribute("srclang") == "vi"
    assert src.startswith(demo_url)
    screenshot(page, "library-embed-in-another-site")
