"""Screenshots of the demo province for the documentation (docs/editor.md), issue #9.

    .venv/bin/python example_site/docs_screenshots.py [--out docs/img]

1. Builds the demo (``migrate`` + ``seed_demo``) in a throwaway SQLite database in a temporary
   directory, with the demo's development settings (which serve the uploaded images).
2. Serves it with ``runserver --noreload --insecure`` on a free port of 127.0.0.1.
3. Drives Debian's Chromium (never a downloaded browser) through Playwright and saves, as JPEG:
   - ``pages/<page_type>.jpg``: the first view (1024 x 768) of every public page type, at the
     addresses of demo/public_pages.py;
   - ``blocks/<block_name>.jpg``: one rendered instance of every block named in the block table
     of docs/editor.md, on the first demo page that has one.

It prints every file written and exits non-zero when a page or a block cannot be found.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from io import StringIO
from pathlib import Path
from urllib.error import URLError
from urllib.request import urlopen

from loopback import free_port

EXAMPLE_SITE = Path(__file__).resolve().parent
REPO_ROOT = EXAMPLE_SITE.parent
EDITOR_DOC = REPO_ROOT / "docs" / "editor.md"
VIEWPORT = {"width": 1024, "height": 768}
JPEG_QUALITY = 70
# How the project drives Debian's Chromium, here and in the browser tests (tests/e2e/conftest.py):
# headless, no sandbox in a container, and nothing that reaches the network on its own.
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# The demo fetches nothing from other sites, so it has no embed: the screenshot's copy gets one,
# with the provider's answer cached as Wagtail stores it (nothing is fetched to render it).
EMBED_URL = "https://www.youtube.com/watch?v=pbgdpl-hoa-giai"
EMBED_SECTION_SLUG = "hoa-giai-o-co-so"


def block_names_of_the_docs():
    """The block names (`code` in the first column) of the block table of docs/editor.md."""
    text = EDITOR_DOC.read_text(encoding="utf-8")
    table = text.split("## Khối nội dung · Blocks", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^\|[^|\n]*?\(`([a-z_]+)`\)", table, flags=re.MULTILINE)


def snake_case(name):
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def build_demo():
    """migrate + seed_demo + the embed, in this process; returns the addresses to picture."""
    import django
    from django.core.management import call_command

    django.setup()
    print("Building the demo (migrate, seed_demo)…", flush=True)
    call_command("migrate", interactive=False, verbosity=0)
    call_command("seed_demo", stdout=StringIO())
    add_embed()

    from django.db import connections

    from demo.public_pages import demo_urls

    page_types = {snake_case(name) for name in page_type_names()}
    # demo_urls() also lists sub-pages of routable pages and an API listing: not page types.
    pages = [(snake_case(label), url) for label, url in demo_urls()]
    pages = [(name, url) for name, url in pages if name in page_types]
    missing = page_types - {name for name, _ in pages}
    blocks = block_pages()
    connections.close_all()
    return pages, sorted(missing), blocks


def page_type_names():
    """The package's concrete page models (tests/test_docs_screenshots.py asks the same)."""
    from django.apps import apps
    from wagtail.models import Page

    return [
        model.__name__
        for model in apps.get_app_config("pbgdpl").get_models()
        if issubclass(model, Page)
    ]


def add_embed():
    from wagtail.embeds.embeds import get_embed_hash
    from wagtail.embeds.models import Embed
    from wagtail.models import Locale

    from pbgdpl_wagtail.models import SectionPage

    Embed.objects.get_or_create(
        hash=get_embed_hash(EMBED_URL),
        defaults={
            "url": EMBED_URL,
            "max_width": None,
            "type": "video",
            "html": '<iframe src="https://www.youtube-nocookie.com/embed/pbgdpl-hoa-giai" '
            'width="640" height="360"></iframe>',
            "title": "Hòa giải ở cơ sở",
            "provider_name": "YouTube",
            "width": 640,
            "height": 360,
        },
    )
    section = SectionPage.objects.get(
        slug=EMBED_SECTION_SLUG, locale=Locale.objects.get(language_code="vi")
    )
    block = section.body.stream_block.child_blocks["embed"]
    raw = {
        "url": EMBED_URL,
        "title": "Phim: Hòa giải viên ở cơ sở giúp bà con giữ tình làng nghĩa xóm",
        "caption": "Phim ngắn về một buổi hòa giải tranh chấp lối đi chung ở thôn.",
    }
    section.body.append(("embed", block.to_python(raw)))
    section.save_revision().publish()


def block_pages():
    """{block name: URL of the first live Vietnamese page rendering it}, in page-tree order."""
    from wagtail.fields import StreamField
    from wagtail.models import Locale, Page

    vietnamese = Locale.objects.get(language_code="vi")
    found = {}
    pages = Page.objects.live().public().filter(locale=vietnamese).specific().order_by("path")
    for page in pages:
        for field in page._meta.get_fields():
            if isinstance(field, StreamField):
                for child in getattr(page, field.name):
                    found.setdefault(child.block_type, page.get_url())
    return found


