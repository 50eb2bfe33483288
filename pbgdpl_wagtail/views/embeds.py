"""The library's iframe embeds: one video or situation, without the site's chrome.

Another site, Wagtail or not, pastes ``<iframe src=".../embed/video/12/">``. Which sites may frame
the embed is the ``EMBED_FRAME_ANCESTORS`` setting, sent as ``Content-Security-Policy:
frame-ancestors``; Django's X-Frame-Options header is lifted for these views only. A site that
sends its own policy with django-csp keeps it here, with only frame-ancestors replaced.
"""

from django.conf import settings
from django.http import Http404
from django.template.response import TemplateResponse
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_safe

from ..conf import pbgdpl_settings
from ..library.addresses import public_url_for
from ..snippets.situations import LegalSituation
from ..snippets.videos import Video


def frame_ancestors_sources():
    return list(pbgdpl_settings.EMBED_FRAME_ANCESTORS or ["'none'"])


def frame_ancestors_policy():
    return "frame-ancestors " + " ".join(frame_ancestors_sources())


def _site_uses_django_csp():
    from django.utils.module_loading import import_string

    try:
        from csp.middleware import CSPMiddleware
    except ImportError:
        return False
    for path in settings.MIDDLEWARE:
        try:
            if issubclass(import_string(path), CSPMiddleware):
                return True
        except (ImportError, TypeError):
            continue
    return False


def _render(request, template, context):
    response = TemplateResponse(request, template, context)
    if _site_uses_django_csp():
        # django-csp writes the site's whole policy, with this one directive replaced.
        response._csp_replace = {"frame-ancestors": frame_ancestors_sources()}
    else:
        response["Content-Security-Policy"] = frame_ancestors_policy()
    return response


def _live_or_404(model, pk):
    # The row of a live record holds its published version; drafts live only in revisions.
    try:
        return model.objects.get(pk=pk, live=True)
    except model.DoesNotExist:
        raise Http404 from None


@require_safe
@xframe_options_exempt
def video_embed(request, pk):
    video = _live_or_404(Video, pk)
    return _render(
        request,
        "pbgdpl_wagtail/embeds/video.html",
        {
            "video": video,
            "captions": video.captions.all(),
            "page_url": public_url_for(video, request),
            "play": request.GET.get("play") == "1",
        },
    )


@require_safe
@xframe_options_exempt
def situation_embed(request, pk):
    situation = _live_or_404(LegalSituation, pk)
    citations = situation.citations.filter(document__live=True).select_related("document__doc_type")
    return _render(
        request,
        "pbgdpl_wagtail/embeds/situation.html",
        {
            "situation": situation,
            "citations": citations,
            "page_url": public_url_for(situation, request),
        },
    )
