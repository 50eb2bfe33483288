"""Public pages without reading the view restrictions on every request.

Wagtail's ``PageQuerySet.public()`` reads every ``PageViewRestriction`` each time it is called; a
portal page calls it for the menu and for every block that links to an index page. The
restricted paths are kept with the other facts about the page tree (``page_tree_cache``), and
inside a request read from there once; outside a request (commands, tasks) each call reads them
from the database, as Wagtail does.
"""

from asgiref.local import Local
from django.core.signals import request_finished, request_started
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from wagtail.models import PageViewRestriction

from .page_tree_cache import remember

_request = Local()


def _restricted_paths():
    if not getattr(_request, "active", False):
        return _read_restricted_paths()
    paths = getattr(_request, "paths", None)
    if paths is None:
        paths = _request.paths = remember("restricted-paths", _read_restricted_paths)
    return paths


def _read_restricted_paths():
    return tuple(PageViewRestriction.objects.values_list("page__path", flat=True))


def public(queryset):
    """``queryset`` without the pages in a private section (as ``.public()``)."""
    restricted = Q()
    for path in _restricted_paths():
        restricted |= Q(path__startswith=path)
    return queryset.exclude(restricted) if restricted else queryset


def _start(**kwargs):
    _request.active = True
    _request.paths = None


def _finish(**kwargs):
    _request.active = False
    _request.paths = None


def _forget(**kwargs):
    _request.paths = None


request_started.connect(_start, dispatch_uid="pbgdpl_visibility_start")
request_finished.connect(_finish, dispatch_uid="pbgdpl_visibility_finish")
post_save.connect(_forget, sender=PageViewRestriction, dispatch_uid="pbgdpl_visibility_save")
post_delete.connect(_forget, sender=PageViewRestriction, dispatch_uid="pbgdpl_visibility_delete")


def first_public_page(model, request=None):
    """The site's first live, public page of ``model`` (by tree order): where search results and
    blocks link a book or a question to. Kept in the page tree's cache, and on the request."""
    cache = getattr(request, "_pbgdpl_first_pages", None) if request is not None else None
    if cache is not None and model in cache:
        return cache[model]
    page = remember(
        f"first-public:{model._meta.label_lower}",
        lambda: public(model.objects.live()).order_by("path").first(),
    )
    if request is not None:
        if cache is None:
            cache = request._pbgdpl_first_pages = {}
        cache[model] = page
    return page


def menu_pages(root):
    """The live, public children of ``root`` shown in menus, in tree order: the sections menu
    of every page and the portal's section cards."""
    return remember(
        f"menu:{root.pk}",
        lambda: list(public(root.get_children().live().in_menu()).order_by("path")),
    )
