"""Importing registries from CSV and XLSX: row-by-row report, all or nothing, idempotent."""

import io
from io import StringIO

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import translation

from pbgdpl_wagtail.models import Decision, LegalReporter, MediationCase, MediationTeam, Mediator
from pbgdpl_wagtail.registry_import import import_file
from pbgdpl_wagtail.registry_import.files import read_rows, write_rows

from .factories import CommuneFactory, LegalFieldFactory
from .factories_registries import REPORTER_HEADERS

pytestmark = pytest.mark.django_db


def csv_bytes(headers, rows):
    return write_rows(headers, rows, "csv")


@pytest.fixture
def fields():
    return LegalFieldFactory(code="44.8"), LegalFieldFactory(code="11")


def reporter_rows():
    return [
        [
            "Nguyễn Văn An",
            "Sở Tư pháp",
            "cong_chuc",
            "Đại học luật",
            "4",
            "44.8",
            "tinh",
            "12/QĐ-UBND",
            "05/03/2024",
        ],
        [
            "Trần Thị Bình",
            "Sở Nội vụ",
            "cong_chuc",
            "dai_hoc_khac",
            "3",
            "44.8; 11",
            "Tỉnh",
            "12/QĐ-UBND",
            "05/03/2024",
        ],
    ]


def test_import_creates_records_and_decisions_then_reimport_changes_nothing(fields):
    data = csv_bytes(REPORTER_HEADERS, reporter_rows())
    report = import_file("legal_reporters", data, "csv")
    assert report.ok, report.errors
    assert (report.created, report.updated) == (2, 0)
    assert LegalReporter.objects.count() == 2
    assert Decision.objects.count() == 1  # one decision naming both reporters
    binh = LegalReporter.objects.get(full_name="Trần Thị Bình")
    assert {f.code for f in binh.specialised_fields.all()} == {"44.8", "11"}
    assert binh.revisions.count() == 1

    again = import_file("legal_reporters", data, "csv")
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    assert LegalReporter.objects.count() == 2

    rows = reporter_rows()
    rows[0][4] = "6"
    changed = import_file("legal_reporters", csv_bytes(REPORTER_HEADERS, rows), "csv")
    assert (changed.created, changed.updated, changed.unchanged) == (0, 1, 1)
    assert LegalReporter.objects.get(full_name="Nguyễn Văn An").years_legal_work == 6


def test_a_broken_row_imports_nothing_and_every_error_is_reported(fields):
    rows = reporter_rows() + [
        # Law degree with 1 year (Luật PBGDPL Đ.35.2c) and an unknown level.
        [
            "Lê Văn C",
            "Sở Tư pháp",
            "cong_chuc",
            "dai_hoc_luat",
            "1",
            "44.8",
            "xa",
            "13/QĐ-UBND",
            "05/03/2024",
        ],
        [
            "Phạm D",
            "Sở Tư pháp",
            "cong_chuc",
            "dai_hoc_luat",
            "1",
            "44.8",
            "tinh",
            "13/QĐ-UBND",
            "31/02/2024",
        ],
        [
            "Phạm E",
            "Sở Tư pháp",
            "cong_chuc",
            "dai_hoc_luat",
            "2",
            "44.8",
            "tinh",
            "14/QĐ-UBND",
            "01/03/2024",
        ],
    ]
    # The fifth row: law degree with 1 year in a decision that exists.
    rows[4][4] = "1"
    with translation.override("vi"):
        report = import_file("legal_reporters", csv_bytes(REPORTER_HEADERS, rows), "csv")
    assert not report.ok
    assert LegalReporter.objects.count() == 0
    assert Decision.objects.count() == 0
    by_row = {(e.row, e.column) for e in report.errors}
    assert (4, "cấp") in {(r, c.lower()) for r, c in by_row}
    assert any(e.row == 5 and "dd/mm/yyyy" in e.message for e in report.errors)
    years = [e for e in report.errors if e.row == 6]
    assert years and "Đ.35.2c" in years[0].message
    assert all(e.message for e in report.errors)


