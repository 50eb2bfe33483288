"""Pulling shared Q&A from an exchange endpoint (format v1) into this site.

Each page of the feed is checked whole before anything is written, then written in one
transaction: a malformed page is refused with a logged reason and leaves nothing half-written.
Items are matched on (source, id), so a pull can be run again safely; it resumes from the newest
change already held from that endpoint's sources. Timeouts, connection errors and 5xx answers are
tried again with exponential backoff; other HTTP errors stop the pull.
"""

import datetime
import json
import logging
import time
import urllib.error
import urllib.parse
import urllib.request

from django.db import transaction
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from ..conf import pbgdpl_settings
from ..snippets.legal_documents import LegalDocument
from ..snippets.questions import Channel, Question, QuestionCitation, QuestionStatus
from ..snippets.taxonomy import LegalField
from .format import FORMAT, VERSION

logger = logging.getLogger(__name__)

ITEM_STRINGS = ("source", "id", "code", "updated_at", "title", "question", "answer_html")


class ExchangeError(Exception):
    pass


class MalformedPayload(ExchangeError):
    pass


def fetch(url, token="", timeout=None, retries=None, sleep=time.sleep):
    """The JSON at ``url``, trying again on timeouts, connection errors and 5xx answers."""
    timeout = pbgdpl_settings.EXCHANGE_TIMEOUT if timeout is None else timeout
    retries = pbgdpl_settings.EXCHANGE_RETRIES if retries is None else retries
    request = urllib.request.Request(url, headers={"Accept": "application/json"})
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    for attempt in range(retries + 1):
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                body = response.read()
            break
        except urllib.error.HTTPError as error:
            if error.code < 500 or attempt == retries:
                raise ExchangeError(f"{url}: HTTP {error.code}") from error
            reason = f"HTTP {error.code}"
        except (urllib.error.URLError, TimeoutError, ConnectionError) as error:
            if attempt == retries:
                raise ExchangeError(f"{url}: {error}") from error
            reason = str(error)
        logger.warning("Exchange request failed (%s), trying again: %s", reason, url)
        sleep(2**attempt)
    try:
        return json.loads(body)
    except ValueError as error:
        raise MalformedPayload(f"{url}: not JSON") from error


def check_page(payload):
    """Refuse a page that is not format v1, naming the first fault."""
    if not isinstance(payload, dict):
        raise MalformedPayload("the page is not a JSON object")
    if payload.get("format") != FORMAT or payload.get("version") != VERSION:
        raise MalformedPayload(f"not {FORMAT} version {VERSION}")
    items = payload.get("items")
    if not isinstance(items, list):
        raise MalformedPayload("“items” is not a list")
    if payload.get("next") is not None and not isinstance(payload["next"], str):
        raise MalformedPayload("“next” is neither a link nor null")
    for position, item in enumerate(items):
        if not isinstance(item, dict):
            raise MalformedPayload(f"item {position} is not an object")
        for key in ITEM_STRINGS:
            if not isinstance(item.get(key), str) or (key != "answer_html" and not item[key]):
                raise MalformedPayload(f"item {position}: “{key}” is missing or empty")
        if parse_datetime(item["updated_at"]) is None:
            raise MalformedPayload(f"item {position}: “updated_at” is not a date and time")
        if not isinstance(item.get("published"), bool):
            raise MalformedPayload(f"item {position}: “published” is not true or false")
        if len(item["title"]) > 255 or len(item["question"]) > 5000:
            raise MalformedPayload(f"item {position}: a text is too long")
        if len(item["source"]) > 100 or len(item["id"]) > 100:
            raise MalformedPayload(f"item {position}: “source” or “id” is too long")
        if not isinstance(item.get("legal_basis", []), list):
            raise MalformedPayload(f"item {position}: “legal_basis” is not a list")


def _aware(text):
    value = parse_datetime(text) if text else None
    if value is not None and timezone.is_naive(value):
        value = timezone.make_aware(value, datetime.UTC)
    return value


def apply_item(item, local_source):
    """Create or update the copy of one item; the site's own questions are never overwritten."""
    if item["source"] == local_source:
        return False
    field = None
    if isinstance(item.get("legal_field"), dict) and item["legal_field"].get("code"):
        field = LegalField.objects.filter(code=item["legal_field"]["code"]).first()
    question = Question.objects.filter(source=item["source"], external_id=item["id"]).first()
    if question is None:
        question = Question(source=item["source"], external_id=item["id"])
    values = {
        "legal_field": field,
        "title": item["title"],
        "text": item["question"],
        "answer": item["answer_html"],
        "published": item["published"],
        "published_at": _aware(item.get("published_at")) or question.published_at,
    }
    unchanged = question.pk is not None and all(
        getattr(question, name) == value for name, value in values.items()
    )
    if unchanged:
        # Saving would only move its change time, and a hub would serve it again.
        return False
    for name, value in values.items():
        setattr(question, name, value)
    if question.pk is None:
        question.channel = Channel.CENTRAL
    question.status = QuestionStatus.COMPLETED
    question.external_updated_at = _aware(item["updated_at"])
    question.save()
    question.citations.all().delete()
    for position, basis in enumerate(item.get("legal_basis") or []):
        number = basis.get("number") if isinstance(basis, dict) else None
        document = LegalDocument.objects.filter(number=number).first() if number else None
        if document is not None:
            QuestionCitation.objects.create(
                question=question,
                document=document,
                articles=str(basis.get("articles") or "")[:255],
                sort_order=position,
            )
    return True


def resume_point(sources):
    """The newest change already held from ``sources``: the next pull starts there."""
    return (
        Question.objects.filter(source__in=sources)
        .exclude(external_updated_at=None)
        .order_by("-external_updated_at")
        .values_list("external_updated_at", flat=True)
        .first()
    )


def pull(url, token="", local_source="", fetch=fetch, full=False):
    """Pull every page from ``url``; returns (pages, items written)."""
    if not full:
        known_sources = set(
            Question.objects.exclude(source="").values_list("source", flat=True).distinct()
        )
        since = resume_point(known_sources) if known_sources else None
        if since is not None:
            separator = "&" if "?" in url else "?"
            url += separator + urllib.parse.urlencode({"updated_since": since.isoformat()})
    pages = written = 0
    while url:
        payload = fetch(url, token)
        try:
            check_page(payload)
        except MalformedPayload as error:
            logger.error("Refused a page of the Q&A exchange at %s: %s", url, error)
            raise
        with transaction.atomic():
            for item in payload["items"]:
                written += apply_item(item, local_source)
        pages += 1
        url = payload["next"]
    return pages, written
