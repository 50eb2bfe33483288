"""Báo cáo viên pháp luật (Luật PBGDPL 14/2012/QH13 Đ.35–36; TT 10/2016/TT-BTP Đ.2–4, Đ.8) and
tuyên truyền viên pháp luật (Luật Đ.37; TT 10/2016/TT-BTP Đ.5–6, Đ.8).

TT 10/2016 Đ.8.2b: the lists and the recognition and dismissal decisions are published on the
portal, so ``PUBLIC_FIELDS`` names what a public listing may show; everything else stays in the
admin.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import RevisionMixin
from wagtail.search import index

from ...search.indexing import FoldedIndexed
from ..choices import LAST_DAY_OF_DISTRICT_LEVEL, AdministrativeLevel
from .decisions import decision_date, decision_field
from .people import Gender


class ReporterLevel(models.TextChoices):
    """The recognising level; a reporter works in its territory (TT 10/2016 Đ.2)."""

    CENTRAL = "trung_uong", _("Central")
    PROVINCE = "tinh", _("Province")
    DISTRICT = "huyen", _("District (before 01/07/2025)")


class PersonnelType(models.TextChoices):
    """Luật PBGDPL Đ.35.1: who can be a legal reporter."""

    OFFICIAL = "can_bo", _("Official (cán bộ)")
    CIVIL_SERVANT = "cong_chuc", _("Civil servant (công chức)")
    PUBLIC_EMPLOYEE = "vien_chuc", _("Public employee (viên chức)")
    OFFICER = "si_quan_llvt", _("Officer of the armed forces")


class Qualification(models.TextChoices):
    LAW_DEGREE = "dai_hoc_luat", _("Bachelor of law")
    OTHER_DEGREE = "dai_hoc_khac", _("Other bachelor's degree")


# Luật PBGDPL Đ.35.2c: years of work needed with each degree.
MINIMUM_YEARS = {Qualification.LAW_DEGREE: 2, Qualification.OTHER_DEGREE: 3}


class RegistryStatus(models.TextChoices):
    ACTIVE = "dang_hoat_dong", _("Active")
    DISMISSED = "da_mien_nhiem", _("Dismissed")


class DismissalReason(models.TextChoices):
    """TT 10/2016/TT-BTP Đ.4.1."""

    VOLUNTARY = "tu_nguyen_xin_thoi", _("Asked to stop voluntarily")
    LEFT_SERVICE = (
        "khong_con_la_cbccvc_hoac_chuyen_cong_tac",
        _("No longer an official, civil servant or public employee, or moved to other work"),
    )
    NO_LONGER_QUALIFIED = "khong_con_du_tieu_chuan", _("No longer meets the standards")
    REFUSED_THREE_TIMES = (
        "tu_choi_phan_cong_3_lan",
        _("Refused assigned work three times without good reason"),
    )
    PROHIBITED_ACT = (
        "vi_pham_hanh_vi_bi_cam",
        _("Committed an act prohibited by Luật PBGDPL Đ.9"),
    )
    CONVICTED = "bi_ket_an", _("Convicted by a judgement in force")
    LOST_CAPACITY = (
        "mat_hoac_han_che_nang_luc_hanh_vi",
        _("Lost or limited legal capacity"),
    )


class PropagandistStatus(models.TextChoices):
    ACTIVE = "dang_hoat_dong", _("Active")
    RELEASED = "da_cho_thoi", _("Released")


class ReleaseReason(models.TextChoices):
    """TT 10/2016/TT-BTP Đ.6.1."""

    VOLUNTARY = "tu_nguyen_xin_thoi", _("Asked to stop voluntarily")
    PROHIBITED_ACT = (
        "vi_pham_hanh_vi_bi_cam",
        _("Committed an act prohibited by Luật PBGDPL Đ.9"),
    )
    CONVICTED = "bi_ket_an", _("Convicted by a judgement in force")
    LOST_CAPACITY = (
        "mat_hoac_han_che_nang_luc_hanh_vi",
        _("Lost or limited legal capacity"),
    )


def check_end_decision(errors, *, ended, reason, decision, start_decision, names):
    """Shared rule: an ended person has a reason and a decision, signed after the recognition."""
    reason_field, decision_field_name = names
    if ended:
        if not reason:
            errors[reason_field] = _("Give the reason.")
        if decision is None:
            errors[decision_field_name] = _("Choose the decision.")
        elif start_decision is not None and decision.signed_date < start_decision.signed_date:
            errors[decision_field_name] = _(
                "This decision cannot be signed before the recognition decision."
            )
    else:
        if reason:
            errors[reason_field] = _("Only a person who has stopped has a reason for stopping.")
        if decision is not None:
            errors[decision_field_name] = _("Only a person who has stopped has this decision.")


class LegalReporter(RevisionMixin, FoldedIndexed, ClusterableModel):
    full_name = models.CharField(_("full name"), max_length=255)
    position = models.CharField(_("position"), max_length=255, blank=True)
    work_unit = models.CharField(
        _("work unit"),
        max_length=255,
        help_text=_("Agency, organisation or unit where the person works (TT 10/2016 Đ.3.5b)."),
    )
    personnel_type = models.CharField(
        _("personnel type"),
        max_length=20,
        choices=PersonnelType.choices,
        help_text=_("Luật PBGDPL Đ.35.1."),
    )
    qualification = models.CharField(
        _("qualification"),
        max_length=20,
        choices=Qualification.choices,
        help_text=_(
            "Luật PBGDPL Đ.35.2c: a law degree needs at least 2 years of legal work, another "
            "degree at least 3 years of law-related work."
        ),
    )
    postgraduate = models.CharField(
        _("postgraduate degree"), max_length=255, blank=True, help_text=_("Optional.")
    )
    years_legal_work = models.PositiveSmallIntegerField(_("years of legal work"))
    specialised_fields = ParentalManyToManyField(
        "pbgdpl.LegalField",
        verbose_name=_("specialised legal fields"),
        related_name="legal_reporters",
        help_text=_("At least one (TT 10/2016 Đ.3.5d)."),
    )
    level = models.CharField(_("level"), max_length=20, choices=ReporterLevel.choices)
    administrative_unit = models.ForeignKey(
        "pbgdpl.AdministrativeUnit",
        verbose_name=_("administrative unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="legal_reporters",
        help_text=_("The province or district whose chairman recognised the reporter."),
    )
    proposing_agency = models.ForeignKey(
        "pbgdpl.Agency",
        verbose_name=_("proposing agency"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    recognition_decision = decision_field(
        _("recognition decision"), required=True, help_text=_("Luật PBGDPL Đ.35.3.")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=RegistryStatus.choices, default=RegistryStatus.ACTIVE
    )
    dismissal_reason = models.CharField(
        _("dismissal reason"),
        max_length=50,
        choices=DismissalReason.choices,
        blank=True,
        help_text=_("TT 10/2016 Đ.4.1."),
    )
    dismissal_decision = decision_field(_("dismissal decision"))
    # Copies of the decisions' dates, kept by save() and Decision.save(), so that statistics
    # and filters count by date without joining the decisions.
    recognised_on = models.DateField(_("recognised on"), null=True, editable=False, db_index=True)
    dismissed_on = models.DateField(_("dismissed on"), null=True, editable=False)
    is_public = models.BooleanField(
        _("published"),
        default=True,
        help_text=_("TT 10/2016 Đ.8.2b: the list and the decisions are published on the portal."),
    )

    PUBLIC_FIELDS = (
        "full_name",
        "position",
        "work_unit",
        "specialised_fields",
        "level",
        "status",
        "recognition_decision",
        "dismissal_decision",
    )

    search_fields = [
        index.SearchField("full_name", boost=2),
        index.AutocompleteField("full_name"),
        index.SearchField("work_unit"),
        index.SearchField("position"),
        index.FilterField("level"),
        index.FilterField("status"),
        index.FilterField("is_public"),
        index.FilterField("administrative_unit"),
    ]

    panels = [
        FieldPanel("full_name"),
        FieldRowPanel([FieldPanel("position"), FieldPanel("work_unit")]),
        FieldPanel("personnel_type"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("qualification"), FieldPanel("years_legal_work")]),
                FieldPanel("postgraduate"),
            ],
            heading=_("Qualification"),
        ),
        FieldPanel("specialised_fields"),
        FieldRowPanel([FieldPanel("level"), FieldPanel("administrative_unit")]),
        FieldPanel("proposing_agency"),
        FieldPanel("recognition_decision"),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldPanel("dismissal_reason"),
                FieldPanel("dismissal_decision"),
            ],
            heading=_("Status"),
        ),
        FieldPanel("is_public"),
    ]

    class Meta:
        verbose_name = _("legal reporter")
        verbose_name_plural = _("legal reporters")
        ordering = ["full_name", "pk"]
        indexes = [
            # The public listing's order: a page of results without sorting the whole table.
            models.Index(fields=["full_name", "id"], name="pbgdpl_reporter_name"),
            # The statistics count by level and dates from the index alone, without reading
            # each row (twice as fast on SQLite at 100,000 reporters).
            models.Index(
                fields=["level", "recognised_on", "dismissed_on"], name="pbgdpl_reporter_counts"
            ),
        ]

    def __str__(self):
        return self.full_name

    def save(self, *args, **kwargs):
        self.recognised_on = decision_date(self.recognition_decision)
        self.dismissed_on = decision_date(self.dismissal_decision)
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        errors = {}
        minimum = MINIMUM_YEARS.get(self.qualification)
        if (
            minimum is not None
            and self.years_legal_work is not None
            and self.years_legal_work < minimum
        ):
            errors["years_legal_work"] = _(
                "With this qualification a legal reporter needs at least %(years)d years of "
                "work (Luật PBGDPL Đ.35.2c)."
            ) % {"years": minimum}
        recognition = self.recognition_decision if self.recognition_decision_id else None
        if (
            self.level == ReporterLevel.DISTRICT
            and recognition is not None
            and recognition.signed_date > LAST_DAY_OF_DISTRICT_LEVEL
        ):
            errors["level"] = _(
                "The district level was abolished from 01/07/2025: a district reporter must "
                "have been recognised by 30/06/2025."
            )
        check_end_decision(
            errors,
            ended=self.status == RegistryStatus.DISMISSED,
            reason=self.dismissal_reason,
            decision=self.dismissal_decision if self.dismissal_decision_id else None,
            start_decision=recognition,
            names=("dismissal_reason", "dismissal_decision"),
        )
        if errors:
            raise ValidationError(errors)


class LegalPropagandist(RevisionMixin, FoldedIndexed, models.Model):
    full_name = models.CharField(_("full name"), max_length=255)
    commune = models.ForeignKey(
        "pbgdpl.AdministrativeUnit",
        verbose_name=_("commune"),
        on_delete=models.PROTECT,
        related_name="legal_propagandists",
        limit_choices_to={"level": AdministrativeLevel.COMMUNE},
    )
    residential_area = models.CharField(
        _("village or residential group"),
        max_length=255,
        blank=True,
        help_text=_("Thôn, tổ dân phố where the person works."),
    )
    occupation = models.CharField(_("occupation"), max_length=255, blank=True)
    gender = models.CharField(_("gender"), max_length=5, choices=Gender.choices, blank=True)
    ethnicity = models.CharField(_("ethnicity"), max_length=100, blank=True)
    registration_date = models.DateField(
        _("registration date"),
        null=True,
        blank=True,
        help_text=_(
            "Voluntary registration after the yearly call in September (TT 10/2016 Đ.5.2)."
        ),
    )
    recognition_decision = decision_field(
        _("recognition decision"),
        required=True,
        help_text=_("Decision of the commune chairman (TT 10/2016 Đ.5.4)."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=PropagandistStatus.choices,
        default=PropagandistStatus.ACTIVE,
    )
    release_reason = models.CharField(
        _("release reason"),
        max_length=50,
        choices=ReleaseReason.choices,
        blank=True,
        help_text=_("TT 10/2016 Đ.6.1."),
    )
    release_decision = decision_field(_("release decision"), help_text=_("TT 10/2016 Đ.6.3."))
    recognised_on = models.DateField(_("recognised on"), null=True, editable=False, db_index=True)
    released_on = models.DateField(_("released on"), null=True, editable=False)
    is_public = models.BooleanField(
        _("published"),
        default=True,
        help_text=_("TT 10/2016 Đ.8.2b: the list and the decisions are published on the portal."),
    )

    PUBLIC_FIELDS = (
        "full_name",
        "commune",
        "residential_area",
        "status",
        "recognition_decision",
        "release_decision",
    )

    search_fields = [
        index.SearchField("full_name", boost=2),
        index.AutocompleteField("full_name"),
        index.SearchField("residential_area"),
        index.FilterField("commune"),
        index.FilterField("status"),
        index.FilterField("is_public"),
    ]

    panels = [
        FieldPanel("full_name"),
        FieldRowPanel([FieldPanel("commune"), FieldPanel("residential_area")]),
        FieldRowPanel([FieldPanel("gender"), FieldPanel("ethnicity"), FieldPanel("occupation")]),
        FieldRowPanel([FieldPanel("registration_date"), FieldPanel("recognition_decision")]),
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("release_reason"), FieldPanel("release_decision")],
            heading=_("Status"),
        ),
        FieldPanel("is_public"),
    ]

    class Meta:
        verbose_name = _("legal propagandist")
        verbose_name_plural = _("legal propagandists")
        ordering = ["full_name", "pk"]
        indexes = [
            # The statistics count by commune and dates from the index alone (7× faster on
            # SQLite at 100,000 propagandists).
            models.Index(
                fields=["commune", "recognised_on", "released_on"],
                name="pbgdpl_propagandist_counts",
            ),
        ]

    def __str__(self):
        return self.full_name

    def save(self, *args, **kwargs):
        self.recognised_on = decision_date(self.recognition_decision)
        self.released_on = decision_date(self.release_decision)
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        errors = {}
        if self.commune_id and self.commune.level != AdministrativeLevel.COMMUNE:
            errors["commune"] = _("Choose a commune.")
        check_end_decision(
            errors,
            ended=self.status == PropagandistStatus.RELEASED,
            reason=self.release_reason,
            decision=self.release_decision if self.release_decision_id else None,
            start_decision=self.recognition_decision if self.recognition_decision_id else None,
            names=("release_reason", "release_decision"),
        )
        if errors:
            raise ValidationError(errors)


class PropagandistTraining(FoldedIndexed, ClusterableModel):
    """A training session for propagandists (counted for TCPL TC2 chỉ tiêu 5)."""

    topic = models.CharField(_("topic"), max_length=255)
    date = models.DateField(_("date"))
    organiser = models.CharField(_("organiser"), max_length=255, blank=True)
    commune = models.ForeignKey(
        "pbgdpl.AdministrativeUnit",
        verbose_name=_("administrative unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    participants = ParentalManyToManyField(
        LegalPropagandist,
        verbose_name=_("participants"),
        related_name="trainings",
        blank=True,
    )

    search_fields = [
        index.SearchField("topic"),
        index.AutocompleteField("topic"),
        index.FilterField("date"),
    ]

    panels = [
        FieldPanel("topic"),
        FieldRowPanel([FieldPanel("date"), FieldPanel("organiser"), FieldPanel("commune")]),
        FieldPanel("participants"),
    ]

    class Meta:
        verbose_name = _("propagandist training")
        verbose_name_plural = _("propagandist trainings")
        ordering = ["-date", "topic"]

    def __str__(self):
        return f"{self.topic} ({self.date:%d/%m/%Y})" if self.date else self.topic
