"""Fixtures of the browser tests: Debian's Chromium driven by Playwright's sync API.

The demo province is built with ``seed_demo`` inside the test database and served by
pytest-django's ``live_server`` (a threaded WSGI server on 127.0.0.1 that also serves the static
files through ``StaticFilesHandler``, even with ``DEBUG = False``).

Chromium comes from the distribution (``apt-get install chromium``); ``playwright install`` is
never needed. Without it the tests are skipped, unless ``PBGDPL_REQUIRE_BROWSER=1`` (CI), in which
case they fail.
"""

import io
import mimetypes
import os
import shutil
import sqlite3
import threading
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from django.conf import settings
from django.core.management import call_command
from docs_screenshots import CHROMIUM_ARGS  # example_site/, on the tests' path
from playwright.sync_api import Error as PlaywrightError

# Playwright's sync API keeps an asyncio event loop in this thread; Django's ORM would otherwise
# refuse to run ("You cannot call this from an async context").
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
# Serve on the loopback address (pytest-django's default is "localhost"); --liveserver wins.
os.environ.setdefault("DJANGO_LIVE_TEST_SERVER_ADDRESS", "127.0.0.1")

REPO_ROOT = Path(__file__).resolve().parents[2]
DESKTOP = {"width": 1280, "height": 800}

_saved_screenshots = []


def _artifacts_dir():
    return Path(os.environ.get("PBGDPL_ARTIFACTS_DIR") or REPO_ROOT / "e2e-artifacts").resolve()


@pytest.fixture(scope="session")
def chromium_executable():
    path = shutil.which("chromium")
    if path is None:
        reason = (
            "Chromium is not installed (no `chromium` on PATH): install Debian's package with "
            "`apt-get install chromium` to run the browser tests"
        )
        if os.environ.get("PBGDPL_REQUIRE_BROWSER") == "1":
            pytest.fail(f"PBGDPL_REQUIRE_BROWSER=1 but {reason}", pytrace=False)
        pytest.skip(reason)
    return path


@pytest.fixture(scope="session")
def artifacts_dir():
    folder = _artifacts_dir()
    folder.mkdir(parents=True, exist_ok=True)
    print(f"\nBrowser test screenshots: {folder}")
    return folder


@pytest.fixture
def screenshot(artifacts_dir):
    """``screenshot(page, "name")`` saves a full-page PNG into the artifacts folder."""

    def save(page, name):
        path = artifacts_dir / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        _saved_screenshots.append(path)
        print(f"Screenshot: {path}")
        return path

    return save


# The seeded demo database, copied once (SQLite's backup API) and copied back for each test.
_seeded = {}


def _wait_for_requests():
    """Let the live server finish the requests a closed browser left behind: they use the
    database connection the server shares with the tests, which is about to be flushed or
    overwritten (and SQLite's backup waits for as long as a statement holds it)."""
    deadline = time.monotonic() + 30
    for thread in threading.enumerate():
        if "process_request_thread" in thread.name:
            thread.join(max(0.0, deadline - time.monotonic()))


def _copy_database(source, target, seconds=60):
    """SQLite's backup API, bounded: Python's backup() retries a locked database forever."""
    deadline = time.monotonic() + seconds

    def progress(status, remaining, total):
        if time.monotonic() > deadline:
            raise RuntimeError(f"the test database stayed locked for {seconds} s")

    source.backup(target, progress=progress)


