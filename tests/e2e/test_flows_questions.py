"""A citizen's question from the ask form to the published answer, in a real Chromium: the
citizen asks and tracks it; the demo's editor receives and answers it in the admin workspace and
sends it for approval; the demo's reviewer approves and publishes it; the citizen reads the
answer. The asker's contact data appears on no public page."""

import re

import pytest

from .flows_support import log_in

pytestmark = pytest.mark.browser

QA = "/hoi-dap-phap-luat/"
ASKER = {
    "asker_name": "Triệu Thị Phương Thảo",
    "asker_email": "phuongthao.trieu@example.org",
    "asker_phone": "0987 654 321",
    "asker_address": "Thôn Nà Khuổi, xã Tân Lập",
}
TITLE = "Thành lập tổ hòa giải ở thôn mới sáp nhập cần bao nhiêu người?"
TEXT = (
    "Thôn chúng tôi vừa sáp nhập từ hai thôn cũ. Xin hỏi tổ hòa giải của thôn mới cần ít nhất "
    "bao nhiêu hòa giải viên và ai bầu?"
)
ANSWER = (
    "Theo Điều 12 Luật Hòa giải ở cơ sở, mỗi tổ hòa giải có từ 03 hòa giải viên trở lên, trong "
    "đó có hòa giải viên nữ."
)
# The smallest PDF a browser would upload: its content is judged by its first bytes.
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


@pytest.fixture
def fresh_limits():
    """The per-address limits count in the cache: other tests' questions sent from 127.0.0.1
    in this process must not count against this citizen."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


def question_action(page, code, label):
    """Open the row's menu of the question ``code`` in the admin listing and confirm ``label``."""
    page.goto(f"/admin/snippets/pbgdpl/question/?q={code}")
    row = page.locator("tbody tr", has_text=code)
    row.locator("[data-w-dropdown-target=toggle]").click()
    # The menu is drawn outside the row, in a popup.
    menu = page.locator("[data-tippy-root]:not([hidden])")
    menu.get_by_role("link", name=label, exact=True).click()
    page.wait_for_url("**/transition/**")
    page.locator("form button[type=submit]", has_text=label).click()
    page.wait_for_url("**/admin/snippets/pbgdpl/question/")
    assert page.get_by_text(f"{code}: đã thực hiện “{label}”.").is_visible()


def assert_no_contact_data(page):
    text = page.locator("body").inner_text()
    html = page.content()
    for value in ASKER.values():
        assert value not in text and value not in html
    assert "987654321" not in re.sub(r"\D", "", text)


def test_a_citizen_asks_tracks_and_reads_the_answer_published_by_staff(
    fresh_limits, open_page, screenshot
):
    citizen = open_page()
    citizen.goto(QA + "ask/")
    for name, value in ASKER.items():
        citizen.fill(f"[name={name}]", value)
    citizen.locator("select[name=legal_field]").select_option(label="37.1. Hòa giải ở cơ sở")
    citizen.fill("[name=title]", TITLE)
    citizen.fill("[name=text]", TEXT)
    citizen.locator("input[name=attachments]").set_input_files(
        {"name": "bien-ban-sap-nhap.pdf", "mimeType": "application/pdf", "buffer": PDF}
    )
    citizen.check("[name=consent]")
    citizen.get_by_role("button", name="Gửi câu hỏi").click()
    citizen.wait_for_url("**/ask/done/")
    code = citizen.locator(".pbgdpl-tracking-code").inner_text()
    assert re.fullmatch(r"HD-\d{8}-\d{3}", code)
    screenshot(citizen, "flow-question-received")

    def track():
        citizen.goto(f"{QA}track/?code={code}")
        assert citizen.locator("[name=code]").input_value() == code
        citizen.fill("[name=contact]", ASKER["asker_email"].upper())
        citizen.get_by_role("button", name="Tra cứu").click()
        citizen.wait_for_load_state("load")
        return citizen.locator(".pbgdpl-track__result")

    assert "Chờ tiếp nhận" in track().inner_text()

    # The editor receives the question (it is then theirs), writes the answer, sends it on.
    editor = open_page()
    log_in(editor, "bientap")
    editor.goto(f"/admin/snippets/pbgdpl/question/?q={code}")
    assert editor.locator("tbody tr", has_text=code).get_by_text("Chờ tiếp nhận").count() == 1
    question_action(editor, code, "Tiếp nhận")
    editor.locator("tbody tr", has_text=code).get_by_role("link", name=code).click()
    editor.wait_for_load_state("load")
    # Staff see the asker's contact and the attachment.
    assert editor.locator("[name=asker_email]").input_value() == ASKER["asker_email"]
    editor.locator("[data-contentpath=answer] [contenteditable=true]").click()
    editor.keyboard.type(ANSWER)
    # Draftail writes its hidden input a moment (250 ms) after the last key.
    editor.wait_for_function(
        "text => document.querySelector('input[name=answer]').value.includes(text)",
        arg=ANSWER[-30:],
    )
    with editor.expect_navigation():
        editor.locator("button.action-save").click()
    question_action(editor, code, "Gửi phê duyệt")
    assert "Chờ phê duyệt" in track().inner_text()

    # The reviewer approves and publishes.
    reviewer = open_page()
    log_in(reviewer, "lanhdao")
    question_action(reviewer, code, "Phê duyệt và công khai")
    reviewer.goto(f"/admin/snippets/pbgdpl/question/?q={code}")
    assert reviewer.locator("tbody tr", has_text=code).get_by_text("Hoàn thành").count() == 1

    # The citizen follows the tracking page to the published answer.
    result = track()
    assert "Hoàn thành" in result.inner_text()
    result.get_by_role("link", name="Xem câu trả lời").click()
    citizen.wait_for_load_state("load")
    assert citizen.locator("h1").inner_text() == TITLE
    assert ANSWER in citizen.locator("main").inner_text()
    assert_no_contact_data(citizen)
    screenshot(citizen, "flow-question-answer-published")

    citizen.goto(QA)
    assert citizen.get_by_role("link", name=TITLE).count() >= 1
    assert_no_contact_data(citizen)
    assert citizen.failed_responses == []
    assert editor.failed_responses == [] and reviewer.failed_responses == []