def test_missing_and_unknown_columns_are_reported(fields):
    report = import_file("legal_reporters", csv_bytes(["full_name", "tuổi"], [["A", "30"]]), "csv")
    assert {e.column for e in report.errors} >= {"tuổi"}
    assert any("missing" in e.message or "thiếu" in e.message.lower() for e in report.errors)
    assert LegalReporter.objects.count() == 0


def test_duplicate_rows_in_one_file_are_errors(fields):
    rows = reporter_rows()
    report = import_file("legal_reporters", csv_bytes(REPORTER_HEADERS, [rows[0], rows[0]]), "csv")
    assert not report.ok and report.errors[0].row == 3
    assert LegalReporter.objects.count() == 0


def test_xlsx_with_vietnamese_headers_teams_mediators_and_cases():
    commune = CommuneFactory(code="25111", name="An Thịnh")
    with translation.override("vi"):
        from pbgdpl_wagtail.registry_import import SPECS

        headers = [str(c.label) for c in SPECS["mediation_teams"].columns[:3]]
    data = write_rows(headers, [["Tổ hòa giải thôn Đông", "25111", "Thôn Đông"]], "xlsx")
    assert import_file("mediation_teams", data, "xlsx").created == 1
    team = MediationTeam.objects.get()
    assert team.commune == commune

    mediators = write_rows(
        ["full_name", "commune", "team", "gender", "election_method", "approval_rate"],
        [
            ["Hoàng Thị Hoa", "An Thịnh", "Tổ hòa giải thôn Đông", "Nữ", "bo_phieu_kin", "64,5"],
            ["Vũ Văn Hùng", "25111", "Tổ hòa giải thôn Đông", "nam", "bo_phieu_kin", "50"],
        ],
        "xlsx",
    )
    report = import_file("mediators", mediators, "xlsx")
    assert not report.ok and report.errors[0].row == 3  # 50 % is not more than half
    assert Mediator.objects.count() == 0

    cases = write_rows(
        ["commune", "team", "case_number", "received_date", "basis", "summary", "parties"],
        [
            [
                "25111",
                "Tổ hòa giải thôn Đông",
                "01",
                "10/03/2025",
                "cac_ben_yeu_cau",
                "Lối đi chung",
                "Ông A; Bà B",
            ]
        ],
        "xlsx",
    )
    assert import_file("mediation_cases", cases, "xlsx").created == 1
    assert [p.name for p in MediationCase.objects.get().parties.all()] == ["Ông A", "Bà B"]
    assert import_file("mediation_cases", cases, "xlsx").unchanged == 1


def test_unknown_team_is_an_error_of_the_team_column():
    CommuneFactory(code="25111")
    data = csv_bytes(
        ["full_name", "commune", "team", "gender", "election_method", "approval_rate"],
        [["A", "25111", "Không có", "nam", "bo_phieu_kin", "70"]],
    )
    with translation.override("en"):
        report = import_file("mediators", data, "csv")
    assert report.errors[0].column == "mediation team"


def test_templates_have_the_columns(admin_client):
    for file_format in ("csv", "xlsx"):
        url = reverse("pbgdpl_registry_import_template", args=["legal_reporters", file_format])
        response = admin_client.get(url)
        assert response.status_code == 200
        headers, rows = read_rows(response.content, file_format)
        assert rows == [] and len(headers) == 17
    assert (
        admin_client.get(reverse("pbgdpl_registry_import_template", args=["x", "csv"])).status_code
        == 404
    )


