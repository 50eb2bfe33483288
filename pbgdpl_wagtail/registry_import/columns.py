"""Columns of the import files: each turns a cell into a value or raises ``CellError``.

Choices, units and fields are matched on their code or their label, without regard to case or
diacritics, so editors can type "dai hoc luat" or paste "Đại học Luật".
"""

import datetime
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.utils import translation
from django.utils.translation import gettext as _

from ..search.folding import fold


class CellError(ValueError):
    pass


@dataclass
class Column:
    key: str
    label: str  # lazy, translated when the file or the report is written
    parse: object
    required: bool = False
    help: str = ""

    def read(self, raw):
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            if self.required:
                raise CellError(_("This column is required."))
            return None
        return self.parse(raw.strip() if isinstance(raw, str) else raw)


def text(raw):
    return str(raw)


def integer(raw):
    try:
        value = Decimal(str(raw))
    except InvalidOperation:
        raise CellError(_("Write a whole number.")) from None
    if value != value.to_integral() or value < 0:
        raise CellError(_("Write a whole number."))
    return int(value)


def decimal(raw):
    cleaned = str(raw).replace(" ", "").replace("%", "")
    # 50,5 is the Vietnamese way of writing 50.5
    if "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        raise CellError(_("Write a number.")) from None


def date(raw):
    if isinstance(raw, datetime.datetime):
        return raw.date()
    if isinstance(raw, datetime.date):
        return raw
    for pattern in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y"):
        try:
            return datetime.datetime.strptime(str(raw), pattern).date()
        except ValueError:
            continue
    raise CellError(_("Write the date as dd/mm/yyyy."))


YES = {"co", "x", "1", "true", "yes", "dung"}
NO = {"khong", "0", "false", "no", "sai"}


def boolean(raw):
    value = fold(str(raw))
    if value in YES:
        return True
    if value in NO:
        return False
    raise CellError(_("Write “có” or “không”."))


def _labels(label):
    """A choice's label in the active language, Vietnamese and English: files travel."""
    names = {fold(str(label))}
    for language in ("vi", "en"):
        with translation.override(language):
            names.add(fold(str(label)))
    return names


def choice(choices_class):
    def parse(raw):
        wanted = fold(str(raw))
        for value, label in choices_class.choices:
            if wanted == fold(value) or wanted in _labels(label):
                return value
        raise CellError(
            _("Unknown value “%(value)s”; use one of: %(choices)s.")
            % {"value": raw, "choices": ", ".join(value for value, _label in choices_class.choices)}
        )

    return parse


def lookup(model, *, fields=("code", "name"), label=None, many=False, queryset=None):
    """A record found by one of ``fields`` (codes first); ``many``: a list split on ";"."""

    def find(value):
        base = queryset() if queryset else model.objects.all()
        for field in fields:
            found = list(base.filter(**{field: value})[:2])
            if len(found) == 1:
                return found[0]
        raise CellError(
            _("No %(record)s “%(value)s”.")
            % {"record": label or model._meta.verbose_name, "value": value}
        )

    def parse(raw):
        if not many:
            return find(str(raw))
        return [find(part.strip()) for part in str(raw).split(";") if part.strip()]

    return parse
