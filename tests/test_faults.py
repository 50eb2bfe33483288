"""Faults: the Q&A pull and the registry import, killed or cut off from their database half-way,
leave no half-written batch behind and succeed when run again.

Each run is a separate process on its own SQLite file (the test's database is not shared with
a subprocess). tests/fault_runner.py injects the fault inside a write batch, after its rows were
written and before the commit; the "killed while waiting" case kills the pull from outside
while the hub holds back a later page.
"""

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from .exchange_support import FakeHub
from .factories_registries import VALID_REPORTER_ROW, reporter_csv

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parent.parent
PAGES, PAGE_SIZE = 5, 40
ROWS = 400

COUNT = """
from django.db.models import Count
from pbgdpl_wagtail.models import LegalReporter, Question
copies = Question.objects.exclude(external_id="")
twice = copies.values("source", "external_id").annotate(n=Count("pk")).filter(n__gt=1).count()
codes = Question.objects.values("code").distinct().count()
print(copies.count(), twice, codes == Question.objects.count(), LegalReporter.objects.count())
"""

PREPARE = """
from tests.factories import LegalFieldFactory
LegalFieldFactory(code="44.8")
"""


def run(env, *args, check=True, timeout=900):
    return subprocess.run(
        [sys.executable, *args],
        env=env,
        cwd=ROOT,
        check=check,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def manage(env, *args, **kwargs):
    return run(env, str(ROOT / "example_site/manage.py"), *args, **kwargs)


def counts(env):
    """(copies pulled, copies held twice, codes all distinct, legal reporters)."""
    # The last line: Django's shell may first tell which objects it imported.
    output = manage(env, "shell", "-c", COUNT).stdout.strip().splitlines()[-1]
    copies, twice, distinct, reporters = output.split()
    return int(copies), int(twice), distinct == "True", int(reporters)


@pytest.fixture(scope="module")
def migrated(tmp_path_factory):
    folder = tmp_path_factory.mktemp("faults")
    database = folder / "migrated.sqlite3"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "demo.settings.test",
        "DATABASE_URL": f"sqlite:///{database}",
        "PYTHONPATH": os.pathsep.join([str(ROOT / "example_site"), str(ROOT)]),
    }
    manage(env, "migrate", "--no-input")
    manage(env, "shell", "-c", PREPARE)
    return database


@pytest.fixture
def site_env(migrated, tmp_path):
    """The environment of a site with a fresh copy of the migrated database."""
    database = tmp_path / "site.sqlite3"
    shutil.copy(migrated, database)
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "demo.settings.test",
        "DATABASE_URL": f"sqlite:///{database}",
        "PYTHONPATH": os.pathsep.join([str(ROOT / "example_site"), str(ROOT)]),
    }


@pytest.fixture
def hub():
    """A hub serving PAGES pages of PAGE_SIZE answers; ``hub.hold`` holds back page 3."""
    with FakeHub() as fake:
        yield fake.feed(PAGES, PAGE_SIZE)


def pull(env, hub, fault=None, tmp_path=None):
    command = ["pbgdpl_qa_sync", "--pull", "--url", hub.base_url + "/feed/1/"]
    if fault is None:
        return manage(env, *command)
    mode, at = fault
    marker = tmp_path / "marker"
    return run(
        env,
        "-m",
        "tests.fault_runner",
        mode,
        "sync",
        str(at),
        str(marker),
        "--",
        *command,
        check=False,
    )


def assert_whole_pages_then_rerun(env, hub, expected_pages):
    copies, twice, distinct, _reporters = counts(env)
    assert copies == expected_pages * PAGE_SIZE
    pull(env, hub)
    assert counts(env)[:3] == (PAGES * PAGE_SIZE, 0, True)
    # Once more: nothing new.
    pull(env, hub)
    assert counts(env)[:3] == (PAGES * PAGE_SIZE, 0, True)


def test_a_pull_killed_while_waiting_for_a_page_keeps_whole_pages(site_env, hub):
    asked, released = threading.Event(), threading.Event()

    class HoldPageThree(dict):
        def get(self, path, default=None):
            if path == "/feed/3/":
                asked.set()
                released.wait(timeout=60)
            return super().get(path, default)

    hub.pages = HoldPageThree(hub.pages)
    process = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "example_site/manage.py"),
            "pbgdpl_qa_sync",
            "--pull",
            "--url",
            hub.base_url + "/feed/1/",
        ],
        env=site_env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert asked.wait(timeout=120), "the pull never asked for page 3"
        process.send_signal(signal.SIGKILL)
        assert process.wait(timeout=30) == -signal.SIGKILL
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    released.set()
    assert_whole_pages_then_rerun(site_env, hub, expected_pages=2)


@pytest.mark.parametrize("mode", ["die", "drop"])
def test_a_pull_that_dies_inside_a_page_keeps_the_pages_before_it(site_env, hub, tmp_path, mode):
    result = pull(site_env, hub, fault=(mode, 2), tmp_path=tmp_path)
    assert result.returncode != 0
    assert_whole_pages_then_rerun(site_env, hub, expected_pages=1)


def registry_file(path):
    rows = [[f"Báo cáo viên số {number}", *VALID_REPORTER_ROW[1:]] for number in range(ROWS)]
    path.write_bytes(reporter_csv(rows))
    return path


@pytest.mark.parametrize("mode", ["hang", "die", "drop"])
def test_an_import_cut_off_half_way_keeps_nothing_and_succeeds_again(site_env, tmp_path, mode):
    data = registry_file(tmp_path / "bao-cao-vien.csv")
    marker = tmp_path / "marker"
    command = [
        "-m",
        "tests.fault_runner",
        mode,
        "import",
        str(ROWS // 2),
        str(marker),
        "--",
        "pbgdpl_import_registry",
        "legal_reporters",
        str(data),
    ]
    if mode == "hang":
        process = subprocess.Popen(
            [sys.executable, *command],
            env=site_env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 240
            while not marker.exists():
                assert process.poll() is None and time.monotonic() < deadline
                time.sleep(0.2)
            process.send_signal(signal.SIGKILL)
            assert process.wait(timeout=30) == -signal.SIGKILL
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
    else:
        assert run(site_env, *command, check=False, timeout=300).returncode != 0
    assert counts(site_env)[3] == 0
    done = manage(site_env, "pbgdpl_import_registry", "legal_reporters", str(data))
    assert str(ROWS) in done.stdout
    assert counts(site_env)[3] == ROWS
    again = manage(site_env, "pbgdpl_import_registry", "legal_reporters", str(data))
    assert str(ROWS) in again.stdout
    assert counts(site_env)[3] == ROWS
