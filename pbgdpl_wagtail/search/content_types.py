"""The package's own searchable types; registered when the app is ready (see apps.py)."""

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from ..visibility import first_public_page, public
from .registry import SearchableType, searchable_types


def _page_url(page, request):
    return page.get_url(request=request) or ""


def _page_summary(page):
    for name in ("summary", "intro", "search_description"):
        value = getattr(page, name, "")
        if value:
            return strip_tags(str(value))
    return ""


def _document_url(document, request):
    from ..legal_document_urls import public_url_for

    return public_url_for(document, request)


def _book_url(book, request):
    from ..page_models.bookcase import BookcasePage

    bookcase = first_public_page(BookcasePage, request)
    return bookcase.url_for_book(book, request=request) if bookcase else ""


def _library_url(item, request):
    from ..library.addresses import library_page_for

    page = library_page_for(item, request)
    return page.url_for_item(item, request) if page is not None else ""


def _question_url(question, request):
    from ..page_models.questions import QuestionIndexPage

    page = first_public_page(QuestionIndexPage, request)
    return page.url_for_question(question, request=request) if page else ""


def _public_pages(pages):
    return public(pages)


def _other_pages(pages):
    from ..page_models.guidance import GuidancePage
    from ..page_models.materials import MaterialPage
    from ..page_models.news import NewsPage
    from ..page_models.search import SearchPage

    return public(pages).not_type(NewsPage, MaterialPage, GuidancePage, SearchPage)


def register_package_types():
    from ..page_models.guidance import GuidancePage
    from ..page_models.materials import MaterialPage
    from ..page_models.news import NewsPage
    from ..snippets.books import Book
    from ..snippets.legal_documents import LegalDocument
    from ..snippets.questions import Question
    from ..snippets.situations import LegalSituation
    from ..snippets.videos import Video

    searchable_types.register(
        SearchableType(
            key="documents",
            label=_("Legal documents"),
            items=lambda: LegalDocument.objects.filter(live=True),
            url=_document_url,
            title=lambda d: f"{d.doc_type.name} {d.number}",
            summary=lambda d: d.abstract,
            title_fields=("number", "abstract"),
            date_field="issued_date",
            legal_fields="fields",
            identifier_field="number",
            select_related=("doc_type", "issuer"),
            order=10,
        )
    )
    searchable_types.register(
        SearchableType(
            key="news",
            label=_("News and events"),
            items=lambda: NewsPage.objects.live(),
            public=_public_pages,
            url=_page_url,
            title=lambda p: p.title,
            summary=_page_summary,
            date_field="date",
            order=20,
        )
    )
    searchable_types.register(
        SearchableType(
            key="materials",
            label=_("Dissemination materials"),
            items=lambda: MaterialPage.objects.live(),
            public=_public_pages,
            url=_page_url,
            title=lambda p: p.title,
            summary=_page_summary,
            date_field="published_date",
            legal_fields="legal_fields",
            order=30,
        )
    )
    searchable_types.register(
        SearchableType(
            key="guidance",
            label=_("Professional guidance"),
            items=lambda: GuidancePage.objects.live(),
            public=_public_pages,
            url=_page_url,
            title=lambda p: p.title,
            summary=_page_summary,
            legal_fields="legal_fields",
            order=40,
        )
    )
    searchable_types.register(
        SearchableType(
            key="books",
            label=_("Legal bookcase"),
            items=lambda: Book.objects.filter(live=True),
            url=_book_url,
            title=lambda b: b.title,
            summary=lambda b: b.main_content or b.purpose,
            date_field="release_date",
            legal_fields="legal_fields",
            order=50,
        )
    )
    searchable_types.register(
        SearchableType(
            key="videos",
            label=_("Videos"),
            items=lambda: Video.objects.filter(live=True),
            url=_library_url,
            title=lambda v: v.title,
            summary=lambda v: v.description or v.transcript,
            date_field="published_date",
            legal_fields="legal_fields",
            order=60,
        )
    )
    searchable_types.register(
        SearchableType(
            key="situations",
            label=_("Legal situations"),
            items=lambda: LegalSituation.objects.filter(live=True),
            url=_library_url,
            title=lambda s: s.title,
            summary=lambda s: s.question,
            date_field="published_date",
            legal_fields="legal_fields",
            order=70,
        )
    )
    searchable_types.register(
        SearchableType(
            key="questions",
            label=_("Questions and answers"),
            # Only the public text is indexed (never the asker's data), and only published
            # answers are searched.
            items=lambda: Question.objects.published(),
            url=_question_url,
            title=lambda q: q.title,
            summary=lambda q: q.text,
            date_field="published_at",
            legal_fields="legal_field",
            order=80,
        )
    )
    searchable_types.register(
        SearchableType(
            key="pages",
            label=_("Other pages"),
            items=lambda: Page.objects.live(),
            public=_other_pages,
            url=_page_url,
            title=lambda p: p.title,
            summary=_page_summary,
            specific=True,
            order=90,
        )
    )
