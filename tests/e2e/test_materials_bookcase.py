"""Materials, guidance and the legal bookcase of the demo in a real Chromium: they fit a phone
screen, and the filters work as a plain form."""

import pytest

from .test_home_navigation import PHONE, assert_fits_width

pytestmark = pytest.mark.browser

PAGES = {
    "materials": "/tai-lieu-pbgdpl/",
    "material": "/tai-lieu-pbgdpl/to-gap-hoa-giai-o-co-so/",
    "guidance": "/huong-dan-nghiep-vu/cong-nhan-chuan-tiep-can-phap-luat/",
    "bookcase": "/tu-sach-phap-luat/",
}


@pytest.mark.parametrize(("name", "path"), list(PAGES.items()), ids=list(PAGES))
def test_page_fits_a_360px_wide_screen(open_page, screenshot, name, path):
    page = open_page(viewport=PHONE)
    response = page.goto(path)
    assert response.status == 200
    page.wait_for_load_state("load")
    assert page.locator("h1").count() == 1
    assert_fits_width(page, PHONE["width"])
    assert page.failed_responses == []
    screenshot(page, f"{name}-360px")


def test_bookcase_filter_and_book_page(open_page, screenshot):
    page = open_page(viewport=PHONE)
    page.goto(PAGES["bookcase"])
    page.get_by_label("Ngôn ngữ").select_option("en")
    page.get_by_role("button", name="Lọc").click()
    page.wait_for_url("**language=en**")
    titles = page.locator(".pbgdpl-book__title a")
    assert titles.all_inner_texts() == ["Grassroots mediation: questions and answers"]
    assert titles.first.get_attribute("lang") == "en"
    titles.first.click()
    page.wait_for_load_state("load")
    assert page.locator("h1").inner_text() == "Grassroots mediation: questions and answers"
    assert page.locator(".pbgdpl-book-detail__read a").is_visible()
    assert_fits_width(page, PHONE["width"])
    assert page.failed_responses == []
    screenshot(page, "book-360px")
