"""The figures the statistics page offers, each computed with a fixed number of queries.

Definitions (the official PBGDPL/HGCS statistical forms were not available, so each figure says
what it counts):
- a person is *active* at the end of the period when recognised by then and not dismissed,
  released or terminated by then;
- *new* and *dismissed* count the decisions signed within the period;
- mediation cases are those *received* within the period, by their result; the success rate is
  succeeded ÷ (succeeded + failed), cases under way left out;
- communes meeting the access standard are counted by assessment year;
- questions are the province's own (not those shared by other sites through the central
  database), counted by the day they were received, answered and published.
"""

import datetime

from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ..search.folding import fold
from ..snippets.registries import (
    AccessAssessment,
    LegalPropagandist,
    LegalReporter,
    MediationCase,
    MediationTeam,
    Mediator,
)
from ..snippets.registries.access_standard import StandardResult
from ..snippets.registries.mediation import CaseResult, MediatorStatus, TeamStatus
from ..snippets.registries.people import Gender
from ..snippets.registries.reporters import ReporterLevel
from .tables import StatTable, rate


def active_on(start_field, end_field, end):
    """Recognised by ``end`` and not ended by then (dates copied from the decisions)."""
    return Q(**{f"{start_field}__lte": end}) & (
        Q(**{f"{end_field}__isnull": True}) | Q(**{f"{end_field}__gt": end})
    )


def in_period(field, period):
    return Q(**{f"{field}__gte": period.start, f"{field}__lte": period.end})


def reporters_by_level(period, unit_ids):
    items = LegalReporter.objects.all()
    if unit_ids is not None:
        items = items.filter(administrative_unit__in=unit_ids)
    counts = items.values("level").annotate(
        active=Count("pk", filter=active_on("recognised_on", "dismissed_on", period.end)),
        new=Count("pk", filter=in_period("recognised_on", period)),
        dismissed=Count("pk", filter=in_period("dismissed_on", period)),
    )
    by_level = {row["level"]: row for row in counts}
    rows = []
    for value, label in ReporterLevel.choices:
        row = by_level.get(value)
        if row is None and value == ReporterLevel.DISTRICT:
            continue
        row = row or {"active": 0, "new": 0, "dismissed": 0}
        rows.append([str(label), row["active"], row["new"], row["dismissed"]])
    return StatTable(
        "reporters",
        _("Legal reporters by level"),
        [_("Level"), _("Active at the end of the period"), _("Recognised"), _("Dismissed")],
        rows,
    )


def _by_commune(queryset, commune_path, unit_ids):
    if unit_ids is not None:
        queryset = queryset.filter(**{f"{commune_path}__in": unit_ids})
    return queryset


_UNIT_NAME_FIELDS = ("unit_type", "name", "level")


def _per_commune(queryset, commune_path, **aggregates):
    """``{commune id: row}``: ``aggregates`` counted per commune, each row with the commune's
    name (``unit_name``), in one query."""
    from ..snippets import AdministrativeUnit

    columns = [f"{commune_path}__{name}" for name in _UNIT_NAME_FIELDS]
    found = {}
    for row in queryset.values(commune_path, *columns).annotate(**aggregates).order_by():
        if row[commune_path] is None:
            continue
        unit = AdministrativeUnit(
            pk=row[commune_path],
            **{name: row[column] for name, column in zip(_UNIT_NAME_FIELDS, columns, strict=True)},
        )
        row["unit_name"] = str(unit)
        found[row[commune_path]] = row
    return found


def _commune_names(*counts):
    """The communes' names of several ``_per_commune`` results, in the order of their names."""
    names = {pk: row["unit_name"] for found in counts for pk, row in found.items()}
    return dict(sorted(names.items(), key=lambda item: item[1]))


def propagandists_by_commune(period, unit_ids):
    people = _by_commune(LegalPropagandist.objects.all(), "commune", unit_ids)
    counts = _per_commune(
        people,
        "commune",
        active=Count("pk", filter=active_on("recognised_on", "released_on", period.end)),
        new=Count("pk", filter=in_period("recognised_on", period)),
        released=Count("pk", filter=in_period("released_on", period)),
    )
    trained = _per_commune(
        people.filter(trainings__date__gte=period.start, trainings__date__lte=period.end),
        "commune",
        trained=Count("pk", distinct=True),
    )
    names = _commune_names(counts, trained)
    rows = [
        [
            names[pk],
            counts.get(pk, {}).get("active", 0),
            counts.get(pk, {}).get("new", 0),
            counts.get(pk, {}).get("released", 0),
            trained.get(pk, {}).get("trained", 0),
        ]
        for pk in names
    ]
    return StatTable(
        "propagandists",
        _("Legal propagandists by commune"),
        [
            _("Commune"),
            _("Active at the end of the period"),
            _("Recognised"),
            _("Released"),
            _("Trained"),
        ],
        rows,
    )


