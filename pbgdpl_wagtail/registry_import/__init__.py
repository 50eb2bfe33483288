"""Importing registry records from CSV or XLSX files: all rows or none, idempotent."""

from .importer import ImportReport, RowError, import_file
from .specs import SPECS

__all__ = ["SPECS", "ImportReport", "RowError", "import_file"]
