"""SQLite: Wagtail's FTS5 table with a tokeniser that folds every Vietnamese letter.

Wagtail creates the table with FTS5's default ``unicode61`` tokeniser, whose
``remove_diacritics 1`` leaves letters with two marks (ở, ề, ậ) unfolded, so "o" never meets
"ở". ``remove_diacritics 2`` folds them all. FTS5 cannot change a tokeniser in place: the table is
dropped, created again and refilled from the index entries. Wagtail's triggers that keep it in
step with the entries name the table, so they go on working.
"""

from wagtail.search.models import IndexEntry

FOLDING_TOKENIZER = "unicode61 remove_diacritics 2"
WAGTAIL_TOKENIZER = "unicode61"
COLUMNS = "autocomplete, body, title"


def fts_table_name():
    return f"{IndexEntry._meta.db_table}_fts"


def fts_table_sql(connection):
    """The CREATE statement of the FTS table, or None when there is none (no FTS5)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = %s",
            [fts_table_name()],
        )
        row = cursor.fetchone()
    return row[0] if row else None


def has_fts_table(connection):
    """Whether the FTS table exists, asked once per open database connection: it only comes and
    goes with migrations, and a search runs one query per content type."""
    raw = connection.connection
    known = getattr(connection, "_pbgdpl_fts_table", None)
    if raw is None or known is None or known[0] is not raw:
        present = fts_table_sql(connection) is not None
        connection._pbgdpl_fts_table = (connection.connection, present)
        return present
    return known[1]


def fts_table_folds(connection):
    """Whether the FTS table folds letters with two marks; None when there is no FTS table."""
    sql = fts_table_sql(connection)
    if sql is None:
        return None
    return "remove_diacritics 2" in sql


def rebuild_fts_table(connection, tokenizer=FOLDING_TOKENIZER):
    """Create the FTS table again with ``tokenizer`` and refill it from the index entries."""
    if connection.vendor != "sqlite" or fts_table_sql(connection) is None:
        return False
    fts = connection.ops.quote_name(fts_table_name())
    entries = connection.ops.quote_name(IndexEntry._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE {fts}")
        cursor.execute(
            f"CREATE VIRTUAL TABLE {fts} USING fts5({COLUMNS}, tokenize = '{tokenizer}')"
        )
        cursor.execute(
            f"INSERT INTO {fts} (rowid, title, body, autocomplete) "
            f"SELECT id, title, body, autocomplete FROM {entries}"
        )
    return True
