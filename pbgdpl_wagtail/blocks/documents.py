"""A list of downloadable documents, each with its file type and size."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from .preview import PREVIEW_TEMPLATE, latest_document


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Title"),
        required=False,
        max_length=255,
        help_text=_("Leave empty to use the document's own title."),
    )
    description = blocks.TextBlock(label=_("Description"), required=False, max_length=500)

    class Meta:
        icon = "doc-full"
        label = _("Document")


def _document_list_preview():
    document = latest_document()
    items = [{"document": document, "title": "", "description": ""}] if document else []
    return {"title": "Tài liệu tải về", "documents": items}


class DocumentListBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=255)
    documents = blocks.ListBlock(DocumentLinkBlock(), label=_("Documents"), min_num=1)

    class Meta:
        icon = "doc-full-inverse"
        label = _("Document list")
        template = "pbgdpl_wagtail/blocks/document_list.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = staticmethod(_document_list_preview)
        description = _("Files to download, with their type and size.")