def test_admin_upload_reports_errors_and_imports(admin_client, fields):
    url = reverse("pbgdpl_registry_import")
    page = admin_client.get(url)
    assert page.status_code == 200
    html = BeautifulSoup(page.content, "html.parser")
    # The header names the screen (not just "Home"), and the button's icon is sized as one.
    assert "Nhập dữ liệu vào cơ sở dữ liệu" in html.select_one("header h1, header h2").get_text()
    button = html.select_one("form button[type=submit]")
    assert "button--icon" in button["class"] and button.select_one(".icon-wrapper .icon")
    bad = reporter_rows() + [
        ["", "Sở", "cong_chuc", "dai_hoc_luat", "2", "44.8", "tinh", "1/QĐ", "01/01/2024"]
    ]
    upload = SimpleUploadedFile("bcv.csv", csv_bytes(REPORTER_HEADERS, bad), "text/csv")
    response = admin_client.post(url, {"registry": "legal_reporters", "file": upload})
    assert response.status_code == 200
    assert not response.context["report"].ok
    assert LegalReporter.objects.count() == 0

    upload = SimpleUploadedFile("bcv.csv", csv_bytes(REPORTER_HEADERS, reporter_rows()), "text/csv")
    response = admin_client.post(url, {"registry": "legal_reporters", "file": upload})
    assert response.context["report"].created == 2

    wrong = SimpleUploadedFile("bcv.txt", b"x", "text/plain")
    response = admin_client.post(url, {"registry": "legal_reporters", "file": wrong})
    assert "file" in response.context["form"].errors


