"""Varnish in front of a local server, configured with the VCL that docs/deployment.md shows.

Used by the page benchmark (requests per second through the proxy) and by
tests/test_proxy_cache.py (pages purged when Wagtail publishes). Reading the VCL from the docs
keeps what integrators copy the same as what runs here.
"""

import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import urlsplit
from urllib.request import urlopen

from loopback import free_port  # example_site/, on the path of whoever imports this

DOCS = Path(__file__).resolve().parents[2] / "docs" / "deployment.md"
DOCUMENTED_BACKEND = '.port = "8000"'


def varnishd_path():
    """Debian installs varnishd in /usr/sbin, which is not on every user's PATH."""
    found = shutil.which("varnishd")
    if found is None and Path("/usr/sbin/varnishd").exists():
        found = "/usr/sbin/varnishd"
    return found


def documented_vcl(backend_port):
    """The ``vcl`` block of docs/deployment.md, with its backend moved to ``backend_port``."""
    match = re.search(r"```vcl\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.S)
    if match is None or DOCUMENTED_BACKEND not in match.group(1):
        raise RuntimeError(f"docs/deployment.md has no VCL block with {DOCUMENTED_BACKEND}")
    return match.group(1).replace(DOCUMENTED_BACKEND, f'.port = "{backend_port}"')


@contextmanager
def varnish(backend_url, port=None):
    """Runs varnishd on 127.0.0.1 in front of ``backend_url``; yields its base URL."""
    executable = varnishd_path()
    if executable is None:
        raise RuntimeError("varnishd is not installed (Debian: apt-get install varnish)")
    port = port or free_port()
    workdir = Path(tempfile.mkdtemp(prefix="pbgdpl-varnish-"))
    vcl = workdir / "default.vcl"
    vcl.write_text(documented_vcl(urlsplit(backend_url).port))
    process = subprocess.Popen(
        [executable, "-F", "-j", "none", "-n", str(workdir / "state"), "-f", str(vcl)]
        + ["-a", f"127.0.0.1:{port}", "-T", "127.0.0.1:0", "-s", "malloc,64m"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urlopen(base + "/", timeout=10).close()
                break
            except HTTPError:  # Varnish answers (the backend's status passes through)
                break
            except OSError:
                if process.poll() is not None:
                    raise RuntimeError(f"varnishd stopped: {process.stderr.read()}") from None
                if time.monotonic() > deadline:
                    raise RuntimeError("varnishd did not start within 60 s") from None
                time.sleep(0.3)
        yield base
    finally:
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=20)
        except ProcessLookupError:
            pass
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        shutil.rmtree(workdir, ignore_errors=True)
