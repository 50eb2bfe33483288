"""The best matches of one or more models, as (pk, score) pairs, as fast as the backend allows.

On SQLite, Wagtail's database backend scores every matching row with its own full-text query
(a correlated subquery), so a common word over 100,000 items takes seconds, and an autocomplete
minutes. The site search needs only the best few hundred ids, so on SQLite it asks the FTS5 table
directly: one MATCH for every model searched at once, scored by ``bm25`` (the title column
weighing twice the body) and cut to the best ``limit`` of each content type with a window
function. FTS5 answers the MATCH from its index; the index entries are read only for the matched
rows, to know their model. On PostgreSQL, Wagtail's query ranks each model apart and joins its
whole table to the index entries (``object_id = id::text``, every one of 85,000 documents); the
fast path there is the same single query over the index entries, answered by the GIN index of
``title || body`` (migration 0012) or of ``autocomplete``, and ranked as Wagtail ranks them.
Every other backend goes through Wagtail's own search. Scores: larger is better.
"""

import re

from django.db import connections, router
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry
from wagtail.search.query import And, Or, Phrase, PlainText

from . import sqlite
from .folding import fold
from .query import autocomplete, build_query, folded_query_string, search

# bm25() weights of the FTS5 columns, in the table's order: autocomplete, body, title.
BM25_WEIGHTS = (0.0, 1.0, 2.0)
AUTOCOMPLETE_WEIGHTS = (1.0, 0.0, 0.0)


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


def fts5_prefix_expression(text):
    """The FTS5 expression of an autocomplete: every word required, the last one a prefix."""
    words = folded_query_string(text).replace('"', " ").split()
    if not words:
        return None
    terms = [_fts_string(word) for word in words]
    terms[-1] += "*"
    return "(" + " AND ".join(terms) + ")"


def _uses_sqlite_fts(model):
    backend = get_search_backend()
    connection = connections[router.db_for_read(IndexEntry)]
    return (
        connection.vendor == "sqlite"
        and type(backend).__module__.endswith("backends.database.sqlite.sqlite")
        and connections[router.db_for_read(model)] == connection
        and sqlite.has_fts_table(connection)
    ), connection


def _uses_postgres_fts(model):
    """Whether ``model`` is searched by Wagtail's PostgreSQL backend in its own database."""
    from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend

    backend = get_search_backend()
    connection = connections[router.db_for_read(IndexEntry)]
    return (
        connection.vendor == "postgresql"
        and isinstance(backend, PostgresSearchBackend)
        and connections[router.db_for_read(model)] == connection
    ), connection


def _pg_function(name, config, text):
    if config:
        return f"{name}(%s::regconfig, %s)", [config, text]
    return f"{name}(%s)", [text]


def pg_tsquery(query, config, *, prefix=False):
    """(SQL, params) of the tsquery Wagtail's PostgreSQL backend builds for ``query``."""
    if isinstance(query, PlainText):
        terms = [term for term in re.split(r"[\s\-]+", query.query_string) if term]
        if not terms:
            return None
        lexemes = ["'" + term.replace("'", "''").replace("\\", "\\\\") + "'" for term in terms]
        if prefix:
            lexemes[-1] += ":*"
        joiner = " | " if query.operator.lower() == "or" else " & "
        return _pg_function("to_tsquery", config, joiner.join(lexemes))
    if isinstance(query, Phrase):
        return _pg_function("phraseto_tsquery", config, query.query_string)
    if isinstance(query, And | Or):
        parts = [pg_tsquery(q, config, prefix=prefix) for q in query.subqueries]
        parts = [part for part in parts if part]
        if not parts:
            return None
        joiner = " && " if isinstance(query, And) else " || "
        return "(" + joiner.join(sql for sql, _ in parts) + ")", [p for _, ps in parts for p in ps]
    raise TypeError(f"No tsquery for a {type(query).__name__} query")


