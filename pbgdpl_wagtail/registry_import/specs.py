"""What each importable registry's file holds and how a row becomes a record.

A row is matched to an existing record on its natural key (a reporter: name and recognition
decision; a team: commune and name…), so importing the same file again updates nothing and
creates no duplicate.
"""

import abc

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import RevisionMixin

from ..snippets import AdministrativeUnit, Agency, LegalField
from ..snippets.choices import AdministrativeLevel, Level
from ..snippets.registries import (
    AccessAssessment,
    AccessCriteriaSet,
    AccessIndicator,
    AccessScore,
    CaseCategory,
    Council,
    CouncilMember,
    Decision,
    DisseminationProgramme,
    EffectivenessAssessment,
    EffectivenessCriteriaSet,
    EffectivenessCriterion,
    EffectivenessScore,
    LegalPropagandist,
    LegalReporter,
    MediationCase,
    MediationParty,
    MediationTeam,
    Mediator,
    PropagandistTraining,
    council,
    mediation,
    programmes,
    reporters,
)
from ..snippets.registries.people import Gender
from . import columns as c


def communes():
    return AdministrativeUnit.objects.filter(level=AdministrativeLevel.COMMUNE)


def field_column(model, name, parse, required=False, key=None):
    return c.Column(
        key=key or name,
        label=model._meta.get_field(name).verbose_name,
        parse=parse,
        required=required,
    )


def decision_columns(model, name, required=False):
    label = model._meta.get_field(name).verbose_name
    return [
        c.Column(
            f"{name}_number", _("%(decision)s: number") % {"decision": label}, c.text, required
        ),
        c.Column(f"{name}_date", _("%(decision)s: date") % {"decision": label}, c.date, required),
    ]


class RegistrySpec(abc.ABC):
    key = ""
    model = None
    natural_key = ()
    m2m = ()

    def __init__(self):
        self.columns = self.get_columns()

    @property
    def label(self):
        return self.model._meta.verbose_name_plural

    @property
    def permission_model(self):
        """Whose add and change permissions an import needs (a child row's: its parent's)."""
        return self.model

    @abc.abstractmethod
    def get_columns(self):
        """The columns of the file, in their order."""

    def field_of(self, column_key):
        for suffix in ("_number", "_date"):
            if (
                column_key.endswith(suffix)
                and column_key.removesuffix(suffix) in self.decision_fields
            ):
                return column_key.removesuffix(suffix)
        return column_key

    @property
    def decision_fields(self):
        return [
            f.name
            for f in self.model._meta.get_fields()
            if getattr(f, "related_model", None) is Decision and not f.auto_created
        ]

    def column_label(self, field_name):
        """The label of the column an error on ``field_name`` belongs to."""
        for column in self.columns:
            if self.field_of(column.key) == field_name:
                return column.label
        return ""

    def values_for_model(self, values):
        """Cell values → model field values (decisions found or created)."""
        result = {}
        errors = {}
        for name in self.decision_fields:
            number, date = values.pop(f"{name}_number", None), values.pop(f"{name}_date", None)
            if number and not date:
                errors[name] = _("Give the decision's date with its number.")
            elif date and not number:
                errors[name] = _("Give the decision's number with its date.")
            elif number:
                result[name] = Decision.objects.get_or_create(number=number, signed_date=date)[0]
            else:
                result[name] = None
        if errors:
            raise ValidationError(errors)
        result.update(values)
        return result

    def prepare(self, values):
        """Hook for values that need other values (a team found within its commune)."""
        return values

    def apply(self, values, user=None):
        """Create or update the row's record; returns "created", "updated" or "unchanged"."""
        values = self.prepare(self.values_for_model(dict(values)))
        m2m = {name: values.pop(name) for name in self.m2m if name in values}
        children = self.children(values)
        values = self.fill_blanks(values)
        key = {name: values.pop(name) for name in self.natural_key}
        obj = self.model.objects.filter(**key).first()
        state = "created"
        if obj is None:
            obj = self.model(**key, **values)
        else:
            differs = {k: v for k, v in values.items() if getattr(obj, k) != v}
            m2m_differs = any(
                {o.pk for o in getattr(obj, name).all()} != {o.pk for o in items or []}
                for name, items in m2m.items()
            )
            if not differs and not m2m_differs and not self.children_differ(obj, children):
                return "unchanged"
            for name, value in differs.items():
                setattr(obj, name, value)
            state = "updated"
        for name, items in m2m.items():
            setattr(obj, name, items or [])
        self.set_children(obj, children)
        obj.full_clean()
        obj.save()
        if isinstance(obj, RevisionMixin):
            obj.save_revision(user=user, log_action=True)
        return state

    def fill_blanks(self, values):
        """Empty cells: NULL where allowed, else the field's default, else an empty text."""
        filled = {}
        for name, value in values.items():
            if value is None:
                model_field = self.model._meta.get_field(name)
                if model_field.null:
                    filled[name] = None
                elif model_field.has_default():
                    continue
                elif isinstance(model_field, models.CharField | models.TextField):
                    filled[name] = ""
                else:
                    filled[name] = None
            else:
                filled[name] = value
        return filled

    def children(self, values):
        return None

    def children_differ(self, obj, children):
        return False

    def set_children(self, obj, children):  # noqa: B027 - most records have no child rows
        """Hook: write the row's child records on ``obj`` (nothing by default)."""


