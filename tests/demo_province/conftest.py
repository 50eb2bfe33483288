"""The demo province, seeded once for every test of this folder.

``seed_demo`` builds a whole province (pages in three languages, documents, records, the
library, questions) in half a minute on SQLite and about a minute on PostgreSQL. The tests here
only read it or change it inside their own transaction, so one seeding serves them all: it runs
in an outer transaction that is rolled back when the last test of the folder has run, and each
test's changes are rolled back to a savepoint as usual. A test here must not be transactional.
"""

import io

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.db import transaction


@pytest.fixture(scope="package")
def demo_province(django_db_setup, django_db_blocker):
    """The output of ``seed_demo`` (the demo's accounts are named there)."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            out = io.StringIO()
            call_command("seed_demo", stdout=out)
            yield out.getvalue()
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
            for cache in caches.all():
                cache.clear()


@pytest.fixture(autouse=True)
def fresh_caches():
    """Rate-limit counters and Wagtail's site paths: nothing of another test's requests."""
    for cache in caches.all():
        cache.clear()
