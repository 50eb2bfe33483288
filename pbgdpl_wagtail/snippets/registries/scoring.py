"""The recognition rule of the access-to-law standard (QĐ 25/2021/QĐ-TTg Đ.4), as a pure function.

A commune meets the standard when its total reaches the set's pass mark, every criterion reaches
the set's share of that criterion's maximum, and (when the set asks for it) no head of the
commune's Party committee or authority was disciplined or prosecuted in the year. The pass mark
and share are data of the criteria set (80 points and 50 % for QĐ 25/2021), so a new set can
change them without code.
"""

from dataclasses import dataclass, field
from decimal import Decimal

HUNDRED = Decimal(100)


@dataclass
class CriterionScore:
    code: str
    name: str
    maximum: Decimal
    score: Decimal

    @property
    def share(self):
        return (self.score * HUNDRED / self.maximum) if self.maximum else Decimal(0)


@dataclass
class StandardResult:
    total: Decimal
    meets: bool
    reasons: list = field(default_factory=list)


def standard_result(
    criteria, *, pass_total, criterion_min_percent, leader_disciplined, check_leader=True
):
    """``criteria``: :class:`CriterionScore` items. Returns a :class:`StandardResult`.

    Comparisons are exact (Decimal): exactly the pass mark and exactly the share pass.
    """
    from django.utils.translation import gettext as _

    total = sum((c.score for c in criteria), Decimal(0))
    reasons = []
    if total < Decimal(pass_total):
        reasons.append(
            _("The total %(total)s is below %(minimum)s points.")
            % {"total": _number(total), "minimum": _number(Decimal(pass_total))}
        )
    for criterion in criteria:
        needed = criterion.maximum * Decimal(criterion_min_percent) / HUNDRED
        if criterion.score < needed:
            reasons.append(
                _("Criterion %(code)s has %(score)s of %(maximum)s points, below %(percent)s %%.")
                % {
                    "code": criterion.code,
                    "score": _number(criterion.score),
                    "maximum": _number(criterion.maximum),
                    "percent": _number(Decimal(criterion_min_percent)),
                }
            )
    if check_leader and leader_disciplined:
        reasons.append(
            _("A head of the commune's Party committee or authority was disciplined or prosecuted.")
        )
    return StandardResult(total=total, meets=not reasons, reasons=reasons)


def _number(value):
    """A score as people write it: 80, 42.5."""
    normalised = value.normalize()
    return format(normalised, "f") if normalised == normalised.to_integral() else str(normalised)
