"""Hội đồng phối hợp PBGDPL (Luật PBGDPL Đ.7; QĐ 21/2021/QĐ-TTg, which replaced QĐ 27/2013 and
QĐ 42/2017): the council, its members with their roles and terms, and its documents."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.models import Orderable, RevisionMixin
from wagtail.search import index

from ...search.indexing import FoldedIndexed
from ..choices import Level
from .decisions import decision_field


class CouncilStatus(models.TextChoices):
    ACTIVE = "hoat_dong", _("Active")
    DISSOLVED = "giai_the", _("Dissolved")


class CouncilRole(models.TextChoices):
    CHAIR = "chu_tich", _("Chair")
    STANDING_VICE_CHAIR = "pho_chu_tich_thuong_truc", _("Standing vice chair")
    VICE_CHAIR = "pho_chu_tich", _("Vice chair")
    MEMBER = "uy_vien", _("Member")


class CouncilDocumentType(models.TextChoices):
    """QĐ 21/2021/QĐ-TTg Đ.3.2, Đ.5.3, Đ.7.3."""

    MEMBER_LIST = "danh_sach_thanh_vien", _("List of members")
    REGULATION = "quy_che", _("Working regulation")
    PLAN = "chuong_trinh_ke_hoach", _("Programme or plan")
    CONCLUSION = "ket_luan", _("Conclusion")
    HALF_YEAR_REPORT = "bao_cao_6_thang", _("Six-month report")
    YEAR_REPORT = "bao_cao_nam", _("Annual report")
    GUIDANCE_LETTER = "cong_van_dinh_huong", _("Guidance letter")


class Council(RevisionMixin, FoldedIndexed, ClusterableModel):
    name = models.CharField(_("name"), max_length=255)
    level = models.CharField(
        _("level"),
        max_length=20,
        choices=Level.choices,
        help_text=_(
            "Luật PBGDPL Đ.7: councils at central, province and (until 2025) district level."
        ),
    )
    administrative_unit = models.ForeignKey(
        "pbgdpl.AdministrativeUnit",
        verbose_name=_("administrative unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="councils",
    )
    standing_agency = models.ForeignKey(
        "pbgdpl.Agency",
        verbose_name=_("standing agency"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Luật PBGDPL Đ.7.2: the Ministry, Department or Office of Justice."),
    )
    establishment_decision = decision_field(
        _("establishment decision"),
        help_text=_(
            "The chairman of the people's committee decides the composition (QĐ 21/2021 Đ.1.2)."
        ),
    )
    regulation = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("working regulation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=CouncilStatus.choices, default=CouncilStatus.ACTIVE
    )

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("level"),
        index.FilterField("status"),
    ]

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("level"), FieldPanel("administrative_unit")]),
        FieldPanel("standing_agency"),
        FieldRowPanel([FieldPanel("establishment_decision"), FieldPanel("regulation")]),
        FieldPanel("status"),
        InlinePanel("members", heading=_("Members"), label=_("Member")),
        InlinePanel("documents", heading=_("Documents"), label=_("Document")),
    ]

    class Meta:
        verbose_name = _("coordination council")
        verbose_name_plural = _("coordination councils")
        ordering = ["level", "name"]

    def __str__(self):
        return self.name


class CouncilMember(Orderable):
    council = ParentalKey(
        Council, verbose_name=_("council"), on_delete=models.CASCADE, related_name="members"
    )
    full_name = models.CharField(_("full name"), max_length=255)
    position = models.CharField(_("position"), max_length=255, blank=True)
    organisation = models.CharField(_("organisation"), max_length=255, blank=True)
    role = models.CharField(_("role"), max_length=30, choices=CouncilRole.choices)
    in_secretariat = models.BooleanField(
        _("in the secretariat"), default=False, help_text=_("Tổ Thư ký (QĐ 21/2021 Đ.6.3).")
    )
    start_date = models.DateField(_("member from"), null=True, blank=True)
    end_date = models.DateField(_("member until"), null=True, blank=True)
    decision = decision_field(
        _("decision"), help_text=_("The establishment or reorganisation (kiện toàn) decision.")
    )

    PUBLIC_FIELDS = (
        "council",
        "full_name",
        "position",
        "organisation",
        "role",
        "start_date",
        "end_date",
    )

    panels = [
        FieldRowPanel([FieldPanel("full_name"), FieldPanel("role")]),
        FieldRowPanel([FieldPanel("position"), FieldPanel("organisation")]),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date"), FieldPanel("decision")]),
        FieldPanel("in_secretariat"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("council member")
        verbose_name_plural = _("council members")

    def __str__(self):
        return self.full_name

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError(
                {"end_date": _("The end date cannot be earlier than the start date.")}
            )


class CouncilDocument(Orderable):
    council = ParentalKey(
        Council, verbose_name=_("council"), on_delete=models.CASCADE, related_name="documents"
    )
    document_type = models.CharField(
        _("document type"), max_length=30, choices=CouncilDocumentType.choices
    )
    title = models.CharField(_("title"), max_length=255)
    date = models.DateField(_("date"))
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    is_public = models.BooleanField(_("published"), default=True)

    panels = [
        FieldRowPanel([FieldPanel("document_type"), FieldPanel("date")]),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("document"), FieldPanel("is_public")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("council document")
        verbose_name_plural = _("council documents")

    def __str__(self):
        return self.title
