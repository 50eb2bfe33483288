"""PostgreSQL: the ``vi_unaccent`` text-search configuration (unaccent, then simple).

Wagtail's database backend turns indexed text and queries into ``tsvector``/``tsquery`` with
``WAGTAILSEARCH_BACKENDS[...]["SEARCH_CONFIG"]``. The built-in configurations keep accents (and
stem English), so "hoa giai" never meets "hòa giải". ``vi_unaccent`` lower-cases and strips the
accents: the folded copies (see indexing.py) then add only what unaccent cannot do, đ → d.

Creating the ``unaccent`` extension may need a superuser; the migration tries and, when it is
not allowed, leaves the SQL to ``CREATE_SQL`` and the system check pbgdpl.W010.
"""

CONFIG_NAME = "vi_unaccent"
DATABASE_BACKENDS = (
    "wagtail.search.backends.database",
    "modelsearch.backends.database",
    "pbgdpl_wagtail.search.backends.database",
)

CREATE_SQL = """\
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION vi_unaccent (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION vi_unaccent
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;"""

DROP_SQL = "DROP TEXT SEARCH CONFIGURATION IF EXISTS vi_unaccent;"


def config_exists(connection):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_ts_config WHERE cfgname = %s", [CONFIG_NAME])
        return cursor.fetchone() is not None


def create_config(connection):
    """Create ``vi_unaccent`` if it is missing. True when it exists afterwards.

    Runs in a savepoint so that a refusal (no right to create the extension) leaves the
    surrounding transaction, e.g. the migration's, usable.
    """
    from django.db import DatabaseError, transaction

    if connection.vendor != "postgresql":
        return False
    if config_exists(connection):
        return True
    try:
        with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
            for statement in CREATE_SQL.split(";"):
                if statement.strip():
                    cursor.execute(statement)
    except DatabaseError:
        return False
    return True


def backends_using_config():
    """Names of the configured database search backends on PostgreSQL, with their config."""
    from django.conf import settings

    found = {}
    for name, params in getattr(settings, "WAGTAILSEARCH_BACKENDS", {}).items():
        if params.get("BACKEND", "").startswith(DATABASE_BACKENDS):
            found[name] = params.get("SEARCH_CONFIG")
    return found


# Wagtail's database backend filters the index entries with ``(title || body) @@ query``: the
# GIN indexes of ``title`` and of ``body`` cannot answer that expression, so every search read
# all the entries of the model searched (85,000 for the legal documents of the benchmark). An
# index on the expression itself lets PostgreSQL read only the matching entries.
TITLE_BODY_INDEX = "pbgdpl_indexentry_title_body_gin"


def create_title_body_index(connection):
    from wagtail.search.models import IndexEntry

    if connection.vendor != "postgresql":
        return False
    table = connection.ops.quote_name(IndexEntry._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"CREATE INDEX IF NOT EXISTS {TITLE_BODY_INDEX} ON {table} USING gin ((title || body))"
        )
    return True


def drop_title_body_index(connection):
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"DROP INDEX IF EXISTS {TITLE_BODY_INDEX}")
