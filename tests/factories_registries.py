"""factory_boy factories for the component databases, and the legal reporters' import file."""

import datetime
from decimal import Decimal

import factory

from pbgdpl_wagtail.models import (
    AccessAssessment,
    AccessCriteriaSet,
    AccessCriterion,
    AccessIndicator,
    AccessScore,
    Decision,
    LegalPropagandist,
    LegalReporter,
    MediationCase,
    MediationTeam,
    Mediator,
)
from pbgdpl_wagtail.snippets.registries.mediation import ElectionMethod
from pbgdpl_wagtail.snippets.registries.people import Gender
from pbgdpl_wagtail.snippets.registries.reporters import (
    PersonnelType,
    Qualification,
    ReporterLevel,
)

from .factories import CommuneFactory


class DecisionFactory(factory.django.DjangoModelFactory):
    number = factory.Sequence(lambda n: f"{n + 1}/QĐ-UBND")
    signed_date = datetime.date(2024, 3, 1)

    class Meta:
        model = Decision


class LegalReporterFactory(factory.django.DjangoModelFactory):
    full_name = factory.Sequence(lambda n: f"Báo cáo viên {n}")
    work_unit = "Sở Tư pháp"
    personnel_type = PersonnelType.CIVIL_SERVANT
    qualification = Qualification.LAW_DEGREE
    years_legal_work = 5
    level = ReporterLevel.PROVINCE
    recognition_decision = factory.SubFactory(DecisionFactory)

    class Meta:
        model = LegalReporter


class LegalPropagandistFactory(factory.django.DjangoModelFactory):
    full_name = factory.Sequence(lambda n: f"Tuyên truyền viên {n}")
    commune = factory.SubFactory(CommuneFactory)
    residential_area = "Thôn 1"
    recognition_decision = factory.SubFactory(DecisionFactory)

    class Meta:
        model = LegalPropagandist


class MediationTeamFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Tổ hòa giải thôn {n}")
    commune = factory.SubFactory(CommuneFactory)
    residential_area = factory.Sequence(lambda n: f"Thôn {n}")

    class Meta:
        model = MediationTeam


class MediatorFactory(factory.django.DjangoModelFactory):
    full_name = factory.Sequence(lambda n: f"Hòa giải viên {n}")
    gender = Gender.MALE
    team = factory.SubFactory(MediationTeamFactory)
    election_method = ElectionMethod.SHOW_OF_HANDS
    approval_rate = Decimal("75")

    class Meta:
        model = Mediator


class MediationCaseFactory(factory.django.DjangoModelFactory):
    team = factory.SubFactory(MediationTeamFactory)
    case_number = factory.Sequence(lambda n: f"{n + 1:03d}")
    received_date = datetime.date(2025, 3, 10)
    basis = "cac_ben_yeu_cau"
    summary = "Tranh chấp lối đi chung giữa hai hộ gia đình."

    class Meta:
        model = MediationCase


def make_criteria_set(points, *, code="bo-thu", pass_total="80", min_percent="50"):
    """A criteria set whose criteria carry indicators worth ``points``: {"TC1": [10, 10], …}."""
    criteria_set = AccessCriteriaSet.objects.create(
        code=code,
        name=f"Bộ tiêu chí {code}",
        pass_total=Decimal(pass_total),
        criterion_min_percent=Decimal(min_percent),
        effective_from=datetime.date(2022, 1, 1),
    )
    for order, (criterion_code, indicator_points) in enumerate(points.items()):
        criterion = AccessCriterion.objects.create(
            criteria_set=criteria_set, code=criterion_code, name=criterion_code, sort_order=order
        )
        for position, value in enumerate(indicator_points):
            AccessIndicator.objects.create(
                criterion=criterion,
                code=f"{criterion_code}.CT{position + 1}",
                name=f"Chỉ tiêu {position + 1}",
                max_points=None if value is None else Decimal(value),
                sort_order=position,
            )
    return criteria_set


def make_assessment(criteria_set, scores, *, commune=None, year=2024, leader_disciplined=False):
    """An assessment scoring each indicator code of ``scores`` ({"TC1.CT1": 8, …})."""
    assessment = AccessAssessment(
        commune=commune or CommuneFactory(),
        year=year,
        criteria_set=criteria_set,
        leader_disciplined=leader_disciplined,
    )
    indicators = {
        i.code: i for i in AccessIndicator.objects.filter(criterion__criteria_set=criteria_set)
    }
    assessment.scores = [
        AccessScore(indicator=indicators[code], self_score=Decimal(str(value)))
        for code, value in scores.items()
    ]
    assessment.save()
    return assessment


# The columns of the legal reporters' import file (its downloadable template), and one valid row.
REPORTER_HEADERS = [
    "full_name",
    "work_unit",
    "personnel_type",
    "qualification",
    "years_legal_work",
    "specialised_fields",
    "level",
    "recognition_decision_number",
    "recognition_decision_date",
]
VALID_REPORTER_ROW = [
    "Nguyễn Văn An",
    "Sở Tư pháp",
    "cong_chuc",
    "Đại học luật",
    "4",
    "44.8",
    "tinh",
    "12/QĐ-UBND",
    "05/03/2024",
]


def reporter_csv(rows):
    """The bytes of a legal reporters' CSV file with ``rows`` under the template's headers."""
    from pbgdpl_wagtail.registry_import.files import write_rows

    return write_rows(REPORTER_HEADERS, rows, "csv")
