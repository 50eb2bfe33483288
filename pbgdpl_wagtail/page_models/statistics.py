"""Statistics for state management (5015 §1.1a(3)): figures computed live from the registries,
filtered by period and unit, with tables, charts and CSV/XLSX downloads, and manual tables for
figures the package does not hold."""

from django import forms
from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from ..blocks.registries import StatisticFigureBlock, StatisticsTableBlock
from ..blocks.tables import DataTableBlock
from ..blocks.text import rich_text_block
from ..snippets import AdministrativeUnit
from ..statistics.export import to_csv, to_json, to_xlsx
from ..statistics.figures import compute
from ..statistics.periods import Period
from ..statistics.tables import StatTable
from ..statistics.units import unit_and_descendants
from .base import PAGE_TRANSLATABLE_FIELDS, PbgdplPage
from .listing import ListingFilterForm

FIRST_YEAR = 2014  # Luật Hòa giải ở cơ sở took effect on 01/01/2014


class StatisticsStreamBlock(blocks.StreamBlock):
    statistics = StatisticsTableBlock()
    figure = StatisticFigureBlock()
    manual_table = DataTableBlock(
        label=_("Manual statistics table"),
        help_text=_("For figures the site does not hold: enter them with their source."),
    )
    paragraph = rich_text_block()


class PeriodFilterForm(ListingFilterForm):
    year = forms.TypedChoiceField(label=_("Year"), coerce=int, required=False, empty_value=None)
    half = forms.TypedChoiceField(
        label=_("Period"),
        coerce=int,
        required=False,
        empty_value=None,
        choices=[("", _("Whole year")), (1, _("First 6 months")), (2, _("Last 6 months"))],
    )
    unit = forms.ModelChoiceField(
        label=_("Administrative unit"),
        queryset=AdministrativeUnit.objects.order_by("level", "name"),
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        this_year = timezone.localdate().year
        self.fields["year"].choices = [("", _("This year"))] + [
            (year, year) for year in range(this_year, FIRST_YEAR - 1, -1)
        ]


class StatisticsPage(RoutablePageMixin, PbgdplPage):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    body = StreamField(StatisticsStreamBlock(), verbose_name=_("content"), blank=True)

    content_panels = PbgdplPage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    api_fields = [
        "intro",
        "body",
    ]
    search_fields = PbgdplPage.search_fields + [index.SearchField("intro")]
    subpage_types = []
    template = "pbgdpl_wagtail/pages/statistics_page.html"

    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("intro"),
        TranslatableField("body"),
    ]

    class Meta:
        verbose_name = _("statistics page")
        verbose_name_plural = _("statistics pages")

    def period_and_units(self, data):
        form = PeriodFilterForm(data)
        values = form.cleaned_data if form.is_valid() else {}
        year = values.get("year") or timezone.localdate().year
        period = Period(year, values.get("half"))
        return form, period, values.get("unit"), unit_and_descendants(values.get("unit"))

    def tables(self, period, unit_ids):
        """Every table of the page, computed and manual, for the downloads."""
        found = []
        for block in self.body:
            if block.block_type == "statistics":
                found.append(compute(block.value["figure"], period, unit_ids))
            elif block.block_type == "manual_table":
                table = block.value["table"]
                found.append(
                    StatTable(
                        key=f"manual-{len(found)}",
                        title=table.caption or "",
                        columns=[column["heading"] for column in table.columns],
                        rows=[[_plain(v) for v in row] for row in table.row_data],
                        note=block.value.get("source") or "",
                    )
                )
        return found

    @path("", name="statistics")
    def statistics_view(self, request):
        form, period, unit, unit_ids = self.period_and_units(request.GET)
        query = request.GET.urlencode()
        suffix = f"?{query}" if query else ""
        return self.render(
            request,
            context_overrides={
                "filter_form": form,
                "pbgdpl_period": period,
                "pbgdpl_unit_ids": unit_ids,
                "selected_unit": unit,
                "csv_url": self.reverse_subpage("export", kwargs={"file_format": "csv"}) + suffix,
                "xlsx_url": self.reverse_subpage("export", kwargs={"file_format": "xlsx"}) + suffix,
                "json_url": self.reverse_subpage("export", kwargs={"file_format": "json"}) + suffix,
            },
        )

    @path("export/<str:file_format>/", name="export")
    def export_view(self, request, file_format):
        if file_format not in ("csv", "xlsx", "json"):
            from django.http import Http404

            raise Http404
        _form, period, unit, unit_ids = self.period_and_units(request.GET)
        heading = f"{self.title} — {period.label}" + (f" — {unit}" if unit else "")
        tables = self.tables(period, unit_ids)
        if file_format == "csv":
            content, content_type = to_csv(tables, heading), "text/csv; charset=utf-8"
        elif file_format == "json":
            content, content_type = to_json(tables, heading), "application/json"
        else:
            content = to_xlsx(tables, heading)
            content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        response = HttpResponse(content, content_type=content_type)
        filename = f"{slugify(self.slug) or 'thong-ke'}-{period.slug}.{file_format}"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response


def _plain(value):
    """A typed-table cell as text or number (rich text loses its markup)."""
    if hasattr(value, "source"):
        from django.utils.html import strip_tags

        return strip_tags(value.source)
    return value