def test_import_needs_permission(client, django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user(username="u", password="p")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get(reverse("pbgdpl_registry_import")).status_code in (302, 403)


def test_management_command(tmp_path, fields):
    path = tmp_path / "bcv.xlsx"
    path.write_bytes(write_rows(REPORTER_HEADERS, reporter_rows(), "xlsx"))
    out = StringIO()
    with translation.override("en"):
        call_command("pbgdpl_import_registry", "legal_reporters", str(path), stdout=out)
    assert "2 created" in out.getvalue()
    broken = tmp_path / "broken.csv"
    broken.write_bytes(csv_bytes(REPORTER_HEADERS, [["A", "B", "x", "y", "z", "", "", "", ""]]))
    with pytest.raises(CommandError):
        call_command("pbgdpl_import_registry", "legal_reporters", str(broken), stderr=io.StringIO())


# Trainings, council members and access-standard assessments ---------------------------------


def test_trainings_with_their_participants():
    from pbgdpl_wagtail.models import PropagandistTraining

    from .factories_registries import LegalPropagandistFactory

    commune = CommuneFactory(code="25111")
    first = LegalPropagandistFactory(commune=commune)
    second = LegalPropagandistFactory(commune=commune)
    data = csv_bytes(
        ["topic", "date", "commune", "participants"],
        [["Kỹ năng tuyên truyền", "12/04/2025", "25111", f"{first.full_name}; {second.full_name}"]],
    )
    assert import_file("propagandist_trainings", data, "csv").created == 1
    training = PropagandistTraining.objects.get()
    assert set(training.participants.all()) == {first, second}
    assert import_file("propagandist_trainings", data, "csv").unchanged == 1
    unknown = csv_bytes(["topic", "date", "participants"], [["Khác", "13/04/2025", "Không Ai"]])
    with translation.override("vi"):
        report = import_file("propagandist_trainings", unknown, "csv")
    assert not report.ok and "Không Ai" in report.errors[0].message
    assert PropagandistTraining.objects.count() == 1


def test_council_members_join_their_council():
    from pbgdpl_wagtail.models import Council, CouncilMember

    council = Council.objects.create(name="Hội đồng phối hợp PBGDPL tỉnh An Thịnh", level="tinh")
    data = csv_bytes(
        ["council", "full_name", "role", "position", "in_secretariat"],
        [
            [council.name, "Lê Văn Cường", "chu_tich", "Phó Chủ tịch UBND tỉnh", "không"],
            [council.name, "Phạm Thị Dung", "uy_vien", "Giám đốc Sở Tư pháp", "có"],
        ],
    )
    report = import_file("council_members", data, "csv")
    assert report.ok, report.errors
    assert report.created == 2
    assert list(council.members.values_list("full_name", "in_secretariat")) == [
        ("Lê Văn Cường", False),
        ("Phạm Thị Dung", True),
    ]
    assert import_file("council_members", data, "csv").unchanged == 2
    assert CouncilMember.objects.count() == 2


def test_access_assessments_are_scored_by_the_rule_not_the_file():
    from pbgdpl_wagtail.models import AccessAssessment
    from pbgdpl_wagtail.snippets.registries.access_standard import StandardResult

    from .factories_registries import make_criteria_set

    make_criteria_set({f"TC{n}": [10, 10] for n in range(1, 6)}, code="bo-thu")
    CommuneFactory(code="25111")
    CommuneFactory(code="25112")
    meets = "; ".join(f"TC{n}.CT{m}=8" for n in range(1, 6) for m in (1, 2))  # 80 points
    short = meets.replace("TC5.CT1=8", "TC5.CT1=1")  # 73 points
    headers = ["commune", "year", "criteria_set", "self_scores", "council_scores"]
    rows = [["25111", "2024", "bo-thu", meets, ""], ["25112", "2024", "bo-thu", short, ""]]
    report = import_file("access_assessments", csv_bytes(headers, rows), "csv")
    assert report.ok, report.errors
    results = dict(AccessAssessment.objects.values_list("commune__code", "result"))
    assert results == {"25111": StandardResult.MEETS, "25112": StandardResult.DOES_NOT_MEET}
    assert import_file("access_assessments", csv_bytes(headers, rows), "csv").unchanged == 2
    # The council's points replace the self-assessment: the second commune now meets it.
    rows[1][4] = "TC5.CT1=8"
    assert import_file("access_assessments", csv_bytes(headers, rows), "csv").updated == 1
    assert AccessAssessment.objects.get(commune__code="25112").result == StandardResult.MEETS


@pytest.mark.parametrize(
    ("scores", "message"),
    [
        ("TC9.CT9=5", "TC9.CT9"),  # no such indicator
        ("TC1.CT1=11", "TC1.CT1"),  # above the indicator's maximum
        ("TC1.CT1 5", "code=points"),  # not code=points
    ],
)
def test_bad_assessment_scores_are_reported_and_nothing_is_written(scores, message):
    from pbgdpl_wagtail.models import AccessAssessment

    from .factories_registries import make_criteria_set

    make_criteria_set({"TC1": [10, 10]}, code="bo-thu")
    CommuneFactory(code="25111")
    data = csv_bytes(
        ["commune", "year", "criteria_set", "self_scores"],
        [["25111", "2024", "bo-thu", scores]],
    )
    with translation.override("en"):
        report = import_file("access_assessments", data, "csv")
    assert not report.ok
    assert report.errors[0].row == 2 and message in report.errors[0].message
    assert report.errors[0].column.startswith("self-assessed points")
    assert not AccessAssessment.objects.exists()


def test_effectiveness_assessments_are_totalled_and_ranked_from_the_criteria_set():
    from pbgdpl_wagtail.models import (
        EffectivenessAssessment,
        EffectivenessCriteriaSet,
        EffectivenessCriterion,
        EffectivenessRank,
    )

    from .factories import AgencyFactory

    criteria_set = EffectivenessCriteriaSet.objects.create(code="tt03", name="TT 03/2018")
    for code, points in (("1", 60), ("2", 40)):
        EffectivenessCriterion.objects.create(
            criteria_set=criteria_set, code=code, name=code, max_points=points
        )
    EffectivenessRank.objects.create(criteria_set=criteria_set, name="Tốt", min_total=80)
    EffectivenessRank.objects.create(criteria_set=criteria_set, name="Khá", min_total=60)
    AgencyFactory(name="Ủy ban nhân dân tỉnh An Thịnh", abbreviation="UBND tỉnh")
    headers = ["agency", "year", "criteria_set", "scores"]
    good = csv_bytes(headers, [["UBND tỉnh", "2024", "tt03", "1=50; 2=30"]])
    report = import_file("effectiveness_assessments", good, "csv")
    assert report.ok, report.errors
    assessment = EffectivenessAssessment.objects.get()
    assert (assessment.total, assessment.rank) == (80, "Tốt")
    assert import_file("effectiveness_assessments", good, "csv").unchanged == 1
    over = csv_bytes(headers, [["UBND tỉnh", "2024", "tt03", "1=50; 2=41"]])
    with translation.override("vi"):
        report = import_file("effectiveness_assessments", over, "csv")
    assert not report.ok and report.errors[0].message.startswith("2: ")
    assert EffectivenessAssessment.objects.get().total == 80
