"""Benchmark (not a test): what each public page type of the demo costs, in process and under load.

    .venv/bin/python example_site/benchmarks/pages.py [--runs N] [--duration S] [--skip-load]

1. Builds the demo province (``migrate`` + ``seed_demo``) in a throwaway SQLite database in a
   temporary directory (or uses DATABASE_URL when set), with the production-like base settings
   (DEBUG off, cached templates).
2. In process: renders one URL of every public page type through Django's test client ``--runs``
   times and prints the median render time and the SQL queries of one render, for a first view
   (the package's content cache just renewed, as after any change of content) and for a view
   served from the content cache.
3. Under load: serves the demo with gunicorn (2 workers) on 127.0.0.1 and drives the home page, a
   listing, a detail page, the search page and an API listing with wrk (``--duration`` seconds
   each, 8 connections), then does the same for the home page of a bare ``wagtail start``
   project, the floor. It prints requests per second and p50/p99 latency of each, and the same
   pages again with the content cache off (every request rendered afresh), behind Django's cache
   middleware and behind Varnish configured with the VCL of docs/deployment.md (the two
   whole-page caching setups documented there; Varnish when installed).

Nothing here fails on a slow machine: the table shows the targets of issue #10 beside the figures
(20 queries per page at most; 3 x bakerydemo's requests per second; a detail page within 2 x the
bare page's cost). Needs gunicorn and wrk (Debian: ``apt-get install wrk varnish``) for step 3.
"""

import argparse
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.error import HTTPError
from urllib.request import urlopen

HERE = Path(__file__).resolve().parent
EXAMPLE_SITE = HERE.parent
REPO_ROOT = EXAMPLE_SITE.parent
PYTHON = sys.executable
BIN = Path(PYTHON).parent

# bakerydemo, measured the same way (issue #10): queries and requests per second.
BAKERYDEMO = {"home": (43, 34), "detail": (22, 62), "search": (None, 33)}
MAX_QUERIES = 20


def environment(database_dir):
    env = dict(os.environ)
    env.setdefault("DATABASE_URL", f"sqlite:///{Path(database_dir) / 'bench.sqlite3'}")
    env.update(
        DJANGO_SETTINGS_MODULE="demo.settings.base",
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        DJANGO_MEDIA_ROOT=str(Path(database_dir) / "media"),
        # One client (wrk) makes every request: the API's per-client limit would answer 429.
        PBGDPL_API_THROTTLE_RATE="1000000/minute",
        DJANGO_EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend",
        PYTHONPATH=str(EXAMPLE_SITE),
    )
    env.pop("DJANGO_DEBUG", None)
    return env


def build_demo(env):
    manage = [PYTHON, str(EXAMPLE_SITE / "manage.py")]
    for command in (["migrate", "--no-input", "-v0"], ["seed_demo"]):
        subprocess.run(manage + command, env=env, check=True, stdout=subprocess.DEVNULL)


