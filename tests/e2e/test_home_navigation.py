"""The demo home page in a real Chromium: it loads, is usable with the keyboard alone and fits a
360 px wide phone screen."""

import re

import pytest

pytestmark = pytest.mark.browser

HOME_TITLE = "Phổ biến, giáo dục pháp luật"
SKIP_LINK_TEXTS = {"Bỏ qua đến nội dung chính", "Skip to main content"}
SECTION_TITLE = "Hòa giải ở cơ sở"
SECTION_PATH = "/hoa-giai-o-co-so/"
CSS_PATH = "/static/pbgdpl_wagtail/css/pbgdpl.css"
PHONE = {"width": 360, "height": 640}

ACTIVE_ELEMENT_JS = """() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    return {
        tag: el.tagName.toLowerCase(),
        id: el.id,
        href: el.getAttribute("href"),
        text: el.textContent.trim().replace(/\\s+/g, " "),
        inMainMenu: Boolean(el.closest("nav.pbgdpl-main-menu")),
    };
}"""

FOCUS_STYLE_JS = """() => {
    const style = getComputedStyle(document.activeElement);
    return {
        outlineStyle: style.outlineStyle,
        outlineWidth: parseFloat(style.outlineWidth) || 0,
        boxShadow: style.boxShadow,
    };
}"""


def active(page):
    return page.evaluate(ACTIVE_ELEMENT_JS)


def assert_focus_visible(page):
    style = page.evaluate(FOCUS_STYLE_JS)
    outlined = style["outlineStyle"] != "none" and style["outlineWidth"] > 0
    shadowed = style["boxShadow"] not in ("", "none")
    assert outlined or shadowed, f"focused {active(page)} has no visible focus indicator: {style}"


WIDER_THAN_VIEWPORT_JS = """(width) => {
    const describe = (el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "")
        + (el.classList.length ? "." + [...el.classList].join(".") : "");
    const wide = [...document.body.querySelectorAll("*")].filter(
        (el) => el.getBoundingClientRect().right > width + 0.5
    );
    // Only the innermost culprits: drop elements that merely contain a wider one.
    return wide.filter((el) => !wide.some((other) => other !== el && el.contains(other)))
        .slice(0, 8)
        .map((el) => `${describe(el)} (right: ${Math.round(el.getBoundingClientRect().right)}px)`);
}"""


def assert_fits_width(page, width):
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    if scroll_width > width:
        culprits = page.evaluate(WIDER_THAN_VIEWPORT_JS, width)
        pytest.fail(
            f"{page.url} scrolls sideways at {width}px: scrollWidth {scroll_width}px; "
            f"too wide: {', '.join(culprits) or '?'}"
        )


def assert_home_page(page):
    assert HOME_TITLE in page.title()
    assert page.locator("html").get_attribute("lang") == "vi"
    assert page.locator("main").count() == 1
    assert page.locator("main#main-content").count() == 1
    assert page.locator("h1").count() == 1
    assert HOME_TITLE in page.locator("h1").inner_text()


def test_home_page_loads_with_its_stylesheet(open_page, screenshot):
    page = open_page()
    with page.expect_response(lambda response: response.url.endswith(CSS_PATH)) as css:
        response = page.goto("/")
    assert response.status == 200
    assert css.value.status == 200, f"{CSS_PATH} answered {css.value.status}"
    assert "text/css" in css.value.headers.get("content-type", "")
    assert_home_page(page)
    # The stylesheet is applied, not only downloaded: the skip link waits off screen.
    assert page.locator(".pbgdpl-skip-link").evaluate("el => getComputedStyle(el).position") == (
        "absolute"
    )
    page.wait_for_load_state("load")
    assert page.failed_responses == []
    screenshot(page, "home-desktop")


def test_skip_link_is_first_and_moves_focus_to_main_content(open_page, screenshot):
    page = open_page()
    page.goto("/")
    page.keyboard.press("Tab")
    skip = active(page)
    assert skip is not None, "Tab focused nothing"
    assert skip["tag"] == "a" and skip["href"] == "#main-content", f"first Tab stop: {skip}"
    assert skip["text"] in SKIP_LINK_TEXTS
    assert_focus_visible(page)
    box = page.locator(".pbgdpl-skip-link").bounding_box()
    assert box is not None and box["y"] >= 0, f"focused skip link is off screen: {box}"
    screenshot(page, "home-skip-link-focused")

    page.keyboard.press("Enter")
    page.wait_for_function("document.activeElement && document.activeElement.id === 'main-content'")
    assert page.url.endswith("#main-content")
    # The next Tab continues inside the main content, not back at the header.
    page.keyboard.press("Tab")
    after = active(page)
    assert after is not None and not after["inMainMenu"], f"Tab after skip link went to {after}"
    assert page.evaluate(
        "document.getElementById('main-content').contains(document.activeElement)"
    ), f"Tab after the skip link left the main content: {after}"
    screenshot(page, "home-after-skip-link")


def test_tab_reaches_section_menu_and_enter_opens_the_section(open_page, screenshot):
    page = open_page()
    page.goto("/")
    menu_stops = []
    for _ in range(40):
        page.keyboard.press("Tab")
        current = active(page)
        assert current is not None, f"focus left the page after {menu_stops}"
        if current["inMainMenu"]:
            menu_stops.append(current["text"])
            assert_focus_visible(page)
            if current["text"] == SECTION_TITLE:
                break
    else:
        pytest.fail(f"40 Tab presses never reached “{SECTION_TITLE}”; menu stops: {menu_stops}")
    assert len(menu_stops) >= 2, "the section link was the first menu stop; where is Home?"
    screenshot(page, "home-menu-link-focused")

    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith(SECTION_PATH), page.url
    assert page.locator("main").count() == 1
    assert page.locator("h1").inner_text().strip() == SECTION_TITLE

    current_links = page.locator('nav.pbgdpl-main-menu a[aria-current="page"]')
    assert current_links.count() == 1
    assert current_links.inner_text().strip() == SECTION_TITLE
    assert current_links.get_attribute("href").endswith(SECTION_PATH)

    breadcrumbs = page.locator("nav.pbgdpl-breadcrumbs")
    assert breadcrumbs.count() == 1
    assert breadcrumbs.get_attribute("aria-label")
    home_crumb = breadcrumbs.locator("a").first
    assert HOME_TITLE in home_crumb.inner_text()
    assert home_crumb.evaluate("a => new URL(a.href).pathname") == "/"
    assert breadcrumbs.locator('[aria-current="page"]').inner_text().strip() == SECTION_TITLE

    # Focus is visible on a link of the new page too.
    home_crumb.focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    assert active(page)["text"] == home_crumb.inner_text().strip()
    assert_focus_visible(page)
    page.wait_for_load_state("load")
    assert page.failed_responses == []
    screenshot(page, "section-desktop")


@pytest.mark.parametrize(
    ("name", "path"), [("home", "/"), ("section", SECTION_PATH)], ids=["home", "section"]
)
def test_page_fits_a_360px_wide_screen(open_page, screenshot, name, path):
    page = open_page(viewport=PHONE)
    response = page.goto(path)
    assert response.status == 200
    page.wait_for_load_state("load")
    assert_fits_width(page, PHONE["width"])
    if name == "home":
        assert_home_page(page)
    else:
        assert re.search(re.escape(SECTION_TITLE), page.locator("h1").inner_text())
    assert page.failed_responses == []
    screenshot(page, f"{name}-360px")
