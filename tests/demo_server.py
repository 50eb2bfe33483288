"""The seeded demo as a separate site: its own SQLite file, management commands in subprocesses,
gunicorn on a free loopback port. Used by the load test and the caching-proxy test; the
``seeded_demo_env`` fixture (tests/conftest.py) builds it once per session."""

import os
import subprocess
import sys
import time
from pathlib import Path

import requests
from loopback import free_port  # example_site/, on the tests' path

ROOT = Path(__file__).resolve().parent.parent
WORKERS = 2


def manage(env, *args):
    return subprocess.run(
        [sys.executable, str(ROOT / "example_site/manage.py"), *args],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
        timeout=1200,
    )


def build_seeded_demo(folder):
    """Migrates and seeds the demo in ``folder``; returns the environment that serves it."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.load_site_settings",
        "DATABASE_URL": f"sqlite:///{Path(folder) / 'demo.sqlite3'}",
        "DJANGO_MEDIA_ROOT": str(Path(folder) / "media"),
        "PYTHONPATH": os.pathsep.join([str(ROOT / "example_site"), str(ROOT)]),
    }
    for name in ("PBGDPL_LOAD_RATE_LIMIT", "PBGDPL_FRONTEND_CACHE_URL"):
        env.pop(name, None)
    manage(env, "migrate", "--no-input")
    manage(env, "seed_demo")
    return env


def serve(env):
    """gunicorn on a free port; returns the process and the base URL (stop it with ``stop``)."""
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "demo.wsgi:application",
            "--workers",
            str(WORKERS),
            "--bind",
            f"127.0.0.1:{port}",
            "--timeout",
            "120",
            "--log-level",
            "warning",
        ],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while True:
        try:
            requests.get(base + "/", timeout=30)
            break
        except requests.RequestException:  # not listening yet, or a cold first answer
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                raise
            time.sleep(0.3)
    return server, base


def stop(server):
    server.terminate()
    try:
        _out, errors = server.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()
        _out, errors = server.communicate()
    return errors
