"""What the package's listing pages share: filter forms, one page of results, the query string.

A filter form offers only the values the listing contains; a value it does not know is a form
error shown beside the field, never a server error. A page number past the end is a 404.
"""

from django import forms
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from ..snippets.choices import content_language_choices

DEFAULT_PER_PAGE = 20


class ListingFilterForm(forms.Form):
    """Base of the listings' filter forms: "All" for every empty choice."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field, forms.ModelChoiceField):
                field.empty_label = _("All")

    def set_year_choices(self, name, dates):
        """``dates``: the listed items' dates, e.g. ``distinct_dates(items, field)``."""
        years = sorted({date.year for date in dates if date is not None}, reverse=True)
        self.fields[name].choices = [("", _("All years"))] + [(year, year) for year in years]

    def set_language_choices(self, name, codes):
        """The site's languages that the listed items are written in."""
        used = set(codes)
        self.fields[name].choices = [("", _("All languages"))] + [
            (code, label) for code, label in content_language_choices() if code in used
        ]


def per_page_field(verbose_name):
    return models.PositiveSmallIntegerField(
        verbose_name,
        default=DEFAULT_PER_PAGE,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
    )


def year_field():
    return forms.TypedChoiceField(label=_("Year"), coerce=int, required=False, empty_value=None)


def language_field():
    return forms.ChoiceField(label=_("Language"), required=False)


def paginate(request, items, per_page):
    """The page of ``items`` that ``?page=`` asks for; page 1 for a non-number, 404 past the end."""
    paginator = Paginator(items, per_page or DEFAULT_PER_PAGE)
    try:
        return paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        raise Http404 from None


def matching_pks(items, query):
    """What ``pk__in=`` takes for the ``items`` that the site's search finds for ``query``.

    Search runs on the unfiltered items, because backends accept only declared filter fields;
    the caller narrows its filtered queryset to these ids and orders them its own way, so the
    backend is not asked to rank them. The query is folded like the site search's; on SQLite it
    is a subquery of the FTS5 table (see ``search.ranking.matching_pks``).
    """
    from ..search.ranking import matching_pks as search_matching_pks

    return search_matching_pks(items, query)


def query_without_page(request):
    """The current filters as a query string, for the pagination links."""
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


def distinct_dates(queryset, field):
    """The distinct values of a date field of ``queryset``, for ``set_year_choices``. Compared
    as they are stored: ``QuerySet.dates(field, "year")`` truncates every row's date first,
    which SQLite does by calling Python once per row."""
    return queryset.order_by().values_list(field, flat=True).distinct()
