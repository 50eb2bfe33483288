"""The database side of the folded search: SQLite's tokeniser, PostgreSQL's vi_unaccent, checks."""

import pytest
from django.db import connection
from django.test import override_settings

from pbgdpl_wagtail.models import SectionPage
from pbgdpl_wagtail.search import postgres, sqlite
from pbgdpl_wagtail.search.checks import check_search_folding
from pbgdpl_wagtail.search.query import search

from .factories import make_section

pytestmark = pytest.mark.django_db

on_postgres = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")
on_sqlite = pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite only")


def ids(messages):
    return [message.id for message in messages]


@on_sqlite
def test_sqlite_check_reports_an_unfolding_table_until_it_is_rebuilt(db):
    assert ids(check_search_folding(None, databases=["default"])) == []
    try:
        sqlite.rebuild_fts_table(connection, sqlite.WAGTAIL_TOKENIZER)
        assert ids(check_search_folding(None, databases=["default"])) == ["pbgdpl.W012"]
    finally:
        sqlite.rebuild_fts_table(connection)


@on_postgres
def test_the_migration_created_vi_unaccent(db):
    assert postgres.config_exists(connection)
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_tsvector('vi_unaccent', 'Hòa giải ở cơ sở')::text")
        assert cursor.fetchone()[0] == "'co':4 'giai':2 'hoa':1 'o':3 'so':5"


@on_postgres
def test_postgres_check_gives_the_sql_when_vi_unaccent_is_missing(db):
    assert ids(check_search_folding(None, databases=["default"])) == []
    with connection.cursor() as cursor:
        cursor.execute(postgres.DROP_SQL)
    messages = check_search_folding(None, databases=["default"])
    assert ids(messages) == ["pbgdpl.W010"]
    assert "CREATE TEXT SEARCH CONFIGURATION vi_unaccent" in messages[0].hint
    assert postgres.create_config(connection) is True
    assert ids(check_search_folding(None, databases=["default"])) == []


@on_postgres
def test_postgres_check_names_a_backend_without_the_config(db):
    backends = {"default": {"BACKEND": "wagtail.search.backends.database"}}
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        messages = check_search_folding(None, databases=["default"])
    assert ids(messages) == ["pbgdpl.W011"]
    assert '"SEARCH_CONFIG": "vi_unaccent"' in messages[0].hint


@on_postgres
def test_a_refusal_leaves_the_transaction_usable(db):
    with connection.cursor() as cursor:
        cursor.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
        if cursor.fetchone()[0]:
            pytest.skip("a superuser is never refused")
        cursor.execute(postgres.DROP_SQL)
        # Nobody but a superuser may create objects in pg_catalog: a refusal, as a database
        # user without rights would get.
        cursor.execute("SET LOCAL search_path = pg_catalog")
    assert postgres.create_config(connection) is False
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL search_path = public")
    assert postgres.create_config(connection) is True
    assert postgres.config_exists(connection)


def test_searches_without_diacritics_find_every_letter(portal):
    # ở, ề, ậ have two marks: SQLite's default tokeniser and PostgreSQL's default configuration
    # both missed them.
    make_section(portal, title="Đề cương tuyên truyền ở thôn bản", slug="de-cuong")
    make_section(portal, title="Tập huấn kỹ năng", slug="tap-huan")
    assert [p.slug for p in search(SectionPage.objects.all(), "de cuong o thon")] == ["de-cuong"]
    assert [p.slug for p in search(SectionPage.objects.all(), "tap huan")] == ["tap-huan"]