def pg_rank(vector, query, config, weights, *, prefix=False):
    """(SQL, params) of Wagtail's rank of the tsvector column ``vector`` for ``query``: ts_rank
    of each phrase or list of words, multiplied through an And, averaged through an Or."""
    if isinstance(query, PlainText | Phrase):
        tsquery = pg_tsquery(query, config, prefix=prefix)
        if tsquery is None:  # no words (a lone hyphen): matches nothing, adds nothing
            return "0", []
        sql, params = tsquery
        return f"ts_rank(%s::float4[], {vector}, {sql})", [weights, *params]
    parts = [pg_rank(vector, q, config, weights, prefix=prefix) for q in query.subqueries]
    params = [p for _, ps in parts for p in ps]
    if isinstance(query, And):
        return "(" + " * ".join(f"(1 + {sql})" for sql, _ in parts) + " - 1)", params
    return "((" + " + ".join(sql for sql, _ in parts) + f") / {len(parts) or 1})", params


def _pg_ranked(connection, query, content_types, limit, *, prefix):
    """{content type id: [(object id, rank)]} from Wagtail's PostgreSQL index entries, best
    first, at most ``limit`` rows per content type."""
    from modelsearch.backends.database.postgres.weights import get_sql_weights

    backend = get_search_backend()
    if prefix:
        config, vectors, matched = backend.autocomplete_config, ["e.autocomplete"], "e.autocomplete"
    else:
        config, vectors, matched = backend.config, ["e.title", "e.body"], "(e.title || e.body)"
    tsquery = pg_tsquery(query, config, prefix=prefix)
    if tsquery is None:
        return {}
    weights = get_sql_weights()
    ranks = [pg_rank(vector, query, config, weights, prefix=prefix) for vector in vectors]
    # Wagtail weighs the title's rank by the entry's title norm.
    rank_sql = " + ".join(
        f"{sql} * e.title_norm" if vector == "e.title" else sql
        for vector, (sql, _) in zip(vectors, ranks, strict=True)
    )
    entries = connection.ops.quote_name(IndexEntry._meta.db_table)
    placeholders = ", ".join(["%s"] * len(content_types))
    candidates = (
        f"SELECT e.id, e.content_type_id, e.object_id, {rank_sql} AS rank"
        f" FROM {entries} AS e WHERE {matched} @@ {tsquery[0]}"
        f" AND e.content_type_id IN ({placeholders})"
    )
    params = [p for _, ps in ranks for p in ps] + tsquery[1] + [*content_types, limit]
    return _by_content_type(connection, _best_per_content_type(candidates, "DESC"), params)


def _best_per_content_type(candidates, order):
    """SQL of the best ``%s`` (the last parameter) of the ``candidates`` query (columns id,
    content_type_id, object_id, rank) per content type, best first; ``order`` is the SQL order
    of ranks from best ("DESC" for ts_rank, "ASC" for bm25)."""
    return (
        "SELECT content_type_id, object_id, rank FROM ("
        " SELECT content_type_id, object_id, rank, row_number() OVER ("
        f"  PARTITION BY content_type_id ORDER BY rank {order}, id) AS position"
        f" FROM ({candidates}) AS candidates"
        f") AS ranked WHERE position <= %s ORDER BY rank {order}"
    )


def _by_content_type(connection, sql, params):
    """{content type id: [(object id, rank)]} of a query giving those three columns, in order."""
    found = {}
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for content_type, object_id, rank in cursor.fetchall():
            found.setdefault(content_type, []).append((object_id, rank))
    return found


def _content_type_ids(model):
    from django.contrib.contenttypes.models import ContentType
    from modelsearch.utils import get_descendant_models

    models = get_descendant_models(model)
    return [ct.pk for ct in ContentType.objects.get_for_models(*models).values()]


