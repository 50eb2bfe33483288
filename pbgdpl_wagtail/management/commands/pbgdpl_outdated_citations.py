from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from ...validity_watch import outdated_citations


class Command(BaseCommand):
    help = _("List the content that cites legal documents no longer in force.")

    def handle(self, *args, **options):
        citations = outdated_citations()
        if not citations:
            self.stdout.write(_("No content cites a legal document that is out of force."))
            return
        for citation in citations:
            self.stdout.write(str(citation.source))
            for document in citation.documents:
                self.stdout.write(f"  - {document} ({document.validity_label()})")
