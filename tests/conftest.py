import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils import translation
from wagtail.models import Locale, Page, Site

from pbgdpl_wagtail.models import PortalHomePage


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the site's language: a request to /en/… leaves English active in the
    thread (LocaleMiddleware never resets it), whatever test ran before."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


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