def _fts_ranked(connection, match, weights, content_types, limit):
    """{content type id: [(object id, bm25 rank)]} for an FTS5 ``match``, best (lowest) rank
    first, at most ``limit`` rows per content type."""
    fts = connection.ops.quote_name(sqlite.fts_table_name())
    entries = connection.ops.quote_name(IndexEntry._meta.db_table)
    placeholders = ", ".join(["%s"] * len(content_types))
    # CROSS JOIN keeps the FTS table as the outer loop: the entries are looked up by rowid for
    # the matched rows only.
    candidates = (
        "SELECT e.id, e.content_type_id, e.object_id, m.rank"
        f" FROM (SELECT rowid AS entry_id, bm25({fts}, {', '.join(map(str, weights))}) AS rank"
        f"  FROM {fts} WHERE {fts} MATCH %s) AS m"
        f" CROSS JOIN {entries} AS e ON e.id = m.entry_id"
        f" WHERE e.content_type_id IN ({placeholders})"
    )
    sql = _best_per_content_type(candidates, "ASC")
    return _by_content_type(connection, sql, [match, *content_types, limit])


def _fast_path(model):
    """("sqlite" or "postgresql", connection) when one query over the index entries can rank
    ``model``, else (None, None)."""
    use_fts, connection = _uses_sqlite_fts(model)
    if use_fts:
        return "sqlite", connection
    use_fts, connection = _uses_postgres_fts(model)
    if use_fts:
        return "postgresql", connection
    return None, None


def _ranked_many(querysets, text, limit, *, prefix):
    querysets = list(querysets)
    results = [None] * len(querysets)
    if prefix:
        words = folded_query_string(text).replace('"', " ").strip()
        query = PlainText(words, operator="and") if words else None
    else:
        query = build_query(text)
    if query is None:
        return [[] for _ in querysets]
    fast = {}
    engine = connection = None  # of the fast path, whichever queryset comes last
    for position, items in enumerate(querysets):
        model_engine, model_connection = _fast_path(items.model)
        if model_engine:
            engine, connection = model_engine, model_connection
            fast[position] = _content_type_ids(items.model)
        elif prefix:
            found = autocomplete(items.only("pk"), text)[:limit]
            results[position] = [(item.pk, 0.0) for item in found]
        else:
            found = search(items.only("pk"), text).annotate_score("_score")[:limit]
            results[position] = [(item.pk, abs(item._score or 0.0)) for item in found]
    if fast:
        content_types = sorted({pk for pks in fast.values() for pk in pks})
        if engine == "postgresql":
            found = _pg_ranked(connection, query, content_types, limit, prefix=prefix)
            score = float
        else:
            if prefix:
                match = "{autocomplete} : " + fts5_prefix_expression(text)
                weights = AUTOCOMPLETE_WEIGHTS
            else:
                match = "{title body} : " + fts5_expression(query)
                weights = BM25_WEIGHTS
            found = _fts_ranked(connection, match, weights, content_types, limit)

            def score(rank):  # bm25: lower is better
                return -rank

        for position, type_ids in fast.items():
            to_pk = querysets[position].model._meta.pk.to_python
            rows = [
                (to_pk(object_id), score(rank))
                for ct in type_ids
                for object_id, rank in found.get(ct, ())
            ]
            rows.sort(key=lambda row: -row[1])
            results[position] = rows
    return results


def ranked_pks_many(querysets, text, limit):
    """For each queryset, [(pk, score)] of its best items for ``text``, best first.

    On the fast paths (SQLite, PostgreSQL) every model is searched with one query, each list
    holds at most ``limit`` items of each concrete model (content type), and the querysets give
    only their model: the caller narrows the ids with its queryset's filters afterwards (as the
    site search does). Other backends give at most ``limit`` items of each queryset.
    """
    return _ranked_many(querysets, text, limit, prefix=False)


def ranked_pks(items, text, limit):
    """[(pk, score)] of the best ``limit`` items of the queryset ``items`` for ``text``."""
    return ranked_pks_many([items], text, limit)[0][:limit]


