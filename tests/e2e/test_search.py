"""The site search of the demo in a real Chromium: typed without diacritics on a phone, facets,
suggestions as the reader types, and the same results with JavaScript switched off."""

import pytest

from .test_home_navigation import PHONE, assert_fits_width

pytestmark = pytest.mark.browser

SEARCH = "/tim-kiem/"


def test_search_without_diacritics_and_a_facet(open_page, screenshot):
    page = open_page(viewport=PHONE)
    page.goto(SEARCH)
    page.get_by_label("Tìm", exact=True).fill("hoa giai o co so")
    page.locator(".pbgdpl-search__form button").click()
    page.wait_for_url("**q=hoa+giai+o+co+so**")
    assert "Hòa giải ở cơ sở" in page.locator(".pbgdpl-search__title").all_inner_texts()
    assert page.locator(".pbgdpl-search__result mark").count() > 0
    assert_fits_width(page, PHONE["width"])
    screenshot(page, "search-360px")
    page.locator(".pbgdpl-search__facet a", has_text="Văn bản pháp luật").click()
    page.wait_for_url("**type=documents**")
    assert page.locator(".pbgdpl-search__type").all_inner_texts()
    types = page.locator(".pbgdpl-search__type").all_inner_texts()
    assert all(t.startswith("Văn bản pháp luật") for t in types)
    assert page.failed_responses == []


def test_suggestions_as_the_reader_types(open_page):
    page = open_page()
    page.goto(SEARCH)
    box = page.get_by_label("Tìm", exact=True)
    box.press_sequentially("nuoc tha", delay=30)
    options = page.locator("#pbgdpl-search-suggestions option")
    options.first.wait_for(state="attached")
    assert "Tình huống: Nước thải chảy sang vườn nhà hàng xóm" in [
        options.nth(i).get_attribute("value") for i in range(options.count())
    ]


def test_the_form_works_without_javascript(browser, demo_url):
    context = browser.new_context(base_url=demo_url, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(SEARCH)
        page.get_by_label("Tìm", exact=True).fill("25/2021/QD-TTG")
        page.locator(".pbgdpl-search__form button").click()
        page.wait_for_url("**q=25%2F2021%2FQD-TTG**")
        first = page.locator(".pbgdpl-search__title").first.inner_text()
        assert first == "Quyết định 25/2021/QĐ-TTg"
    finally:
        context.close()
