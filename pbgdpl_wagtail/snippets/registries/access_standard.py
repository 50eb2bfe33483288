"""Chuẩn tiếp cận pháp luật: criteria sets, criteria and indicators as data with their legal
basis and dates (QĐ 25/2021/QĐ-TTg; TT 09/2021/TT-BTP), and each commune's yearly assessment.

The points of each indicator are in TT 09/2021 Phụ lục I, which was not available when the
package was written: the seeded indicators have no points, and editors enter them from the text.
A result is computed only once every indicator of the set has its points.
"""

import datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, RevisionMixin
from wagtail.search import index

from ...search.indexing import FoldedIndexed
from ..choices import AdministrativeLevel
from ..validity import LegalBasisFields
from .decisions import decision_field
from .scoring import CriterionScore, standard_result


class AccessCriteriaSet(LegalBasisFields, FoldedIndexed, ClusterableModel):
    code = models.CharField(_("code"), max_length=50, unique=True)
    name = models.CharField(_("name"), max_length=255)
    pass_total = models.DecimalField(
        _("pass mark"),
        max_digits=6,
        decimal_places=2,
        help_text=_("Total a commune needs (QĐ 25/2021 Đ.4: 80 points)."),
    )
    criterion_min_percent = models.DecimalField(
        _("minimum share of each criterion (%)"),
        max_digits=5,
        decimal_places=2,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=_(
            "Share of each criterion's maximum a commune needs (QĐ 25/2021 Đ.4: 50 percent)."
        ),
    )
    requires_no_disciplined_leader = models.BooleanField(
        _("no disciplined leader required"),
        default=True,
        help_text=_(
            "QĐ 25/2021 Đ.4: no head of the commune's Party committee or authority was "
            "disciplined or prosecuted in the year."
        ),
    )

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("name")]),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("pass_total"), FieldPanel("criterion_min_percent")]),
                FieldPanel("requires_no_disciplined_leader"),
            ],
            heading=_("Recognition rule"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("legal_basis"),
                FieldRowPanel([FieldPanel("effective_from"), FieldPanel("effective_to")]),
            ],
            heading=_("Legal basis and validity"),
        ),
        InlinePanel("criteria", heading=_("Criteria"), label=_("Criterion")),
    ]

    class Meta:
        verbose_name = _("access standard criteria set")
        verbose_name_plural = _("access standard criteria sets")
        ordering = ["-effective_from", "code"]

    def __str__(self):
        return self.name

    def applies_to_year(self, year):
        return self.is_in_force(datetime.date(year, 12, 31)) or self.is_in_force(
            datetime.date(year, 1, 1)
        )


class AccessCriterion(Orderable):
    criteria_set = ParentalKey(AccessCriteriaSet, on_delete=models.CASCADE, related_name="criteria")
    code = models.CharField(_("code"), max_length=20, help_text=_("e.g. TC1."))
    name = models.CharField(_("name"), max_length=500)

    panels = [FieldRowPanel([FieldPanel("code"), FieldPanel("name")])]

    class Meta(Orderable.Meta):
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")
        constraints = [
            models.UniqueConstraint(
                fields=["criteria_set", "code"], name="pbgdpl_access_criterion_code"
            )
        ]

    def __str__(self):
        return f"{self.code}. {self.name}"


class AccessIndicator(LegalBasisFields, FoldedIndexed, models.Model):
    criterion = models.ForeignKey(
        AccessCriterion,
        verbose_name=_("criterion"),
        on_delete=models.CASCADE,
        related_name="indicators",
    )
    code = models.CharField(_("code"), max_length=20, help_text=_("e.g. TC1.CT2."))
    name = models.CharField(_("name"), max_length=500)
    max_points = models.DecimalField(
        _("maximum points"),
        max_digits=6,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_(
            "From TT 09/2021 Phụ lục I; a result is computed once every indicator has its points."
        ),
    )
    sort_order = models.PositiveIntegerField(_("order"), default=0)

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("code"),
        index.FilterField("criterion"),
    ]

    panels = [
        FieldPanel("criterion"),
        FieldRowPanel([FieldPanel("code"), FieldPanel("sort_order"), FieldPanel("max_points")]),
        FieldPanel("name"),
        MultiFieldPanel(
            [
                FieldPanel("legal_basis"),
                FieldRowPanel([FieldPanel("effective_from"), FieldPanel("effective_to")]),
            ],
            heading=_("Legal basis and validity"),
        ),
    ]

    class Meta:
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        ordering = ["criterion__sort_order", "sort_order", "code"]
        constraints = [
            models.UniqueConstraint(
                fields=["criterion", "code"], name="pbgdpl_access_indicator_code"
            )
        ]

    def __str__(self):
        return f"{self.code}. {self.name}"

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        # New points change the results of the set's assessments.
        for assessment in AccessAssessment.objects.filter(criteria_set__criteria=self.criterion_id):
            assessment.refresh_result()


class StandardResult(models.TextChoices):
    MEETS = "dat_chuan", _("Meets the standard")
    DOES_NOT_MEET = "chua_dat_chuan", _("Does not meet the standard")
    INCOMPLETE = "chua_du_diem", _("Not computed: indicator points missing")


