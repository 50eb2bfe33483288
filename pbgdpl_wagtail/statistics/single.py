"""Single figures for the figure block: one cell of a statistics table, summed over its rows."""

from django.utils.translation import gettext_lazy as _

from .figures import compute
from .tables import rate

# key: (label, table, column to sum) or (label, table, (part column, whole columns)) for rates.
SINGLE_FIGURES = {
    "reporters_active": (_("Legal reporters"), "reporters", 1),
    "propagandists_active": (_("Legal propagandists"), "propagandists", 1),
    "propagandists_trained": (_("Propagandists trained"), "propagandists", 4),
    "mediation_teams": (_("Mediation teams"), "mediation", 1),
    "mediators": (_("Mediators"), "mediation", 2),
    "mediation_received": (_("Mediation cases received"), "mediation", 5),
    "mediation_succeeded": (_("Mediation cases succeeded"), "mediation", 6),
    "mediation_success_rate": (_("Mediation success rate (%)"), "mediation", (6, (6, 7))),
    "communes_meeting_standard": (
        _("Communes meeting the access-to-law standard"),
        "access_standard",
        2,
    ),
    "questions_answered": (_("Citizens' questions answered"), "questions", 2),
}


def single_figure_choices():
    return [(key, label) for key, (label, _table, _column) in SINGLE_FIGURES.items()]


def single_figure(key, period, unit_ids):
    _label, table_key, column = SINGLE_FIGURES[key]
    table = compute(table_key, period, unit_ids)
    rows = table.rows
    if table_key == "access_standard":
        # The standard is counted by year: the period's own year only.
        rows = [row for row in rows if row[0] == str(period.year)]
    if isinstance(column, tuple):
        part, whole = column
        return rate(sum(r[part] for r in rows), sum(sum(r[c] for c in whole) for r in rows))
    return sum(row[column] for row in rows)
