"""The rendered content of the package's pages, kept in Django's default cache between requests.

What ``page.html`` shows inside ``<div class="pbgdpl">`` (breadcrumbs, warnings, the page's own
content and the blocks listing the newest records) reads a dozen records and takes most of a
page's rendering time. Readers who are not logged in get it from the cache, under a key made of:

- the content version, a token in the database that any saved or deleted record, page, image,
  document or setting replaces once its transaction commits, so that every app server sees the
  change on its next request whatever cache they use (a cache per process included; a process
  that reads a new version also renews its facts about the page tree, ``page_tree_cache``);
- the address (scheme, host, path and query), the language and the day (a document's validity
  and an event's "upcoming" change with the date alone).

Nothing is cached for logged-in users, in previews, for other methods than GET and HEAD, for
views that show a visitor their own data (``pbgdpl_uncached`` in the context: the ask and
tracking forms), or when the HTML holds a CSRF token. Writes that send no signal (``update()``,
``bulk_create()``) call ``changed()`` themselves; a finished background task (the search index
is updated by one) renews the version too. ``PBGDPL["CONTENT_CACHE_SECONDS"]`` bounds how
long an entry is kept; 0 turns the cache off.
"""

import uuid
import zlib
from functools import cache as memoize

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.cache.utils import make_template_fragment_key
from django.db import DatabaseError, connection, models, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django_tasks.signals import task_finished
from wagtail.signals import post_page_move

from . import page_tree_cache
from .conf import pbgdpl_settings

CSRF_FIELD = 'name="csrfmiddlewaretoken"'
_MISSING = object()


class ContentVersion(models.Model):
    """One row: the token the cached content of every page is stored under."""

    token = models.CharField(_("token"), max_length=32)

    class Meta:
        verbose_name = _("content version")
        verbose_name_plural = _("content versions")

    def __str__(self):
        return self.token


def renew():
    """A new version: every page's content is rendered again."""
    token = uuid.uuid4().hex
    try:
        with transaction.atomic():
            if not ContentVersion.objects.filter(pk=1).update(token=token):
                ContentVersion.objects.get_or_create(pk=1, defaults={"token": token})
    except DatabaseError:
        # ``migrate`` saves records before the package's tables exist: nothing is cached yet.
        if ContentVersion._meta.db_table in connection.introspection.table_names():
            raise


def _changes_pending():
    """Whether this connection's open transaction has changed content: it must neither read
    the content of others (its own changes are not in it) nor store its own (others cannot see
    them yet)."""
    return connection.in_atomic_block and any(
        entry[1] is renew for entry in connection.run_on_commit
    )


@memoize
def _ignored_senders():
    from modelsearch.abstract_models import AbstractSQLiteFTSIndexEntry, BaseIndexEntry
    from wagtail.images.models import AbstractRendition
    from wagtail.models import (
        BaseLogEntry,
        PageSubscription,
        Revision,
        TaskState,
        WorkflowState,
    )
    from wagtail.users.models import UserProfile

    from .exchange.state import ExchangePushState

    # Records that no public page shows (a page or record is saved itself when a revision of it
    # is published) and the renditions and index entries that rendering and indexing write.
    ignored = (
        AbstractRendition,
        BaseIndexEntry,
        BaseLogEntry,
        ContentVersion,
        ExchangePushState,
        PageSubscription,
        Revision,
        TaskState,
        UserProfile,
        WorkflowState,
    )
    if AbstractSQLiteFTSIndexEntry:
        ignored += (AbstractSQLiteFTSIndexEntry,)
    # Users: a login writes ``last_login`` (no public page shows a user account).
    ignored += (get_user_model(),)
    for app_label, model_name in (("admin", "LogEntry"), ("sessions", "Session")):
        if apps.is_installed(f"django.contrib.{app_label}"):
            ignored += (apps.get_model(app_label, model_name),)
    return ignored


def changed(sender=None, **kwargs):
    """The signals' receiver: a new version once the transaction commits (at once outside one),
    asked for once per transaction."""
    if not isinstance(sender, type) or sender._meta.apps is not apps:
        return  # a migration's historical model: nothing is cached while migrating
    if issubclass(sender, _ignored_senders()):
        return
    if connection.in_atomic_block and _changes_pending():
        return
    transaction.on_commit(renew)


def _task_finished(sender=None, **kwargs):
    """A background task has run: Wagtail's search index (updated by a task after a record is
    saved) and the Q&A copies it indexes may have changed after the version was renewed."""
    transaction.on_commit(renew)


_last_seen = {"token": None}


def _version(request):
    version = getattr(request, "_pbgdpl_content_version", _MISSING)
    if version is _MISSING:
        version = ContentVersion.objects.filter(pk=1).values_list("token", flat=True).first()
        if version is None:
            renew()
            version = ContentVersion.objects.filter(pk=1).values_list("token", flat=True).first()
        if version != _last_seen["token"]:
            if _last_seen["token"] is not None:
                # Content changed, maybe in another process whose signals never reached this
                # one's cache (LocMemCache): the page tree facts that the content is rendered
                # with (breadcrumbs, private sections, where documents are shown) are read
                # again, or a stale fact would be stored under the new version.
                page_tree_cache.renew()
            _last_seen["token"] = version
        request._pbgdpl_content_version = version
    return version


def fragment_key(context, name):
    """The cache key of the fragment ``name`` rendered with ``context``, or None when it must
    be rendered afresh."""
    if not pbgdpl_settings.CONTENT_CACHE_SECONDS or context.get("pbgdpl_uncached"):
        return None
    request = context.get("request")
    if request is None or request.method not in ("GET", "HEAD"):
        return None
    if getattr(request, "is_preview", False) or _changes_pending():
        return None
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return None
    return make_template_fragment_key(
        f"pbgdpl:{name}",
        [
            _version(request),
            request.build_absolute_uri(),
            translation.get_language() or "",
            timezone.localdate().isoformat(),
        ],
    )


def render_cached(context, name, render):
    """``render()``'s HTML, from the cache when it may be.

    Stored compressed: Vietnamese text takes two bytes a character in a Python string, and any
    address with a query string (a search, a page of a listing) is an entry of its own, so a
    cache of a few thousand entries per process stays at tens of megabytes, not hundreds."""
    key = fragment_key(context, name)
    if key is None:
        return render()
    stored = cache.get(key)
    if stored is not None:
        return zlib.decompress(stored).decode()
    html = render()
    if CSRF_FIELD not in html:
        cache.set(key, zlib.compress(html.encode(), 1), pbgdpl_settings.CONTENT_CACHE_SECONDS)
    return html


def connect():
    for signal, uid in (
        (post_save, "saved"),
        (post_delete, "deleted"),
        (m2m_changed, "m2m"),
        (post_page_move, "moved"),
    ):
        signal.connect(changed, dispatch_uid=f"pbgdpl_content_cache_{uid}")
    task_finished.connect(_task_finished, dispatch_uid="pbgdpl_content_cache_task")
