"""A cited legal document: its metadata, a validity badge and, when ended, a warning."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from .preview import PREVIEW_TEMPLATE


def _latest_document():
    from ..snippets.legal_documents import LegalDocument

    document = LegalDocument.objects.filter(live=True).order_by("-issued_date").first()
    return {"document": document, "articles": "", "note": ""}


class LegalDocumentBlock(blocks.StructBlock):
    document = SnippetChooserBlock("pbgdpl.LegalDocument", label=_("Legal document"))
    articles = blocks.CharBlock(
        label=_("Articles cited"),
        required=False,
        max_length=255,
        help_text=_("e.g. Điều 35, khoản 2."),
    )
    note = blocks.TextBlock(label=_("Note"), required=False, max_length=500)

    class Meta:
        icon = "doc-full-inverse"
        label = _("Legal document")
        template = "pbgdpl_wagtail/blocks/legal_document.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = staticmethod(_latest_document)
        description = _("A legal document with its number, dates and validity.")
