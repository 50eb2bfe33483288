"""Cơ cấu tổ chức: an organisation chart of up to three levels, as nested lists.

Each level is its own block, so the nesting stops at three levels and the editor sees which level
they are filling in.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .preview import PREVIEW_TEMPLATE


class OrgSubUnitBlock(blocks.StructBlock):
    """The third (last) level: a team or section inside a department."""

    name = blocks.CharBlock(label=_("Name"), max_length=255)
    head = blocks.CharBlock(
        label=_("Head or role"),
        required=False,
        max_length=255,
        help_text=_("e.g. “Trưởng phòng: Nguyễn Văn A” or what the unit does in one line."),
    )
    description = blocks.TextBlock(label=_("Description"), required=False, max_length=1000)

    class Meta:
        icon = "group"
        label = _("Unit (level 3)")


class OrgDepartmentBlock(OrgSubUnitBlock):
    """The second level: a department, with its own units."""

    units = blocks.ListBlock(OrgSubUnitBlock(), label=_("Units within it"), default=[])

    class Meta:
        icon = "group"
        label = _("Unit (level 2)")


def _org_chart_preview():
    return {
        "name": "Sở Tư pháp tỉnh",
        "head": "Giám đốc Sở",
        "description": "Cơ quan thường trực Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh.",
        "units": [
            {
                "name": "Phòng Phổ biến, giáo dục pháp luật",
                "head": "Trưởng phòng",
                "description": "",
                "units": [
                    {
                        "name": "Tổ biên tập trang thông tin",
                        "head": "",
                        "description": "Cập nhật tin tức, tài liệu phổ biến pháp luật.",
                    }
                ],
            },
            {"name": "Văn phòng Sở", "head": "Chánh Văn phòng", "description": "", "units": []},
        ],
    }


class OrgUnitBlock(OrgSubUnitBlock):
    """The top of a chart: an agency or council, with its departments and their units."""

    units = blocks.ListBlock(OrgDepartmentBlock(), label=_("Units within it"), default=[])

    class Meta:
        icon = "group"
        label = _("Organisation unit")
        template = "pbgdpl_wagtail/blocks/org_unit.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = staticmethod(_org_chart_preview)
        description = _("A unit with its head and up to two levels of units within it.")
