"""The caching proxy of docs/deployment.md, for real: Varnish, configured with the VCL the docs
show, in front of the seeded demo under gunicorn. Readers get cached pages; publishing a page in
Wagtail, or one of the package's records, purges what showed it (wagtail.contrib.frontend_cache
and pbgdpl_wagtail/frontend_cache.py), and the next reader gets the new version.

Needs Debian's varnish package (CI installs it); skipped without it, unless CI=true.
"""

import json
import os
import re

import pytest
import requests
from benchmarks.varnish import varnish, varnishd_path

from .demo_server import manage, serve, stop

pytestmark = [pytest.mark.slow]

if varnishd_path() is None and os.environ.get("CI") != "true":
    pytestmark.append(pytest.mark.skip(reason="varnishd is missing (apt-get install varnish)"))

# The demo's site is "localhost": Wagtail purges with that Host, and Varnish keys on it.
HOST = {"Host": "localhost"}

SITE_INFO = """
import json
from pbgdpl_wagtail.models import DocumentIndexPage, NewsPage
news = NewsPage.objects.live().public().filter(locale__language_code="vi").order_by("pk").first()
listing = DocumentIndexPage.objects.live().public().filter(locale__language_code="vi").first()
print(json.dumps({"news_pk": news.pk, "news": news.url, "news_title": news.title,
    "listing": listing.url}))
"""

DOCUMENT_ABSTRACT = """
from pbgdpl_wagtail.models import LegalDocument
print(LegalDocument.objects.get(pk={pk}).abstract)
"""

PUBLISH_NEWS = """
from pbgdpl_wagtail.models import NewsPage
page = NewsPage.objects.get(pk={pk})
page.title = {title!r}
page.save_revision().publish()
"""

EDIT_NEWS_QUIETLY = """
from pbgdpl_wagtail.models import NewsPage
NewsPage.objects.filter(pk={pk}).update(title={title!r})
"""

PUBLISH_DOCUMENT = """
from pbgdpl_wagtail.models import LegalDocument
document = LegalDocument.objects.get(pk={pk})
document.abstract = {abstract!r}
document.save_revision().publish()
"""


def through(base, path):
    response = requests.get(base + path, headers=HOST, timeout=60)
    assert response.status_code == 200, (path, response.status_code)
    return response


def cached(response):
    """Varnish names two transactions in X-Varnish when it answered from its cache."""
    return len(response.headers["X-Varnish"].split()) == 2


@pytest.fixture(scope="module")
def proxied_demo(seeded_demo_env):
    env = dict(seeded_demo_env)
    info = json.loads(manage(env, "shell", "-c", SITE_INFO).stdout.strip().splitlines()[-1])
    server, backend = serve(env)
    try:
        with varnish(backend) as proxy:
            # What editors run: the site knows its proxy and purges it when they publish.
            editor_env = dict(env, PBGDPL_FRONTEND_CACHE_URL=proxy)
            yield proxy, backend, editor_env, info
    finally:
        stop(server)


def test_readers_get_cached_pages_until_wagtail_publishes_a_new_version(proxied_demo):
    proxy, backend, editor_env, info = proxied_demo
    first = through(proxy, info["news"])
    assert info["news_title"] in first.text
    again = through(proxy, info["news"])
    assert cached(again) and again.text == first.text

    # Changed behind Wagtail's back (no publish, so no purge): the proxy keeps the old page.
    manage(editor_env, "shell", "-c", EDIT_NEWS_QUIETLY.format(pk=info["news_pk"], title="Tạm"))
    assert "Tạm" in through(backend, info["news"]).text
    stale = through(proxy, info["news"])
    assert cached(stale) and info["news_title"] in stale.text

    # Published in Wagtail: purged, so the next reader gets the new version.
    title = "Tin đã sửa: hòa giải ở cơ sở năm 2026"
    manage(editor_env, "shell", "-c", PUBLISH_NEWS.format(pk=info["news_pk"], title=title))
    fresh = through(proxy, info["news"])
    assert not cached(fresh) and title in fresh.text
    assert cached(through(proxy, info["news"]))


def test_publishing_a_legal_document_purges_its_listing(proxied_demo):
    proxy, backend, editor_env, info = proxied_demo
    # The first document the listing links to (``…/<pk>/``).
    pk = re.search(r'href="[^"]*/(\d+)/"', through(backend, info["listing"]).text).group(1)
    shown = manage(editor_env, "shell", "-c", DOCUMENT_ABSTRACT.format(pk=pk))
    through(proxy, info["listing"])
    listing = through(proxy, info["listing"])
    assert cached(listing) and shown.stdout.strip().splitlines()[-1] in listing.text

    abstract = "Quyết định sửa đổi quy chế hòa giải ở cơ sở (bản đã đăng lại)"
    manage(
        editor_env,
        "shell",
        "-c",
        PUBLISH_DOCUMENT.format(pk=pk, abstract=abstract),
    )
    fresh = through(proxy, info["listing"])
    assert not cached(fresh) and abstract in fresh.text
