"""A cited legal document with its metadata, validity badge and warning; lists of documents."""

import copy

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from .preview import PREVIEW_TEMPLATE


def _latest_document():
    from ..snippets.legal_documents import LegalDocument

    document = LegalDocument.objects.filter(live=True).order_by("-issued_date").first()
    return {"document": document, "articles": "", "note": ""}


class LegalDocumentChooserBlock(SnippetChooserBlock):
    """Reads the chosen documents with their type, issuer and ending relations, in a fixed number
    of queries for the whole page, as the listings do (``with_validity``)."""

    def deconstruct(self):
        # Migrations see a plain snippet chooser: the difference is only in how values are read.
        return ("wagtail.snippets.blocks.SnippetChooserBlock", *super().deconstruct()[1:])

    def to_python(self, value):
        if value is None:
            return None
        return self.model_class.objects.with_validity().filter(pk=value).first()

    def bulk_to_python(self, values):
        wanted = [value for value in values if value is not None]
        found = self.model_class.objects.with_validity().in_bulk(wanted) if wanted else {}
        seen = set()
        result = []
        for value in values:
            document = found.get(value)
            # One instance per occurrence, as Wagtail's own chooser block does.
            result.append(
                copy.copy(document) if document is not None and value in seen else document
            )
            seen.add(value)
        return result


class LegalDocumentBlock(blocks.StructBlock):
    document = LegalDocumentChooserBlock("pbgdpl.LegalDocument", label=_("Legal document"))
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


def document_type_choices():
    """The document types of the site's default language, by code (codes survive translation)."""
    from wagtail.models import Locale

    from ..snippets import DocumentType

    types = DocumentType.objects.filter(locale=Locale.get_default()).order_by(
        "kind", "sort_order", "name"
    )
    return [(doc_type.code, str(doc_type)) for doc_type in types]


def validity_status_choices():
    from ..snippets.legal_documents import ValidityStatus

    return ValidityStatus.choices


class DocumentTypeCodesBlock(blocks.MultipleChoiceBlock):
    """Document type codes. Reading a stored value keeps the codes as they are: Wagtail's
    normalisation would look each one up in the choices, two queries per code on every render."""

    def to_python(self, value):
        if value is None:
            return None
        return [str(code) for code in (value if isinstance(value, (list, tuple)) else [value])]


class LegalDocumentListBlock(blocks.StructBlock):
    """The newest live documents of some types, a field or a validity status, with badges."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=255)
    doc_types = DocumentTypeCodesBlock(
        label=_("Document types"),
        choices=document_type_choices,
        required=False,
        help_text=_("Leave empty to list every type."),
    )
    field = SnippetChooserBlock(
        "pbgdpl.LegalField",
        label=_("Legal field"),
        required=False,
        help_text=_("A chủ đề also lists the documents of its đề mục."),
    )
    status = blocks.ChoiceBlock(
        label=_("Validity"), choices=validity_status_choices, required=False
    )
    limit = blocks.IntegerBlock(
        label=_("Number of documents"), default=10, min_value=1, max_value=50
    )

    class Meta:
        icon = "list-ul"
        label = _("List of legal documents")
        template = "pbgdpl_wagtail/blocks/legal_document_list.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {
            "title": "Văn bản mới ban hành",
            "doc_types": [],
            "field": None,
            "status": "",
            "limit": 3,
        }
        description = _("The newest legal documents of chosen types or a field, newest first.")

    def documents(self, value):
        from ..snippets.legal_documents import LegalDocument

        documents = LegalDocument.objects.filter(live=True)
        if value.get("doc_types"):
            documents = documents.filter(doc_type__code__in=value["doc_types"])
        field = value.get("field")
        if field is not None:
            within = field.with_subfields()
            documents = documents.filter(
                pk__in=LegalDocument.fields.through.objects.filter(legalfield__in=within).values(
                    "legaldocument"
                )
            )
        if value.get("status"):
            documents = documents.filter(status=value["status"])
        limit = value.get("limit") or 10
        return documents.with_validity().order_by("-issued_date", "-pk")[:limit]

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["documents"] = self.documents(value)
        return context