def mediation_by_commune(period, unit_ids):
    cases = _by_commune(
        MediationCase.objects.filter(
            received_date__gte=period.start, received_date__lte=period.end
        ),
        "team__commune",
        unit_ids,
    )
    case_counts = _per_commune(
        cases,
        "team__commune",
        received=Count("pk"),
        succeeded=Count("pk", filter=Q(result=CaseResult.SUCCEEDED)),
        failed=Count("pk", filter=Q(result=CaseResult.FAILED)),
        pending=Count("pk", filter=Q(result=CaseResult.PENDING)),
    )
    teams = _by_commune(MediationTeam.objects.filter(status=TeamStatus.ACTIVE), "commune", unit_ids)
    team_counts = _per_commune(teams, "commune", n=Count("pk"))
    mediators = _by_commune(
        Mediator.objects.filter(status=MediatorStatus.ACTIVE), "team__commune", unit_ids
    )
    mediator_counts = _per_commune(
        mediators,
        "team__commune",
        total=Count("pk"),
        women=Count("pk", filter=Q(gender=Gender.FEMALE)),
        minority=Count("pk", filter=Q(is_ethnic_minority=True)),
    )
    names = _commune_names(case_counts, team_counts, mediator_counts)
    rows = []
    for pk in names:
        c = case_counts.get(pk, {})
        m = mediator_counts.get(pk, {})
        succeeded, failed = c.get("succeeded", 0), c.get("failed", 0)
        rows.append(
            [
                names[pk],
                team_counts.get(pk, {}).get("n", 0),
                m.get("total", 0),
                m.get("women", 0),
                m.get("minority", 0),
                c.get("received", 0),
                succeeded,
                failed,
                c.get("pending", 0),
                rate(succeeded, succeeded + failed),
            ]
        )
    return StatTable(
        "mediation",
        _("Grassroots mediation by commune"),
        [
            _("Commune"),
            _("Teams"),
            _("Mediators"),
            _("Women mediators"),
            _("Ethnic minority mediators"),
            _("Cases received"),
            _("Succeeded"),
            _("Failed"),
            _("Under way"),
            _("Success rate (%)"),
        ],
        rows,
        chart_column=5,
        note=_("Success rate: succeeded ÷ (succeeded + failed); cases under way are left out."),
    )


def access_standard_by_year(period, unit_ids):
    assessments = _by_commune(
        AccessAssessment.objects.filter(year__lte=period.year), "commune", unit_ids
    )
    rows = []
    for row in (
        assessments.values("year")
        .annotate(
            assessed=Count("pk"),
            meeting=Count("pk", filter=Q(result=StandardResult.MEETS)),
        )
        .order_by("year")
    ):
        rows.append(
            [
                str(row["year"]),
                row["assessed"],
                row["meeting"],
                rate(row["meeting"], row["assessed"]),
            ]
        )
    return StatTable(
        "access_standard",
        _("Communes meeting the access-to-law standard"),
        [_("Year"), _("Communes assessed"), _("Communes meeting the standard"), _("Share (%)")],
        rows,
        chart_column=2,
    )


def materials_by_type(period, unit_ids):
    from ..page_models.materials import MaterialPage

    pages = MaterialPage.objects.live().filter(
        first_published_at__date__gte=period.start, first_published_at__date__lte=period.end
    )
    rows = [
        [row["material_type__name"] or _("No type"), row["n"]]
        for row in pages.values("material_type__name")
        .annotate(n=Count("pk"))
        .order_by("material_type__name")
    ]
    return StatTable(
        "materials",
        _("Materials published by type"),
        [_("Material type"), _("Published")],
        rows,
        note=_("Counted for the whole site: materials carry no administrative unit."),
    )


def _moments(period):
    """The period as [start, end) in the site's time zone: questions carry times, not dates."""

    def midnight(day):
        return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))

    return midnight(period.start), midnight(period.end + datetime.timedelta(days=1))


def questions_by_field(period, unit_ids):
    from ..snippets.questions import Question, QuestionStatus

    start, end = _moments(period)

    def within(name):
        return Q(**{f"{name}__gte": start, f"{name}__lt": end})

    published = within("published_at") & Q(live=True, status=QuestionStatus.COMPLETED)
    counts = (
        Question.objects.filter(source="")
        .filter(within("received_at") | within("answered_at") | published)
        .values("legal_field", "legal_field__name")
        .annotate(
            received=Count("pk", filter=within("received_at")),
            answered=Count("pk", filter=within("answered_at")),
            published=Count("pk", filter=published),
        )
        .order_by()
    )
    # Alphabetical on the unaccented name (codepoints would put Đ after Z); no field last.
    counts = sorted(
        counts, key=lambda row: (row["legal_field"] is None, fold(row["legal_field__name"] or ""))
    )
    rows = [
        [
            row["legal_field__name"] or _("No legal field"),
            row["received"],
            row["answered"],
            row["published"],
        ]
        for row in counts
    ]
    return StatTable(
        "questions",
        _("Citizens' questions by legal field"),
        [_("Legal field"), _("Received"), _("Answered"), _("Answers published")],
        rows,
        chart_column=2,
        note=_(
            "Counted for the whole site: questions carry no administrative unit. Questions "
            "shared by other sites through the central Q&A database are not counted."
        ),
    )


FIGURES = {
    "reporters": (gettext_lazy("Legal reporters by level"), reporters_by_level),
    "propagandists": (gettext_lazy("Legal propagandists by commune"), propagandists_by_commune),
    "mediation": (gettext_lazy("Grassroots mediation by commune"), mediation_by_commune),
    "access_standard": (
        gettext_lazy("Communes meeting the access-to-law standard"),
        access_standard_by_year,
    ),
    "materials": (gettext_lazy("Materials published by type"), materials_by_type),
    "questions": (gettext_lazy("Citizens' questions by legal field"), questions_by_field),
}


def figure_choices():
    return [(key, label) for key, (label, _function) in FIGURES.items()]


def compute(key, period, unit_ids):
    return FIGURES[key][1](period, unit_ids)
