from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from ...registry_import import SPECS, import_file
from ...registry_import.files import FileFormatError, format_of


class Command(BaseCommand):
    help = _(
        "Import a CSV or XLSX file into a registry: every row is checked and either all rows "
        "are imported or none. Importing the same file again creates no duplicates."
    )

    def add_arguments(self, parser):
        parser.add_argument("registry", choices=sorted(SPECS), help=_("Which registry."))
        parser.add_argument("file", help=_("The .csv or .xlsx file."))

    def handle(self, *args, registry, file, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(_("No file %(path)s.") % {"path": file})
        try:
            report = import_file(registry, path.read_bytes(), format_of(path.name))
        except FileFormatError as error:
            raise CommandError(str(error)) from None
        if not report.ok:
            for error in report.errors:
                self.stderr.write(
                    _("Row %(row)d, column “%(column)s”: %(message)s")
                    % {"row": error.row, "column": error.column, "message": error.message}
                )
            raise CommandError(
                _("Nothing was imported: %(count)d errors.") % {"count": len(report.errors)}
            )
        self.stdout.write(
            _("%(created)d created, %(updated)d updated, %(unchanged)d unchanged")
            % {"created": report.created, "updated": report.updated, "unchanged": report.unchanged}
        )
