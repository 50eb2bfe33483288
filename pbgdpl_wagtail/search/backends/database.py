"""Wagtail's database search backend, with a faster indexer on PostgreSQL.

Use it in place of ``wagtail.search.backends.database``; it chooses the same backend for the
database in use. On PostgreSQL, Wagtail's indexer builds every text of every entry as a Django
expression and compiles it (about 6 ms of Python per legal document, most of a reindex of
100,000 items), and after each batch it recomputes the title norm of every new entry from the
average title length of the whole table. This indexer writes the same entries with one SQL
statement per batch built as text, reads each object's fields once, and sets the title norms of
the batch's own entries only; the rebuild ends, as Wagtail's does, by setting all of them.
The stored rows are the same as Wagtail's, so searching is unchanged.
"""

from django.db import connection
from django.utils.encoding import force_str
from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    PostgresIndex,
    PostgresSearchBackend,
)
from modelsearch.backends.database.postgres.weights import get_weight
from modelsearch.index import AutocompleteField, RelatedFields, SearchField
from modelsearch.utils import get_content_type_pk


def _text(value):
    """An indexed value as text, as Wagtail's indexer prepares it."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return ", ".join(_text(item) for item in value)
    if isinstance(value, dict):
        return ", ".join(_text(item) for item in value.values())
    return force_str(value)


def _field_texts(obj, field):
    """(field, weight, text) of a search field, related fields included, as Wagtail reads them."""
    if isinstance(field, SearchField):
        yield field, get_weight(field.boost), _text(field.get_value(obj))
    elif isinstance(field, AutocompleteField):
        yield field, "D", _text(field.get_value(obj))
    elif isinstance(field, RelatedFields):
        related = field.get_value(obj)
        if related is None:
            return
        if hasattr(related, "all"):
            related = related.all()
        else:
            related = [related() if callable(related) else related]
        for sub_obj in related:
            for sub_field in field.fields:
                yield from _field_texts(sub_obj, sub_field)


class IndexedTexts:
    """An object's texts for the title, body and autocomplete columns, read in one pass."""

    def __init__(self, obj, search_fields):
        self.title, self.body, self.autocomplete = [], [], []
        for search_field in search_fields:
            for field, weight, text in _field_texts(obj, search_field):
                text = text.strip()
                if not text:
                    continue
                if isinstance(field, AutocompleteField):
                    self.autocomplete.append((text, weight))
                elif field.field_name == "title":
                    self.title.append((text, weight))
                else:
                    self.body.append((text, weight))


def _vector_sql(texts, config):
    """(SQL, params) of a tsvector made of (text, weight) pairs, as Wagtail builds it: each text
    weighted, joined with ||; an empty text without config when there is none."""
    if not texts:
        return "to_tsvector(%s)", [""]
    with_config = "%s::regconfig, " if config else ""
    params = []
    for text, weight in texts:
        params += [config, text, weight] if config else [text, weight]
    sql = " || ".join([f"setweight(to_tsvector({with_config}%s), %s)"] * len(texts))
    return f"({sql})", params


class FastPostgresIndex(PostgresIndex):
    # Objects per INSERT: a statement takes at most 65,535 parameters, about three per text.
    BATCH_SIZE = 200

    def add_items(self, model, objs):
        search_fields = model.get_search_fields()
        objs = list(objs)
        if not search_fields or not objs:
            return
        for start in range(0, len(objs), self.BATCH_SIZE):
            self._add_batch(model, search_fields, objs[start : start + self.BATCH_SIZE])
        self._refresh_batch_title_norms(
            get_content_type_pk(model), [force_str(obj.pk) for obj in objs]
        )

    def _add_batch(self, model, search_fields, objs):
        content_type = get_content_type_pk(model)
        rows, params = [], []
        for obj in objs:
            texts = IndexedTexts(obj, search_fields)
            params += [content_type, force_str(obj.pk)]
            vectors = []
            for column, config in (
                (texts.title, self.backend.config),
                (texts.autocomplete, self.backend.autocomplete_config),
                (texts.body, self.backend.config),
            ):
                sql, column_params = _vector_sql(column, config)
                vectors.append(sql)
                params += column_params
            params += [
                " ".join(text for text, _weight in texts.title),
                " ".join(text for text, _weight in texts.body),
            ]
            rows.append(f"(%s, %s, {', '.join(vectors)}, 1.0, %s, %s)")
        table = self.write_connection.ops.quote_name(IndexEntry._meta.db_table)
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table} (content_type_id, object_id, title, autocomplete, body,"
                " title_norm, title_text, body_text)"
                f" VALUES {', '.join(rows)}"
                " ON CONFLICT (content_type_id, object_id) DO UPDATE SET"
                " title = EXCLUDED.title, title_norm = 1.0,"
                " autocomplete = EXCLUDED.autocomplete, body = EXCLUDED.body,"
                " title_text = EXCLUDED.title_text, body_text = EXCLUDED.body_text",
                params,
            )

    def _refresh_batch_title_norms(self, content_type, object_ids):
        """Wagtail's title norm (average title length / this title's length) for the batch's
        entries only: Wagtail's own refresh reads every entry whose norm is 1.0, a scan of the
        whole table after each batch."""
        table = self.write_connection.ops.quote_name(IndexEntry._meta.db_table)
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                f"UPDATE {table} SET title_norm = average.length / length(title)"
                f" FROM (SELECT avg(length(title)) AS length FROM {table}"
                "  WHERE length(title) > 0) AS average"
                " WHERE content_type_id = %s AND object_id = ANY(%s) AND length(title) > 0",
                [content_type, object_ids],
            )


class FastPostgresSearchBackend(PostgresSearchBackend):
    index_class = FastPostgresIndex


def SearchBackend(params):
    """The backend ``wagtail.search.backends.database`` would choose, with the faster indexer
    when the database is PostgreSQL."""
    if connection.vendor == "postgresql":
        return FastPostgresSearchBackend(params)
    return DatabaseSearchBackend(params)
