"""PostgreSQL: a GIN index on ``title || body`` of Wagtail's index entries, the expression its
database backend searches (see search/postgres.py). Nothing on other databases; no model state.
"""

from django.db import migrations

from pbgdpl_wagtail.search import postgres


def create_index(apps, schema_editor):
    postgres.create_title_body_index(schema_editor.connection)


def drop_index(apps, schema_editor):
    postgres.drop_title_body_index(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [
        ("pbgdpl", "0011_question_approval_workflow"),
        # The index entries' tsvector columns on PostgreSQL.
        ("wagtailsearch", "0006_customise_indexentry"),
    ]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
