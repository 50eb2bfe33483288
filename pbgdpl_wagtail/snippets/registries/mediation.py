"""Hòa giải ở cơ sở (Luật Hòa giải ở cơ sở 35/2013/QH13; NĐ 15/2014/NĐ-CP; TT 56/2023/TT-BTC):
mediation teams, mediators and the cases of the "sổ theo dõi hoạt động hòa giải" (Đ.21.4).

Case records hold personal data of the parties: they stay in the admin, and only aggregate
figures are ever published.
"""

import datetime
from decimal import Decimal

from django.contrib.admin import display as admin_display
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, RevisionMixin
from wagtail.search import index

from ...search.indexing import FoldedIndexed
from ..choices import AdministrativeLevel
from ..validity import ReferenceEntry
from .decisions import decision_field
from .people import Gender

# Luật HGOCS Đ.12.1: a team has at least three mediators, at least one of them a woman.
MINIMUM_MEDIATORS = 3
# Luật HGOCS Đ.20.2: mediation starts within three working days of the assignment.
START_WITHIN_DAYS = 3
# TT 56/2023/TT-BTC: highest fee per case, higher when the mediation succeeds; the province's
# people's council sets the actual rate below these.
MAXIMUM_FEE = Decimal(300_000)
MAXIMUM_FEE_SUCCESS = Decimal(400_000)


class TeamStatus(models.TextChoices):
    ACTIVE = "hoat_dong", _("Active")
    MERGED = "sap_nhap", _("Merged")
    DISSOLVED = "giai_the", _("Dissolved")


class ElectionMethod(models.TextChoices):
    """Luật HGOCS Đ.8.2."""

    SHOW_OF_HANDS = "bieu_quyet_cong_khai", _("Open vote at a meeting of household representatives")
    SECRET_BALLOT = "bo_phieu_kin", _("Secret ballot at a meeting of household representatives")
    HOUSEHOLD_FORMS = "phieu_lay_y_kien_ho_gia_dinh", _("Opinion forms sent to households")


class MediatorStatus(models.TextChoices):
    ACTIVE = "dang_hoat_dong", _("Active")
    TERMINATED = "thoi_lam", _("No longer a mediator")


class TerminationReason(models.TextChoices):
    """Luật HGOCS Đ.11.1."""

    OWN_WISH = "theo_nguyen_vong", _("At the mediator's own wish")
    NO_LONGER_QUALIFIED = "khong_con_du_tieu_chuan", _("No longer meets the standards")
    BREACH = (
        "vi_pham_nguyen_tac_hoac_bi_xu_ly",
        _("Breached the principles of mediation or was sanctioned"),
    )


class CaseBasis(models.TextChoices):
    """Luật HGOCS Đ.16."""

    PARTIES_ASKED = "cac_ben_yeu_cau", _("One or both parties asked")
    MEDIATOR_WITNESSED = "hgv_chung_kien_hoac_biet", _("A mediator witnessed or learnt of it")
    ASSIGNED = "phan_cong_hoac_de_nghi", _("Assigned by the team leader or proposed by an agency")


class PartyType(models.TextChoices):
    """Luật HGOCS Đ.2.3."""

    PERSON = "ca_nhan", _("Individual")
    GROUP_OF_PERSONS = "nhom_ca_nhan", _("Group of individuals")
    FAMILY = "gia_dinh", _("Family")
    GROUP_OF_FAMILIES = "nhom_gia_dinh", _("Group of families")
    ORGANISATION = "to_chuc", _("Organisation")


class CaseResult(models.TextChoices):
    SUCCEEDED = "hoa_giai_thanh", _("Succeeded")
    FAILED = "hoa_giai_khong_thanh", _("Failed")
    PENDING = "dang_hoa_giai", _("Under way")


class EndReason(models.TextChoices):
    """Luật HGOCS Đ.23."""

    AGREEMENT = "dat_thoa_thuan", _("The parties reached an agreement")
    PARTY_ENDED = "ben_yeu_cau_cham_dut", _("A party asked to end the mediation")
    MEDIATOR_ENDED = "hgv_ket_thuc", _("The mediator ended it: no agreement possible")


# Which Đ.23 reasons end a case with each result.
END_REASONS_FOR = {
    CaseResult.SUCCEEDED: {EndReason.AGREEMENT},
    CaseResult.FAILED: {EndReason.PARTY_ENDED, EndReason.MEDIATOR_ENDED},
    CaseResult.PENDING: set(),
}


class ImplementationStatus(models.TextChoices):
    """Follow-up of a settlement (Luật HGOCS Đ.26)."""

    NOT_DUE = "chua_den_han", _("Not yet due")
    CARRIED_OUT = "da_thuc_hien", _("Carried out")
    NOT_CARRIED_OUT = "chua_thuc_hien", _("Not carried out")


