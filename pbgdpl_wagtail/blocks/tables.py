"""A typed data table: each column has a type, so numbers are aligned and dates formatted."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.typed_table_block.blocks import TypedTableBlock

from .preview import PREVIEW_TEMPLATE


class NumberCellBlock(blocks.DecimalBlock):
    class Meta:
        template = "pbgdpl_wagtail/blocks/number_cell.html"


class DataTableBlock(blocks.StructBlock):
    table = TypedTableBlock(
        [
            ("text", blocks.CharBlock(label=_("Text"))),
            ("number", NumberCellBlock(label=_("Number"))),
            ("date", blocks.DateBlock(label=_("Date"))),
            (
                "rich_text",
                blocks.RichTextBlock(
                    label=_("Formatted text"), features=["bold", "italic", "link"]
                ),
            ),
        ],
        label=_("Table"),
    )
    source = blocks.CharBlock(
        label=_("Source"),
        required=False,
        max_length=255,
        help_text=_("Where the figures come from, e.g. a report and its date."),
    )

    class Meta:
        icon = "table"
        label = _("Table")
        template = "pbgdpl_wagtail/blocks/data_table.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {
            "table": {
                "caption": "Số vụ việc hòa giải ở cơ sở năm 2025",
                "columns": [
                    {"type": "text", "heading": "Xã"},
                    {"type": "number", "heading": "Tiếp nhận"},
                    {"type": "number", "heading": "Hòa giải thành"},
                ],
                "rows": [
                    {"values": ["Xã Tân Lập", "24", "21"]},
                    {"values": ["Xã Hòa Bình", "17", "15"]},
                ],
            },
            "source": "Báo cáo năm 2025 của Sở Tư pháp",
        }
        description = _("A table with a caption and typed columns (text, number, date).")

    def clean(self, value):
        value = super().clean(value)
        table = value.get("table")
        errors = {}
        if table is not None and not (table.caption or "").strip():
            errors["table"] = ValidationError(
                _("Give the table a caption: it names the table for screen readers.")
            )
        elif table is not None and not table.columns:
            errors["table"] = ValidationError(_("Add at least one column."))
        if errors:
            raise blocks.StructBlockValidationError(block_errors=errors)
        return value
