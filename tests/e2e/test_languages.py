"""A reader switches language on the demo site in a real Chromium, with JavaScript turned off:
the switcher is plain links, untranslated pages say so, and the header fits a phone."""

import pytest

from .test_home_navigation import PHONE, assert_fits_width

pytestmark = pytest.mark.browser

SWITCHER = "nav.pbgdpl-language-switcher"


def test_reader_switches_language(browser, demo_url, screenshot):
    context = browser.new_context(base_url=demo_url, locale="vi-VN", java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.goto("/tin-tuc-su-kien/ke-hoach-pbgdpl-nam-2026/")
    assert page.locator("html").get_attribute("lang") == "vi"
    assert page.locator(f"{SWITCHER} a[aria-current]").inner_text() == "Tiếng Việt"

    # The same news item in English.
    page.locator(SWITCHER).get_by_role("link", name="English").click()
    page.wait_for_url("**/en/tin-tuc-su-kien/ke-hoach-pbgdpl-nam-2026/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text() == "The province's legal dissemination plan for 2026"
    assert page.locator(".pbgdpl-fallback-notice").count() == 0
    screenshot(page, "language-english-news")

    # An English page that is not translated yet: Vietnamese content, an English notice.
    page.goto("/en/gioi-thieu/")
    notice = page.locator(".pbgdpl-fallback-notice")
    assert notice.get_attribute("lang") == "en"
    assert "not yet available in English" in notice.inner_text()
    assert page.locator(".pbgdpl").get_attribute("lang") == "vi"

    # Back to Vietnamese through the switcher; then the Tày library with its own items.
    page.locator(SWITCHER).get_by_role("link", name="Tiếng Việt").click()
    page.wait_for_url(f"{demo_url}/gioi-thieu/")
    assert page.locator("html").get_attribute("lang") == "vi"
    page.goto("/thu-vien/")
    page.locator(SWITCHER).get_by_role("link", name="Tiếng Tày").click()
    page.wait_for_url("**/tyz/thu-vien/")
    assert page.locator("html").get_attribute("lang") == "tyz"
    titles = page.locator(".pbgdpl-item-list__title a").all_inner_texts()
    assert titles and all(title.startswith("[Văn bản mẫu]") for title in titles)
    screenshot(page, "language-tay-library")
    context.close()


def test_switcher_fits_a_phone(open_page, screenshot):
    page = open_page(viewport=PHONE)
    page.goto("/en/")
    assert page.locator(f"{SWITCHER} a").count() == 3
    assert_fits_width(page, PHONE["width"])
    screenshot(page, "phone-language-switcher")
    assert page.failed_responses == []
