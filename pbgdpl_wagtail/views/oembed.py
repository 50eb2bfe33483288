"""The site as an oEmbed provider (https://oembed.com/) for the library's addresses.

A consumer sends the address of a video or situation page (``<library>/video/12/``); the answer
is the iframe of its embed view. Unknown, unpublished or foreign addresses get 404, as the
specification asks; a format other than JSON gets 501.
"""

from urllib.parse import urlsplit

from django.http import Http404, HttpResponse, JsonResponse
from django.urls import reverse
from django.utils.html import escape
from django.views.decorators.http import require_safe

from ..conf import pbgdpl_settings
from ..library.addresses import find_item_for_url

DEFAULT_WIDTH = 640
VIDEO_RATIO = 9 / 16
SITUATION_HEIGHT = 480
THUMBNAIL_FILTER = "fill-640x360"


def _positive_int(value):
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if number > 0 else None


def _size(kind, maxwidth, maxheight):
    width = min(DEFAULT_WIDTH, maxwidth or DEFAULT_WIDTH)
    height = round(width * VIDEO_RATIO) if kind == "video" else SITUATION_HEIGHT
    if maxheight and height > maxheight:
        if kind == "video":
            width = round(maxheight / VIDEO_RATIO)
        height = maxheight
    return width, height


@require_safe
def oembed(request):
    if request.GET.get("format", "json") != "json":
        return HttpResponse(status=501)
    url = request.GET.get("url", "")
    if not url or urlsplit(url).scheme not in ("http", "https"):
        raise Http404
    found = find_item_for_url(url, request)
    if found is None:
        raise Http404
    kind, item = found
    width, height = _size(
        kind,
        _positive_int(request.GET.get("maxwidth")),
        _positive_int(request.GET.get("maxheight")),
    )
    embed_url = request.build_absolute_uri(reverse(f"pbgdpl:{kind}_embed", kwargs={"pk": item.pk}))
    html = (
        f'<iframe src="{escape(embed_url)}" width="{width}" height="{height}" '
        f'title="{escape(item.title)}" loading="lazy" allowfullscreen '
        'style="border:0;max-width:100%"></iframe>'
    )
    data = {
        "version": "1.0",
        "type": "video" if kind == "video" else "rich",
        "title": item.title,
        "provider_name": pbgdpl_settings.UNIT_NAME,
        "provider_url": request.build_absolute_uri("/"),
        "html": html,
        "width": width,
        "height": height,
    }
    poster = getattr(item, "poster", None) or getattr(getattr(item, "video", None), "poster", None)
    if poster is not None:
        rendition = poster.get_rendition(THUMBNAIL_FILTER)
        data.update(
            thumbnail_url=request.build_absolute_uri(rendition.url),
            thumbnail_width=rendition.width,
            thumbnail_height=rendition.height,
        )
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"
    return response