class CaseCategory(ReferenceEntry):
    """Kinds of dispute (the detailed list of NĐ 15/2014 Đ.5 is data, not code)."""

    class Meta(ReferenceEntry.Meta):
        verbose_name = _("mediation case category")
        verbose_name_plural = _("mediation case categories")


class MediationTeam(RevisionMixin, FoldedIndexed, models.Model):
    name = models.CharField(_("name"), max_length=255)
    commune = models.ForeignKey(
        "pbgdpl.AdministrativeUnit",
        verbose_name=_("commune"),
        on_delete=models.PROTECT,
        related_name="mediation_teams",
        limit_choices_to={"level": AdministrativeLevel.COMMUNE},
    )
    residential_area = models.CharField(
        _("village or residential group"),
        max_length=255,
        help_text=_("A team is a self-managed organisation of one thôn or tổ dân phố (Đ.2.5)."),
    )
    establishment_decision = decision_field(
        _("establishment decision"),
        help_text=_("The commune chairman decides the number of teams and mediators (Đ.12.2)."),
    )
    leader = models.ForeignKey(
        "pbgdpl.Mediator",
        verbose_name=_("team leader"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Elected by the mediators, recognised by the commune chairman (Đ.14)."),
    )
    leader_recognition_decision = decision_field(_("leader recognition decision"))
    is_ethnic_minority_area = models.BooleanField(
        _("ethnic minority area"),
        default=False,
        help_text=_("In such an area a team needs a mediator from an ethnic minority (Đ.12.1)."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=TeamStatus.choices, default=TeamStatus.ACTIVE
    )

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("residential_area"),
        index.FilterField("commune"),
        index.FilterField("status"),
    ]

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("status")]),
        FieldRowPanel([FieldPanel("commune"), FieldPanel("residential_area")]),
        FieldPanel("establishment_decision"),
        FieldRowPanel([FieldPanel("leader"), FieldPanel("leader_recognition_decision")]),
        FieldPanel("is_ethnic_minority_area"),
    ]

    class Meta:
        verbose_name = _("mediation team")
        verbose_name_plural = _("mediation teams")
        ordering = ["commune__name", "name"]
        constraints = [
            models.UniqueConstraint(fields=["commune", "name"], name="pbgdpl_mediation_team_name")
        ]

    def __str__(self):
        return f"{self.name} ({self.commune})" if self.commune_id else self.name

    def clean(self):
        super().clean()
        errors = {}
        if self.commune_id and self.commune.level != AdministrativeLevel.COMMUNE:
            errors["commune"] = _("Choose a commune.")
        if self.leader_id and self.pk and self.leader.team_id != self.pk:
            errors["leader"] = _("The leader must be a mediator of this team.")
        if errors:
            raise ValidationError(errors)

    @admin_display(description=_("warnings"))
    def warning_count(self):
        return len(self.composition_warnings())

    def composition_warnings(self, mediators=None):
        """What Luật HGOCS Đ.12.1 asks of the team's active mediators and the team lacks.

        Warnings, not errors: a team is created before its mediators are elected.
        """
        if mediators is None:
            mediators = [m for m in self.mediators.all() if m.status == MediatorStatus.ACTIVE]
        warnings = []
        if len(mediators) < MINIMUM_MEDIATORS:
            warnings.append(
                _("The team has %(count)d active mediators; the law asks for at least 3.")
                % {"count": len(mediators)}
            )
        if not any(m.gender == Gender.FEMALE for m in mediators):
            warnings.append(_("The team has no woman mediator; the law asks for at least one."))
        if self.is_ethnic_minority_area and not any(m.is_ethnic_minority for m in mediators):
            warnings.append(
                _(
                    "The team works in an ethnic minority area but has no mediator from an "
                    "ethnic minority."
                )
            )
        return warnings


