"""The best matches of one model, as (pk, score) pairs, as fast as the backend allows.

On SQLite, Wagtail's database backend scores every matching row with its own full-text query
(a correlated subquery), so a common word over 100,000 items takes seconds. The site search needs
only the best few hundred ids, so on SQLite it asks the FTS5 table directly: one MATCH ordered by
``bm25`` with the title column weighing twice the body, which FTS5 answers from its index.
Every other backend goes through Wagtail's own search. Scores: larger is better.
"""

from django.db import connections, router
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry
from wagtail.search.query import And, Or, Phrase, PlainText

from . import sqlite
from .query import build_query, search

# bm25() weights of the FTS5 columns, in the table's order: autocomplete, body, title.
BM25_WEIGHTS = (0.0, 1.0, 2.0)


def _fts_string(text):
    return '"' + text.replace('"', '""') + '"'


def fts5_expression(query):
    """An FTS5 MATCH expression for a Wagtail query object (as ``build_query`` returns)."""
    if isinstance(query, PlainText):
        joiner = " OR " if query.operator.lower() == "or" else " AND "
        return "(" + joiner.join(_fts_string(term) for term in query.query_string.split()) + ")"
    if isinstance(query, Phrase):
        return _fts_string(query.query_string)
    if isinstance(query, And | Or):
        joiner = " AND " if isinstance(query, And) else " OR "
        return "(" + joiner.join(fts5_expression(q) for q in query.subqueries) + ")"
    raise TypeError(f"No FTS5 expression for a {type(query).__name__} query")


def _uses_sqlite_fts(model):
    backend = get_search_backend()
    connection = connections[router.db_for_read(IndexEntry)]
    return (
        connection.vendor == "sqlite"
        and type(backend).__module__.endswith("backends.database.sqlite.sqlite")
        and connections[router.db_for_read(model)] == connection
        and sqlite.has_fts_table(connection)
    ), connection


def ranked_pks(items, text, limit):
    """[(pk, score)] of the best ``limit`` items of the queryset ``items`` for ``text``.

    On the SQLite fast path ``items`` gives only the model: the caller narrows the ids with its
    queryset's filters afterwards (as the site search does).
    """
    query = build_query(text)
    if query is None:
        return []
    use_fts, connection = _uses_sqlite_fts(items.model)
    if not use_fts:
        results = search(items.only("pk"), text).annotate_score("_score")[:limit]
        return [(item.pk, abs(item._score or 0.0)) for item in results]

    from django.contrib.contenttypes.models import ContentType
    from modelsearch.utils import get_descendant_models

    content_types = [
        ct.pk
        for ct in ContentType.objects.get_for_models(*get_descendant_models(items.model)).values()
    ]
    fts = connection.ops.quote_name(sqlite.fts_table_name())
    entries = connection.ops.quote_name(IndexEntry._meta.db_table)
    weights = ", ".join(str(w) for w in BM25_WEIGHTS)
    placeholders = ", ".join(["%s"] * len(content_types))
    sql = (
        f"SELECT e.object_id, bm25({fts}, {weights}) AS rank FROM {fts} "
        f"JOIN {entries} e ON e.id = {fts}.rowid "
        f"WHERE {fts} MATCH %s AND e.content_type_id IN ({placeholders}) "
        "ORDER BY rank LIMIT %s"
    )
    match = "{title body} : " + fts5_expression(query)
    to_pk = items.model._meta.pk.to_python
    with connection.cursor() as cursor:
        cursor.execute(sql, [match, *content_types, limit])
        return [(to_pk(object_id), -rank) for object_id, rank in cursor.fetchall()]
