import json
import unicodedata
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from pbgdpl_wagtail.models import DocumentType, LegalField, TargetGroup
from pbgdpl_wagtail.reference import LISTS, read_list
from pbgdpl_wagtail.snippets.choices import DocumentKind


def snapshot():
    return {
        model.__name__: sorted(
            json.dumps(row, sort_keys=True, default=str) for row in model.objects.values()
        )
        for model in (LegalField, DocumentType, TargetGroup)
    }


@pytest.mark.parametrize("name", list(LISTS))
def test_reference_lists_are_well_formed(name):
    filename, _model = LISTS[name]
    items = read_list(filename)
    codes = [item["code"] for item in items]
    assert len(codes) == len(set(codes)), "duplicate codes"
    for item in items:
        assert item["name"].strip()
        assert unicodedata.is_normalized("NFC", item["name"])


@pytest.fixture(autouse=True)
def english_output():
    # The command reports in the site's language; these tests read the English text.
    with translation.override("en"):
        yield


@pytest.mark.django_db
def test_loading_twice_changes_nothing():
    out = StringIO()
    call_command("pbgdpl_load_reference_data", stdout=out)
    assert "legal_fields: 70 created" in out.getvalue()
    first = snapshot()
    out = StringIO()
    call_command("pbgdpl_load_reference_data", stdout=out)
    assert snapshot() == first
    for name in LISTS:
        assert f"{name}: 0 created, 0 updated" in out.getvalue()


@pytest.mark.django_db
def test_official_lists_content():
    call_command("pbgdpl_load_reference_data", stdout=StringIO())
    # 45 chủ đề of the Bộ pháp điển, with the đề mục the domain reference names.
    assert LegalField.objects.filter(parent=None).count() == 45
    pbgdpl = LegalField.objects.get(code="44.8")
    assert pbgdpl.name == "Phổ biến, giáo dục pháp luật"
    assert pbgdpl.parent.code == "44"
    assert LegalField.objects.get(code="37.1").parent.name.startswith("Tố tụng")
    # NĐ 30/2020 Điều 7: 29 administrative document types; Luật 64/2025 forms.
    assert DocumentType.objects.filter(kind=DocumentKind.ADMINISTRATIVE).count() == 29
    assert DocumentType.objects.get(code="hc-ke-hoach").abbreviation == "KH"
    decree = DocumentType.objects.get(kind=DocumentKind.LEGAL_NORMATIVE, name="Nghị định")
    assert decree.abbreviation == "NĐ"
    assert "64/2025/QH15" in decree.legal_basis
    assert TargetGroup.objects.filter(legal_basis__contains="14/2012/QH13").count() >= 6


@pytest.mark.django_db
def test_editor_changes_survive_reload_unless_update_asked():
    call_command("pbgdpl_load_reference_data", "target_groups", stdout=StringIO())
    group = TargetGroup.objects.order_by("sort_order").first()
    official = group.name
    group.name = "Tên do biên tập viên sửa"
    group.save()
    call_command("pbgdpl_load_reference_data", "target_groups", stdout=StringIO())
    group.refresh_from_db()
    assert group.name == "Tên do biên tập viên sửa"
    out = StringIO()
    call_command("pbgdpl_load_reference_data", "target_groups", "--update", stdout=out)
    group.refresh_from_db()
    assert group.name == official
    assert "1 updated" in out.getvalue()


@pytest.mark.django_db
def test_unknown_list_is_refused():
    with pytest.raises(CommandError):
        call_command("pbgdpl_load_reference_data", "no_such_list", stdout=StringIO())
    assert not LegalField.objects.exists()


@pytest.mark.django_db
def test_report_is_in_vietnamese_for_a_vietnamese_site():
    out = StringIO()
    with translation.override("vi"):
        call_command("pbgdpl_load_reference_data", "target_groups", stdout=out)
    assert "target_groups: 9 tạo mới, 0 cập nhật, 0 giữ nguyên" in out.getvalue()
