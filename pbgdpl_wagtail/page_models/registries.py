"""5015 §1.2b — the component databases on the public site: one registry per page.

TT 10/2016/TT-BTP Đ.8.2b asks that the lists of legal reporters and propagandists and their
decisions be published; QĐ 25/2021 asks the same of the communes meeting the access standard.
Only the columns a registry declares public are shown (``snippets/registries/public.py``).
"""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..snippets import AdministrativeUnit, LegalField
from ..snippets.registries.public import PUBLIC_REGISTRIES, registry_choices
from ..statistics.units import unit_and_descendants
from ..views.exports import export_response, export_urls
from .base import PAGE_TRANSLATABLE_FIELDS, PbgdplPage
from .listing import ListingFilterForm, paginate, per_page_field, query_without_page, year_field


class RegistryFilterForm(ListingFilterForm):
    unit = forms.ModelChoiceField(
        label=_("Administrative unit"), queryset=AdministrativeUnit.objects.none(), required=False
    )
    level = forms.ChoiceField(label=_("Level"), required=False)
    field = forms.ModelChoiceField(
        label=_("Legal field"), queryset=LegalField.objects.none(), required=False
    )
    status = forms.ChoiceField(label=_("Status"), required=False)
    year = year_field()

    def __init__(self, *args, registry, items, **kwargs):
        super().__init__(*args, **kwargs)
        for name in list(self.fields):
            if name not in registry.filters:
                del self.fields[name]
        if "unit" in self.fields:
            # Every unit, not only those holding records: reading the records' units would
            # scan the whole registry on every request.
            self.fields["unit"].queryset = AdministrativeUnit.objects.order_by("level", "name")
        if "level" in self.fields:
            self.fields["level"].choices = [("", _("All")), *registry.level_choices]
        if "status" in self.fields:
            self.fields["status"].choices = [("", _("All")), *registry.status_choices]
        if "field" in self.fields:
            # Fields some reporter holds, read from the link table's index.
            self.fields["field"].queryset = LegalField.objects.filter(
                legal_reporters__isnull=False
            ).distinct()
        if "year" in self.fields:
            self.fields["year"].choices = [("", _("All years"))] + [
                (year, year) for year in registry.years(items)
            ]


def filtered_registry(registry, data):
    """The filter form and the registry's public records it selects."""
    items = registry.base_queryset()
    form = RegistryFilterForm(data, registry=registry, items=items)
    if not form.is_valid():
        return form, items.none()
    values = form.cleaned_data
    unit_ids = unit_and_descendants(values.get("unit"))
    return form, registry.filter(items, values, unit_ids)


class RegistryPage(RoutablePageMixin, PbgdplPage):
    registry = models.CharField(_("registry"), max_length=40, choices=registry_choices)
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    per_page = per_page_field(_("records per page"))

    content_panels = PbgdplPage.content_panels + [
        FieldPanel("registry"),
        FieldPanel("intro"),
        FieldPanel("per_page"),
    ]
    api_fields = [
        "registry",
        "intro",
    ]
    search_fields = PbgdplPage.search_fields + [index.SearchField("intro")]
    subpage_types = []
    template = "pbgdpl_wagtail/pages/registry_page.html"

    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        SynchronizedField("registry"),
        TranslatableField("intro"),
        SynchronizedField("per_page"),
    ]

    class Meta:
        verbose_name = _("registry page")
        verbose_name_plural = _("registry pages")

    @property
    def public_registry(self):
        return PUBLIC_REGISTRIES[self.registry]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        registry = self.public_registry
        form, items = filtered_registry(registry, request.GET)
        page_of_items = paginate(request, items, self.per_page)
        context.update(
            filter_form=form,
            registry=registry,
            headings=registry.headings(),
            items=page_of_items,
            rows=[registry.row(item) for item in page_of_items],
            filter_query=query_without_page(request),
            export_urls=export_urls(self, request),
        )
        return context

    @path("export/<str:file_format>/", name="export")
    def export_view(self, request, file_format):
        """Every public record the filters select, in the page's columns, as CSV or JSON."""
        registry = self.public_registry
        _form, items = filtered_registry(registry, request.GET)
        columns = list(zip(registry.columns, registry.headings(), strict=True))
        # Chunks keep memory flat on a large registry; prefetches still run once per chunk.
        rows = ([cell.text for cell in registry.row(item)] for item in items.iterator(500))
        return export_response(file_format, self.slug or registry.key, columns, rows)
