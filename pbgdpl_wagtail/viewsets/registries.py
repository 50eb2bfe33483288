"""The component databases in the admin: listings with filters, search and CSV/XLSX export.

Permissions are Wagtail's per-model add/change/delete ones, so a site can give a group the
reporters' registry without the mediation cases, whose records are internal.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from ..snippets.registries import (
    AccessAssessment,
    AccessCriteriaSet,
    AccessIndicator,
    CaseCategory,
    Council,
    Decision,
    DisseminationProgramme,
    EffectivenessAssessment,
    EffectivenessCriteriaSet,
    LegalPropagandist,
    LegalReporter,
    MediationCase,
    MediationTeam,
    Mediator,
    PropagandistTraining,
)
from .columns import yes_no
from .panels import CompositionWarningsPanel


class DecisionViewSet(SnippetViewSet):
    model = Decision
    icon = "doc-full"
    menu_order = 10
    list_display = ["number", "signed_date", "issuing_agency", "summary"]
    list_filter = {"signed_date": ["year"], "issuing_agency": ["exact"]}
    list_export = ["number", "signed_date", "issuing_agency", "signer", "summary"]
    export_filename = "quyet-dinh"
    chooser_per_page = 20

    def get_queryset(self, request):
        return Decision.objects.select_related("issuing_agency")


class CouncilViewSet(SnippetViewSet):
    model = Council
    icon = "group"
    menu_order = 20
    list_display = ["name", "level", "administrative_unit", "standing_agency", "status"]
    list_filter = {"level": ["exact"], "status": ["exact"]}
    list_export = ["name", "level", "administrative_unit", "standing_agency", "status"]
    export_filename = "hoi-dong-phoi-hop"

    def get_queryset(self, request):
        return Council.objects.select_related("administrative_unit", "standing_agency")


class LegalReporterViewSet(SnippetViewSet):
    model = LegalReporter
    icon = "user"
    menu_order = 30
    list_display = [
        "full_name",
        "work_unit",
        "level",
        "qualification",
        "status",
        yes_no(LegalReporter, "is_public"),
    ]
    list_filter = {
        "level": ["exact"],
        "status": ["exact"],
        "qualification": ["exact"],
        "specialised_fields": ["exact"],
        "administrative_unit": ["exact"],
        "is_public": ["exact"],
    }
    list_export = [
        "full_name",
        "position",
        "work_unit",
        "personnel_type",
        "qualification",
        "years_legal_work",
        "level",
        "administrative_unit",
        "recognition_decision",
        "status",
        "dismissal_reason",
        "dismissal_decision",
        "is_public",
    ]
    export_filename = "bao-cao-vien-phap-luat"

    def get_queryset(self, request):
        return LegalReporter.objects.select_related(
            "administrative_unit", "recognition_decision", "dismissal_decision"
        )


class LegalPropagandistViewSet(SnippetViewSet):
    model = LegalPropagandist
    icon = "user"
    menu_order = 40
    list_display = [
        "full_name",
        "commune",
        "residential_area",
        "status",
        yes_no(LegalPropagandist, "is_public"),
    ]
    list_filter = {"commune": ["exact"], "status": ["exact"], "gender": ["exact"]}
    list_export = [
        "full_name",
        "commune",
        "residential_area",
        "gender",
        "ethnicity",
        "occupation",
        "registration_date",
        "recognition_decision",
        "status",
        "release_reason",
        "release_decision",
        "is_public",
    ]
    export_filename = "tuyen-truyen-vien-phap-luat"

    def get_queryset(self, request):
        return LegalPropagandist.objects.select_related(
            "commune", "recognition_decision", "release_decision"
        )


class PropagandistTrainingViewSet(SnippetViewSet):
    model = PropagandistTraining
    icon = "calendar"
    menu_order = 50
    list_display = ["topic", "date", "organiser", "commune"]
    list_filter = {"date": ["year"], "commune": ["exact"]}
    list_export = ["topic", "date", "organiser", "commune"]
    export_filename = "boi-duong-tuyen-truyen-vien"


class DisseminationProgrammeViewSet(SnippetViewSet):
    model = DisseminationProgramme
    icon = "list-ol"
    menu_order = 60
    list_display = ["title", "kind", "level", "period_from", "period_to", "status"]
    list_filter = {"kind": ["exact"], "level": ["exact"], "status": ["exact"]}
    list_export = [
        "title",
        "kind",
        "approval_decision",
        "issuer",
        "level",
        "period_from",
        "period_to",
        "lead_agency",
        "status",
        "budget",
    ]
    export_filename = "chuong-trinh-ke-hoach-pbgdpl"

    def get_queryset(self, request):
        return DisseminationProgramme.objects.select_related(
            "approval_decision", "issuer", "lead_agency"
        )


class EffectivenessCriteriaSetViewSet(SnippetViewSet):
    model = EffectivenessCriteriaSet
    icon = "list-ul"
    menu_order = 70
    list_display = ["name", "legal_basis", "effective_from", "effective_to"]
    list_export = ["code", "name", "legal_basis", "effective_from", "effective_to"]
    export_filename = "bo-tieu-chi-danh-gia-hieu-qua"


class EffectivenessAssessmentViewSet(SnippetViewSet):
    model = EffectivenessAssessment
    icon = "tasks"
    menu_order = 80
    list_display = ["agency", "year", "criteria_set", "total", "rank"]
    list_filter = {"year": ["exact"], "agency": ["exact"]}
    list_export = ["agency", "year", "criteria_set", "total", "rank"]
    export_filename = "danh-gia-hieu-qua-pbgdpl"

    def get_queryset(self, request):
        return EffectivenessAssessment.objects.select_related("agency", "criteria_set")


class AccessCriteriaSetViewSet(SnippetViewSet):
    model = AccessCriteriaSet
    icon = "list-ul"
    menu_order = 90
    list_display = ["name", "pass_total", "criterion_min_percent", "effective_from", "effective_to"]
    list_export = [
        "code",
        "name",
        "pass_total",
        "criterion_min_percent",
        "legal_basis",
        "effective_from",
        "effective_to",
    ]
    export_filename = "bo-tieu-chi-chuan-tiep-can"


class AccessIndicatorViewSet(SnippetViewSet):
    model = AccessIndicator
    icon = "list-ol"
    menu_order = 100
    list_display = ["code", "name", "criterion", "max_points"]
    list_filter = {"criterion__criteria_set": ["exact"]}
    list_export = ["code", "name", "criterion", "max_points", "legal_basis"]
    export_filename = "chi-tieu-chuan-tiep-can"
    ordering = ["criterion__criteria_set", "criterion__sort_order", "sort_order", "code"]

    def get_queryset(self, request):
        return AccessIndicator.objects.select_related("criterion")


class AccessAssessmentViewSet(SnippetViewSet):
    model = AccessAssessment
    icon = "tasks"
    menu_order = 110
    list_display = ["commune", "year", "total", "result", "recognition_decision"]
    list_filter = {"year": ["exact"], "result": ["exact"], "commune": ["exact"]}
    list_export = ["commune", "year", "criteria_set", "total", "result", "recognition_decision"]
    export_filename = "danh-gia-chuan-tiep-can"

    def get_queryset(self, request):
        return AccessAssessment.objects.select_related(
            "commune", "criteria_set", "recognition_decision"
        )


class MediationTeamViewSet(SnippetViewSet):
    model = MediationTeam
    icon = "group"
    menu_order = 120
    list_display = ["name", "commune", "residential_area", "status", "warning_count"]
    list_filter = {"commune": ["exact"], "status": ["exact"], "is_ethnic_minority_area": ["exact"]}
    list_export = ["name", "commune", "residential_area", "is_ethnic_minority_area", "status"]
    export_filename = "to-hoa-giai"

    def get_queryset(self, request):
        return MediationTeam.objects.select_related("commune").prefetch_related("mediators")

    # The model's panels, with the Đ.12.1 warnings above them.
    panels = [CompositionWarningsPanel(), *MediationTeam.panels]


class MediatorViewSet(SnippetViewSet):
    model = Mediator
    icon = "user"
    menu_order = 130
    list_display = ["full_name", "team", "gender", "is_ethnic_minority", "status"]
    list_filter = {"status": ["exact"], "gender": ["exact"], "team__commune": ["exact"]}
    list_export = [
        "full_name",
        "gender",
        "ethnicity",
        "is_ethnic_minority",
        "team",
        "election_method",
        "approval_rate",
        "recognition_decision",
        "status",
        "termination_reason",
        "termination_decision",
    ]
    export_filename = "hoa-giai-vien"

    def get_queryset(self, request):
        return Mediator.objects.select_related("team__commune", "recognition_decision")


class MediationCaseViewSet(SnippetViewSet):
    model = MediationCase
    icon = "clipboard-list"
    menu_order = 140
    list_display = ["case_number", "team", "received_date", "result"]
    list_filter = {"result": ["exact"], "received_date": ["year"], "team__commune": ["exact"]}
    list_export = [
        "case_number",
        "team",
        "received_date",
        "basis",
        "category",
        "result",
        "end_reason",
        "end_date",
        "fee_claimed",
    ]
    export_filename = "vu-viec-hoa-giai"

    def get_queryset(self, request):
        return MediationCase.objects.select_related("team__commune", "category")


class CaseCategoryViewSet(SnippetViewSet):
    model = CaseCategory
    icon = "tag"
    menu_order = 150
    list_display = ["name", "code", "legal_basis"]
    list_export = ["code", "name", "legal_basis", "effective_from", "effective_to"]
    export_filename = "loai-vu-viec-hoa-giai"


class RegistryViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Component databases")
    menu_icon = "table"
    menu_name = "pbgdpl-registries"
    menu_order = 260
    submenu_hook = "register_pbgdpl_registries_menu_item"
    items = (
        DecisionViewSet,
        CouncilViewSet,
        LegalReporterViewSet,
        LegalPropagandistViewSet,
        PropagandistTrainingViewSet,
        DisseminationProgrammeViewSet,
        EffectivenessCriteriaSetViewSet,
        EffectivenessAssessmentViewSet,
        AccessCriteriaSetViewSet,
        AccessIndicatorViewSet,
        AccessAssessmentViewSet,
        MediationTeamViewSet,
        MediatorViewSet,
        MediationCaseViewSet,
        CaseCategoryViewSet,
    )
