"""Admin listings of the shared taxonomies: filters, search and CSV/XLSX export."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from ..snippets import AdministrativeUnit, Agency, DocumentType, LegalField, TargetGroup
from ..snippets.materials import MaterialType

VALIDITY_PANEL = MultiFieldPanel(
    [
        FieldPanel("legal_basis"),
        FieldRowPanel([FieldPanel("effective_from"), FieldPanel("effective_to")]),
    ],
    heading=_("Legal basis and validity"),
)


class LegalFieldViewSet(SnippetViewSet):
    model = LegalField
    icon = "tag"
    menu_order = 100
    list_display = ["code", "name", "parent", "effective_to"]
    list_filter = {"parent": ["exact"], "effective_to": ["isnull"]}
    list_export = ["code", "name", "parent", "legal_basis", "effective_from", "effective_to"]
    export_filename = "linh-vuc"
    ordering = ["sort_order", "code"]
    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("sort_order")]),
        FieldPanel("name"),
        FieldPanel("parent"),
        FieldPanel("description"),
        VALIDITY_PANEL,
    ]


class AdministrativeUnitViewSet(SnippetViewSet):
    model = AdministrativeUnit
    icon = "site"
    menu_order = 200
    list_display = ["name", "unit_type", "level", "code", "parent"]
    list_filter = {"level": ["exact"], "parent": ["exact"]}
    list_export = ["code", "name", "unit_type", "level", "parent", "effective_from", "effective_to"]
    export_filename = "don-vi-hanh-chinh"
    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("unit_type")]),
        FieldRowPanel([FieldPanel("level"), FieldPanel("code")]),
        FieldPanel("parent"),
        VALIDITY_PANEL,
    ]


class TargetGroupViewSet(SnippetViewSet):
    model = TargetGroup
    icon = "group"
    menu_order = 300
    list_display = ["name", "legal_basis", "effective_to"]
    list_filter = {"effective_to": ["isnull"]}
    list_export = ["code", "name", "legal_basis", "effective_from", "effective_to"]
    export_filename = "doi-tuong"
    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("sort_order")]),
        FieldPanel("name"),
        FieldPanel("description"),
        VALIDITY_PANEL,
    ]


class AgencyViewSet(SnippetViewSet):
    model = Agency
    icon = "home"
    menu_order = 400
    list_display = ["name", "abbreviation", "level", "administrative_unit", "is_active"]
    list_filter = {"level": ["exact"], "is_active": ["exact"], "administrative_unit": ["exact"]}
    list_export = [
        "name",
        "abbreviation",
        "level",
        "administrative_unit",
        "parent",
        "address",
        "phone",
        "email",
        "website",
        "is_active",
    ]
    export_filename = "co-quan"
    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("abbreviation")]),
        FieldRowPanel([FieldPanel("level"), FieldPanel("administrative_unit")]),
        FieldPanel("parent"),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
                FieldPanel("website"),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("is_active"),
    ]


class DocumentTypeViewSet(SnippetViewSet):
    model = DocumentType
    icon = "doc-full"
    menu_order = 500
    list_display = ["name", "abbreviation", "kind", "legal_basis", "effective_to"]
    list_filter = {"kind": ["exact"], "effective_to": ["isnull"]}
    list_export = [
        "code",
        "name",
        "abbreviation",
        "kind",
        "legal_basis",
        "effective_from",
        "effective_to",
    ]
    export_filename = "loai-van-ban"
    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("sort_order")]),
        FieldRowPanel([FieldPanel("name"), FieldPanel("abbreviation")]),
        FieldPanel("kind"),
        VALIDITY_PANEL,
    ]


class MaterialTypeViewSet(SnippetViewSet):
    model = MaterialType
    icon = "doc-full"
    menu_order = 600
    list_display = ["name", "code", "legal_basis", "effective_to"]
    list_filter = {"effective_to": ["isnull"]}
    list_export = ["code", "name", "legal_basis", "effective_from", "effective_to"]
    export_filename = "loai-tai-lieu"
    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("sort_order")]),
        FieldPanel("name"),
        VALIDITY_PANEL,
    ]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Shared lists")
    menu_icon = "list-ul"
    menu_name = "pbgdpl-taxonomies"
    menu_order = 250
    items = (
        LegalFieldViewSet,
        AdministrativeUnitViewSet,
        TargetGroupViewSet,
        AgencyViewSet,
        DocumentTypeViewSet,
        MaterialTypeViewSet,
    )
