from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from ...reference import LISTS, load_reference_data


class Command(BaseCommand):
    help = _(
        "Load the official reference lists (pháp điển fields, document types of NĐ 30/2020 and "
        "Luật 64/2025, target groups of Luật PBGDPL). Running it again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "lists",
            nargs="*",
            metavar="LIST",
            help=_("Which lists to load (%(names)s); all of them by default.")
            % {"names": ", ".join(LISTS)},
        )
        parser.add_argument(
            "--update",
            action="store_true",
            help=_("Bring rows that editors changed back to the official text."),
        )

    def handle(self, *args, lists=None, update=False, **options):
        unknown = sorted(set(lists or []) - set(LISTS))
        if unknown:
            raise CommandError(
                _("Unknown list %(names)s; choose from %(choices)s.")
                % {"names": ", ".join(unknown), "choices": ", ".join(LISTS)}
            )
        try:
            report = load_reference_data(lists or None, update=update)
        except Exception as error:  # a broken list must never half-load
            raise CommandError(_("Nothing was loaded: %(error)s") % {"error": error}) from error
        for name in lists or LISTS:
            self.stdout.write(
                _("%(list)s: %(created)d created, %(updated)d updated, %(unchanged)d unchanged")
                % {
                    "list": name,
                    "created": report.created.get(name, 0),
                    "updated": report.updated.get(name, 0),
                    "unchanged": report.unchanged.get(name, 0),
                }
            )
