"""An editor builds a page from blocks in a real Chromium and a reviewer publishes it: the demo's
editor adds a video, a legal situation, a legal document and a registry listing through the
StreamField menu and the choosers, submits the page to Wagtail's "Moderators approval" workflow;
the demo's reviewer (a moderator) approves it, which publishes it; the public page shows the
four blocks."""

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import expect

from .flows_support import log_in

pytestmark = pytest.mark.browser

TITLE = "Pháp luật cho người lao động"
SLUG = "phap-luat-cho-nguoi-lao-dong"


@pytest.fixture
def content(demo_url):
    """What the editor will choose, looked up before the browser starts (see conftest)."""
    from pbgdpl_wagtail.models import (
        LegalDocument,
        LegalReporter,
        LegalSituation,
        SectionPage,
        Video,
    )

    parent = SectionPage.objects.get(slug="tiep-can-phap-luat", locale__language_code="vi")
    situation = LegalSituation.objects.live().exclude(video=None).order_by("pk").first()
    reporter = LegalReporter.objects.filter(is_public=True).order_by("full_name").first()
    return {
        "add_url": f"/admin/pages/add/pbgdpl/sectionpage/{parent.pk}/",
        "public_url": f"{parent.url}{SLUG}/",
        "video": Video.objects.live().order_by("pk").first().title,
        "situation": situation.title,
        "document": LegalDocument.objects.get(number="14/2012/QH13"),
        "reporter": reporter.full_name,
    }


def click(locator):
    # In the middle of the window: the editor's floating footer covers its bottom.
    locator.evaluate("element => element.scrollIntoView({block: 'center'})")
    locator.click()


def add_block(page, label):
    """Add a block at the end of the body through the "insert a block" menu; return it."""
    click(page.locator("[data-contentpath=body] .c-sf-add-button").last)
    menu = page.locator("[data-tippy-root]:not([hidden])")
    menu.locator("input[role=combobox]").fill(label)
    menu.locator("[role=option]").get_by_text(label, exact=True).click()
    return page.locator("[data-contentpath=body] [data-streamfield-child]").last


def choose(page, block, search):
    """Open the block's chooser, search, and pick the result whose link reads ``search``."""
    button = block.locator("[data-chooser-action-choose]").first
    click(button)
    modal = page.locator(".modal-content")
    box = modal.locator("input[name=q]")
    try:
        box.wait_for(timeout=10_000)
    except PlaywrightTimeoutError:
        # A block inserted a moment ago may not have bound its chooser yet: click once more.
        click(button)
        box.wait_for(timeout=30_000)
    box.fill(search)
    modal.get_by_role("link", name=search, exact=True).first.click()
    modal.wait_for(state="detached")
    assert search in block.locator("[data-chooser-title]").first.inner_text()


def test_an_editor_builds_a_page_from_blocks_and_a_reviewer_publishes_it(
    content, open_page, screenshot
):
    editor = open_page()
    log_in(editor, "bientap")
    editor.goto(content["add_url"])
    editor.fill("#id_title", TITLE)
    # Wagtail would derive "pháp-luật-cho-…" (Unicode slugs): the editor types the address, once
    # Wagtail has copied the title into it (a later copy would overwrite what the editor typed).
    editor.get_by_role("tab", name="Quảng bá").click()
    expect(editor.locator("#id_slug")).not_to_have_value("")
    editor.fill("#id_slug", SLUG)
    editor.locator("#id_slug").blur()
    expect(editor.locator("#id_slug")).to_have_value(SLUG)
    editor.get_by_role("tab", name="Nội dung").click()

    video = add_block(editor, "Video")
    choose(editor, video, content["video"])
    situation = add_block(editor, "Tình huống pháp luật")
    choose(editor, situation, content["situation"])
    document = add_block(editor, "Văn bản pháp luật")
    choose(editor, document, str(content["document"]))
    document.locator("input[name$=-value-articles]").fill("Điều 35, Điều 37")
    registry = add_block(editor, "Danh sách cơ sở dữ liệu")
    registry.locator("select[name$=-value-registry]").select_option("legal_reporters")
    registry.locator("input[name$=-value-title]").fill("Báo cáo viên pháp luật của tỉnh")
    # The four blocks hold their values before the page is submitted.
    expect(registry.locator("select[name$=-value-registry]")).to_have_value("legal_reporters")
    expect(registry.locator("input[name$=-value-title]")).to_have_value(
        "Báo cáo viên pháp luật của tỉnh"
    )
    expect(editor.locator("[data-contentpath=body] [data-streamfield-child]")).to_have_count(4)

    # Submit to the workflow: the action sits in the footer's menu, beside "save draft".
    editor.locator("footer .w-dropdown__toggle, .footer .w-dropdown__toggle").first.click()
    with editor.expect_navigation():
        editor.locator("button[name=action-submit]").click()
    assert editor.get_by_text(f"Trang '{TITLE}' đã được gửi kiểm duyệt.").is_visible()
    row = editor.locator("tbody tr", has_text=TITLE)
    assert "kiểm duyệt" in row.text_content().lower()
    screenshot(editor, "flow-page-submitted")

    # Not public yet.
    anonymous = open_page()
    draft = anonymous.goto(content["public_url"])
    assert draft.status == 404

    reviewer = open_page()
    log_in(reviewer, "lanhdao")
    # The dashboard lists what awaits the reviewer; the page's editor offers the approval.
    assert reviewer.get_by_role("link", name=TITLE).count() >= 1
    reviewer.get_by_role("link", name=TITLE).first.click()
    reviewer.wait_for_url("**/edit/")
    reviewer.locator("footer .w-dropdown__toggle, .footer .w-dropdown__toggle").first.click()
    with reviewer.expect_navigation():
        reviewer.get_by_role("button", name="Phê duyệt và xuất bản", exact=True).click()
    # Back in the explorer, once the approval is done (the click's navigation may end before the
    # listing loads): the page is live and no longer in moderation.
    reviewer.get_by_text(f"Đã cập nhật trang '{TITLE}'.").wait_for()
    row = reviewer.locator("tbody tr", has_text=TITLE)
    row.wait_for()
    assert "đang xuất bản" in row.text_content().lower()
    assert "kiểm duyệt" not in row.text_content().lower()
    assert reviewer.failed_responses == [] and editor.failed_responses == []

    # A reader who never saw the 404 (Chromium may answer the earlier visitor from its cache).
    reader = open_page()
    public = reader.goto(content["public_url"])
    assert public.status == 200
    main = reader.locator("main")
    assert reader.locator("h1").inner_text() == TITLE
    assert main.locator("video track[kind=captions]").count() >= 1
    assert content["situation"] in main.inner_text()
    assert content["document"].number in main.locator(".pbgdpl-legal-document").inner_text()
    assert "Điều 35, Điều 37" in main.inner_text()
    assert content["reporter"] in main.locator(".pbgdpl-registry-listing").inner_text()
    assert anonymous.failed_responses == [f"404 {draft.url}"]
    assert reader.failed_responses == []
    screenshot(reader, "flow-page-published")
