"""Every legal validation rule of the component databases, each accepted and rejected."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from pbgdpl_wagtail.snippets.registries.mediation import CaseResult, MediatorStatus
from pbgdpl_wagtail.snippets.registries.people import Gender
from pbgdpl_wagtail.snippets.registries.reporters import (
    DismissalReason,
    PropagandistStatus,
    Qualification,
    RegistryStatus,
    ReleaseReason,
    ReporterLevel,
)

from .factories import CommuneFactory, ProvinceFactory
from .factories_registries import (
    DecisionFactory,
    LegalPropagandistFactory,
    LegalReporterFactory,
    MediationCaseFactory,
    MediationTeamFactory,
    MediatorFactory,
)

pytestmark = pytest.mark.django_db


def errors_of(obj):
    try:
        obj.full_clean()
    except ValidationError as error:
        return error.message_dict
    return {}


# Luật PBGDPL Đ.35.2c: law degree ⇒ 2 years, other degree ⇒ 3 years.
@pytest.mark.parametrize(
    ("qualification", "years", "valid"),
    [
        (Qualification.LAW_DEGREE, 2, True),
        (Qualification.LAW_DEGREE, 1, False),
        (Qualification.OTHER_DEGREE, 3, True),
        (Qualification.OTHER_DEGREE, 2, False),
    ],
)
def test_reporter_years_of_work_follow_the_degree(qualification, years, valid):
    reporter = LegalReporterFactory.build(
        qualification=qualification,
        years_legal_work=years,
        recognition_decision=DecisionFactory(),
    )
    assert ("years_legal_work" not in errors_of(reporter)) is valid


def test_district_reporter_only_before_the_reform():
    before = LegalReporterFactory.build(
        level=ReporterLevel.DISTRICT,
        recognition_decision=DecisionFactory(signed_date=datetime.date(2025, 6, 30)),
    )
    after = LegalReporterFactory.build(
        level=ReporterLevel.DISTRICT,
        recognition_decision=DecisionFactory(signed_date=datetime.date(2025, 7, 1)),
    )
    assert "level" not in errors_of(before)
    assert "level" in errors_of(after)


def test_dismissed_reporter_needs_reason_and_a_later_decision():
    recognised = DecisionFactory(signed_date=datetime.date(2024, 3, 1))
    reporter = LegalReporterFactory.build(
        recognition_decision=recognised, status=RegistryStatus.DISMISSED
    )
    errors = errors_of(reporter)
    assert "dismissal_reason" in errors and "dismissal_decision" in errors

    reporter.dismissal_reason = DismissalReason.REFUSED_THREE_TIMES
    reporter.dismissal_decision = DecisionFactory(signed_date=datetime.date(2024, 2, 28))
    assert "dismissal_decision" in errors_of(reporter)

    reporter.dismissal_decision = DecisionFactory(signed_date=datetime.date(2024, 3, 1))
    assert errors_of(reporter) == {}


def test_active_reporter_has_no_dismissal():
    reporter = LegalReporterFactory.build(
        recognition_decision=DecisionFactory(), dismissal_reason=DismissalReason.VOLUNTARY
    )
    assert "dismissal_reason" in errors_of(reporter)


def test_reporter_form_requires_a_specialised_field(admin_client):
    from django.urls import reverse

    decision = DecisionFactory()
    data = {
        "full_name": "Nguyễn Văn A",
        "work_unit": "Sở Tư pháp",
        "personnel_type": "cong_chuc",
        "qualification": "dai_hoc_luat",
        "years_legal_work": "4",
        "level": "tinh",
        "recognition_decision": decision.pk,
        "status": "dang_hoat_dong",
        "is_public": "on",
    }
    response = admin_client.post(reverse("wagtailsnippets_pbgdpl_legalreporter:add"), data)
    assert response.status_code == 200
    assert "specialised_fields" in response.context["form"].errors

    from .factories import LegalFieldFactory

    data["specialised_fields"] = [LegalFieldFactory().pk]
    response = admin_client.post(reverse("wagtailsnippets_pbgdpl_legalreporter:add"), data)
    assert response.status_code == 302
    from pbgdpl_wagtail.models import LegalReporter

    reporter = LegalReporter.objects.get(full_name="Nguyễn Văn A")
    assert reporter.specialised_fields.count() == 1
    assert reporter.revisions.count() == 1


def test_propagandist_lives_in_a_commune_and_release_needs_reason():
    propagandist = LegalPropagandistFactory.build(
        commune=ProvinceFactory(), recognition_decision=DecisionFactory()
    )
    assert "commune" in errors_of(propagandist)

    released = LegalPropagandistFactory.build(
        commune=CommuneFactory(),
        recognition_decision=DecisionFactory(signed_date=datetime.date(2024, 1, 10)),
        status=PropagandistStatus.RELEASED,
    )
    assert {"release_reason", "release_decision"} <= set(errors_of(released))
    released.release_reason = ReleaseReason.CONVICTED
    released.release_decision = DecisionFactory(signed_date=datetime.date(2024, 5, 1))
    assert errors_of(released) == {}


# Luật HGOCS Đ.8.3a: more than 50 % of the households; exactly 50 % is not enough.
@pytest.mark.parametrize(("rate", "valid"), [("50.01", True), ("50", False), ("30", False)])
def test_mediator_needs_more_than_half_of_the_households(rate, valid):
    mediator = MediatorFactory.build(team=MediationTeamFactory(), approval_rate=Decimal(rate))
    assert ("approval_rate" not in errors_of(mediator)) is valid


def test_mediator_lives_in_the_area():
    mediator = MediatorFactory.build(team=MediationTeamFactory(), permanent_resident_of_area=False)
    assert "permanent_resident_of_area" in errors_of(mediator)


def test_terminated_mediator_needs_reason_and_decision():
    mediator = MediatorFactory.build(team=MediationTeamFactory(), status=MediatorStatus.TERMINATED)
    assert {"termination_reason", "termination_decision"} <= set(errors_of(mediator))
    mediator.termination_reason = "theo_nguyen_vong"
    mediator.termination_decision = DecisionFactory()
    assert errors_of(mediator) == {}


def test_team_composition_warnings():
    team = MediationTeamFactory(is_ethnic_minority_area=True)
    warnings = team.composition_warnings()
    assert len(warnings) == 3  # fewer than 3, no woman, no minority mediator

    MediatorFactory(team=team, gender=Gender.FEMALE)
    MediatorFactory(team=team)
    MediatorFactory(team=team, is_ethnic_minority=True, ethnicity="Tày")
    assert team.composition_warnings() == []

    # A mediator who left no longer counts.
    team.mediators.filter(gender=Gender.FEMALE).update(status=MediatorStatus.TERMINATED)
    warnings = team.composition_warnings()
    assert len(warnings) == 2

    plain_area = MediationTeamFactory(is_ethnic_minority_area=False)
    for gender in (Gender.FEMALE, Gender.MALE, Gender.MALE):
        MediatorFactory(team=plain_area, gender=gender)
    assert plain_area.composition_warnings() == []


def test_team_warnings_shown_in_admin(admin_client):
    from django.urls import reverse

    team = MediationTeamFactory()
    response = admin_client.get(
        reverse("wagtailsnippets_pbgdpl_mediationteam:edit", args=[team.pk])
    )
    assert response.status_code == 200
    assert "at least 3" in response.content.decode() or "ít nhất 3" in response.content.decode()


@pytest.mark.parametrize(
    ("result", "end_reason", "end_date", "valid"),
    [
        (CaseResult.PENDING, "", None, True),
        (CaseResult.PENDING, "dat_thoa_thuan", None, False),
        (CaseResult.SUCCEEDED, "dat_thoa_thuan", datetime.date(2025, 3, 20), True),
        (CaseResult.SUCCEEDED, "hgv_ket_thuc", datetime.date(2025, 3, 20), False),
        (CaseResult.SUCCEEDED, "dat_thoa_thuan", None, False),
        (CaseResult.FAILED, "ben_yeu_cau_cham_dut", datetime.date(2025, 3, 20), True),
        (CaseResult.FAILED, "hgv_ket_thuc", datetime.date(2025, 3, 20), True),
        (CaseResult.FAILED, "dat_thoa_thuan", datetime.date(2025, 3, 20), False),
    ],
)
def test_case_ending_matches_result(result, end_reason, end_date, valid):
    case = MediationCaseFactory.build(
        team=MediationTeamFactory(), result=result, end_reason=end_reason, end_date=end_date
    )
    assert (errors_of(case) == {}) is valid


def test_settlement_record_only_for_success():
    case = MediationCaseFactory.build(
        team=MediationTeamFactory(),
        result=CaseResult.FAILED,
        end_reason="hgv_ket_thuc",
        end_date=datetime.date(2025, 3, 20),
        settlement_agreement="Hai bên thống nhất…",
    )
    assert "settlement_agreement" in errors_of(case)
    case.result, case.end_reason = CaseResult.SUCCEEDED, "dat_thoa_thuan"
    assert errors_of(case) == {}


# TT 56/2023/TT-BTC: at most 300.000 đ a case, 400.000 đ when it succeeds.
@pytest.mark.parametrize(
    ("result", "fee", "valid"),
    [
        (CaseResult.FAILED, 300_000, True),
        (CaseResult.FAILED, 300_001, False),
        (CaseResult.SUCCEEDED, 400_000, True),
        (CaseResult.SUCCEEDED, 400_001, False),
    ],
)
def test_case_fee_caps(result, fee, valid):
    reason = "dat_thoa_thuan" if result == CaseResult.SUCCEEDED else "hgv_ket_thuc"
    case = MediationCaseFactory.build(
        team=MediationTeamFactory(),
        result=result,
        end_reason=reason,
        end_date=datetime.date(2025, 3, 20),
        fee_claimed=Decimal(fee),
    )
    assert ("fee_claimed" not in errors_of(case)) is valid


def test_case_dates_in_order_and_late_start_is_a_warning():
    case = MediationCaseFactory.build(
        team=MediationTeamFactory(),
        received_date=datetime.date(2025, 3, 10),
        assigned_date=datetime.date(2025, 3, 9),
    )
    assert "assigned_date" in errors_of(case)
    case.assigned_date = datetime.date(2025, 3, 10)
    case.start_date = datetime.date(2025, 3, 13)
    assert errors_of(case) == {} and not case.start_is_late
    case.start_date = datetime.date(2025, 3, 14)
    assert errors_of(case) == {} and case.start_is_late
    case.is_urgent = True
    assert not case.start_is_late


def test_programme_years_in_order():
    from pbgdpl_wagtail.models import DisseminationProgramme

    programme = DisseminationProgramme(
        title="Kế hoạch PBGDPL", kind="ke_hoach", level="tinh", period_from=2025, period_to=2024
    )
    assert "period_to" in errors_of(programme)
    programme.period_to = 2025
    assert errors_of(programme) == {}


def test_council_member_term_in_order():
    from pbgdpl_wagtail.models import CouncilMember

    member = CouncilMember(
        full_name="Trần Thị B",
        role="uy_vien",
        start_date=datetime.date(2024, 1, 1),
        end_date=datetime.date(2023, 1, 1),
    )
    with pytest.raises(ValidationError) as raised:
        member.clean()
    assert "end_date" in raised.value.message_dict


def test_effectiveness_total_and_rank_from_data():
    from pbgdpl_wagtail.models import (
        EffectivenessAssessment,
        EffectivenessCriteriaSet,
        EffectivenessCriterion,
        EffectivenessRank,
        EffectivenessScore,
    )

    from .factories import AgencyFactory

    criteria_set = EffectivenessCriteriaSet.objects.create(code="tt03", name="TT 03/2018")
    first = EffectivenessCriterion.objects.create(
        criteria_set=criteria_set, code="1", name="Một", max_points=60
    )
    second = EffectivenessCriterion.objects.create(
        criteria_set=criteria_set, code="2", name="Hai", max_points=40
    )
    EffectivenessRank.objects.create(criteria_set=criteria_set, name="Tốt", min_total=80)
    EffectivenessRank.objects.create(criteria_set=criteria_set, name="Khá", min_total=60)
    assessment = EffectivenessAssessment(
        year=2024, agency=AgencyFactory(), criteria_set=criteria_set
    )
    assessment.scores = [
        EffectivenessScore(criterion=first, score=50),
        EffectivenessScore(criterion=second, score=30),
    ]
    assessment.save()
    assessment.refresh_from_db()
    assert assessment.total == 80 and assessment.rank == "Tốt"

    over = EffectivenessScore(assessment=assessment, criterion=second, score=41)
    with pytest.raises(ValidationError):
        over.full_clean()


@pytest.mark.parametrize(
    "model_name",
    [
        "decision",
        "council",
        "legalreporter",
        "legalpropagandist",
        "propagandisttraining",
        "disseminationprogramme",
        "effectivenesscriteriaset",
        "effectivenessassessment",
        "accesscriteriaset",
        "accessindicator",
        "accessassessment",
        "mediationteam",
        "mediator",
        "mediationcase",
        "casecategory",
    ],
)
def test_admin_listing_add_form_and_export(admin_client, model_name):
    from django.urls import reverse

    LegalReporterFactory()
    MediationCaseFactory()
    prefix = f"wagtailsnippets_pbgdpl_{model_name}"
    assert admin_client.get(reverse(f"{prefix}:list")).status_code == 200
    assert admin_client.get(reverse(f"{prefix}:add")).status_code == 200
    response = admin_client.get(reverse(f"{prefix}:list") + "?export=xlsx")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
