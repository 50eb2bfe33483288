"""The access-to-law standard: seeded QĐ 25/2021 set and the recognition rule (QĐ 25/2021 Đ.4)."""

import datetime
from decimal import Decimal
from io import StringIO

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command

from pbgdpl_wagtail.models import AccessCriteriaSet, AccessIndicator
from pbgdpl_wagtail.snippets.registries.access_standard import StandardResult
from pbgdpl_wagtail.snippets.registries.scoring import CriterionScore, standard_result

from .factories_registries import make_assessment, make_criteria_set

pytestmark = pytest.mark.django_db

# Five criteria of 20 points each: 10 + 10 per criterion.
POINTS = {f"TC{n}": [10, 10] for n in range(1, 6)}


def scores(per_criterion):
    """Indicator scores giving each criterion the points listed (split over its 2 indicators)."""
    result = {}
    for number, points in enumerate(per_criterion, start=1):
        first = min(Decimal(points), Decimal(10))
        result[f"TC{number}.CT1"] = first
        result[f"TC{number}.CT2"] = Decimal(points) - first
    return result


def test_seeded_set_has_five_criteria_and_twenty_indicators():
    call_command("pbgdpl_load_reference_data", "access_standard", stdout=StringIO())
    criteria_set = AccessCriteriaSet.objects.get(code="qd-25-2021")
    assert criteria_set.criteria.count() == 5
    assert AccessIndicator.objects.filter(criterion__criteria_set=criteria_set).count() == 20
    assert criteria_set.pass_total == 80 and criteria_set.criterion_min_percent == 50
    assert criteria_set.effective_from == datetime.date(2022, 1, 1)
    assert "25/2021/QĐ-TTg" in criteria_set.legal_basis
    # TT 09/2021 Phụ lục I points were not available: none is invented.
    assert not AccessIndicator.objects.exclude(max_points=None).exists()
    # Entered points survive a reload.
    AccessIndicator.objects.filter(code="TC1.CT1").update(max_points=7)
    call_command("pbgdpl_load_reference_data", "access_standard", stdout=StringIO())
    assert AccessIndicator.objects.get(code="TC1.CT1").max_points == 7


@pytest.mark.parametrize(
    ("per_criterion", "disciplined", "meets"),
    [
        ([16, 16, 16, 16, 16], False, True),  # exactly 80
        ([16, 16, 16, 16, 15.5], False, False),  # 79.5
        ([20, 20, 20, 10, 10], False, True),  # exactly 50 % of two criteria, total 80
        ([20, 20, 20, 20, 9.5], False, False),  # total 89.5 but TC5 below 50 %
        ([20, 20, 20, 20, 20], True, False),  # leader disciplined
    ],
)
def test_recognition_rule(per_criterion, disciplined, meets):
    criteria_set = make_criteria_set(POINTS)
    assessment = make_assessment(
        criteria_set, scores(per_criterion), leader_disciplined=disciplined
    )
    assessment.refresh_from_db()
    assert assessment.total == sum(Decimal(str(p)) for p in per_criterion)
    expected = StandardResult.MEETS if meets else StandardResult.DOES_NOT_MEET
    assert assessment.result == expected
    assert bool(assessment.result_reasons) is not meets


def test_pure_rule_at_exact_limits():
    criteria = [CriterionScore("TC1", "", Decimal(30), Decimal(15))] + [
        CriterionScore(f"TC{n}", "", Decimal(70) / 4, Decimal(65) / 4) for n in range(2, 6)
    ]
    outcome = standard_result(
        criteria, pass_total=80, criterion_min_percent=50, leader_disciplined=False
    )
    assert outcome.total == 80 and outcome.meets
    below = standard_result(
        [CriterionScore("TC1", "", Decimal(30), Decimal("14.99"))] + criteria[1:],
        pass_total=80,
        criterion_min_percent=50,
        leader_disciplined=False,
    )
    assert not below.meets and len(below.reasons) == 2


def test_rule_parameters_are_data():
    criteria_set = make_criteria_set(POINTS, pass_total="70", min_percent="40")
    assessment = make_assessment(criteria_set, scores([16, 16, 16, 16, 8]))
    assert assessment.result == StandardResult.MEETS  # 72 ≥ 70, 8 = 40 % of 20


def test_no_result_until_every_indicator_has_points():
    criteria_set = make_criteria_set({"TC1": [10, None], "TC2": [10, 10]})
    assessment = make_assessment(criteria_set, {"TC1.CT1": 10, "TC2.CT1": 10})
    assert assessment.result == StandardResult.INCOMPLETE
    indicator = AccessIndicator.objects.get(code="TC1.CT2")
    indicator.max_points = Decimal(10)
    indicator.save()
    assessment.refresh_from_db()
    assert assessment.result == StandardResult.DOES_NOT_MEET  # 20 of 40


def test_score_above_indicator_maximum_is_rejected():
    criteria_set = make_criteria_set(POINTS)
    assessment = make_assessment(criteria_set, {"TC1.CT1": 10})
    score = assessment.scores.get()
    score.self_score = Decimal("10.5")
    with pytest.raises(ValidationError) as raised:
        score.full_clean()
    assert "self_score" in raised.value.message_dict


def test_indicator_of_another_set_is_rejected():
    criteria_set = make_criteria_set(POINTS)
    other = make_criteria_set({"X1": [5]}, code="khac")
    assessment = make_assessment(criteria_set, {"TC1.CT1": 10})
    score = assessment.scores.get()
    score.indicator = AccessIndicator.objects.get(criterion__criteria_set=other)
    with pytest.raises(ValidationError) as raised:
        score.full_clean()
    assert "indicator" in raised.value.message_dict


def test_set_must_apply_in_the_assessed_year():
    criteria_set = make_criteria_set(POINTS)
    assessment = make_assessment(criteria_set, {}, year=2024)
    assessment.year = 2021  # before QĐ 25/2021 took effect
    with pytest.raises(ValidationError) as raised:
        assessment.full_clean()
    assert "criteria_set" in raised.value.message_dict


def test_council_score_replaces_self_score():
    criteria_set = make_criteria_set(POINTS)
    assessment = make_assessment(criteria_set, scores([20, 20, 20, 20, 20]))
    score = assessment.scores.get(indicator__code="TC1.CT1")
    score.council_score = Decimal(0)
    score.save()
    assessment.refresh_result()
    assert assessment.total == 90
    assert assessment.result == StandardResult.MEETS
