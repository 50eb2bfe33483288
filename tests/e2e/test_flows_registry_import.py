"""An editor imports a registry file in the admin, in a real Chromium: a file with one bad row
is refused whole with a row-level report in Vietnamese; the corrected file is imported."""

import pytest

from pbgdpl_wagtail.registry_import.files import write_rows

from ..factories_registries import REPORTER_HEADERS
from .flows_support import log_in

pytestmark = pytest.mark.browser

NAMES = ["Đặng Thị Xuân Mai", "Lương Văn Khải", "Ma Thị Thu"]


def rows(years="1"):
    # A law degree needs 2 years of legal work (Luật PBGDPL Đ.35.2c): "1" is the bad cell.
    return [
        [NAMES[0], "Sở Tư pháp", "cong_chuc", "dai_hoc_luat", "5", "44.8", "tinh"],
        [NAMES[1], "Công an tỉnh", "cong_chuc", "dai_hoc_luat", years, "44.8", "tinh"],
        [NAMES[2], "Sở Nội vụ", "vien_chuc", "dai_hoc_khac", "4", "44.8", "tinh"],
    ]


def upload(page, name, data):
    page.goto("/admin/pbgdpl-import/")
    page.locator("select[name=registry]").select_option("legal_reporters")
    page.locator("input[name=file]").set_input_files(
        {"name": name, "mimeType": "text/csv", "buffer": data}
    )
    page.get_by_role("button", name="Kiểm tra và nhập").click()
    page.wait_for_load_state("load")


def test_an_editor_imports_a_registry_file_with_a_bad_row_then_the_corrected_file(
    open_page, screenshot
):
    decision = ["27/QĐ-UBND", "15/04/2026"]
    page = open_page()
    log_in(page, "admin")

    bad = write_rows(REPORTER_HEADERS, [row + decision for row in rows("1")], "csv")
    upload(page, "bao-cao-vien.csv", bad)
    result = page.locator("section[aria-labelledby=import-result]")
    assert result.locator("h2").inner_text() == "Không nhập dữ liệu nào"
    errors = result.locator("tbody tr")
    assert errors.count() == 1
    row, column, reason = (cell.strip() for cell in errors.first.locator("td").all_inner_texts())
    assert row == "3"  # the header is row 1: the second reporter is row 3
    assert column
    assert "Đ.35.2c" in reason and "năm" in reason
    screenshot(page, "flow-registry-import-row-report")

    # Nothing was written: the listing does not know any of the three.
    page.goto("/admin/snippets/pbgdpl/legalreporter/?q=" + NAMES[0])
    page.wait_for_load_state("load")
    assert page.get_by_text(NAMES[0]).count() == 0

    good = write_rows(REPORTER_HEADERS, [row + decision for row in rows("3")], "csv")
    upload(page, "bao-cao-vien.csv", good)
    status = page.locator("section[aria-labelledby=import-result] [role=status]")
    assert status.inner_text().startswith("3 tạo mới, 0 cập nhật")
    page.goto("/admin/snippets/pbgdpl/legalreporter/?q=Lương Văn Khải")
    page.wait_for_load_state("load")
    assert page.get_by_role("link", name=NAMES[1]).count() >= 1
    assert page.failed_responses == []
    screenshot(page, "flow-registry-import-done")
