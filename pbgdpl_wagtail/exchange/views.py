"""The read-only, paginated, incremental exchange endpoint.

``GET <prefix>/exchange/v1/questions/?updated_since=<ISO 8601>&cursor=<opaque>&limit=<n>`` lists
the questions that were ever published, oldest change first, with a ``next`` link until the last
page. A question unpublished since is listed with ``"published": false`` so that a copy elsewhere
is withdrawn too. A ``EXCHANGE_TOKEN`` setting, when set, is required as a Bearer token.

``POST`` to the same address receives a page pushed by another site (a province pushing to a hub
that runs this package). Pushing needs a token from ``EXCHANGE_PUSH_TOKENS``, which also names the
one source that token may write, so a site can never overwrite another site's questions. The page
is checked whole and written in one transaction: a malformed page changes nothing.
"""

import datetime
import json

from django.core.exceptions import RequestDataTooBig
from django.http import JsonResponse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from ..conf import pbgdpl_settings
from ..snippets.questions import Question, QuestionStatus
from .client import MalformedPayload, apply_items, check_page
from .format import FORMAT, VERSION, item

DEFAULT_LIMIT = 100
MAX_LIMIT = 500


def _error(message, status=400):
    return JsonResponse({"format": FORMAT, "version": VERSION, "error": message}, status=status)


def _parse_time(value):
    try:
        parsed = parse_datetime(value or "")
    except ValueError:  # well formed but impossible, such as 30 February
        return None
    if parsed is not None and timezone.is_naive(parsed):
        parsed = timezone.make_aware(parsed, datetime.UTC)
    return parsed


def _authorised(request):
    token = pbgdpl_settings.EXCHANGE_TOKEN
    if not token:
        return True
    return request.headers.get("Authorization", "") == f"Bearer {token}"


def local_source(request):
    return pbgdpl_settings.EXCHANGE_SOURCE or request.get_host().split(":")[0]


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def questions(request):
    if request.method == "POST":
        return receive_push(request)
    return serve_feed(request)


def _push_source(request):
    """The source a pushing site may write, from its Bearer token; None when not allowed."""
    header = request.headers.get("Authorization", "")
    token = header.removeprefix("Bearer ") if header.startswith("Bearer ") else ""
    return pbgdpl_settings.EXCHANGE_PUSH_TOKENS.get(token) if token else None


def receive_push(request):
    if not pbgdpl_settings.EXCHANGE_PUSH_TOKENS:
        return _error(_("This site does not receive pushed questions."), status=403)
    source = _push_source(request)
    if source is None:
        return _error(_("A valid push token is required."), status=401)
    try:
        payload = json.loads(request.body)
    except RequestDataTooBig:
        return _error(_("The page is too large; send smaller batches."), status=413)
    except (ValueError, RecursionError):  # RecursionError: arrays nested too deep
        return _error(_("The body is not JSON."))
    try:
        check_page(payload)
    except MalformedPayload as error:
        return _error(str(error))
    foreign = {entry["source"] for entry in payload["items"]} - {source}
    if foreign:
        return _error(
            _("This token may only push questions of “%(source)s”.") % {"source": source},
            status=403,
        )
    written = apply_items(payload["items"], local_source(request))
    return JsonResponse(
        {
            "format": FORMAT,
            "version": VERSION,
            "received": len(payload["items"]),
            "written": written,
        }
    )


def serve_feed(request):
    if not _authorised(request):
        return _error(_("A valid token is required."), status=401)
    try:
        limit = min(int(request.GET.get("limit", DEFAULT_LIMIT)), MAX_LIMIT)
        if limit < 1:
            raise ValueError
    except ValueError:
        return _error(_("“limit” must be a whole number from 1 to %(max)d.") % {"max": MAX_LIMIT})
    rows = Question.objects.filter(
        status=QuestionStatus.COMPLETED, published_at__isnull=False
    ).select_related("legal_field")
    since = request.GET.get("updated_since")
    if since:
        since_time = _parse_time(since)
        if since_time is None:
            return _error(_("“updated_since” must be an ISO 8601 date and time."))
        rows = rows.filter(updated_at__gte=since_time)
    cursor = request.GET.get("cursor")
    if cursor:
        time_text, _sep, pk_text = cursor.rpartition("_")
        cursor_time = _parse_time(time_text)
        # ASCII digits only ("²" is a digit to Python, not to int()), within a 64-bit key.
        digits = pk_text.isascii() and pk_text.isdigit() and len(pk_text) <= 18
        if cursor_time is None or not digits:
            return _error(_("“cursor” is not one this endpoint gave."))
        rows = rows.filter(updated_at__gte=cursor_time).exclude(
            updated_at=cursor_time, pk__lte=int(pk_text)
        )
    rows = list(
        rows.order_by("updated_at", "pk").prefetch_related(
            "citations__document__doc_type", "citations__document__issuer"
        )[: limit + 1]
    )
    more = len(rows) > limit
    rows = rows[:limit]
    source = local_source(request)
    next_url = None
    if more:
        last = rows[-1]
        query = {"cursor": f"{last.updated_at.isoformat()}_{last.pk}", "limit": limit}
        if since:
            query["updated_since"] = since
        next_url = request.build_absolute_uri(request.path) + "?" + urlencode(query)
    return JsonResponse(
        {
            "format": FORMAT,
            "version": VERSION,
            "source": source,
            "items": [item(question, source) for question in rows],
            "next": next_url,
        },
        json_dumps_params={"ensure_ascii": False},
    )
