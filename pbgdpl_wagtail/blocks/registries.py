"""Blocks that bring the component databases and their figures into any page."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from .preview import PREVIEW_TEMPLATE


def registry_choices():
    from ..snippets.registries.public import registry_choices

    return registry_choices()


def figure_choices():
    from ..statistics.figures import figure_choices

    return figure_choices()


def single_figure_choices():
    from ..statistics.single import single_figure_choices

    return single_figure_choices()


def half_choices():
    return [("", _("Whole year")), ("1", _("First 6 months")), ("2", _("Last 6 months"))]


def block_period(value, parent_context):
    """The page's chosen period when the block sits on a statistics page, else its own."""
    from ..statistics.periods import Period

    if parent_context and parent_context.get("pbgdpl_period"):
        return parent_context["pbgdpl_period"]
    year = value.get("year") or timezone.localdate().year
    half = int(value["half"]) if value.get("half") else None
    return Period(year, half)


def block_unit_ids(value, parent_context):
    from ..statistics.units import unit_and_descendants

    if parent_context and "pbgdpl_unit_ids" in parent_context:
        return parent_context["pbgdpl_unit_ids"]
    return unit_and_descendants(value.get("unit"))


class RegistryListingBlock(blocks.StructBlock):
    registry = blocks.ChoiceBlock(label=_("Registry"), choices=registry_choices)
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=255)
    unit = SnippetChooserBlock(
        "pbgdpl.AdministrativeUnit",
        label=_("Administrative unit"),
        required=False,
        help_text=_("Only this unit and the units under it."),
    )
    count = blocks.IntegerBlock(label=_("Number of records"), default=10, min_value=1, max_value=50)
    page = blocks.PageChooserBlock(
        label=_("Full list"),
        page_type="pbgdpl.RegistryPage",
        required=False,
        help_text=_("The registry page linked under the table."),
    )

    class Meta:
        icon = "table"
        label = _("Registry listing")
        template = "pbgdpl_wagtail/blocks/registry_listing.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {"registry": "legal_reporters", "count": 5}
        description = _("The first records of a public registry, as a table.")

    def get_context(self, value, parent_context=None):
        from ..snippets.registries.public import PUBLIC_REGISTRIES
        from ..statistics.units import unit_and_descendants

        context = super().get_context(value, parent_context)
        registry = PUBLIC_REGISTRIES[value["registry"]]
        items = registry.filter(
            registry.base_queryset(), {}, unit_and_descendants(value.get("unit"))
        )
        page_items = list(items[: value["count"]])
        context.update(
            caption=value.get("title") or registry.label,
            headings=registry.headings(),
            rows=[registry.row(item) for item in page_items],
        )
        return context


class StatisticsTableBlock(blocks.StructBlock):
    figure = blocks.ChoiceBlock(label=_("Figures"), choices=figure_choices)
    show_chart = blocks.BooleanBlock(label=_("Show a chart"), required=False, default=True)
    year = blocks.IntegerBlock(
        label=_("Year"),
        required=False,
        min_value=2000,
        max_value=2100,
        help_text=_("Outside a statistics page; empty for the current year."),
    )
    half = blocks.ChoiceBlock(label=_("Period"), choices=half_choices, required=False)
    unit = SnippetChooserBlock(
        "pbgdpl.AdministrativeUnit", label=_("Administrative unit"), required=False
    )

    class Meta:
        icon = "table"
        label = _("Statistics table")
        template = "pbgdpl_wagtail/blocks/statistics_table.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {"figure": "mediation", "show_chart": True}
        description = _("Figures computed live from the registries, as a table and a chart.")

    def get_context(self, value, parent_context=None):
        from ..statistics.charts import bar_chart
        from ..statistics.figures import compute

        context = super().get_context(value, parent_context)
        period = block_period(value, parent_context)
        table = compute(value["figure"], period, block_unit_ids(value, parent_context))
        context.update(table=table, period=period)
        if value.get("show_chart") and table.rows:
            context["chart"] = bar_chart(
                f"{table.title}: {table.columns[table.chart_column]}", table.chart_values
            )
        return context


class StatisticFigureBlock(blocks.StructBlock):
    figure = blocks.ChoiceBlock(label=_("Figure"), choices=single_figure_choices)
    label = blocks.CharBlock(
        label=_("Label"), required=False, max_length=255, help_text=_("Empty for the usual label.")
    )
    year = blocks.IntegerBlock(label=_("Year"), required=False, min_value=2000, max_value=2100)
    half = blocks.ChoiceBlock(label=_("Period"), choices=half_choices, required=False)
    unit = SnippetChooserBlock(
        "pbgdpl.AdministrativeUnit", label=_("Administrative unit"), required=False
    )

    class Meta:
        icon = "pick"
        label = _("Single figure")
        template = "pbgdpl_wagtail/blocks/single_figure.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {"figure": "mediation_success_rate"}
        description = _("One number computed live from the registries.")

    def get_context(self, value, parent_context=None):
        from ..statistics.single import SINGLE_FIGURES, single_figure

        context = super().get_context(value, parent_context)
        period = block_period(value, parent_context)
        context.update(
            number=single_figure(value["figure"], period, block_unit_ids(value, parent_context)),
            figure_label=value.get("label") or SINGLE_FIGURES[value["figure"]][0],
            period=period,
        )
        return context
