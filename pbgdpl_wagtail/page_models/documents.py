"""Group 3 of letter 5015 — chỉ đạo, điều hành: a filterable listing of legal documents."""

from django import forms
from django.db import models
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..snippets.legal_documents import LegalDocument, ValidityStatus
from ..views.exports import export_response, export_urls
from .base import PAGE_TRANSLATABLE_FIELDS, PbgdplPage
from .listing import (
    ListingFilterForm,
    distinct_dates,
    matching_pks,
    paginate,
    query_without_page,
    year_field,
)


class DocumentFilterForm(ListingFilterForm):
    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    doc_type = forms.ModelChoiceField(label=_("Document type"), queryset=None, required=False)
    issuer = forms.ModelChoiceField(label=_("Issuing agency"), queryset=None, required=False)
    field = forms.ModelChoiceField(label=_("Legal field"), queryset=None, required=False)
    year = year_field()
    status = forms.ChoiceField(label=_("Validity"), required=False)

    def __init__(self, *args, documents, **kwargs):
        super().__init__(*args, **kwargs)
        from ..snippets import Agency, DocumentType, LegalField

        ids = documents.values("pk")
        self.fields["doc_type"].queryset = DocumentType.objects.filter(
            legal_documents__in=ids
        ).distinct()
        self.fields["issuer"].queryset = Agency.objects.filter(issued_documents__in=ids).distinct()
        self.fields["field"].queryset = LegalField.objects.filter(
            pk__in=LegalDocument.fields.through.objects.filter(legaldocument__in=ids).values(
                "legalfield"
            )
        )
        self.set_year_choices("year", distinct_dates(documents, "issued_date"))
        self.fields["status"].choices = [("", _("Any validity"))] + list(ValidityStatus.choices)


class DocumentIndexPage(RoutablePageMixin, PbgdplPage):
    """Văn bản chỉ đạo, điều hành: the documents of the types and issuers an editor chose."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    doc_types = ParentalManyToManyField(
        "pbgdpl.DocumentType",
        verbose_name=_("document types listed"),
        blank=True,
        related_name="+",
        help_text=_("Leave empty to list every type."),
    )
    issuers = ParentalManyToManyField(
        "pbgdpl.Agency",
        verbose_name=_("issuing agencies listed"),
        blank=True,
        related_name="+",
        help_text=_("Leave empty to list documents of every agency."),
    )
    per_page = models.PositiveSmallIntegerField(_("documents per page"), default=20)

    content_panels = PbgdplPage.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("doc_types", widget=forms.CheckboxSelectMultiple),
                FieldPanel("issuers"),
                FieldPanel("per_page"),
            ],
            heading=_("Which documents"),
        ),
    ]
    api_fields = [
        "intro",
    ]
    search_fields = PbgdplPage.search_fields + [index.SearchField("intro")]
    subpage_types = []
    template = "pbgdpl_wagtail/pages/document_index_page.html"

    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("intro"),
        SynchronizedField("doc_types"),
        SynchronizedField("issuers"),
        SynchronizedField("per_page"),
    ]

    class Meta:
        verbose_name = _("legal document listing")
        verbose_name_plural = _("legal document listings")

    def documents(self):
        documents = LegalDocument.objects.filter(live=True)
        type_ids = list(self.doc_types.values_list("pk", flat=True))
        if type_ids:
            documents = documents.filter(doc_type__in=type_ids)
        issuer_ids = list(self.issuers.values_list("pk", flat=True))
        if issuer_ids:
            documents = documents.filter(issuer__in=issuer_ids)
        return documents

    def url_for_document(self, document, request=None):
        return self.get_url(request=request) + self.reverse_subpage(
            "document", kwargs={"pk": document.pk}
        )

    def filtered_documents(self, data):
        documents = self.documents()
        form = DocumentFilterForm(data, documents=documents)
        if not form.is_valid():
            return form, documents.none()
        values = form.cleaned_data
        if values["doc_type"]:
            documents = documents.filter(doc_type=values["doc_type"])
        if values["issuer"]:
            documents = documents.filter(issuer=values["issuer"])
        if values["field"]:
            documents = documents.filter(fields=values["field"])
        if values["year"]:
            documents = documents.filter(issued_date__year=values["year"])
        if values["status"]:
            documents = documents.filter(status=values["status"])
        if values["q"]:
            query = values["q"].strip()
            # Numbers such as 25/2021/QĐ-TTg are identifiers: full-text tokenisers split them
            # differently on each backend, so they are also matched as typed.
            documents = documents.filter(
                models.Q(pk__in=matching_pks(LegalDocument.objects.filter(live=True), query))
                | models.Q(number__icontains=query)
            )
        return form, documents.order_by("-issued_date", "number")

    @path("", name="list")
    def list_view(self, request):
        form, documents = self.filtered_documents(request.GET)
        page_of_documents = paginate(request, documents.with_validity(), self.per_page)
        base_url = self.get_url(request=request)
        for document in page_of_documents:
            document.public_url = base_url + self.reverse_subpage(
                "document", kwargs={"pk": document.pk}
            )
        return self.render(
            request,
            context_overrides={
                "filter_form": form,
                "documents": page_of_documents,
                "filter_query": query_without_page(request),
                "feed_url": base_url + self.reverse_subpage("feed"),
                "export_urls": export_urls(self, request),
            },
        )

    @path("export/<str:file_format>/", name="export")
    def export_view(self, request, file_format):
        """Every document the filters select (not only one page), as CSV or JSON."""
        _form, documents = self.filtered_documents(request.GET)
        base_url = self.get_url(request=request)
        columns = [
            ("number", _("Number and symbol")),
            ("type", _("Document type")),
            ("issuer", _("Issuing agency")),
            ("issued_date", _("Date of issue")),
            ("effective_date", _("Date of effect")),
            ("expiry_date", _("Date of expiry")),
            ("validity", _("Validity")),
            ("abstract", _("Abstract")),
            ("legal_fields", _("Legal fields")),
            ("url", _("Web address")),
        ]
        rows = (
            [
                document.number,
                document.doc_type.name,
                document.issuer.name,
                document.issued_date,
                document.effective_date,
                document.expiry_date,
                document.validity_label(),
                document.abstract,
                [str(field) for field in document.fields.all()],
                request.build_absolute_uri(
                    base_url + self.reverse_subpage("document", kwargs={"pk": document.pk})
                ),
            ]
            for document in documents.with_validity().prefetch_related("fields")
        )
        return export_response(file_format, self.slug or "van-ban", columns, rows)

    @path("<int:pk>/", name="document")
    def document_view(self, request, pk):
        try:
            document = self.documents().with_validity().get(pk=pk)
        except LegalDocument.DoesNotExist:
            raise Http404 from None
        outgoing = document.relations.select_related("target__doc_type").filter(target__live=True)
        incoming = document.incoming_relations.select_related("source__doc_type").filter(
            source__live=True
        )
        return TemplateResponse(
            request,
            "pbgdpl_wagtail/pages/legal_document_detail.html",
            {
                **self.get_context(request),
                "document": document,
                "pbgdpl_current_title": str(document),
                "files": document.files.select_related("document"),
                "outgoing_relations": outgoing,
                "incoming_relations": incoming,
                "legal_fields": document.fields.all(),
            },
        )

    @path("rss/", name="feed")
    def feed_view(self, request):
        from ..feeds import LegalDocumentFeed

        return LegalDocumentFeed(self)(request)
