from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from ...conf import pbgdpl_settings
from ...exchange.client import ExchangeError, pull


class Command(BaseCommand):
    help = _("Pull shared questions and answers from an exchange endpoint.")

    def add_arguments(self, parser):
        parser.add_argument("--pull", action="store_true", help=_("Pull shared Q&A."))
        parser.add_argument("--url", default="", help=_("The exchange endpoint to pull from."))
        parser.add_argument("--token", default="", help=_("The Bearer token it requires."))
        parser.add_argument(
            "--full", action="store_true", help=_("Read everything again, not only what changed.")
        )

    def handle(self, *args, **options):
        if not options["pull"]:
            raise CommandError(_("Say what to do: --pull."))
        url = options["url"] or pbgdpl_settings.EXCHANGE_PULL_URL
        if not url:
            raise CommandError(_("No endpoint: give --url or set PBGDPL['EXCHANGE_PULL_URL']."))
        token = options["token"] or pbgdpl_settings.EXCHANGE_PULL_TOKEN
        try:
            pages, written = pull(
                url, token, local_source=pbgdpl_settings.EXCHANGE_SOURCE, full=options["full"]
            )
        except ExchangeError as error:
            raise CommandError(_("The pull stopped: %(error)s") % {"error": error}) from error
        self.stdout.write(
            _("%(pages)d pages read, %(items)d questions written.")
            % {"pages": pages, "items": written}
        )
