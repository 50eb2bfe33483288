"""PostgreSQL only: the server ends the Q&A pull's or the registry import's session half-way
(``pg_terminate_backend`` from a second connection, as an administrator or a failover would).
No half-written batch is left behind, and the same command succeeds when run again.

tests/test_faults.py covers the process killed and the connection dropped on the client side, on
SQLite files; this runs in the PostgreSQL step of CI, against the test database itself, with the
command in a subprocess (tests/fault_runner.py, mode "terminate").
"""

import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import pytest
from django.db import connection
from django.db.models import Count

from pbgdpl_wagtail.models import LegalReporter, Question

from .exchange_support import FakeHub
from .factories import LegalFieldFactory
from .factories_registries import VALID_REPORTER_ROW, reporter_csv

ROOT = Path(__file__).resolve().parent.parent
PAGES, PAGE_SIZE = 3, 20
ROWS = 300

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="pg_terminate_backend is PostgreSQL's"
)


@pytest.fixture
def site_env(transactional_db, django_db_serialized_rollback):
    """The environment of a command run on the test database (committed rows are visible both
    ways; the flush after the test removes them)."""
    LegalFieldFactory(code="44.8")
    db = connection.settings_dict
    url = (
        f"postgres://{quote(db['USER'], safe='')}:{quote(db['PASSWORD'] or '', safe='')}"
        f"@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
    )
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "demo.settings.test",
        "DATABASE_URL": url,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "example_site"), str(ROOT)]),
    }


def command(env, *args, fault_at=None):
    """Runs a management command, with the server ending its session at the ``fault_at``-th
    write batch when given."""
    if fault_at is None:
        prefix = [str(ROOT / "example_site/manage.py")]
    else:
        prefix = ["-m", "tests.fault_runner", "terminate", *fault_at, "unused-marker", "--"]
    return subprocess.run(
        [sys.executable, *prefix, *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture
def hub():
    with FakeHub() as fake:
        yield fake.feed(PAGES, PAGE_SIZE)


def pulled():
    """(copies pulled, copies held twice)."""
    copies = Question.objects.exclude(external_id="")
    twice = copies.values("source", "external_id").annotate(n=Count("pk")).filter(n__gt=1)
    return copies.count(), twice.count()


def test_a_pull_whose_session_the_server_ends_keeps_whole_pages(site_env, hub):
    feed = hub.base_url + "/feed/1/"
    ended = command(site_env, "pbgdpl_qa_sync", "--pull", "--url", feed, fault_at=("sync", "2"))
    assert ended.returncode != 0, ended.stdout
    assert any(word in ended.stderr.lower() for word in ("terminat", "closed")), ended.stderr
    assert pulled() == (PAGE_SIZE, 0)

    for _run in range(2):
        done = command(site_env, "pbgdpl_qa_sync", "--pull", "--url", feed)
        assert done.returncode == 0, done.stderr
        assert pulled() == (PAGES * PAGE_SIZE, 0)


def test_an_import_whose_session_the_server_ends_keeps_nothing(site_env, tmp_path):
    rows = [[f"Báo cáo viên số {number}", *VALID_REPORTER_ROW[1:]] for number in range(ROWS)]
    data = tmp_path / "bao-cao-vien.csv"
    data.write_bytes(reporter_csv(rows))
    args = ("pbgdpl_import_registry", "legal_reporters", str(data))

    ended = command(site_env, *args, fault_at=("import", str(ROWS // 2)))
    assert ended.returncode != 0, ended.stdout
    assert any(word in ended.stderr.lower() for word in ("terminat", "closed")), ended.stderr
    assert LegalReporter.objects.count() == 0

    for _run in range(2):
        done = command(site_env, *args)
        assert done.returncode == 0, done.stderr
        assert LegalReporter.objects.count() == ROWS
