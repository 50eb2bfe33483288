"""The component databases in the public API: the public registries, column for column as the
registry pages show them, and the statistics as aggregates. Mediation cases have no endpoint:
only their counts, in the statistics, are public."""

from decimal import Decimal

from django.http import Http404
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _
from rest_framework.response import Response
from wagtail.api.v2.views import BaseAPIViewSet

from ..snippets import AdministrativeUnit
from ..snippets.registries.decisions import Decision
from ..snippets.registries.public import PUBLIC_REGISTRIES
from ..statistics.figures import FIGURES, compute
from ..statistics.periods import Period
from ..statistics.units import unit_and_descendants
from .base import PbgdplAPIMixin, bad_request


class NotAModel:
    """Stands for the model of endpoints that serve no model, so that Wagtail's router never
    picks them to serialise a related object."""


def unit_ids_for(request):
    """The ids of the unit ``?unit=<code>`` and the units under it; None for every unit."""
    code = request.GET.get("unit")
    if not code:
        return None, None
    # PostgreSQL refuses a NUL character in a query: no code holds one.
    unit = None if "\x00" in code else AdministrativeUnit.objects.filter(code=code).first()
    if unit is None:
        raise bad_request(_("No administrative unit has the code “%(code)s”.") % {"code": code})
    return unit, unit_and_descendants(unit)


def four_digit_year(value):
    if not (value.isascii() and value.isdigit() and len(value) == 4):
        raise bad_request(_("“year” must be a year of four digits, e.g. 2025."))
    return int(value)


class CustomEndpoint(PbgdplAPIMixin, BaseAPIViewSet):
    model = NotAModel

    @classmethod
    def get_urlpatterns(cls):
        return [
            path("", cls.as_view({"get": "listing_view"}), name="listing"),
            path("<str:pk>/", cls.as_view({"get": "detail_view"}), name="detail"),
        ]

    def check_parameters(self, allowed):
        unknown = set(self.request.GET) - set(allowed) - {"format", "_", "rich_text_format"}
        if unknown:
            raise bad_request(
                _("Unknown query parameters: %(names)s.") % {"names": ", ".join(sorted(unknown))}
            )


class RegistryEndpoint(CustomEndpoint):
    """One public registry: ``?unit=<code>&level=&status=&year=&legal_field=<code>`` as its
    page offers them, with ``limit`` and ``offset``."""

    registry_key = ""

    @property
    def registry(self):
        return PUBLIC_REGISTRIES[self.registry_key]

    @classmethod
    def get_urlpatterns(cls):
        return [
            path("", cls.as_view({"get": "listing_view"}), name="listing"),
            path("<int:pk>/", cls.as_view({"get": "detail_view"}), name="detail"),
        ]

    def allowed_parameters(self):
        names = {"limit", "offset"}
        for name in self.registry.filters:
            names.add("legal_field" if name == "field" else name)
        return names

    def filtered(self):
        registry, query = self.registry, self.request.GET
        self.check_parameters(self.allowed_parameters())
        values = {}
        for name, choices in (
            ("level", registry.level_choices),
            ("status", registry.status_choices),
        ):
            value = query.get(name)
            if value:
                valid = [str(code) for code, _label in choices]
                if value not in valid:
                    raise bad_request(
                        _("“%(name)s” must be one of: %(values)s.")
                        % {"name": name, "values": ", ".join(valid)}
                    )
                values[name] = value
        if query.get("year"):
            values["year"] = four_digit_year(query["year"])
        _unit, unit_ids = unit_ids_for(self.request)
        items = registry.filter(registry.base_queryset(), values, unit_ids)
        code = query.get("legal_field")
        if code:
            from ..snippets import LegalField

            if not LegalField.objects.filter(code=code).exists():
                raise bad_request(_("No legal field has the code “%(code)s”.") % {"code": code})
            items = items.filter(
                pk__in=registry.model.objects.filter(specialised_fields__code=code).values("pk")
            )
        return items

    def item(self, record):
        data = {"id": record.pk}
        for name, cell in zip(self.registry.columns, self.registry.row(record), strict=True):
            data[name] = cell.text
            if self.registry.model._meta.get_field(name).related_model is Decision:
                data[f"{name}_url"] = (
                    self.request.build_absolute_uri(cell.url) if cell.url else None
                )
        return data

    def listing_view(self, request):
        items = self.paginate_queryset(self.filtered())
        response = self.get_paginated_response([self.item(record) for record in items])
        response.data["meta"]["columns"] = [
            {"name": name, "label": str(label)}
            for name, label in zip(self.registry.columns, self.registry.headings(), strict=True)
        ]
        return response

    def detail_view(self, request, pk):
        self.check_parameters(set())
        try:
            record = self.registry.base_queryset().get(pk=pk)
        except self.registry.model.DoesNotExist:
            raise Http404(_("No such record.")) from None
        return Response(self.item(record))


def registry_endpoint(key):
    name = key.replace("_", "-")
    return type(
        f"{key.title().replace('_', '')}Endpoint",
        (RegistryEndpoint,),
        {"registry_key": key, "name": name},
    )


REGISTRY_ENDPOINTS = [registry_endpoint(key) for key in PUBLIC_REGISTRIES]


def plain(value):
    return float(value) if isinstance(value, Decimal) else value


class StatisticsEndpoint(CustomEndpoint):
    """The figures of the statistics pages, computed for ``?year=&half=1|2&unit=<code>``."""

    name = "statistics"

    def listing_view(self, request):
        self.check_parameters(set())
        items = [
            {"key": key, "title": str(title), "detail_url": self.detail_url(key)}
            for key, (title, _function) in FIGURES.items()
        ]
        return Response({"meta": {"total_count": len(items)}, "items": items})

    def detail_url(self, key):
        from django.urls import reverse

        namespace = self.request.resolver_match.namespace
        return self.request.build_absolute_uri(reverse(f"{namespace}:detail", args=[key]))

    def detail_view(self, request, pk):
        if pk not in FIGURES:
            raise Http404(_("No such figure."))
        self.check_parameters({"year", "half", "unit"})
        year = request.GET.get("year")
        year = four_digit_year(year) if year else timezone.localdate().year
        half = request.GET.get("half") or None
        if half not in (None, "1", "2"):
            raise bad_request(_("“half” must be 1 (January–June) or 2 (July–December)."))
        period = Period(year, int(half) if half else None)
        unit, unit_ids = unit_ids_for(request)
        table = compute(pk, period, unit_ids)
        return Response(
            {
                "key": pk,
                "title": str(table.title),
                "period": {
                    "year": period.year,
                    "half": period.half,
                    "label": period.label,
                    "start": period.start.isoformat(),
                    "end": period.end.isoformat(),
                },
                "unit": {"code": unit.code, "name": unit.name} if unit else None,
                "columns": [str(column) for column in table.columns],
                "rows": [[plain(value) for value in row] for row in table.rows],
                "note": str(table.note),
            }
        )