def autocomplete_pks_many(querysets, text, limit):
    """Like ``ranked_pks_many`` for what a reader has typed so far: the last word is a prefix,
    matched in the autocomplete fields."""
    return _ranked_many(querysets, text, limit, prefix=True)


def matching_pks(items, text):
    """What ``pk__in=`` takes for every item of ``items``' model that matches ``text``, unranked.

    On SQLite, a subquery of the FTS5 table (Wagtail's own query reads the index entries first
    and runs the MATCH once per entry, a minute for a common word over 100,000 items); on
    PostgreSQL a subquery of the index entries that the GIN index of ``title || body`` answers
    (Wagtail's query would join the model's whole table). The caller narrows with its
    queryset's filters. Elsewhere the ids of Wagtail's search of ``items``, unranked.
    """
    from django.db.models.expressions import RawSQL

    query = build_query(text)
    if query is None:
        return []
    engine, connection = _fast_path(items.model)
    if engine is None:
        found = search(items.only("pk"), text, order_by_relevance=False)
        return [item.pk for item in found]
    content_types = _content_type_ids(items.model)
    entries = connection.ops.quote_name(IndexEntry._meta.db_table)
    placeholders = ", ".join(["%s"] * len(content_types))
    if engine == "postgresql":
        tsquery = pg_tsquery(query, get_search_backend().config)
        if tsquery is None:
            return []
        tsquery, params = tsquery
        pk_type = items.model._meta.pk.rel_db_type(connection)
        sql = (
            f"SELECT CAST(e.object_id AS {pk_type}) FROM {entries} AS e"
            f" WHERE (e.title || e.body) @@ {tsquery} AND e.content_type_id IN ({placeholders})"
        )
        return RawSQL(sql, [*params, *content_types])
    fts = connection.ops.quote_name(sqlite.fts_table_name())
    sql = (
        f"SELECT e.object_id FROM {fts} CROSS JOIN {entries} AS e ON e.id = {fts}.rowid"
        f" WHERE {fts} MATCH %s AND e.content_type_id IN ({placeholders})"
    )
    return RawSQL(sql, ["{title body} : " + fts5_expression(query), *content_types])


def starting_with(items, field_name, prefix):
    """``items`` whose ``field_name`` starts with ``prefix``, case aside.

    On SQLite a prefix without letters (the "25/" of a document number) is read as a range of
    the field's index: SQLite compares such a column byte by byte, so the range holds exactly
    the values that start with the prefix, found without reading the table. Elsewhere, and for
    prefixes with letters, ``istartswith``.
    """
    connection = connections[router.db_for_read(items.model)]
    if connection.vendor == "sqlite" and prefix and prefix.lower() == prefix.upper():
        after = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        return items.filter(**{f"{field_name}__gte": prefix, f"{field_name}__lt": after})
    return items.filter(**{f"{field_name}__istartswith": prefix})


_IDENTIFIER = re.compile(r"[\w.]*\d[\w.]*/[\w./-]+", re.UNICODE)


def identifiers(text):
    """The identifiers typed in ``text`` (document numbers such as 25/2021/QĐ-TTg), folded."""
    return [token for token in _IDENTIFIER.findall(folded_query_string(text)) if "/" in token]


def identifier_matches(items, field_name, text, limit=200):
    """pks of ``items`` whose ``field_name`` starts with an identifier typed in ``text``, folded
    (QĐ meets qd), whatever a backend's tokeniser makes of slashes and hyphens.

    Candidates start with the part before the first slash ("25/"), which has no letters to fold,
    read from the field's index; the comparison itself is folded, at most ``limit`` candidates
    per identifier."""
    found = []
    for identifier in identifiers(text):
        prefix = identifier.split("/", 1)[0] + "/"
        candidates = starting_with(items, field_name, prefix).values_list("pk", field_name)
        for pk, value in candidates[:limit]:
            if fold(value or "").startswith(identifier) and pk not in found:
                found.append(pk)
    return found