class LegalReporterSpec(RegistrySpec):
    key = "legal_reporters"
    model = LegalReporter
    natural_key = ("full_name", "recognition_decision")
    m2m = ("specialised_fields",)

    def get_columns(self):
        m = self.model
        return [
            field_column(m, "full_name", c.text, True),
            field_column(m, "position", c.text),
            field_column(m, "work_unit", c.text, True),
            field_column(m, "personnel_type", c.choice(reporters.PersonnelType), True),
            field_column(m, "qualification", c.choice(reporters.Qualification), True),
            field_column(m, "postgraduate", c.text),
            field_column(m, "years_legal_work", c.integer, True),
            field_column(m, "specialised_fields", c.lookup(LegalField, many=True), True),
            field_column(m, "level", c.choice(reporters.ReporterLevel), True),
            field_column(m, "administrative_unit", c.lookup(AdministrativeUnit)),
            *decision_columns(m, "recognition_decision", required=True),
            field_column(m, "status", c.choice(reporters.RegistryStatus)),
            field_column(m, "dismissal_reason", c.choice(reporters.DismissalReason)),
            *decision_columns(m, "dismissal_decision"),
            field_column(m, "is_public", c.boolean),
        ]


class LegalPropagandistSpec(RegistrySpec):
    key = "legal_propagandists"
    model = LegalPropagandist
    natural_key = ("full_name", "commune", "recognition_decision")

    def get_columns(self):
        m = self.model
        return [
            field_column(m, "full_name", c.text, True),
            field_column(m, "commune", c.lookup(AdministrativeUnit, queryset=communes), True),
            field_column(m, "residential_area", c.text),
            field_column(m, "occupation", c.text),
            field_column(m, "gender", c.choice(Gender)),
            field_column(m, "ethnicity", c.text),
            field_column(m, "registration_date", c.date),
            *decision_columns(m, "recognition_decision", required=True),
            field_column(m, "status", c.choice(reporters.PropagandistStatus)),
            field_column(m, "release_reason", c.choice(reporters.ReleaseReason)),
            *decision_columns(m, "release_decision"),
            field_column(m, "is_public", c.boolean),
        ]


class MediationTeamSpec(RegistrySpec):
    key = "mediation_teams"
    model = MediationTeam
    natural_key = ("commune", "name")

    def get_columns(self):
        m = self.model
        return [
            field_column(m, "name", c.text, True),
            field_column(m, "commune", c.lookup(AdministrativeUnit, queryset=communes), True),
            field_column(m, "residential_area", c.text, True),
            field_column(m, "is_ethnic_minority_area", c.boolean),
            field_column(m, "status", c.choice(mediation.TeamStatus)),
            *decision_columns(m, "establishment_decision"),
        ]


class TeamInCommuneMixin:
    """Rows name a team by its commune and its name."""

    def team_columns(self):
        return [
            c.Column(
                "commune",
                MediationTeam._meta.get_field("commune").verbose_name,
                c.lookup(AdministrativeUnit, queryset=communes),
                True,
            ),
            c.Column("team", MediationTeam._meta.verbose_name, c.text, True),
        ]

    def prepare(self, values):
        commune = values.pop("commune")
        name = values["team"]
        team = MediationTeam.objects.filter(commune=commune, name=name).first()
        if team is None:
            raise ValidationError(
                {"team": _("No mediation team “%(name)s” in this commune.") % {"name": name}}
            )
        values["team"] = team
        return values