class AccessAssessment(RevisionMixin, FoldedIndexed, ClusterableModel):
    commune = models.ForeignKey(
        "pbgdpl.AdministrativeUnit",
        verbose_name=_("commune"),
        on_delete=models.PROTECT,
        related_name="access_assessments",
        limit_choices_to={"level": AdministrativeLevel.COMMUNE},
    )
    year = models.PositiveSmallIntegerField(_("year"))
    criteria_set = models.ForeignKey(
        AccessCriteriaSet,
        verbose_name=_("criteria set"),
        on_delete=models.PROTECT,
        related_name="assessments",
    )
    leader_disciplined = models.BooleanField(
        _("a leader was disciplined or prosecuted"),
        default=False,
        help_text=_(
            "Tick when the head of the commune's Party committee, people's council or people's "
            "committee was disciplined or prosecuted in the year (QĐ 25/2021 Đ.4)."
        ),
    )
    total = models.DecimalField(
        _("total"), max_digits=7, decimal_places=2, default=Decimal(0), editable=False
    )
    result = models.CharField(
        _("result"),
        max_length=20,
        choices=StandardResult.choices,
        default=StandardResult.INCOMPLETE,
        editable=False,
    )
    recognition_decision = decision_field(
        _("recognition decision"),
        help_text=_("Signed before 10 February of the following year (QĐ 25/2021 Đ.5)."),
    )
    notes = models.TextField(_("notes"), blank=True)

    PUBLIC_FIELDS = ("commune", "year", "total", "result", "recognition_decision")

    search_fields = [
        index.FilterField("year"),
        index.FilterField("result"),
        index.FilterField("commune"),
    ]

    panels = [
        FieldRowPanel([FieldPanel("commune"), FieldPanel("year"), FieldPanel("criteria_set")]),
        FieldPanel("leader_disciplined"),
        InlinePanel("scores", heading=_("Scores"), label=_("Score")),
        FieldPanel("recognition_decision"),
        FieldPanel("notes"),
    ]

    class Meta:
        verbose_name = _("access standard assessment")
        verbose_name_plural = _("access standard assessments")
        ordering = ["-year", "commune__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["commune", "year"], name="pbgdpl_access_assessment_year"
            )
        ]

    def __str__(self):
        return _("%(commune)s, %(year)s") % {"commune": self.commune, "year": self.year}

    def clean(self):
        super().clean()
        errors = {}
        if self.commune_id and self.commune.level != AdministrativeLevel.COMMUNE:
            errors["commune"] = _("Choose a commune.")
        if self.criteria_set_id and self.year and not self.criteria_set.applies_to_year(self.year):
            errors["criteria_set"] = _("This criteria set does not apply in %(year)s.") % {
                "year": self.year
            }
        if errors:
            raise ValidationError(errors)

    def evaluate(self, scores=None):
        """The result of the rule on ``scores`` (the saved ones by default), without saving."""
        if scores is None:
            scores = list(self.scores.select_related("indicator"))
        by_indicator = {score.indicator_id: score.points for score in scores}
        indicators = AccessIndicator.objects.filter(
            criterion__criteria_set=self.criteria_set_id
        ).select_related("criterion")
        criteria = {}
        for indicator in indicators:
            if indicator.max_points is None:
                return None
            entry = criteria.setdefault(
                indicator.criterion_id,
                CriterionScore(
                    indicator.criterion.code, indicator.criterion.name, Decimal(0), Decimal(0)
                ),
            )
            entry.maximum += indicator.max_points
            entry.score += by_indicator.get(indicator.pk) or Decimal(0)
        if not criteria:
            return None
        rule = self.criteria_set
        return standard_result(
            list(criteria.values()),
            pass_total=rule.pass_total,
            criterion_min_percent=rule.criterion_min_percent,
            leader_disciplined=self.leader_disciplined,
            check_leader=rule.requires_no_disciplined_leader,
        )

    def refresh_result(self, save=True):
        outcome = self.evaluate()
        if outcome is None:
            self.total = sum((s.points or Decimal(0) for s in self.scores.all()), Decimal(0))
            self.result = StandardResult.INCOMPLETE
        else:
            self.total = outcome.total
            self.result = StandardResult.MEETS if outcome.meets else StandardResult.DOES_NOT_MEET
        if save:
            type(self).objects.filter(pk=self.pk).update(total=self.total, result=self.result)
        return outcome

    def save(self, *args, **kwargs):
        # The scores are saved with the assessment (a cluster), so the result follows them.
        super().save(*args, **kwargs)
        self.refresh_result()

    @property
    def result_reasons(self):
        outcome = self.evaluate()
        return outcome.reasons if outcome else []


class AccessScore(Orderable):
    assessment = ParentalKey(AccessAssessment, on_delete=models.CASCADE, related_name="scores")
    indicator = models.ForeignKey(
        AccessIndicator, verbose_name=_("indicator"), on_delete=models.PROTECT, related_name="+"
    )
    self_score = models.DecimalField(
        _("self-assessed points"),
        max_digits=6,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    council_score = models.DecimalField(
        _("council points"),
        max_digits=6,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("Points given by the assessment council; they replace the self-assessment."),
    )

    panels = [
        FieldRowPanel(
            [FieldPanel("indicator"), FieldPanel("self_score"), FieldPanel("council_score")]
        )
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("score")
        verbose_name_plural = _("scores")
        constraints = [
            models.UniqueConstraint(
                fields=["assessment", "indicator"], name="pbgdpl_access_score_indicator"
            )
        ]

    @property
    def points(self):
        return self.council_score if self.council_score is not None else self.self_score

    def clean(self):
        super().clean()
        errors = {}
        if not self.indicator_id:
            return
        indicator = self.indicator
        try:
            assessment = self.assessment
        except AccessAssessment.DoesNotExist:
            assessment = None
        if (
            assessment is not None
            and assessment.criteria_set_id
            and indicator.criterion.criteria_set_id != assessment.criteria_set_id
        ):
            errors["indicator"] = _("This indicator belongs to another criteria set.")
        if indicator.max_points is not None:
            for name in ("self_score", "council_score"):
                value = getattr(self, name)
                if value is not None and value > indicator.max_points:
                    errors[name] = _("At most %(points)s points for this indicator.") % {
                        "points": indicator.max_points
                    }
        if errors:
            raise ValidationError(errors)
