"""Facts about the page tree kept in Django's default cache between requests.

The sections menu, the private sections, a page's ancestors and translations, and the listing
pages where documents and library items are shown change only when a page is saved, published,
unpublished, moved or deleted, or a view restriction changes. Reading them costs a handful of
queries on every page, so they are cached under a version that each of those events replaces:
the next request reads them again. Like Wagtail's own site root paths, the events reach every
app server only through a cache they share (see docs/deployment.md). With a cache per process,
another process renews them when it reads a new content version (``content_cache``, on a
request from a reader who is not logged in); ``PBGDPL["PAGE_TREE_CACHE_SECONDS"]`` bounds how
long it may show an old menu otherwise.
Page permissions are never read from here: Wagtail checks a page's restrictions when serving it.
"""

import uuid

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from .conf import pbgdpl_settings

VERSION_KEY = "pbgdpl:page-tree:version"
_MISSING = object()


def _version():
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, None)
        version = cache.get(VERSION_KEY)
    return version


def remember(name, compute):
    """``compute()``'s value, read from the cache while the page tree is unchanged."""
    key = f"pbgdpl:page-tree:{_version()}:{name}"
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = compute()
        cache.set(key, value, pbgdpl_settings.PAGE_TREE_CACHE_SECONDS)
    return value


def renew():
    """Start a new version: every fact is read again."""
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


def forget(**kwargs):
    """The signals' receiver: a new version once now, for the rest of this transaction, and
    once it commits: a request of another process that read the old rows in
    between must not keep them under the new version."""
    instance = kwargs.get("instance")
    if instance is not None and not isinstance(instance, (Page, PageViewRestriction)):
        return
    renew()
    transaction.on_commit(renew)


post_save.connect(forget, dispatch_uid="pbgdpl_page_tree_save")
post_delete.connect(forget, dispatch_uid="pbgdpl_page_tree_delete")
page_published.connect(forget, dispatch_uid="pbgdpl_page_tree_published")
page_unpublished.connect(forget, dispatch_uid="pbgdpl_page_tree_unpublished")
post_page_move.connect(forget, dispatch_uid="pbgdpl_page_tree_move")