class Mediator(RevisionMixin, FoldedIndexed, models.Model):
    full_name = models.CharField(_("full name"), max_length=255)
    gender = models.CharField(_("gender"), max_length=5, choices=Gender.choices)
    ethnicity = models.CharField(_("ethnicity"), max_length=100, blank=True)
    is_ethnic_minority = models.BooleanField(_("from an ethnic minority"), default=False)
    team = models.ForeignKey(
        MediationTeam,
        verbose_name=_("mediation team"),
        on_delete=models.PROTECT,
        related_name="mediators",
    )
    permanent_resident_of_area = models.BooleanField(
        _("permanent resident of the area"),
        default=True,
        help_text=_("A mediator lives permanently in the area (Luật HGOCS Đ.7)."),
    )
    election_method = models.CharField(
        _("election method"), max_length=40, choices=ElectionMethod.choices
    )
    approval_rate = models.DecimalField(
        _("households in favour (%)"),
        max_digits=5,
        decimal_places=2,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=_("More than half of the households' representatives (Luật HGOCS Đ.8.3a)."),
    )
    recognition_decision = decision_field(
        _("recognition decision"), help_text=_("Decision of the commune chairman (Đ.8.4).")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=MediatorStatus.choices, default=MediatorStatus.ACTIVE
    )
    termination_reason = models.CharField(
        _("termination reason"),
        max_length=40,
        choices=TerminationReason.choices,
        blank=True,
        help_text=_("Luật HGOCS Đ.11.1."),
    )
    termination_decision = decision_field(_("termination decision"))

    search_fields = [
        index.SearchField("full_name", boost=2),
        index.AutocompleteField("full_name"),
        index.FilterField("team"),
        index.FilterField("status"),
        index.FilterField("gender"),
    ]

    panels = [
        FieldPanel("full_name"),
        FieldRowPanel(
            [FieldPanel("gender"), FieldPanel("ethnicity"), FieldPanel("is_ethnic_minority")]
        ),
        FieldRowPanel([FieldPanel("team"), FieldPanel("permanent_resident_of_area")]),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("election_method"), FieldPanel("approval_rate")]),
                FieldPanel("recognition_decision"),
            ],
            heading=_("Election"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldPanel("termination_reason"),
                FieldPanel("termination_decision"),
            ],
            heading=_("Status"),
        ),
    ]

    class Meta:
        verbose_name = _("mediator")
        verbose_name_plural = _("mediators")
        ordering = ["full_name", "pk"]

    def __str__(self):
        return self.full_name

    def clean(self):
        super().clean()
        from .reporters import check_end_decision

        errors = {}
        if not self.permanent_resident_of_area:
            errors["permanent_resident_of_area"] = _(
                "A mediator must live permanently in the area (Luật HGOCS Đ.7)."
            )
        if self.approval_rate is not None and self.approval_rate <= 50:
            errors["approval_rate"] = _(
                "A mediator is elected by more than 50 %% of the households (Luật HGOCS Đ.8.3a)."
            )
        check_end_decision(
            errors,
            ended=self.status == MediatorStatus.TERMINATED,
            reason=self.termination_reason,
            decision=self.termination_decision if self.termination_decision_id else None,
            start_decision=self.recognition_decision if self.recognition_decision_id else None,
            names=("termination_reason", "termination_decision"),
        )
        if errors:
            raise ValidationError(errors)