class MediatorSpec(TeamInCommuneMixin, RegistrySpec):
    key = "mediators"
    model = Mediator
    natural_key = ("team", "full_name")

    def get_columns(self):
        m = self.model
        return [
            field_column(m, "full_name", c.text, True),
            *self.team_columns(),
            field_column(m, "gender", c.choice(Gender), True),
            field_column(m, "ethnicity", c.text),
            field_column(m, "is_ethnic_minority", c.boolean),
            field_column(m, "permanent_resident_of_area", c.boolean),
            field_column(m, "election_method", c.choice(mediation.ElectionMethod), True),
            field_column(m, "approval_rate", c.decimal, True),
            *decision_columns(m, "recognition_decision"),
            field_column(m, "status", c.choice(mediation.MediatorStatus)),
            field_column(m, "termination_reason", c.choice(mediation.TerminationReason)),
            *decision_columns(m, "termination_decision"),
        ]


class MediationCaseSpec(TeamInCommuneMixin, RegistrySpec):
    key = "mediation_cases"
    model = MediationCase
    natural_key = ("team", "case_number")

    def get_columns(self):
        m = self.model
        return [
            *self.team_columns(),
            field_column(m, "case_number", c.text, True),
            field_column(m, "received_date", c.date, True),
            field_column(m, "basis", c.choice(mediation.CaseBasis), True),
            field_column(m, "category", c.lookup(CaseCategory)),
            c.Column("parties", _("parties (names separated by ;)"), c.text),
            field_column(m, "summary", c.text, True),
            field_column(m, "assigned_date", c.date),
            field_column(m, "start_date", c.date),
            field_column(m, "result", c.choice(mediation.CaseResult)),
            field_column(m, "end_reason", c.choice(mediation.EndReason)),
            field_column(m, "end_date", c.date),
            field_column(m, "fee_claimed", c.decimal),
        ]

    def children(self, values):
        names = values.pop("parties", None)
        if names is None:
            return None
        return [name.strip() for name in names.split(";") if name.strip()]

    def children_differ(self, obj, children):
        return children is not None and [p.name for p in obj.parties.all()] != children

    def set_children(self, obj, children):
        if children is not None:
            obj.parties = [MediationParty(name=name) for name in children]


class ProgrammeSpec(RegistrySpec):
    key = "programmes"
    model = DisseminationProgramme
    natural_key = ("title", "period_from")

    def get_columns(self):
        m = self.model
        return [
            field_column(m, "title", c.text, True),
            field_column(m, "kind", c.choice(programmes.ProgrammeKind), True),
            field_column(m, "level", c.choice(Level), True),
            field_column(m, "administrative_unit", c.lookup(AdministrativeUnit)),
            field_column(m, "period_from", c.integer, True),
            field_column(m, "period_to", c.integer, True),
            field_column(m, "status", c.choice(programmes.ProgrammeStatus)),
            *decision_columns(m, "approval_decision"),
            field_column(m, "budget", c.decimal),
            field_column(m, "summary", c.text),
        ]


class PropagandistTrainingSpec(RegistrySpec):
    key = "propagandist_trainings"
    model = PropagandistTraining
    natural_key = ("topic", "date")
    m2m = ("participants",)

    def get_columns(self):
        m = self.model
        return [
            field_column(m, "topic", c.text, True),
            field_column(m, "date", c.date, True),
            field_column(m, "organiser", c.text),
            field_column(m, "commune", c.lookup(AdministrativeUnit, queryset=communes)),
            c.Column(
                "participants",
                _("participants (full names separated by ;)"),
                c.lookup(LegalPropagandist, fields=("full_name",), many=True),
            ),
        ]


class CouncilMemberSpec(RegistrySpec):
    """One row per member of a coordination council already entered in the admin."""

    key = "council_members"
    model = CouncilMember
    natural_key = ("council", "full_name")
    permission_model = Council

    def get_columns(self):
        m = self.model
        return [
            field_column(m, "council", c.lookup(Council, fields=("name",)), True),
            field_column(m, "full_name", c.text, True),
            field_column(m, "position", c.text),
            field_column(m, "organisation", c.text),
            field_column(m, "role", c.choice(council.CouncilRole), True),
            field_column(m, "in_secretariat", c.boolean),
            field_column(m, "start_date", c.date),
            field_column(m, "end_date", c.date),
        ]


def _known(column, points, known):
    """Refuse codes of ``points`` that ``known`` (code → record) lacks, on ``column``."""
    unknown = sorted(set(points) - set(known))
    if unknown:
        raise ValidationError(
            {
                column: _("No indicator %(codes)s in this criteria set.")
                % {"codes": ", ".join(unknown)}
            }
        )


def _checked(score, column, code):
    """``score`` after its own clean(), its errors put on ``column`` with the code named."""
    try:
        score.clean()
    except ValidationError as error:
        raise ValidationError(
            {column: [f"{code}: {message}" for message in error.messages]}
        ) from None
    return score


