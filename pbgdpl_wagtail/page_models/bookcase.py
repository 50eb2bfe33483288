"""5015 §1.2a — Tủ sách pháp luật: the published books, with filters, search and a page per book."""

from django import forms
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..snippets.books import Book, BookType
from ..snippets.legal_documents import LegalDocument
from .base import PAGE_TRANSLATABLE_FIELDS, PbgdplPage
from .listing import (
    ListingFilterForm,
    distinct_dates,
    language_field,
    matching_pks,
    paginate,
    per_page_field,
    query_without_page,
    year_field,
)


class BookFilterForm(ListingFilterForm):
    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    book_type = forms.ChoiceField(label=_("Type"), required=False)
    field = forms.ModelChoiceField(label=_("Legal field"), queryset=None, required=False)
    language = language_field()
    year = year_field()

    def __init__(self, *args, books, **kwargs):
        super().__init__(*args, **kwargs)
        from ..snippets import LegalField

        used_types = set(books.order_by().values_list("book_type", flat=True).distinct())
        self.fields["book_type"].choices = [("", _("All types"))] + [
            (value, label) for value, label in BookType.choices if value in used_types
        ]
        self.fields["field"].queryset = LegalField.objects.filter(
            pk__in=Book.legal_fields.through.objects.filter(book__in=books.values("pk")).values(
                "legalfield"
            )
        )
        self.set_language_choices(
            "language", books.order_by().values_list("language", flat=True).distinct()
        )
        self.set_year_choices("year", distinct_dates(books, "release_date"))


class BookcasePage(RoutablePageMixin, PbgdplPage):
    """Tủ sách pháp luật: every published book of the site's bookcase."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    per_page = per_page_field(_("books per page"))

    content_panels = PbgdplPage.content_panels + [FieldPanel("intro"), FieldPanel("per_page")]
    api_fields = [
        "intro",
    ]
    search_fields = PbgdplPage.search_fields + [index.SearchField("intro")]
    subpage_types = []
    template = "pbgdpl_wagtail/pages/bookcase_page.html"

    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("intro"),
        SynchronizedField("per_page"),
    ]

    class Meta:
        verbose_name = _("legal bookcase")
        verbose_name_plural = _("legal bookcases")

    def books(self):
        return Book.objects.live()

    def url_for_book(self, book, request=None):
        return self.get_url(request=request) + self.reverse_subpage("book", kwargs={"pk": book.pk})

    def filtered_books(self, data):
        books = self.books()
        form = BookFilterForm(data, books=books)
        if not form.is_valid():
            return form, books.none()
        values = form.cleaned_data
        if values["book_type"]:
            books = books.filter(book_type=values["book_type"])
        if values["field"]:
            books = books.filter(legal_fields=values["field"])
        if values["language"]:
            books = books.filter(language=values["language"])
        if values["year"]:
            books = books.filter(release_date__year=values["year"])
        if values["q"]:
            books = books.filter(pk__in=matching_pks(self.books(), values["q"]))
        return form, books.order_by("-release_date", "title")

    @path("", name="list")
    def list_view(self, request):
        form, books = self.filtered_books(request.GET)
        page_of_books = paginate(request, books.with_covers(), self.per_page)
        base_url = self.get_url(request=request)
        for book in page_of_books:
            book.public_url = base_url + self.reverse_subpage("book", kwargs={"pk": book.pk})
        return self.render(
            request,
            context_overrides={
                "filter_form": form,
                "books": page_of_books,
                "filter_query": query_without_page(request),
            },
        )

    @path("<int:pk>/", name="book")
    def book_view(self, request, pk):
        try:
            book = self.books().select_related("file").with_covers().get(pk=pk)
        except Book.DoesNotExist:
            raise Http404 from None
        documents = list(LegalDocument.objects.filter(live=True, books=book).with_validity())
        return TemplateResponse(
            request,
            "pbgdpl_wagtail/pages/book_detail.html",
            {
                **self.get_context(request),
                "book": book,
                "pbgdpl_current_title": book.title,
                "legal_documents": documents,
                "outdated_documents": [d for d in documents if d.is_out_of_force()],
                "legal_field_list": book.legal_fields.all(),
            },
        )