def measure_in_process(urls, runs):
    """Per page: the median render time and the queries of a first view (the content cache just
    renewed, as after any change of content) and of a view served from the content cache."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from pbgdpl_wagtail import content_cache

    client = Client()
    rows = []

    def timed(url, renew):
        if renew:
            content_cache.renew()
        started = time.perf_counter()
        response = client.get(url)
        return response, (time.perf_counter() - started) * 1000

    for name, url in urls:
        for _ in range(2):  # warm the template and page tree caches
            client.get(url)
        row = [name, url]
        for renew in (True, False):
            times = [timed(url, renew)[1] for _ in range(runs)]
            if renew:
                content_cache.renew()
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
            row += [statistics.median(times), len(queries)]
        rows.append((name, url, response.status_code, *row[2:]))
    return rows


@contextmanager
def gunicorn(app, env, cwd):
    from loopback import free_port  # example_site/, on the path once main() has put it there

    port = free_port()
    process = subprocess.Popen(
        [str(BIN / "gunicorn"), app, "--workers", "2", "--bind", f"127.0.0.1:{port}"]
        + ["--log-level", "warning"],
        env=env,
        cwd=cwd,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urlopen(f"http://127.0.0.1:{port}/", timeout=5).close()
                break
            except HTTPError:  # it answers: wrk counts the statuses
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"gunicorn {app} did not start") from None
                time.sleep(0.3)
        yield f"http://127.0.0.1:{port}"
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


def _milliseconds(value, unit):
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def wrk(url, duration):
    output = subprocess.run(
        ["wrk", "-t2", "-c8", f"-d{duration}s", "--latency", "--timeout", "10s", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    latency = {
        percent: _milliseconds(value, unit)
        for percent, value, unit in re.findall(r"\s(50|99)%\s+([\d.]+)(us|ms|s)\b", output)
    }
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return rps, latency.get("50"), latency.get("99"), int(errors.group(1)) if errors else 0


def bare_wagtail_project(workdir):
    """A bare ``wagtail start`` project with its default home page, migrated, production
    settings (DEBUG off, hashed static files)."""
    project = Path(workdir) / "bare"
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="bare.settings.production",
        DATABASE_URL="",
        PYTHONPATH=str(project),
    )
    if not project.exists():
        project.mkdir()
        subprocess.run([str(BIN / "wagtail"), "start", "bare", str(project)], check=True)
        # `wagtail start` projects refuse every host in production until ALLOWED_HOSTS is set.
        settings_file = project / "bare" / "settings" / "production.py"
        settings_file.write_text(
            settings_file.read_text() + '\nALLOWED_HOSTS = ["127.0.0.1"]\nSECRET_KEY = "bench"\n'
        )
        for command in (["migrate", "--no-input", "-v0"], ["collectstatic", "--no-input", "-v0"]):
            subprocess.run([PYTHON, "manage.py", *command], env=env, cwd=project, check=True)
    return project, env


def load_rows(urls, env, duration, workdir):
    by_name = dict(urls)
    targets = [
        ("home", by_name["PortalHomePage"]),
        ("listing", by_name["DocumentIndexPage"]),
        ("detail", by_name["NewsPage"]),
        ("search", by_name["SearchPage"]),
        ("API listing", by_name["API listing"]),
    ]
    rows = []
    with gunicorn("demo.wsgi:application", env, EXAMPLE_SITE) as base:
        for label, url in targets:
            rows.append(("demo", label, url, *wrk(base + url, duration)))
    # Every request rendered afresh: what a page costs right after a change of content.
    uncached_env = dict(env, PBGDPL_CONTENT_CACHE_SECONDS="0")
    with gunicorn("demo.wsgi:application", uncached_env, EXAMPLE_SITE) as base:
        for label, url in targets[:4]:
            rows.append(("demo, no content cache", label, url, *wrk(base + url, duration)))
    cached_env = dict(env, DJANGO_PAGE_CACHE_SECONDS="300")
    with gunicorn("demo.wsgi:application", cached_env, EXAMPLE_SITE) as base:
        for label, url in targets[:4]:
            rows.append(("demo, page cache", label, url, *wrk(base + url, duration)))
    from benchmarks.varnish import varnish, varnishd_path

    if varnishd_path():
        # Varnish with the VCL of docs/deployment.md in front of the same two workers.
        with gunicorn("demo.wsgi:application", env, EXAMPLE_SITE) as base, varnish(base) as proxy:
            for label, url in targets[:4]:
                rows.append(("demo, Varnish", label, url, *wrk(proxy + url, duration)))
    else:
        print("\n(Varnish rows skipped: apt-get install varnish)")
    project, bare_env = bare_wagtail_project(workdir)
    with gunicorn("bare.wsgi:application", bare_env, project) as base:
        rows.append(("bare wagtail start", "home", "/", *wrk(base + "/", duration)))
    return rows


def print_in_process(rows):
    print("\nIn process (Django test client, SQLite unless DATABASE_URL):")
    print("first view: the content cache just renewed (after any change); cached: served from it")
    print(
        f"{'page type':<24} {'status':>6} {'first ms':>9} {'queries':>8}"
        f" {'cached ms':>10} {'queries':>8}  URL"
    )
    for name, url, status, first, first_queries, cached, cached_queries in rows:
        flag = "" if first_queries <= MAX_QUERIES else f"  > {MAX_QUERIES} queries"
        print(
            f"{name:<24} {status:>6} {first:>9.1f} {first_queries:>8}"
            f" {cached:>10.1f} {cached_queries:>8}  {url}{flag}"
        )


def print_load(rows, duration):
    print(f"\nUnder load (gunicorn, 2 workers; wrk, 2 threads, 8 connections, {duration} s):")
    print(f"{'server':<22} {'page':<12} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'non-2xx':>8}")
    bare_rps = None
    for server, label, _url, rps, p50, p99, errors in rows:
        if server.startswith("bare"):
            bare_rps = rps
        print(f"{server:<22} {label:<12} {rps:>8.1f} {p50 or 0:>8.1f} {p99 or 0:>8.1f} {errors:>8}")
    print("\nTargets:")
    for server, label, _url, rps, *_rest in rows:
        if server != "demo":
            continue
        if label in BAKERYDEMO:
            wanted = 3 * BAKERYDEMO[label][1]
            verdict = "met" if rps >= wanted else "NOT met"
            print(f"  {label}: {rps:.0f} req/s, 3 x bakerydemo = {wanted} req/s: {verdict}")
        if label == "detail" and bare_rps:
            ratio = bare_rps / rps
            verdict = "met" if ratio <= 2 else "NOT met"
            print(f"  detail costs {ratio:.2f} x the bare page (target <= 2): {verdict}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="renders per page in process")
    parser.add_argument("--duration", type=int, default=15, help="seconds of wrk per URL")
    parser.add_argument("--skip-load", action="store_true", help="only the in-process table")
    parser.add_argument(
        "--keep", metavar="DIR", help="build the demo in DIR and keep it; reuse it when there"
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="pbgdpl-bench-") as workdir:
        if args.keep:
            workdir = Path(args.keep).resolve()
            workdir.mkdir(parents=True, exist_ok=True)
        env = environment(workdir)
        if not (Path(workdir) / "bench.sqlite3").exists() or "DATABASE_URL" in os.environ:
            print("Building the demo province…", flush=True)
            build_demo(env)
        os.environ.update(env)
        sys.path.insert(0, str(EXAMPLE_SITE))
        import django

        django.setup()
        from demo.public_pages import demo_urls

        urls = demo_urls()
        print_in_process(measure_in_process(urls, args.runs))
        if args.skip_load:
            return
        if not shutil.which("wrk") or not (BIN / "gunicorn").exists():
            print("\nUnder load: skipped (needs wrk and gunicorn: apt-get install wrk).")
            return
        print_load(load_rows(urls, env, args.duration, workdir), args.duration)


if __name__ == "__main__":
    main()
