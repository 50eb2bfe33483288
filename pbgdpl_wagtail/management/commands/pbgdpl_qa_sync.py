from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from ...conf import pbgdpl_settings
from ...exchange.client import ExchangeError, pull, push


class Command(BaseCommand):
    help = _(
        "Pull shared questions and answers from an exchange endpoint, push the site's own "
        "published answers to one, or both."
    )

    def add_arguments(self, parser):
        parser.add_argument("--pull", action="store_true", help=_("Pull shared Q&A."))
        parser.add_argument("--push", action="store_true", help=_("Push this site's answers."))
        parser.add_argument("--url", default="", help=_("The exchange endpoint to use."))
        parser.add_argument("--token", default="", help=_("The Bearer token it requires."))
        parser.add_argument(
            "--full", action="store_true", help=_("Read everything again, not only what changed.")
        )

    def handle(self, *args, **options):
        if not (options["pull"] or options["push"]):
            raise CommandError(_("Say what to do: --pull, --push or both."))
        # Push first: a hub then serves this site's answers to whoever pulls next.
        if options["push"]:
            self.push(options)
        if options["pull"]:
            self.pull(options)

    def push(self, options):
        url = options["url"] or pbgdpl_settings.EXCHANGE_PUSH_URL
        if not url:
            raise CommandError(_("No endpoint: give --url or set PBGDPL['EXCHANGE_PUSH_URL']."))
        if not pbgdpl_settings.EXCHANGE_SOURCE:
            raise CommandError(_("Set PBGDPL['EXCHANGE_SOURCE']: the name this site pushes as."))
        token = options["token"] or pbgdpl_settings.EXCHANGE_PUSH_TOKEN
        try:
            batches, sent = push(url, token, local_source=pbgdpl_settings.EXCHANGE_SOURCE)
        except ExchangeError as error:
            raise CommandError(_("The push stopped: %(error)s") % {"error": error}) from error
        self.stdout.write(
            _("%(batches)d batches sent, %(items)d answers pushed.")
            % {"batches": batches, "items": sent}
        )

    def pull(self, options):
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
