"""The demo's news listing and about page in a real Chromium: filters and archives work without
JavaScript's help, and both pages fit a 360 px wide phone screen."""

import pytest

from .test_home_navigation import PHONE, assert_fits_width

pytestmark = pytest.mark.browser

NEWS_PATH = "/tin-tuc-su-kien/"
ABOUT_PATH = "/gioi-thieu/co-cau-to-chuc-doi-ngu/"


def news_titles(page):
    return page.locator(".pbgdpl-news-list .pbgdpl-news-item__title a").all_inner_texts()


def test_news_filters_and_archives_with_the_keyboard(open_page, screenshot):
    page = open_page()
    page.goto(NEWS_PATH)
    assert page.locator("h1").inner_text() == "Tin tức – Sự kiện"
    everything = news_titles(page)
    assert len(everything) == 10
    # Choose a category and submit the form with the keyboard: a plain GET form.
    page.select_option("select[name=category]", label="Giới thiệu văn bản pháp luật mới")
    page.locator("form.pbgdpl-filters button[type=submit]").focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**?category=gioi-thieu-van-ban-phap-luat-moi**")
    filtered = news_titles(page)
    assert 0 < len(filtered) < len(everything)
    assert set(filtered) <= set(everything)
    # The year archive, from the archive navigation.
    page.goto(NEWS_PATH)
    page.locator("nav.pbgdpl-archive a", has_text="2025").click()
    page.wait_for_url(f"**{NEWS_PATH}2025/")
    assert news_titles(page) == ["Kiện toàn Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh"]
    screenshot(page, "news-archive-2025")
    assert page.failed_responses == []


@pytest.mark.parametrize("path", [NEWS_PATH, ABOUT_PATH])
def test_news_and_about_fit_a_phone(open_page, screenshot, path):
    page = open_page(viewport=PHONE)
    page.goto(path)
    page.wait_for_load_state("load")
    assert_fits_width(page, PHONE["width"])
    screenshot(page, "phone" + path.rstrip("/").replace("/", "-"))
    assert page.failed_responses == []
