"""What the public site may show of each registry (TT 10/2016/TT-BTP Đ.8.2b and QĐ 25/2021).

Each public registry names its columns, and every column must be one of its model's
``PUBLIC_FIELDS``: the check runs when the registry is defined, so a private field (a
reporter's years of work, a propagandist's ethnicity, anything of a mediation case) cannot be
listed by mistake. Mediation cases have no public registry at all: only aggregates are published.
"""

import abc
from dataclasses import dataclass

from django.utils.dateformat import format as format_date
from django.utils.translation import gettext_lazy as _

from ..choices import Level
from .access_standard import AccessAssessment, StandardResult
from .council import CouncilMember, CouncilStatus
from .decisions import Decision
from .programmes import DisseminationProgramme, ProgrammeStatus
from .reporters import (
    LegalPropagandist,
    LegalReporter,
    PropagandistStatus,
    RegistryStatus,
    ReporterLevel,
)


@dataclass
class Cell:
    text: str
    url: str = ""


class PublicRegistry(abc.ABC):
    key = ""
    label = ""
    model = None
    columns = ()
    filters = ()  # of: unit, level, field, status, year
    unit_path = ""
    level_path = "level"
    status_path = "status"
    year_path = ""
    level_choices = ()
    status_choices = ()
    ordering = ()

    def __init__(self):
        private = set(self.columns) - set(self.model.PUBLIC_FIELDS)
        if private:
            raise ValueError(f"{self.key}: {sorted(private)} are not public fields")

    @abc.abstractmethod
    def base_queryset(self):
        """The records of this registry readers may see, before the reader's filters."""

    def headings(self):
        return [self.model._meta.get_field(name).verbose_name for name in self.columns]

    def filter(self, items, values, unit_ids):
        if unit_ids is not None and "unit" in self.filters:
            items = items.filter(**{f"{self.unit_path}__in": unit_ids})
        if values.get("level"):
            items = items.filter(**{self.level_path: values["level"]})
        if values.get("status"):
            items = items.filter(**{self.status_path: values["status"]})
        if values.get("year"):
            items = self.filter_year(items, values["year"])
        if values.get("field"):
            items = items.filter(specialised_fields=values["field"])
        return items

    def filter_year(self, items, year):
        return items.filter(**{self.year_path: year})

    def years(self, items):
        """The years the filter offers, newest first.

        Read from the decisions the items cite (a few hundred rows) rather than truncating
        the date of every item, which SQLite does in Python, row by row.
        """
        decisions = Decision.objects.filter(pk__in=items.values("recognition_decision"))
        return sorted({d.year for d in decisions.dates("signed_date", "year")}, reverse=True)

    def row(self, item):
        return [self.cell(item, name) for name in self.columns]

    def cell(self, item, name):
        field = self.model._meta.get_field(name)
        if field.many_to_many:
            return Cell("; ".join(str(o) for o in getattr(item, name).all()))
        value = getattr(item, name)
        if value is None or value == "":
            return Cell("")
        if isinstance(value, Decision):
            return Cell(str(value), value.document.url if value.document_id else "")
        if field.choices:
            return Cell(str(getattr(item, f"get_{name}_display")()))
        if hasattr(value, "strftime"):
            return Cell(format_date(value, "d/m/Y"))
        return Cell(str(value))


class ReporterRegistry(PublicRegistry):
    key = "legal_reporters"
    label = _("Legal reporters")
    model = LegalReporter
    columns = (
        "full_name",
        "position",
        "work_unit",
        "specialised_fields",
        "level",
        "recognition_decision",
        "status",
        "dismissal_decision",
    )
    filters = ("unit", "level", "field", "status", "year")
    unit_path = "administrative_unit"
    year_path = "recognised_on__year"
    level_choices = ReporterLevel.choices
    status_choices = RegistryStatus.choices

    def base_queryset(self):
        return (
            LegalReporter.objects.filter(is_public=True)
            .select_related("recognition_decision__document", "dismissal_decision__document")
            .prefetch_related("specialised_fields")
            .order_by("full_name", "pk")
        )


class PropagandistRegistry(PublicRegistry):
    key = "legal_propagandists"
    label = _("Legal propagandists")
    model = LegalPropagandist
    columns = (
        "full_name",
        "commune",
        "residential_area",
        "recognition_decision",
        "status",
        "release_decision",
    )
    filters = ("unit", "status", "year")
    unit_path = "commune"
    year_path = "recognised_on__year"
    status_choices = PropagandistStatus.choices

    def base_queryset(self):
        return (
            LegalPropagandist.objects.filter(is_public=True)
            .select_related(
                "commune", "recognition_decision__document", "release_decision__document"
            )
            .order_by("commune__name", "full_name", "pk")
        )


class CouncilMemberRegistry(PublicRegistry):
    key = "council_members"
    label = _("Members of the coordination councils")
    model = CouncilMember
    columns = ("council", "full_name", "position", "organisation", "role", "start_date")
    filters = ("unit", "level")
    unit_path = "council__administrative_unit"
    level_path = "council__level"
    level_choices = Level.choices

    def base_queryset(self):
        return (
            CouncilMember.objects.filter(
                council__status=CouncilStatus.ACTIVE, end_date__isnull=True
            )
            .select_related("council")
            .order_by("council__level", "council__name", "sort_order", "pk")
        )


class AccessStandardRegistry(PublicRegistry):
    key = "access_standard"
    label = _("Communes meeting the access-to-law standard")
    model = AccessAssessment
    columns = ("commune", "year", "total", "recognition_decision")
    filters = ("unit", "year")
    unit_path = "commune"
    year_path = "year"

    def years(self, items):
        return sorted(set(items.order_by().values_list("year", flat=True)), reverse=True)

    def base_queryset(self):
        return (
            AccessAssessment.objects.filter(result=StandardResult.MEETS)
            .select_related("commune", "recognition_decision__document")
            .order_by("-year", "commune__name")
        )


class ProgrammeRegistry(PublicRegistry):
    key = "programmes"
    label = _("Dissemination programmes, projects and plans")
    model = DisseminationProgramme
    columns = ("title", "kind", "approval_decision", "level", "period_from", "period_to", "status")
    filters = ("unit", "level", "status", "year")
    unit_path = "administrative_unit"
    level_choices = Level.choices
    status_choices = ProgrammeStatus.choices

    def filter_year(self, items, year):
        return items.filter(period_from__lte=year, period_to__gte=year)

    def years(self, items):
        spans = items.order_by().values_list("period_from", "period_to").distinct()
        return sorted({y for start, end in spans for y in range(start, end + 1)}, reverse=True)

    def base_queryset(self):
        return DisseminationProgramme.objects.select_related(
            "approval_decision__document"
        ).order_by("-period_from", "title")


PUBLIC_REGISTRIES = {
    registry.key: registry
    for registry in (
        ReporterRegistry(),
        PropagandistRegistry(),
        CouncilMemberRegistry(),
        AccessStandardRegistry(),
        ProgrammeRegistry(),
    )
}


def registry_choices():
    return [(key, registry.label) for key, registry in PUBLIC_REGISTRIES.items()]


__all__ = ["PUBLIC_REGISTRIES", "Cell", "registry_choices"]