def wait_for_server(url, process, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"The demo server stopped (exit code {process.returncode}).")
        try:
            with urlopen(url, timeout=5):
                return
        except (URLError, ConnectionError, OSError):
            time.sleep(0.5)
    raise SystemExit(f"The demo server did not answer at {url} within {timeout} s.")


def wait_for_images(locator, in_viewport_only=False):
    """Wait until the images load: lazy ones only start once near the viewport, so a block's
    images are made eager, and a page's first view waits for those it shows."""
    locator.evaluate(
        """(element, inViewportOnly) => Promise.race([
            Promise.all([...element.querySelectorAll("img")]
                .filter(image => !inViewportOnly
                    || image.getBoundingClientRect().top < window.innerHeight)
                .map(image => {
                    image.loading = "eager";
                    return image.complete ? null
                        : new Promise(done => { image.onload = image.onerror = done; });
                })),
            // A hidden image may never load: do not wait for it forever.
            new Promise(done => setTimeout(done, 10000)),
        ])""",
        in_viewport_only,
    )


def written(path, url):
    print(f"{os.path.relpath(path)}  ({path.stat().st_size // 1024} KB, {url})", flush=True)


def take_screenshots(base_url, pages, blocks, block_names, out):
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium")
    if chromium is None:
        raise SystemExit("Chromium is not installed (Debian: apt-get install chromium).")
    errors = []
    (out / "pages").mkdir(parents=True, exist_ok=True)
    (out / "blocks").mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium, headless=True, args=CHROMIUM_ARGS
        )
        context = browser.new_context(
            base_url=base_url, viewport=VIEWPORT, locale="vi-VN", service_workers="block"
        )
        # Only the demo itself: a request elsewhere would leave the machine.
        context.route(
            lambda url: not url.startswith(base_url), lambda route: route.abort("blockedbyclient")
        )
        page = context.new_page()
        page.set_default_timeout(20_000)
        for name, url in pages:
            response = page.goto(url, wait_until="load")
            if response is None or not response.ok or page.locator("main").count() == 0:
                status = response.status if response else "no response"
                errors.append(f"page {name}: {url} answered {status} or has no <main>")
                continue
            wait_for_images(page.locator("body"), in_viewport_only=True)
            path = out / "pages" / f"{name}.jpg"
            page.screenshot(path=str(path), type="jpeg", quality=JPEG_QUALITY)
            written(path, url)
        for name in block_names:
            url = blocks.get(name)
            if url is None:
                errors.append(f"block {name}: no demo page renders it")
                continue
            page.goto(url, wait_until="load")
            # Wagtail wraps every block of a stream in <div class="block-<name>">.
            locator = page.locator(f".block-{name}").first
            if locator.count() == 0:
                errors.append(f"block {name}: .block-{name} not found on {url}")
                continue
            locator.scroll_into_view_if_needed()
            wait_for_images(locator)
            path = out / "blocks" / f"{name}.jpg"
            locator.screenshot(path=str(path), type="jpeg", quality=JPEG_QUALITY)
            written(path, url)
        context.close()
        browser.close()
    return errors


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=str(REPO_ROOT / "docs" / "img"), help="output folder")
    args = parser.parse_args()
    out = Path(args.out).resolve()
    block_names = block_names_of_the_docs()
    if not block_names:
        raise SystemExit(f"No block names found in the block table of {EDITOR_DOC}.")

    with tempfile.TemporaryDirectory(prefix="pbgdpl-docs-shots-") as folder:
        env = {
            "DATABASE_URL": f"sqlite:///{Path(folder) / 'demo.sqlite3'}",
            "DJANGO_MEDIA_ROOT": str(Path(folder) / "media"),
            # The development settings serve the uploaded images (DEMO_SERVE_MEDIA).
            "DJANGO_SETTINGS_MODULE": "demo.settings.dev",
            # demo_urls() reads the routable pages' links through Django's test client.
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
            "PYTHONPATH": str(EXAMPLE_SITE),
        }
        os.environ.update(env)
        sys.path.insert(0, str(EXAMPLE_SITE))
        pages, missing, blocks = build_demo()

        port = free_port()
        server = subprocess.Popen(
            [
                sys.executable,
                str(EXAMPLE_SITE / "manage.py"),
                "runserver",
                f"127.0.0.1:{port}",
                "--noreload",
                "--insecure",
            ],
            env=dict(os.environ),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            base_url = f"http://127.0.0.1:{port}"
            wait_for_server(base_url + "/", server)
            errors = [f"page {name}: no demo address in demo/public_pages.py" for name in missing]
            errors += take_screenshots(base_url, pages, blocks, block_names, out)
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()

    if errors:
        print("\n".join(["Not found:", *errors]), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
