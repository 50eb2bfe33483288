"""The query side of the folded search: every query the package runs goes through here.

The query is folded the same way as the indexed copies (see indexing.py), then parsed as
Wagtail parses a search box: words are all required, "quoted words" are a phrase.
"""

from wagtail.search.backends import get_search_backend
from wagtail.search.utils import parse_query_string

from .folding import fold

# Characters that mean something to a backend's query syntax and nothing to a citizen.
_SYNTAX = str.maketrans(dict.fromkeys("*()^:{}[]\\'`", " "))
MAX_QUERY_LENGTH = 255


def folded_query_string(text):
    """The folded text of a query, without search syntax and at most MAX_QUERY_LENGTH long."""
    text = fold(text or "")[:MAX_QUERY_LENGTH].translate(_SYNTAX)
    return " ".join(text.split())


def build_query(text, operator="and"):
    """A Wagtail query object for ``text``, or None when nothing is left to search for."""
    text = folded_query_string(text)
    if text.count('"') % 2:
        text = text.replace('"', " ")
    if not text.replace('"', "").strip():
        return None
    _filters, query = parse_query_string(text, operator=operator)
    return query


def search(items, text, *, operator="and", order_by_relevance=True, **kwargs):
    """``items.search()`` with the folded query; an empty result for an empty query."""
    query = build_query(text, operator=operator)
    if query is None:
        return items.none()
    # Querysets without Wagtail's search mixin go through the backend itself.
    return get_search_backend().search(
        query, items, order_by_relevance=order_by_relevance, **kwargs
    )


def autocomplete(items, text, **kwargs):
    """``items.autocomplete()`` with the folded text (autocomplete takes plain text only)."""
    text = folded_query_string(text).replace('"', " ").strip()
    if not text:
        return items.none()
    return get_search_backend().autocomplete(text, items, **kwargs)
