import os

import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils import translation
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from wagtail.models import Locale, Page, Site

from pbgdpl_wagtail.models import PortalHomePage

from .live_server_support import OneRequestAtATime

# Property-based tests stay short: each example is a request. CI runs a few more examples, and
# derandomised, so that a failure there shows again on the next run.
_COMMON = {
    "deadline": None,
    # The examples share the test's database fixture on purpose (rows counted before/after).
    "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
}
hypothesis_settings.register_profile("dev", max_examples=30, **_COMMON)
hypothesis_settings.register_profile("ci", max_examples=50, derandomize=True, **_COMMON)
hypothesis_settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev")
)


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the site's language: a request to /en/… leaves English active in the
    thread (LocaleMiddleware never resets it), whatever test ran before."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture(scope="session")
def live_server(django_db_setup, live_server):
    """pytest-django's live server, started once the test database exists (so that, on SQLite,
    it always shares the tests' in-memory connection, whichever test asks for it first) and
    serving one request at a time when it does.

    Two request threads on one ``sqlite3`` connection deadlock: a query calling one of Django's
    SQL functions written in Python (``__year`` is ``django_date_extract``) waits for the GIL
    while holding SQLite's connection mutex, and the other thread waits for that mutex while
    holding the GIL (binding parameters does not release it). The whole process freezes, even
    pytest-timeout's thread. A browser sends several requests at once, so this happened."""
    if live_server.thread.connections_override:
        httpd = live_server.thread.httpd
        if not isinstance(httpd.get_app(), OneRequestAtATime):
            httpd.set_app(OneRequestAtATime(httpd.get_app()))
    return live_server


@pytest.fixture(autouse=True)
def fresh_page_tree_cache():
    """The facts about the page tree cached between requests (``page_tree_cache``) are renewed
    by saving pages, and a test's rolled-back pages must not leave theirs to the next test."""
    from pbgdpl_wagtail import page_tree_cache

    page_tree_cache.renew()


@pytest.fixture
def fresh_content_types():
    """A transactional test after another one: the flush recreated the content types under new
    ids, so the cached ones (which the search index writes) are stale."""
    ContentType.objects.clear_cache()
    yield
    ContentType.objects.clear_cache()


@pytest.fixture
def root_page(db):
    return Page.get_first_root_node()


@pytest.fixture
def portal(root_page):
    """A published portal home page serving as the default site's root."""
    home = PortalHomePage(title="Phổ biến, giáo dục pháp luật", slug="pbgdpl")
    root_page.add_child(instance=home)
    home.save_revision().publish()
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home},
    )
    return home


@pytest.fixture
def default_locale(db):
    return Locale.get_default()


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser(
        username="editor", email="editor@example.com", password="password"
    )
    client.force_login(user)
    return client


# The Q&A tests' page and the lĩnh vực their questions are asked in.
@pytest.fixture
def qa_page(portal):
    from .questions_support import make_question_page

    return make_question_page(portal)


@pytest.fixture
def field():
    from .factories import LegalFieldFactory

    return LegalFieldFactory(code="20", name="Hôn nhân và gia đình")


@pytest.fixture(scope="session")
def seeded_demo_env(tmp_path_factory):
    """The environment of the seeded demo as a site of its own (tests/demo_server.py), built
    once per session for the load test and the caching-proxy test."""
    from .demo_server import build_seeded_demo

    return build_seeded_demo(tmp_path_factory.mktemp("seeded-demo"))


# Under pytest-xdist (make test, CI) the tests sharing a costly fixture run on one worker, so it is
# built once: the browser tests' seeded database, the folder of the seeded demo province, the demo
# served by gunicorn.
_XDIST_GROUPS = {"demo_province": "demo_province", "seeded_demo_env": "demo_server"}


def pytest_collection_modifyitems(config, items):
    for item in items:
        if item.get_closest_marker("browser"):
            item.add_marker(pytest.mark.xdist_group("browser"))
            continue
        for fixture, group in _XDIST_GROUPS.items():
            if fixture in item.fixturenames:
                item.add_marker(pytest.mark.xdist_group(group))
                break
