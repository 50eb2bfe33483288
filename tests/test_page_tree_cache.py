"""The facts about the page tree kept between requests (menu, private sections, ancestors,
translations, where documents are shown) are read once, and again after every change."""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from pbgdpl_wagtail import page_tree_cache

from .factories import make_section
from .test_pages import soup_of

MENU_SQL = '"wagtailcore_page"."show_in_menus") ORDER BY'
ANCESTORS_SQL = 'ORDER BY "wagtailcore_page"."depth"'
RESTRICTIONS_SQL = 'INNER JOIN "wagtailcore_page" ON ("wagtailcore_pageviewrestriction"'


def menu_of(client, url="/"):
    """The sections in the menu, after its link to the home page."""
    links = soup_of(client.get(url)).select("nav.pbgdpl-main-menu a")
    return [a.get_text() for a in links[1:]]


def test_a_second_request_reads_no_menu_and_no_restrictions(client, portal):
    section = make_section(portal, title="Giới thiệu", slug="gioi-thieu", show_in_menus=True)
    client.get(section.url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(section.url).status_code == 200
    sql = [query["sql"] for query in queries]
    assert not [s for s in sql if MENU_SQL in s]
    assert not [s for s in sql if RESTRICTIONS_SQL in s]
    # Nor the page's ancestors (for the portal root and breadcrumbs) or its translations.
    assert not [s for s in sql if ANCESTORS_SQL in s]
    assert not [s for s in sql if '"translation_key" =' in s]


def test_the_menu_follows_publishing_renaming_unpublishing_and_moving(client, portal):
    first = make_section(portal, title="Giới thiệu", slug="gioi-thieu", show_in_menus=True)
    assert menu_of(client) == ["Giới thiệu"]

    second = make_section(portal, title="Hòa giải", slug="hoa-giai", show_in_menus=True)
    assert menu_of(client) == ["Giới thiệu", "Hòa giải"]

    second.title = "Hòa giải ở cơ sở"
    second.save_revision().publish()
    assert menu_of(client) == ["Giới thiệu", "Hòa giải ở cơ sở"]

    second.unpublish()
    assert menu_of(client) == ["Giới thiệu"]

    # Moved under the first section: no longer a section of the portal, and its breadcrumbs
    # show the new parent.
    third = make_section(portal, title="Tin tức", slug="tin-tuc", show_in_menus=True)
    assert menu_of(client) == ["Giới thiệu", "Tin tức"]
    third.move(first, pos="last-child")
    assert menu_of(client) == ["Giới thiệu"]
    third.refresh_from_db()
    crumbs = soup_of(client.get(third.url)).select(".pbgdpl-breadcrumbs a")
    assert "Giới thiệu" in [a.get_text() for a in crumbs]


def test_a_restriction_hides_the_section_from_the_cached_menu(client, portal):
    private = make_section(portal, title="Nội bộ", slug="noi-bo", show_in_menus=True)
    assert menu_of(client) == ["Nội bộ"]
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    assert menu_of(client) == []


def test_a_change_is_forgotten_again_when_its_transaction_commits(
    portal, django_capture_on_commit_callbacks
):
    """Another process may read the old rows between the save and the commit: the version
    renewed at the commit keeps what it read from lasting."""
    before = cache.get(page_tree_cache.VERSION_KEY)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        make_section(portal, title="Giới thiệu", slug="gioi-thieu", show_in_menus=True)
        during = cache.get(page_tree_cache.VERSION_KEY)
        assert during != before
    assert callbacks
    assert cache.get(page_tree_cache.VERSION_KEY) != during


def test_other_records_leave_the_cache_alone(portal):
    from .factories import LegalDocumentFactory

    page_tree_cache.remember("probe", lambda: "kept")
    LegalDocumentFactory()
    assert page_tree_cache.remember("probe", lambda: "read again") == "kept"


def test_an_emptied_cache_reads_everything_again(client, portal):
    make_section(portal, title="Giới thiệu", slug="gioi-thieu", show_in_menus=True)
    assert menu_of(client) == ["Giới thiệu"]
    cache.clear()
    assert menu_of(client) == ["Giới thiệu"]