@pytest.fixture
def demo_url(transactional_db, django_db_serialized_rollback, live_server, settings):
    """The demo province, built in the test database and served at the returned URL.

    ``transactional_db`` makes the seeded rows visible to the server thread; the serialized
    rollback restores what the migrations created (Wagtail's root page, locale, default site),
    which the flush after each transactional test removes.

    ``seed_demo`` takes half a minute, so on SQLite's in-memory test database (which the server
    thread shares) it runs once: its result is kept with SQLite's backup API and written back
    whole for the next test, search index included. Other databases seed for every test.
    The content cache is on (test settings turn it off), as on a site.
    """
    from django.core.cache import caches
    from django.db import connection

    _wait_for_requests()
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        connection.ensure_connection()
        if "snapshot" in _seeded:
            _copy_database(_seeded["snapshot"], connection.connection)
        else:
            call_command("seed_demo", stdout=io.StringIO())
            _seeded["snapshot"] = sqlite3.connect(":memory:", check_same_thread=False)
            _copy_database(connection.connection, _seeded["snapshot"])
    else:
        call_command("seed_demo", stdout=io.StringIO())
    # Wagtail's site paths, rate-limit counters: nothing of a previous test's requests.
    for cache in caches.all():
        cache.clear()
    # The content cache on, as on a site: what editors publish must reach citizens at once.
    settings.PBGDPL = {**settings.PBGDPL, "CONTENT_CACHE_SECONDS": 600}
    yield live_server.url
    _wait_for_requests()


@pytest.fixture
def browser(chromium_executable, demo_url):
    """A headless Chromium, started after the database is ready and stopped before it is
    flushed.

    While Playwright's sync API runs, the test's code runs in another greenlet whose context
    variables differ, so ``django.db.connections`` hands out *new* connection objects there: the
    serialized rollback would silently do nothing and, on PostgreSQL, connections left open would
    keep the test database from being dropped. Hence this fixture is function-scoped and depends
    on ``demo_url``: all database work (restore, seeding, flush) happens outside Playwright.
    Do not use the ORM in a test once the browser runs.
    """
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_executable, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


def _serve_media(route):
    """Answer /media/... from MEDIA_ROOT: the demo's images are uploads, and Django only serves
    static files (not media) when DEBUG is off."""
    relative = unquote(urlsplit(route.request.url).path)[len(settings.MEDIA_URL) :]
    root = Path(settings.MEDIA_ROOT).resolve()
    path = (root / relative).resolve()
    try:
        if root in path.parents and path.is_file():
            content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            route.fulfill(status=200, body=path.read_bytes(), content_type=content_type)
        else:
            route.fulfill(status=404, body="Not found", content_type="text/plain")
    except PlaywrightError as error:
        # A page-level handler (the page-weight check) may have answered it already while it
        # was being removed; the request got its answer, so there is nothing left to do.
        if "already handled" not in str(error):
            raise


def _autosave_refused(response):
    """Wagtail's editor autosaves in the background (a POST asking for JSON) and refuses with a
    400 an autosave that a save or a navigation overtook ("invalid_revision") or whose form is
    half-filled while the editor types: Wagtail's own bookkeeping, not a failed page. Its body
    is often gone once the page has navigated, so the request alone identifies it."""
    request = response.request
    return (
        response.status == 400
        and request.method == "POST"
        and "application/json" in (request.headers.get("accept") or "")
        and urlsplit(response.url).path.startswith("/admin/")
    )


@pytest.fixture
def open_page(browser, demo_url):
    """``open_page(viewport=...)`` opens a tab in a fresh browser context on the demo site.

    The page gets ``failed_responses``: every same-site response with a 4xx/5xx status.
    """
    contexts = []

    def open_(viewport=DESKTOP):
        context = browser.new_context(
            base_url=demo_url,
            viewport=viewport,
            locale="vi-VN",
            service_workers="block",
        )
        contexts.append(context)
        context.route(f"{demo_url}{settings.MEDIA_URL}**", _serve_media)
        page = context.new_page()
        page.set_default_timeout(15_000)
        page.failed_responses = []

        def record(response):
            same_site = response.url.startswith(demo_url)
            favicon = urlsplit(response.url).path == "/favicon.ico"
            failed = same_site and not favicon and response.status >= 400
            if failed and not _autosave_refused(response):
                page.failed_responses.append(f"{response.status} {response.url}")

        page.on("response", record)
        return page

    yield open_
    for context in contexts:
        context.close()


def pytest_terminal_summary(terminalreporter):
    if _saved_screenshots:
        terminalreporter.write_sep("-", "browser test screenshots")
        terminalreporter.write_line(f"{len(_saved_screenshots)} saved in {_artifacts_dir()}")
