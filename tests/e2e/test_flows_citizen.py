"""A citizen's flow in a real Chromium: the site search typed without diacritics finds a legal
situation, whose video plays with its Vietnamese captions."""

import pytest

from .test_home_navigation import PHONE, assert_fits_width

pytestmark = pytest.mark.browser

SITUATION = "Uống hai cốc bia rồi đi xe máy về nhà có bị cấm không?"

# The first text track of the page's video, once its cues are loaded and shown.
CAPTIONS_SHOWN = """() => {
    const video = document.querySelector('video.pbgdpl-player__video');
    const track = video && video.textTracks[0];
    return track && track.mode === 'showing' && track.cues && track.cues.length
        ? {kind: track.kind, language: track.language, cues: track.cues.length,
           first: track.cues[0].text}
        : null;
}"""


def test_a_citizen_searches_without_diacritics_and_plays_the_situations_video(
    open_page, screenshot
):
    page = open_page(viewport=PHONE)
    page.goto("/tim-kiem/")
    page.get_by_label("Tìm", exact=True).fill("uong hai coc bia roi di xe may")
    page.locator(".pbgdpl-search__form button").click()
    page.wait_for_url("**q=uong+hai+coc+bia**")
    result = page.locator(".pbgdpl-search__title a", has_text=SITUATION)
    result.first.click()
    page.wait_for_load_state("load")
    assert page.locator("h1").inner_text() == SITUATION
    assert "36/2024/QH15" in page.locator(".pbgdpl-situation__basis").inner_text()

    video = page.locator("video.pbgdpl-player__video")
    track = video.locator("track")
    assert track.get_attribute("kind") == "captions"
    assert track.get_attribute("srclang") == "vi"
    video.scroll_into_view_if_needed()
    # Muted, as a browser lets a page start playback without a user gesture only then.
    video.evaluate(
        """v => { window.pbgdplPlaying = false;
                  v.addEventListener('playing', () => { window.pbgdplPlaying = true; });
                  v.muted = true; return v.play(); }"""
    )
    page.wait_for_function("() => window.pbgdplPlaying")
    page.wait_for_function(
        "() => document.querySelector('video.pbgdpl-player__video').currentTime > 1"
    )
    captions = page.wait_for_function(CAPTIONS_SHOWN).json_value()
    assert captions["kind"] == "captions" and captions["language"] == "vi"
    assert captions["cues"] >= 2 and captions["first"].strip()
    assert track.evaluate("t => t.readyState") == 2  # HTMLTrackElement.LOADED
    assert_fits_width(page, PHONE["width"])
    assert page.failed_responses == []
    video.evaluate("v => v.pause()")
    screenshot(page, "flow-citizen-situation-video-captions")
