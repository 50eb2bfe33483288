"""The legal bookcase in the admin: listing with filters, search and export; drafts, moderation."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet

from ..snippets.books import Book


class BookViewSet(SnippetViewSet):
    model = Book
    icon = "folder-open-inverse"
    menu_label = _("Legal bookcase")
    menu_name = "pbgdpl-bookcase"
    menu_order = 245
    add_to_admin_menu = True
    list_display = ["title", "book_type", "compiler", "release_date", "language"]
    list_filter = {
        "book_type": ["exact"],
        "language": ["exact"],
        "legal_fields": ["exact"],
        "release_date": ["year"],
        "live": ["exact"],
    }
    list_export = [
        "title",
        "book_type",
        "compiler",
        "release_date",
        "validity_note",
        "purpose",
        "main_content",
        "language",
        "external_url",
        "live",
    ]
    export_filename = "tu-sach-phap-luat"
    ordering = ["-release_date", "title"]
    chooser_per_page = 20
