"""Đánh giá hiệu quả công tác PBGDPL (TT 03/2018/TT-BTP). The criteria, points and rank
thresholds of TT 03/2018 were not available: criteria sets and ranks are data editors enter."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, RevisionMixin
from wagtail.search import index

from ...search.indexing import FoldedIndexed
from ..validity import LegalBasisFields


class EffectivenessCriteriaSet(LegalBasisFields, FoldedIndexed, ClusterableModel):
    code = models.CharField(_("code"), max_length=50, unique=True)
    name = models.CharField(_("name"), max_length=255)

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("name")]),
        MultiFieldPanel(
            [
                FieldPanel("legal_basis"),
                FieldRowPanel([FieldPanel("effective_from"), FieldPanel("effective_to")]),
            ],
            heading=_("Legal basis and validity"),
        ),
        InlinePanel("criteria", heading=_("Criteria"), label=_("Criterion")),
        InlinePanel(
            "ranks",
            heading=_("Ranks"),
            label=_("Rank"),
            help_text=_("Each rank with the lowest total that earns it, as the legal text sets."),
        ),
    ]

    class Meta:
        verbose_name = _("effectiveness criteria set")
        verbose_name_plural = _("effectiveness criteria sets")
        ordering = ["-effective_from", "code"]

    def __str__(self):
        return self.name

    def rank_for(self, total):
        """The highest rank whose minimum ``total`` reaches (ranks are data; None when none)."""
        for rank in sorted(self.ranks.all(), key=lambda r: r.min_total, reverse=True):
            if total >= rank.min_total:
                return rank
        return None


class EffectivenessCriterion(Orderable):
    criteria_set = ParentalKey(
        EffectivenessCriteriaSet, on_delete=models.CASCADE, related_name="criteria"
    )
    code = models.CharField(_("code"), max_length=20)
    name = models.CharField(_("name"), max_length=500)
    max_points = models.DecimalField(
        _("maximum points"), max_digits=6, decimal_places=2, validators=[MinValueValidator(0)]
    )
    assessed_by_survey = models.BooleanField(
        _("assessed by survey"), default=False, help_text=_("TT 03/2018 Đ.8, Đ.15.")
    )

    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("max_points")]),
        FieldPanel("name"),
        FieldPanel("assessed_by_survey"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")

    def __str__(self):
        return f"{self.code}. {self.name}"


class EffectivenessRank(Orderable):
    criteria_set = ParentalKey(
        EffectivenessCriteriaSet, on_delete=models.CASCADE, related_name="ranks"
    )
    name = models.CharField(_("name"), max_length=100)
    min_total = models.DecimalField(_("lowest total"), max_digits=7, decimal_places=2)

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("min_total")])]

    class Meta(Orderable.Meta):
        verbose_name = _("rank")
        verbose_name_plural = _("ranks")

    def __str__(self):
        return self.name


class EffectivenessAssessment(RevisionMixin, FoldedIndexed, ClusterableModel):
    year = models.PositiveSmallIntegerField(_("year"))
    agency = models.ForeignKey(
        "pbgdpl.Agency",
        verbose_name=_("assessed body"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_(
            "A ministry, ministerial agency or provincial people's committee (TT 03/2018 Đ.2)."
        ),
    )
    criteria_set = models.ForeignKey(
        EffectivenessCriteriaSet,
        verbose_name=_("criteria set"),
        on_delete=models.PROTECT,
        related_name="assessments",
    )
    total = models.DecimalField(
        _("total"), max_digits=7, decimal_places=2, default=Decimal(0), editable=False
    )
    rank = models.CharField(_("rank"), max_length=100, blank=True, editable=False)
    report = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("report"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    search_fields = [index.FilterField("year"), index.FilterField("agency")]

    panels = [
        FieldRowPanel([FieldPanel("year"), FieldPanel("agency"), FieldPanel("criteria_set")]),
        InlinePanel("scores", heading=_("Scores"), label=_("Score")),
        FieldPanel("report"),
    ]

    class Meta:
        verbose_name = _("effectiveness assessment")
        verbose_name_plural = _("effectiveness assessments")
        ordering = ["-year", "agency__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["agency", "year"], name="pbgdpl_effectiveness_assessment_year"
            )
        ]

    def __str__(self):
        return f"{self.agency} – {self.year}"

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        total = sum((s.score for s in self.scores.all()), Decimal(0))
        rank = self.criteria_set.rank_for(total)
        self.total, self.rank = total, rank.name if rank else ""
        type(self).objects.filter(pk=self.pk).update(total=self.total, rank=self.rank)


class EffectivenessScore(Orderable):
    assessment = ParentalKey(
        EffectivenessAssessment, on_delete=models.CASCADE, related_name="scores"
    )
    criterion = models.ForeignKey(
        EffectivenessCriterion,
        verbose_name=_("criterion"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    score = models.DecimalField(
        _("points"), max_digits=6, decimal_places=2, validators=[MinValueValidator(0)]
    )

    panels = [FieldRowPanel([FieldPanel("criterion"), FieldPanel("score")])]

    class Meta(Orderable.Meta):
        verbose_name = _("score")
        verbose_name_plural = _("scores")

    def clean(self):
        super().clean()
        if self.criterion_id and self.score is not None and self.score > self.criterion.max_points:
            raise ValidationError(
                {
                    "score": _("At most %(points)s points for this criterion.")
                    % {"points": self.criterion.max_points}
                }
            )
        try:
            assessment = self.assessment
        except EffectivenessAssessment.DoesNotExist:
            return
        if (
            self.criterion_id
            and assessment.criteria_set_id
            and self.criterion.criteria_set_id != assessment.criteria_set_id
        ):
            raise ValidationError(
                {"criterion": _("This criterion belongs to another criteria set.")}
            )