def indicator_points(raw):
    """ "TC1.CT1=5; TC1.CT2=4,5" → {"TC1.CT1": Decimal("5"), "TC1.CT2": Decimal("4.5")}."""
    points = {}
    for part in str(raw).split(";"):
        if not part.strip():
            continue
        code, equals, value = part.partition("=")
        if not equals or not code.strip():
            raise c.CellError(
                _("Write each indicator as code=points, separated by “;” (TC1.CT1=5; TC1.CT2=4).")
            )
        points[code.strip().upper()] = c.decimal(value.strip())
    return points


class AccessAssessmentSpec(RegistrySpec):
    """A commune's yearly assessment with its points per indicator; the result is computed by
    the criteria set's rule when the record is saved, never read from the file."""

    key = "access_assessments"
    model = AccessAssessment
    natural_key = ("commune", "year")

    def get_columns(self):
        m = self.model
        return [
            field_column(m, "commune", c.lookup(AdministrativeUnit, queryset=communes), True),
            field_column(m, "year", c.integer, True),
            field_column(m, "criteria_set", c.lookup(AccessCriteriaSet), True),
            field_column(m, "leader_disciplined", c.boolean),
            c.Column(
                "self_scores",
                _("self-assessed points (indicator code=points; …)"),
                indicator_points,
                True,
            ),
            c.Column(
                "council_scores", _("council points (indicator code=points; …)"), indicator_points
            ),
            *decision_columns(m, "recognition_decision"),
            field_column(m, "notes", c.text),
        ]

    def children(self, values):
        criteria_set = values["criteria_set"]
        own = values.pop("self_scores", None) or {}
        council_points = values.pop("council_scores", None) or {}
        indicators = {
            i.code.upper(): i
            for i in AccessIndicator.objects.filter(criterion__criteria_set=criteria_set)
        }
        _known("self_scores", own, indicators)
        _known("council_scores", council_points, indicators)
        scores = []
        for code in sorted(set(own) | set(council_points)):
            score = AccessScore(
                indicator=indicators[code],
                self_score=own.get(code),
                council_score=council_points.get(code),
            )
            column = "self_scores" if code in own else "council_scores"
            if code in own and code in council_points:
                # A council point above the maximum is the council column's fault.
                indicator = indicators[code]
                over = indicator.max_points is not None and council_points[code] > (
                    indicator.max_points
                )
                column = "council_scores" if over else "self_scores"
            scores.append(_checked(score, column, code))
        return scores

    def children_differ(self, obj, children):
        def rows(scores):
            return {(s.indicator_id, s.self_score, s.council_score) for s in scores}

        return rows(obj.scores.all()) != rows(children)

    def set_children(self, obj, children):
        obj.scores = children


class EffectivenessAssessmentSpec(RegistrySpec):
    """An agency's yearly effectiveness assessment with its points per criterion; the total and
    the rank are computed from the criteria set when the record is saved."""

    key = "effectiveness_assessments"
    model = EffectivenessAssessment
    natural_key = ("agency", "year")

    def get_columns(self):
        m = self.model
        return [
            field_column(m, "agency", c.lookup(Agency, fields=("abbreviation", "name")), True),
            field_column(m, "year", c.integer, True),
            field_column(m, "criteria_set", c.lookup(EffectivenessCriteriaSet), True),
            c.Column("scores", _("points (criterion code=points; …)"), indicator_points, True),
        ]

    def children(self, values):
        points = values.pop("scores", None) or {}
        criteria = {
            criterion.code.upper(): criterion
            for criterion in EffectivenessCriterion.objects.filter(
                criteria_set=values["criteria_set"]
            )
        }
        _known("scores", points, criteria)
        return [
            _checked(EffectivenessScore(criterion=criteria[code], score=value), "scores", code)
            for code, value in sorted(points.items())
        ]

    def children_differ(self, obj, children):
        def rows(scores):
            return {(s.criterion_id, s.score) for s in scores}

        return rows(obj.scores.all()) != rows(children)

    def set_children(self, obj, children):
        obj.scores = children


SPECS = {
    spec.key: spec
    for spec in (
        LegalReporterSpec(),
        LegalPropagandistSpec(),
        MediationTeamSpec(),
        MediatorSpec(),
        MediationCaseSpec(),
        ProgrammeSpec(),
        PropagandistTrainingSpec(),
        CouncilMemberSpec(),
        AccessAssessmentSpec(),
        EffectivenessAssessmentSpec(),
    )
}
