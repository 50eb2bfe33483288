"""The public address of a library item, and the item behind an address.

An item is shown on the first live library page of its language; the oEmbed endpoint reads an
address back by matching it against the library pages' own addresses and their routes.
"""

from urllib.parse import urlsplit

from django.db.models import CharField, Value
from django.http import Http404

from ..page_tree_cache import remember
from ..visibility import public


def _library_pages(request=None):
    from ..page_models.library import LibraryPage

    pages = getattr(request, "_pbgdpl_library_pages", None) if request is not None else None
    if pages is None:
        pages = remember(
            "library-pages", lambda: list(public(LibraryPage.objects.live()).order_by("path"))
        )
        if request is not None:
            request._pbgdpl_library_pages = pages
    return pages


def library_page_for(item, request=None):
    """The first live library page of ``item``'s language, or None."""
    for page in _library_pages(request):
        if page.locale_id == item.locale_id:
            return page
    return None


def public_url_for(item, request=None):
    """The full address of ``item`` on the first live library page of its language, or ""."""
    page = library_page_for(item, request)
    return page.full_url_for_item(item, request) if page is not None else ""


def newest_keys(querysets, count=None):
    """``(date, type, id)`` keys of the items of ``{type: queryset}``, newest first (the first
    ``count`` when given), in one query: a UNION, which also drops the duplicate rows a
    many-to-many filter makes."""
    parts = [
        queryset.order_by().values_list(
            "published_date", Value(kind, output_field=CharField()), "pk"
        )
        for kind, queryset in querysets.items()
    ]
    if not parts:
        return []
    rows = parts[0].union(*parts[1:]) if len(parts) > 1 else parts[0].distinct()
    rows = rows.order_by("-published_date", "-pk")
    return [tuple(row) for row in (rows[:count] if count is not None else rows)]


def load_items(keys, request=None, page=None):
    """The records behind ``(date, type, id)`` keys, in their order, in a fixed number of
    queries, each with ``item_type`` and ``public_url`` (on ``page``, or on the library page of
    its language) set."""
    from ..page_models.library import SITUATION, VIDEO
    from ..snippets.situations import LegalSituation
    from ..snippets.videos import Video

    video_ids = [pk for _date, kind, pk in keys if kind == VIDEO]
    situation_ids = [pk for _date, kind, pk in keys if kind == SITUATION]
    loaded = {}
    if video_ids:
        for video in Video.objects.filter(pk__in=video_ids, live=True).for_listing():
            loaded[(VIDEO, video.pk)] = video
    if situation_ids:
        for situation in LegalSituation.objects.filter(pk__in=situation_ids, live=True):
            loaded[(SITUATION, situation.pk)] = situation
    items = []
    for _date, kind, pk in keys:
        item = loaded.get((kind, pk))
        if item is None:
            continue
        item.item_type = kind
        target = page or library_page_for(item, request)
        item.public_url = target.url_for_item(item, request) if target is not None else ""
        items.append(item)
    return items


def find_item_for_url(url, request=None):
    """``(kind, item)`` for the address of a live item on a live library page, else None."""
    from ..page_models.library import SITUATION, VIDEO

    target = urlsplit(url)
    for page in _library_pages(request):
        base = urlsplit(page.get_full_url(request=request) or "")
        if base.netloc.lower() != target.netloc.lower():
            continue
        if not target.path.startswith(base.path):
            continue
        remainder = "/" + target.path[len(base.path) :].lstrip("/")
        try:
            match = page.resolve_subpage(remainder)
        except Http404:
            continue
        if match.url_name == VIDEO:
            items = page.videos()
        elif match.url_name == SITUATION:
            items = page.situations()
        else:
            continue
        item = items.filter(pk=match.kwargs["pk"]).first()
        if item is not None:
            return match.url_name, item
    return None
