"""Reading and writing the rows of an import file, CSV (UTF-8, with or without BOM) or XLSX."""

import csv
import io

from django.utils.translation import gettext as _

FORMATS = ("csv", "xlsx")
# No registry file comes near these; a file past them (an XLSX that unzips into millions of
# rows, say) is refused before it fills the memory.
MAX_ROWS = 50_000
MAX_COLUMNS = 200


class FileFormatError(ValueError):
    pass


def format_of(filename):
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if extension not in FORMATS:
        raise FileFormatError(_("Upload a .csv or .xlsx file."))
    return extension


def read_rows(data: bytes, file_format: str):
    """The header row and the data rows, every cell a string or a date/number from XLSX."""
    if file_format == "csv":
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise FileFormatError(_("The CSV file must be encoded in UTF-8.")) from None
        if "\x00" in text:  # no text holds one, and PostgreSQL cannot store it
            raise FileFormatError(_("The CSV file cannot be read."))
        try:
            rows = _limited(csv.reader(io.StringIO(text)))
        except csv.Error:  # a cell past the csv module's field limit
            raise FileFormatError(_("The CSV file cannot be read.")) from None
    else:
        from openpyxl import load_workbook

        try:
            workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception:  # openpyxl raises many kinds of errors on a broken file
            raise FileFormatError(_("The file is not a readable XLSX workbook.")) from None
        try:
            sheet = workbook.worksheets[0]
            rows = _limited(
                ["" if cell is None else cell for cell in _trimmed(row)]
                for row in sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS + 1)
            )
        except FileFormatError:
            raise
        except Exception:  # a broken sheet is only found while reading it
            raise FileFormatError(_("The file is not a readable XLSX workbook.")) from None
        finally:
            workbook.close()
    rows = [row for row in rows if any(str(cell).strip() for cell in row)]
    if not rows:
        raise FileFormatError(_("The file is empty."))
    return [str(cell).strip() for cell in rows[0]], rows[1:]


def _trimmed(row):
    """The row without its empty cells at the end (openpyxl pads each row up to max_col)."""
    row = list(row)
    while row and row[-1] is None:
        row.pop()
    return row


def _limited(rows):
    kept = []
    for row in rows:
        if len(kept) > MAX_ROWS or len(row) > MAX_COLUMNS:
            raise FileFormatError(
                _("The file is too large: at most %(rows)d rows of %(columns)d columns.")
                % {"rows": MAX_ROWS, "columns": MAX_COLUMNS}
            )
        kept.append(row)
    return kept


def write_rows(headers, rows, file_format):
    """A file of ``headers`` and ``rows`` as bytes."""
    if file_format == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(headers)
        writer.writerows(rows)
        return buffer.getvalue().encode("utf-8-sig")
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(list(headers))
    for row in rows:
        sheet.append(list(row))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
