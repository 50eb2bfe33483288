"""Legal documents in the admin: listing with filters and export, and the chooser."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm, SearchFilterMixin
from wagtail.snippets.views.chooser import ChooseResultsView, ChooseView, SnippetChooserViewSet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from ..search.ranking import identifier_matches
from ..snippets import DocumentType
from ..snippets.legal_documents import LegalDocument, ValidityStatus


class DocumentTypeAndStatusFilterMixin(forms.Form):
    """Narrows the chooser to one document type and validity status before searching."""

    doc_type = forms.ModelChoiceField(
        label=_("Document type"),
        queryset=DocumentType.objects.all(),
        required=False,
        empty_label=_("All document types"),
        widget=forms.Select(attrs={"data-chooser-modal-search-filter": True}),
    )
    status = forms.ChoiceField(
        label=_("Validity"),
        choices=[("", _("Any validity")), *ValidityStatus.choices],
        required=False,
        widget=forms.Select(attrs={"data-chooser-modal-search-filter": True}),
    )

    def filter(self, objects):
        if self.cleaned_data.get("doc_type"):
            objects = objects.filter(doc_type=self.cleaned_data["doc_type"])
        if self.cleaned_data.get("status"):
            objects = objects.filter(status=self.cleaned_data["status"])
        return super().filter(objects)


class DocumentNumberSearchMixin:
    """A search typed as a document number (25/2021/qd-ttg) finds the documents whose number
    starts with it, folded: full-text tokenisers split numbers at slashes and hyphens, each in
    its own way (PostgreSQL's never meets the number typed without its đ)."""

    def filter(self, objects):
        query = self.cleaned_data.get("q")
        numbered = identifier_matches(objects, "number", query) if query else []
        if not numbered:
            return super().filter(objects)
        self.cleaned_data["q"] = ""  # the other filters, without the full-text search
        try:
            objects = super().filter(objects)
        finally:
            self.cleaned_data["q"] = query
        self.is_searching, self.search_query = True, query
        return objects.filter(pk__in=numbered)


class LegalDocumentChooserFilterForm(
    DocumentNumberSearchMixin, SearchFilterMixin, DocumentTypeAndStatusFilterMixin, BaseFilterForm
):
    pass


class LegalDocumentChooseView(ChooseView):
    filter_form_class = LegalDocumentChooserFilterForm


class LegalDocumentChooseResultsView(ChooseResultsView):
    filter_form_class = LegalDocumentChooserFilterForm


class LegalDocumentChooserViewSet(SnippetChooserViewSet):
    choose_view_class = LegalDocumentChooseView
    choose_results_view_class = LegalDocumentChooseResultsView


class LegalDocumentIndexView(IndexView):
    def search_queryset(self, queryset):
        if self.is_searching:
            numbered = identifier_matches(queryset, "number", self.search_query)
            if numbered:  # see DocumentNumberSearchMixin
                return queryset.filter(pk__in=numbered)
        return super().search_queryset(queryset)


class LegalDocumentViewSet(SnippetViewSet):
    model = LegalDocument
    index_view_class = LegalDocumentIndexView
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
    chooser_viewset_class = LegalDocumentChooserViewSet

    def get_queryset(self, request):
        return LegalDocument.objects.select_related("doc_type", "issuer")
