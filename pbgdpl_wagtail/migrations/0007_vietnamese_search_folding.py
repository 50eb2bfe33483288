"""Vietnamese search: SQLite's FTS table folds letters with two marks; PostgreSQL gets vi_unaccent.

No model state changes: only database objects of the search backend, so that this migration can
be renumbered freely. Index entries written before it lack the folded copies of the text: run
``manage.py update_index`` once after migrating.
"""

from django.db import migrations

from pbgdpl_wagtail.search import postgres, sqlite


def fold_search_tables(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor == "sqlite":
        sqlite.rebuild_fts_table(connection, sqlite.FOLDING_TOKENIZER)
    elif connection.vendor == "postgresql":
        # Refused without the right to create the unaccent extension: check pbgdpl.W010 then
        # shows the SQL for the database's owner to run.
        postgres.create_config(connection)


def unfold_search_tables(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor == "sqlite":
        sqlite.rebuild_fts_table(connection, sqlite.WAGTAIL_TOKENIZER)


class Migration(migrations.Migration):
    dependencies = [
        ("pbgdpl", "0006_component_databases"),
        # Creates the FTS5 table on SQLite.
        ("wagtailsearch", "0006_customise_indexentry"),
    ]

    operations = [migrations.RunPython(fold_search_tables, unfold_search_tables, elidable=False)]
