"""Chương trình, đề án, kế hoạch PBGDPL. No official record schema was found, so the fields are
the ones a programme's approval decision carries."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import RevisionMixin
from wagtail.search import index

from ...search.indexing import FoldedIndexed
from ..choices import Level
from .decisions import decision_field


class ProgrammeKind(models.TextChoices):
    PROGRAMME = "chuong_trinh", _("Programme")
    PROJECT = "de_an", _("Project")
    PLAN = "ke_hoach", _("Plan")


class ProgrammeStatus(models.TextChoices):
    RUNNING = "dang_thuc_hien", _("Under way")
    MID_TERM_REVIEWED = "da_so_ket", _("Mid-term review done")
    FINAL_REVIEWED = "da_tong_ket", _("Final review done")
    ENDED = "ket_thuc", _("Ended")


class DisseminationProgramme(RevisionMixin, FoldedIndexed, ClusterableModel):
    title = models.CharField(_("title"), max_length=500)
    kind = models.CharField(_("kind"), max_length=20, choices=ProgrammeKind.choices)
    approval_decision = decision_field(_("approval decision"))
    issuer = models.ForeignKey(
        "pbgdpl.Agency",
        verbose_name=_("issued by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    level = models.CharField(_("level"), max_length=20, choices=Level.choices)
    administrative_unit = models.ForeignKey(
        "pbgdpl.AdministrativeUnit",
        verbose_name=_("administrative unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    period_from = models.PositiveSmallIntegerField(_("from year"))
    period_to = models.PositiveSmallIntegerField(_("until year"))
    lead_agency = models.ForeignKey(
        "pbgdpl.Agency",
        verbose_name=_("lead agency"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    partner_agencies = ParentalManyToManyField(
        "pbgdpl.Agency", verbose_name=_("partner agencies"), blank=True, related_name="+"
    )
    target_groups = ParentalManyToManyField(
        "pbgdpl.TargetGroup", verbose_name=_("target groups"), blank=True, related_name="+"
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ProgrammeStatus.choices,
        default=ProgrammeStatus.RUNNING,
    )
    budget = models.DecimalField(
        _("budget (VND)"), max_digits=16, decimal_places=0, null=True, blank=True
    )
    summary = models.TextField(_("summary"), blank=True)
    report = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("report"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    PUBLIC_FIELDS = (
        "title",
        "kind",
        "approval_decision",
        "issuer",
        "level",
        "period_from",
        "period_to",
        "status",
    )

    search_fields = [
        index.SearchField("title", boost=2),
        index.AutocompleteField("title"),
        index.SearchField("summary"),
        index.FilterField("kind"),
        index.FilterField("level"),
        index.FilterField("status"),
    ]

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("level"), FieldPanel("status")]),
        FieldRowPanel([FieldPanel("approval_decision"), FieldPanel("issuer")]),
        FieldRowPanel([FieldPanel("period_from"), FieldPanel("period_to")]),
        FieldRowPanel([FieldPanel("administrative_unit"), FieldPanel("lead_agency")]),
        FieldPanel("partner_agencies"),
        FieldPanel("target_groups"),
        FieldRowPanel([FieldPanel("budget"), FieldPanel("report")]),
        FieldPanel("summary"),
    ]

    class Meta:
        verbose_name = _("dissemination programme")
        verbose_name_plural = _("dissemination programmes")
        ordering = ["-period_from", "title"]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.period_from and self.period_to and self.period_to < self.period_from:
            raise ValidationError(
                {"period_to": _("The last year cannot be earlier than the first year.")}
            )
