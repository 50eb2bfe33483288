"""Loading the official reference lists shipped in ``reference_data/`` into the taxonomies.

Loading is idempotent: rows are matched on their code in the default locale. Existing rows are
left as editors keep them unless ``update=True`` asks to bring them back to the official text.
"""

import datetime
import json
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from importlib import resources

from django.db import transaction
from wagtail.models import Locale

from .snippets import DocumentType, LegalField, TargetGroup
from .snippets.materials import MaterialType
from .snippets.registries import AccessCriteriaSet, CaseCategory

LISTS = {
    "legal_fields": ("legal_fields.json", LegalField),
    "document_types": ("document_types.json", DocumentType),
    "target_groups": ("target_groups.json", TargetGroup),
    "material_types": ("material_types.json", MaterialType),
    "mediation_case_categories": ("mediation_case_categories.json", CaseCategory),
    "access_standard": ("access_standard.json", AccessCriteriaSet),
}


@dataclass
class LoadReport:
    created: dict = field(default_factory=dict)
    updated: dict = field(default_factory=dict)
    unchanged: dict = field(default_factory=dict)

    def count(self, bucket, name):
        target = getattr(self, bucket)
        target[name] = target.get(name, 0) + 1

    @property
    def changed(self):
        return bool(self.created or self.updated)


def read_data(filename):
    """Parse one reference file; its strings are normalised to NFC."""
    text = resources.files("pbgdpl_wagtail").joinpath("reference_data", filename).read_text("utf-8")
    return json.loads(unicodedata.normalize("NFC", text))


def read_list(filename):
    return read_data(filename)["items"]


def _values(model, item):
    values = {"name": item["name"]}
    for key in ("abbreviation", "kind", "legal_basis", "description", "sort_order"):
        if key in item and hasattr(model, key):
            values[key] = item[key] if item[key] is not None else ""
    for key in ("effective_from", "effective_to"):
        if key in item:
            values[key] = datetime.date.fromisoformat(item[key]) if item[key] else None
    return values


def _apply(model, item, locale, parent, update, report, name):
    values = _values(model, item)
    if model is LegalField:
        values["parent"] = parent
    obj = model.objects.filter(code=item["code"], locale=locale).first()
    if obj is None:
        obj = model(code=item["code"], locale=locale, **values)
        obj.full_clean()
        obj.save()
        report.count("created", name)
        return obj
    differs = {k: v for k, v in values.items() if getattr(obj, k) != v}
    if update and differs:
        for key, value in differs.items():
            setattr(obj, key, value)
        obj.full_clean()
        obj.save()
        report.count("updated", name)
    else:
        report.count("unchanged", name)
    return obj


@transaction.atomic
def load_reference_data(names=None, update=False):
    """Load the named lists (all by default); everything or nothing is written."""
    locale = Locale.get_default()
    report = LoadReport()
    for name in names or LISTS:
        filename, model = LISTS[name]
        if model is AccessCriteriaSet:
            _load_criteria_set(read_data(filename), update, report, name)
            continue
        items = read_list(filename)
        by_code = {}
        # Parents first, so a đề mục can point at its chủ đề.
        for order, item in enumerate(sorted(items, key=lambda i: i.get("parent") is not None)):
            item.setdefault("sort_order", order)
            parent = by_code.get(item.get("parent")) if item.get("parent") else None
            if item.get("parent") and parent is None:
                parent = model.objects.get(code=item["parent"], locale=locale)
            by_code[item["code"]] = _apply(model, item, locale, parent, update, report, name)
    return report


def _load_criteria_set(data, update, report, name):
    """A criteria set with its criteria and indicators, matched on their codes.

    Indicator points that editors entered (the seed has none) are kept unless ``update``.
    """
    from .snippets.registries import AccessCriterion, AccessIndicator

    def sync(model, lookup, values):
        obj = model.objects.filter(**lookup).first()
        if obj is None:
            obj = model(**lookup, **values)
            obj.full_clean()
            obj.save()
            report.count("created", name)
            return obj
        differs = {k: v for k, v in values.items() if getattr(obj, k) != v}
        if update and differs:
            for key, value in differs.items():
                setattr(obj, key, value)
            obj.full_clean()
            obj.save()
            report.count("updated", name)
        else:
            report.count("unchanged", name)
        return obj

    head = dict(data["criteria_set"])
    for key in ("effective_from", "effective_to"):
        head[key] = datetime.date.fromisoformat(head[key]) if head.get(key) else None
    for key in ("pass_total", "criterion_min_percent"):
        head[key] = Decimal(head[key])
    criteria_set = sync(AccessCriteriaSet, {"code": head.pop("code")}, head)
    for order, item in enumerate(data["items"]):
        criterion = sync(
            AccessCriterion,
            {"criteria_set": criteria_set, "code": item["code"]},
            {"name": item["name"], "sort_order": order},
        )
        for position, indicator in enumerate(item["indicators"]):
            values = {
                "name": indicator["name"],
                "sort_order": position,
                "legal_basis": head["legal_basis"],
                "effective_from": head["effective_from"],
            }
            sync(AccessIndicator, {"criterion": criterion, "code": indicator["code"]}, values)