class MediationCase(RevisionMixin, FoldedIndexed, ClusterableModel):
    team = models.ForeignKey(
        MediationTeam,
        verbose_name=_("mediation team"),
        on_delete=models.PROTECT,
        related_name="cases",
    )
    case_number = models.CharField(
        _("number in the register"),
        max_length=30,
        help_text=_("The case's number in the team's register (sổ theo dõi)."),
    )
    received_date = models.DateField(_("date received"))
    basis = models.CharField(_("basis"), max_length=40, choices=CaseBasis.choices)
    category = models.ForeignKey(
        CaseCategory,
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="cases",
    )
    mediators = ParentalManyToManyField(
        Mediator, verbose_name=_("assigned mediators"), blank=True, related_name="cases"
    )
    assigned_date = models.DateField(_("date assigned"), null=True, blank=True)
    start_date = models.DateField(_("date started"), null=True, blank=True)
    is_urgent = models.BooleanField(
        _("urgent or agreed otherwise"),
        default=False,
        help_text=_("Mediation may start later than 3 days after assignment when agreed (Đ.20.2)."),
    )
    location = models.CharField(_("place"), max_length=255, blank=True)
    public_session = models.BooleanField(_("held in public"), default=False)
    invited_persons = models.TextField(_("persons invited"), blank=True)
    summary = models.TextField(_("summary of the dispute"))
    process = models.TextField(_("course of the mediation"), blank=True)
    result = models.CharField(
        _("result"), max_length=30, choices=CaseResult.choices, default=CaseResult.PENDING
    )
    end_reason = models.CharField(
        _("how it ended"), max_length=30, choices=EndReason.choices, blank=True
    )
    end_date = models.DateField(_("date ended"), null=True, blank=True)
    # Văn bản hòa giải thành (Luật HGOCS Đ.24.2): the headings the law lists.
    settlement_agreement = models.TextField(
        _("agreement and solution"), blank=True, help_text=_("Đ.24.2đ.")
    )
    settlement_obligations = models.TextField(
        _("rights and obligations of the parties"), blank=True, help_text=_("Đ.24.2e.")
    )
    settlement_method_deadline = models.TextField(
        _("how and by when the agreement is carried out"), blank=True, help_text=_("Đ.24.2g.")
    )
    settlement_signed = models.BooleanField(
        _("signed or fingerprinted by the parties"), default=False, help_text=_("Đ.24.2h.")
    )
    implementation_status = models.CharField(
        _("implementation"),
        max_length=20,
        choices=ImplementationStatus.choices,
        blank=True,
        help_text=_("Follow-up of the settlement (Đ.26)."),
    )
    fee_claimed = models.DecimalField(
        _("fee claimed (VND)"),
        max_digits=12,
        decimal_places=0,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_(
            "TT 56/2023/TT-BTC: at most 300,000 VND a case, 400,000 VND when it succeeds; the "
            "province sets the actual rate."
        ),
    )

    search_fields = [
        index.SearchField("case_number"),
        index.SearchField("summary"),
        index.FilterField("team"),
        index.FilterField("result"),
        index.FilterField("received_date"),
    ]

    panels = [
        FieldRowPanel([FieldPanel("team"), FieldPanel("case_number"), FieldPanel("received_date")]),
        FieldRowPanel([FieldPanel("basis"), FieldPanel("category")]),
        InlinePanel("parties", heading=_("Parties"), label=_("Party"), min_num=1),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("mediators"),
                FieldRowPanel(
                    [FieldPanel("assigned_date"), FieldPanel("start_date"), FieldPanel("is_urgent")]
                ),
                FieldRowPanel([FieldPanel("location"), FieldPanel("public_session")]),
                FieldPanel("invited_persons"),
                FieldPanel("process"),
            ],
            heading=_("Mediation"),
        ),
        FieldRowPanel([FieldPanel("result"), FieldPanel("end_reason"), FieldPanel("end_date")]),
        MultiFieldPanel(
            [
                FieldPanel("settlement_agreement"),
                FieldPanel("settlement_obligations"),
                FieldPanel("settlement_method_deadline"),
                FieldRowPanel(
                    [FieldPanel("settlement_signed"), FieldPanel("implementation_status")]
                ),
            ],
            heading=_("Settlement record"),
        ),
        FieldPanel("fee_claimed"),
    ]

    class Meta:
        verbose_name = _("mediation case")
        verbose_name_plural = _("mediation cases")
        ordering = ["-received_date", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["team", "case_number"], name="pbgdpl_mediation_case_no")
        ]
        # Statistics select the cases received within a period.
        indexes = [models.Index(fields=["received_date"], name="pbgdpl_mediation_received")]

    def __str__(self):
        return _("Case %(number)s") % {"number": self.case_number}

    def clean(self):
        super().clean()
        errors = {}
        allowed = END_REASONS_FOR.get(self.result, set())
        if self.result == CaseResult.PENDING:
            if self.end_reason:
                errors["end_reason"] = _("A case under way has not ended.")
            if self.end_date:
                errors["end_date"] = _("A case under way has not ended.")
        else:
            if self.end_reason not in allowed:
                errors["end_reason"] = _("This ending does not match the result (Luật HGOCS Đ.23).")
            if not self.end_date:
                errors["end_date"] = _("Give the date the mediation ended.")
        if self.result != CaseResult.SUCCEEDED and (
            self.settlement_agreement or self.settlement_signed or self.implementation_status
        ):
            errors["settlement_agreement"] = _(
                "Only a successful mediation has a settlement record (Luật HGOCS Đ.24)."
            )
        for earlier, later in (
            ("received_date", "assigned_date"),
            ("assigned_date", "start_date"),
            ("received_date", "end_date"),
            ("start_date", "end_date"),
        ):
            first, second = getattr(self, earlier), getattr(self, later)
            if first and second and second < first:
                errors.setdefault(later, _("This date cannot be earlier than the one before it."))
        if self.fee_claimed is not None:
            cap = MAXIMUM_FEE_SUCCESS if self.result == CaseResult.SUCCEEDED else MAXIMUM_FEE
            if self.fee_claimed > cap:
                errors["fee_claimed"] = _(
                    "At most %(amount)s VND for this case (TT 56/2023/TT-BTC)."
                ) % {"amount": f"{cap:,.0f}".replace(",", ".")}
        if errors:
            raise ValidationError(errors)

    @property
    def start_is_late(self):
        """Luật HGOCS Đ.20.2: a warning when mediation started more than 3 days after assignment."""
        if self.is_urgent or not (self.assigned_date and self.start_date):
            return False
        return self.start_date - self.assigned_date > datetime.timedelta(days=START_WITHIN_DAYS)


class MediationParty(Orderable):
    case = ParentalKey(MediationCase, on_delete=models.CASCADE, related_name="parties")
    name = models.CharField(_("name"), max_length=255)
    address = models.CharField(_("address"), max_length=255, blank=True)
    party_type = models.CharField(
        _("party type"), max_length=20, choices=PartyType.choices, default=PartyType.PERSON
    )

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("party_type")]), FieldPanel("address")]

    class Meta(Orderable.Meta):
        verbose_name = _("party")
        verbose_name_plural = _("parties")

    def __str__(self):
        return self.name
