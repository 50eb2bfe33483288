"""The statistics tables as one CSV file (tables one after another), one XLSX workbook or one
JSON document."""

import csv
import io
import json
from decimal import Decimal


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return float(value)
    return value


def to_csv(tables, heading):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([heading])
    for table in tables:
        writer.writerow([])
        writer.writerow([table.title])
        writer.writerow(table.columns)
        for row in table.rows:
            writer.writerow([_cell(v) for v in row])
        if table.note:
            writer.writerow([table.note])
    return buffer.getvalue().encode("utf-8-sig")


def to_xlsx(tables, heading):
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    workbook.remove(workbook.active)
    for number, table in enumerate(tables, start=1):
        # Sheet names: at most 31 characters, no []:*?/\ (Excel's rules).
        name = "".join(c for c in table.title if c not in "[]:*?/\\")[:28]
        sheet = workbook.create_sheet(f"{number}. {name}"[:31])
        sheet.append([heading])
        sheet.append([table.title])
        sheet["A2"].font = Font(bold=True)
        sheet.append(list(table.columns))
        for row in table.rows:
            sheet.append([_cell(v) for v in row])
        if table.note:
            sheet.append([table.note])
    if not tables:
        workbook.create_sheet("1").append([heading])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def to_json(tables, heading):
    data = {
        "heading": heading,
        "tables": [
            {
                "key": table.key,
                "title": str(table.title),
                "columns": [str(column) for column in table.columns],
                "rows": [[_cell(v) for v in row] for row in table.rows],
                "note": str(table.note),
            }
            for table in tables
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=1, default=str).encode("utf-8")
