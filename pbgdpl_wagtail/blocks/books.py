"""A shelf of the legal bookcase: a row of book covers for any page."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from ..visibility import first_public_page
from .preview import PREVIEW_TEMPLATE


def book_type_choices():
    from ..snippets.books import BookType

    return BookType.choices


def bookcase_for(request):
    """The site's first live bookcase page (once per request), where covers link to."""
    from ..page_models.bookcase import BookcasePage

    return first_public_page(BookcasePage, request)


class BookcaseShelfBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=255)
    books = blocks.ListBlock(
        SnippetChooserBlock("pbgdpl.Book", label=_("Book")),
        label=_("Books"),
        help_text=_("Choose books to show them in this order; leave empty to show the newest."),
    )
    book_type = blocks.ChoiceBlock(
        label=_("Type"),
        choices=book_type_choices,
        required=False,
        help_text=_("Only for the newest books: show one type only."),
    )
    count = blocks.IntegerBlock(label=_("Number of books"), default=6, min_value=1, max_value=24)
    bookcase = blocks.PageChooserBlock(
        label=_("Bookcase page"),
        page_type="pbgdpl.BookcasePage",
        required=False,
        help_text=_("Where the covers lead; leave empty for the site's first bookcase."),
    )

    class Meta:
        icon = "folder-open-inverse"
        label = _("Bookcase shelf")
        template = "pbgdpl_wagtail/blocks/bookcase_shelf.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {
            "title": "Tủ sách pháp luật",
            "books": [],
            "book_type": "",
            "count": 4,
            "bookcase": None,
        }
        description = _("A row of book covers from the legal bookcase.")

    def books_to_show(self, value):
        from ..snippets.books import Book

        books = Book.objects.live().select_related("file").with_covers()
        chosen = [book.pk for book in value.get("books") or [] if book is not None]
        if chosen:
            found = books.in_bulk(chosen)
            return [found[pk] for pk in chosen if pk in found]
        if value.get("book_type"):
            books = books.filter(book_type=value["book_type"])
        return list(books.order_by("-release_date", "title")[: value.get("count") or 6])

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        request = (parent_context or {}).get("request")
        bookcase = value.get("bookcase")
        if bookcase is None or not bookcase.live:
            bookcase = bookcase_for(request)
        books = self.books_to_show(value)
        base_url = bookcase.get_url(request=request) if bookcase is not None else None
        for book in books:
            if base_url:
                book.public_url = base_url + bookcase.reverse_subpage(
                    "book", kwargs={"pk": book.pk}
                )
            else:
                book.public_url = book.file.url if book.file_id else book.external_url
        context.update(books=books, bookcase=bookcase if base_url else None)
        return context
