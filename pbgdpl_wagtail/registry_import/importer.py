"""Run an import: every row is checked, and the records are written only if no row has an error."""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from ..search.folding import fold
from .columns import CellError
from .files import read_rows
from .specs import SPECS


@dataclass
class RowError:
    row: int  # as numbered in the spreadsheet: the header is row 1
    column: str
    message: str


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list = field(default_factory=list)

    @property
    def ok(self):
        return not self.errors


def match_columns(spec, headers):
    """Column of each header (by key or label, folded); errors for unknown or missing ones."""
    by_name = {}
    for column in spec.columns:
        by_name[fold(column.key)] = column
        by_name[fold(str(column.label))] = column
    mapping, errors = [], []
    for index, header in enumerate(headers):
        column = by_name.get(fold(header))
        if column is None:
            if header:
                errors.append(RowError(1, header, _("Unknown column.")))
            continue
        mapping.append((index, column))
    present = {column.key for _index, column in mapping}
    for column in spec.columns:
        if column.required and column.key not in present:
            errors.append(RowError(1, str(column.label), _("This required column is missing.")))
    return mapping, errors


def import_file(spec_key, data, file_format, user=None):
    """Import ``data`` (bytes) into the registry ``spec_key``; returns an :class:`ImportReport`.

    Raises ``FileFormatError`` when the file cannot be read at all.
    """
    spec = SPECS[spec_key]
    headers, rows = read_rows(data, file_format)
    report = ImportReport()
    mapping, report.errors = match_columns(spec, headers)
    if report.errors:
        return report
    seen = {}
    with transaction.atomic():
        for number, row in enumerate(rows, start=2):
            values, row_errors = {}, []
            for index, column in mapping:
                cell = row[index] if index < len(row) else ""
                try:
                    values[column.key] = column.read(cell)
                except CellError as error:
                    row_errors.append(RowError(number, str(column.label), str(error)))
            if row_errors:
                report.errors.extend(row_errors)
                continue
            key = tuple(str(values.get(k)) for k in _key_columns(spec))
            if key in seen:
                report.errors.append(
                    RowError(number, "", _("Same record as row %(row)d.") % {"row": seen[key]})
                )
                continue
            seen[key] = number
            try:
                with transaction.atomic():
                    state = spec.apply(values, user=user)
            except ValidationError as error:
                report.errors.extend(_row_errors(spec, number, error))
                continue
            except IntegrityError:
                report.errors.append(RowError(number, "", _("This row conflicts with a record.")))
                continue
            setattr(report, state, getattr(report, state) + 1)
        if report.errors:
            # All or nothing: one bad row and no record of the file is kept.
            transaction.set_rollback(True)
            report.created = report.updated = report.unchanged = 0
    return report


def _key_columns(spec):
    keys = []
    for name in spec.natural_key:
        matching = [c.key for c in spec.columns if spec.field_of(c.key) == name]
        keys.extend(matching or [name])
    if "team" in spec.natural_key:
        keys.append("commune")
    return keys


def _row_errors(spec, number, error):
    if not hasattr(error, "error_dict"):
        return [RowError(number, "", message) for message in error.messages]
    found = []
    for name, messages in error.message_dict.items():
        label = spec.column_label(name) if name != "__all__" else ""
        for message in messages:
            found.append(RowError(number, str(label), message))
    return found
