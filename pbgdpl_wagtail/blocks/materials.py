"""The latest legal dissemination materials, as a short list for any page."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.models import Locale
from wagtail.snippets.blocks import SnippetChooserBlock

from ..visibility import public
from .preview import PREVIEW_TEMPLATE


class MaterialsFeedBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=255)
    index = blocks.PageChooserBlock(
        label=_("Materials listing"),
        page_type="pbgdpl.MaterialIndexPage",
        required=False,
        help_text=_("Show only the materials of this listing, with a link to it."),
    )
    material_type = SnippetChooserBlock(
        "pbgdpl.MaterialType", label=_("Material type"), required=False
    )
    field = SnippetChooserBlock(
        "pbgdpl.LegalField",
        label=_("Legal field"),
        required=False,
        help_text=_("A chủ đề also shows the materials of its đề mục."),
    )
    target_group = SnippetChooserBlock(
        "pbgdpl.TargetGroup", label=_("Target group"), required=False
    )
    count = blocks.IntegerBlock(
        label=_("Number of materials"), default=5, min_value=1, max_value=20
    )

    class Meta:
        icon = "doc-full"
        label = _("Latest materials")
        template = "pbgdpl_wagtail/blocks/materials_feed.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {
            "title": "Tài liệu phổ biến, giáo dục pháp luật mới",
            "index": None,
            "material_type": None,
            "field": None,
            "target_group": None,
            "count": 3,
        }
        description = _("The newest materials, optionally of one type, field or target group.")

    def materials(self, value):
        from ..page_models.materials import MaterialPage

        materials = public(MaterialPage.objects.live())
        index = value.get("index")
        if index is not None:
            materials = materials.child_of(index)
        else:
            # Without a listing chosen, the materials of the reader's language.
            materials = materials.filter(locale=Locale.get_active())
        if value.get("material_type") is not None:
            materials = materials.filter(material_type=value["material_type"])
        field = value.get("field")
        if field is not None:
            within = field.with_subfields()
            materials = materials.filter(
                pk__in=MaterialPage.legal_fields.through.objects.filter(
                    legalfield__in=within
                ).values("materialpage")
            )
        if value.get("target_group") is not None:
            materials = materials.filter(target_groups=value["target_group"])
        count = value.get("count") or 5
        return materials.select_related("material_type").order_by("-published_date", "-pk")[:count]

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["materials"] = self.materials(value)
        index = value.get("index")
        context["index"] = index if index is not None and index.live else None
        return context
