"""Database checks of the Vietnamese search setup (``migrate`` and ``check --database`` run them).

Each message says what to do: on PostgreSQL the SQL to run when the migration was not allowed to
create ``vi_unaccent``, or the SEARCH_CONFIG to set; on SQLite, to migrate.
"""

from django.core.checks import Tags, Warning, register
from django.db import DatabaseError, connections
from django.utils.translation import gettext as _

from . import postgres, sqlite


@register(Tags.database)
def check_search_folding(app_configs, databases=None, **kwargs):
    messages = []
    for alias in databases or []:
        connection = connections[alias]
        try:
            if connection.vendor == "postgresql":
                messages += _postgres_messages(connection)
            elif connection.vendor == "sqlite" and sqlite.fts_table_folds(connection) is False:
                messages.append(
                    Warning(
                        _("The search table does not fold Vietnamese letters with two marks."),
                        hint=_("Run manage.py migrate, then manage.py update_index."),
                        id="pbgdpl.W012",
                    )
                )
        except DatabaseError:
            continue  # tables not created yet: migrate reports that itself
    return messages


def _postgres_messages(connection):
    messages = []
    if not postgres.config_exists(connection):
        messages.append(
            Warning(
                _(
                    "The PostgreSQL text search configuration %(name)s is missing, so searches "
                    "typed without diacritics miss text written with them."
                )
                % {"name": postgres.CONFIG_NAME},
                hint=_(
                    "The migration could not create it (creating the unaccent extension needs "
                    "more rights). Ask the database owner to run:\n%(sql)s"
                )
                % {"sql": postgres.CREATE_SQL},
                id="pbgdpl.W010",
            )
        )
    for name, config in postgres.backends_using_config().items():
        if config != postgres.CONFIG_NAME:
            messages.append(
                Warning(
                    _("The search backend %(name)s does not use the %(config)s configuration.")
                    % {"name": name, "config": postgres.CONFIG_NAME},
                    hint=_(
                        'Add "SEARCH_CONFIG": "%(config)s" to WAGTAILSEARCH_BACKENDS["%(name)s"].'
                    )
                    % {"name": name, "config": postgres.CONFIG_NAME},
                    id="pbgdpl.W011",
                )
            )
    return messages
