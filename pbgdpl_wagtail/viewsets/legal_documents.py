"""Legal documents in the admin: listing with filters and export, and the chooser."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet

from ..snippets.legal_documents import LegalDocument


class LegalDocumentViewSet(SnippetViewSet):
    model = LegalDocument
    icon = "doc-full-inverse"
    menu_label = _("Legal documents")
    menu_name = "pbgdpl-legal-documents"
    menu_order = 240
    add_to_admin_menu = True
    list_display = ["number", "abstract", "doc_type", "issuer", "issued_date", "status"]
    list_filter = {
        "doc_type": ["exact"],
        "issuer": ["exact"],
        "status": ["exact"],
        "issued_date": ["year"],
        "fields": ["exact"],
    }
    list_export = [
        "number",
        "doc_type",
        "issuer",
        "signer_title",
        "signer_name",
        "issued_date",
        "effective_date",
        "expiry_date",
        "gazette_number",
        "gazette_date",
        "scope",
        "abstract",
        "status",
        "vbpl_url",
    ]
    export_filename = "van-ban"
    ordering = ["-issued_date", "number"]
    chooser_per_page = 20

    def get_queryset(self, request):
        return LegalDocument.objects.select_related("doc_type", "issuer")
