"""Pulling shared Q&A from an exchange endpoint (format v1) into this site, and pushing the
site's own published answers to one.

Each page of the feed is checked whole before anything is written, then written in one
transaction: a malformed page is refused with a logged reason and leaves nothing half-written.
Items are matched on (source, id), so a pull can be run again safely; it resumes from the newest
change already held from that endpoint's sources. Timeouts, connection errors and 5xx answers are
tried again with exponential backoff; other HTTP errors stop the pull.
"""

import datetime
import json
import logging
import re
import time
import urllib.error
import urllib.parse
import urllib.request

import nh3
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from .. import content_cache
from ..conf import pbgdpl_settings
from ..snippets.legal_documents import LegalDocument
from ..snippets.questions import (
    Channel,
    Question,
    QuestionCitation,
    QuestionStatus,
    reserve_codes,
)
from ..snippets.taxonomy import LegalField
from .format import FORMAT, VERSION
from .format import item as exchange_item
from .state import ExchangePushState
from .tasks import index_question_copies

logger = logging.getLogger(__name__)

ITEM_STRINGS = ("source", "id", "code", "updated_at", "title", "question", "answer_html")
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class ExchangeError(Exception):
    pass


class MalformedPayload(ExchangeError):
    pass


def _send(request, url, retries, timeout, sleep):
    """The JSON answer to ``request``, trying again on timeouts, connection errors and 5xx."""
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
    except (ValueError, RecursionError) as error:  # RecursionError: nested too deep
        raise MalformedPayload(f"{url}: not JSON") from error


def _request(url, token, data=None):
    headers = {"Accept": "application/json"}
    if data is not None:
        headers["Content-Type"] = "application/json"
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return urllib.request.Request(url, data=data, headers=headers)


def _limits(timeout, retries):
    timeout = pbgdpl_settings.EXCHANGE_TIMEOUT if timeout is None else timeout
    retries = pbgdpl_settings.EXCHANGE_RETRIES if retries is None else retries
    return timeout, retries


def fetch(url, token="", timeout=None, retries=None, sleep=None):
    """The JSON at ``url``."""
    timeout, retries = _limits(timeout, retries)
    return _send(_request(url, token), url, retries, timeout, sleep or time.sleep)


def post(url, payload, token="", timeout=None, retries=None, sleep=None):
    """POST ``payload`` as JSON to ``url``; the endpoint's JSON answer.

    Sending a batch again is harmless (the receiver matches items on source and id), so a POST
    is retried like a GET.
    """
    timeout, retries = _limits(timeout, retries)
    data = json.dumps(payload, ensure_ascii=False).encode()
    return _send(_request(url, token, data), url, retries, timeout, sleep or time.sleep)


def check_page(payload):
    """Refuse a page (pulled or pushed) that is not format v1, naming the first fault."""
    if not isinstance(payload, dict):
        raise MalformedPayload(_("The page is not a JSON object."))
    if payload.get("format") != FORMAT or payload.get("version") != VERSION:
        raise MalformedPayload(
            _("The page is not in format %(format)s version %(version)s.")
            % {"format": FORMAT, "version": VERSION}
        )
    items = payload.get("items")
    if not isinstance(items, list):
        raise MalformedPayload(_("“items” is not a list."))
    if payload.get("next") is not None and (
        not isinstance(payload["next"], str) or _unstorable_text(payload["next"])
    ):
        raise MalformedPayload(_("“next” is neither a link nor null."))
    for position, entry in enumerate(items, start=1):
        fault = _item_fault(entry)
        if fault:
            raise MalformedPayload(
                _("Item %(position)d: %(fault)s") % {"position": position, "fault": fault}
            )


def _parse_datetime(text):
    """``parse_datetime``, None also for a well-formed impossible date (30 February)."""
    try:
        return parse_datetime(text)
    except ValueError:
        return None


def _unstorable_text(value):
    """Why a string in ``value`` cannot be stored (a null character, a lone surrogate), or None."""
    # Iterative: a hostile page may nest lists as deep as the JSON parser allows.
    pending = [value]
    while pending:
        value = pending.pop()
        if isinstance(value, str):
            if "\x00" in value:
                # PostgreSQL cannot store one, and no legitimate text holds one.
                return _("it contains a null character.")
            if LONE_SURROGATE.search(value):
                # JSON may escape half of a UTF-16 pair ("\ud800"); it is not text.
                return _("it contains text that is not valid Unicode.")
        elif isinstance(value, dict):
            pending.extend(value.keys())
            pending.extend(value.values())
        elif isinstance(value, list):
            pending.extend(value)
    return None


def _text_or_none(value):
    return value is None or isinstance(value, str)


def _item_fault(entry):
    if not isinstance(entry, dict):
        return _("it is not an object.")
    for key in ITEM_STRINGS:
        if not isinstance(entry.get(key), str) or (key != "answer_html" and not entry[key]):
            return _("“%(key)s” is missing or empty.") % {"key": key}
    fault = _unstorable_text(entry)
    if fault:
        return fault
    if _parse_datetime(entry["updated_at"]) is None:
        return _("“updated_at” is not a date and time.")
    if entry.get("published_at") is not None and (
        not isinstance(entry["published_at"], str) or _parse_datetime(entry["published_at"]) is None
    ):
        return _("“published_at” is not a date and time.")
    if not isinstance(entry.get("published"), bool):
        return _("“published” is not true or false.")
    if len(entry["title"]) > 255 or len(entry["question"]) > 5000:
        return _("the title or the question is too long.")
    if len(entry["source"]) > 100 or len(entry["id"]) > 100:
        return _("“source” or “id” is too long.")
    if not isinstance(entry.get("legal_basis", []), list):
        return _("“legal_basis” is not a list.")
    field = entry.get("legal_field")
    if field is not None and not (isinstance(field, dict) and _text_or_none(field.get("code"))):
        return _("“legal_field” is neither null nor an object with a text “code”.")
    for basis in entry.get("legal_basis") or []:
        if not isinstance(basis, dict) or not _text_or_none(basis.get("number")):
            return _("each “legal_basis” entry must be an object with a text “number”.")
    return ""


def _aware(text):
    value = _parse_datetime(text) if text else None
    if value is not None and timezone.is_naive(value):
        value = timezone.make_aware(value, datetime.UTC)
    return value


# What an answer from elsewhere may keep: the answer editor's features, outside links only.
ANSWER_TAGS = {"p", "br", "b", "strong", "i", "em", "ol", "ul", "li", "a", "h2", "h3", "h4"}


def clean_answer_html(html):
    """Another site's answer HTML, safe to show here: no scripts, styles or internal links."""
    return nh3.clean(
        html,
        tags=ANSWER_TAGS,
        attributes={"a": {"href"}},
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )


class _PageLookups:
    """The legal fields, documents and existing copies one page needs, read in three queries."""

    def __init__(self, items):
        codes = {
            entry["legal_field"].get("code")
            for entry in items
            if isinstance(entry.get("legal_field"), dict)
        }
        numbers = {
            basis.get("number")
            for entry in items
            for basis in entry.get("legal_basis") or []
            if isinstance(basis, dict)
        }
        self.fields = {f.code: f for f in LegalField.objects.filter(code__in=codes - {None})}
        self.documents = {}
        for document in LegalDocument.objects.filter(number__in=numbers - {None}):
            self.documents.setdefault(document.number, document)
        ids = {entry["id"] for entry in items}
        sources = {entry["source"] for entry in items}
        # The same condition as the unique constraint's, so that its partial index is used.
        copies = Question.objects.filter(external_id__in=ids, source__in=sources).exclude(
            external_id=""
        )
        self.copies = {(q.source, q.external_id): q for q in copies.order_by()}


# ``live`` is whether the public sees the copy (the item's "published").
COPIED_FIELDS = ["legal_field_id", "title", "text", "answer", "live", "published_at"]


def _copy_values(entry, lookups, question):
    field = None
    if isinstance(entry.get("legal_field"), dict):
        field = lookups.fields.get(entry["legal_field"].get("code"))
    return {
        "legal_field_id": field.pk if field else None,
        "title": entry["title"],
        "text": entry["question"],
        "answer": clean_answer_html(entry["answer_html"]),
        "live": entry["published"],
        "published_at": _aware(entry.get("published_at")) or question.published_at,
    }


def _citations(question, entry, lookups):
    citations = []
    for position, basis in enumerate(entry.get("legal_basis") or []):
        number = basis.get("number") if isinstance(basis, dict) else None
        document = lookups.documents.get(number)
        if document is not None:
            citations.append(
                QuestionCitation(
                    question=question,
                    document=document,
                    articles=str(basis.get("articles") or "")[:255],
                    sort_order=position,
                )
            )
    return citations


def _insert(questions, day):
    """Insert new copies with consecutive tracking codes; one by one (each finding a free code)
    if a code is already taken, e.g. by an imported question."""
    for question, code in zip(questions, reserve_codes(day, len(questions)), strict=True):
        question.code = code
    try:
        with transaction.atomic():
            Question.objects.bulk_create(questions)
    except IntegrityError:
        for question in questions:
            question.code, question.pk = "", None
            question._state.adding = True
            question.save()


def apply_items(items, local_source):
    """Write a checked page's items in one transaction; how many copies were written.

    The site's own questions are never overwritten. Copies are written in bulk (a page of 500
    costs a few dozen queries, not thousands) and indexed for search in bulk; they are not added
    to Wagtail's reference index, as nobody edits a copy here: the next pull would replace it.
    """
    with transaction.atomic():
        # The last of two entries for the same question wins, as it would one by one.
        entries = {
            (entry["source"], entry["id"]): entry
            for entry in items
            if entry["source"] != local_source
        }
        lookups = _PageLookups(list(entries.values()))
        now = timezone.now()
        new, changed, citations = [], [], []
        for key, entry in entries.items():
            question = lookups.copies.get(key)
            if question is None:
                question = Question(source=key[0], external_id=key[1], channel=Channel.CENTRAL)
                question.received_at = now
            values = _copy_values(entry, lookups, question)
            if question.pk is not None and all(
                getattr(question, name) == value for name, value in values.items()
            ):
                # Saving would only move its change time, and a hub would serve it again.
                continue
            for name, value in values.items():
                setattr(question, name, value)
            question.status = QuestionStatus.COMPLETED
            question.external_updated_at = _aware(entry["updated_at"])
            question.updated_at = now
            (changed if question.pk else new).append(question)
            citations.append((question, entry))
        if new:
            _insert(new, timezone.localdate(now))
        if changed:
            Question.objects.bulk_update(
                changed, [*COPIED_FIELDS, "status", "external_updated_at", "updated_at"]
            )
            QuestionCitation.objects.filter(question__in=changed).delete()
        QuestionCitation.objects.bulk_create(
            [c for question, entry in citations for c in _citations(question, entry, lookups)]
        )
        written = [question.pk for question in new + changed]
        if written:
            transaction.on_commit(lambda: index_question_copies.enqueue(written))
            # Bulk writes send no signal: the pages listing questions are rendered again.
            content_cache.changed(sender=Question)
        return len(written)


def apply_item(item, local_source):
    """Create or update the copy of one item."""
    return bool(apply_items([item], local_source))


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
        written += apply_items(payload["items"], local_source)
        pages += 1
        url = payload["next"]
    return pages, written


def _own_changes(after_time, after_pk):
    """The site's own questions that were ever published, changed after the cursor."""
    rows = Question.objects.filter(
        source="", status=QuestionStatus.COMPLETED, published_at__isnull=False
    )
    if after_time is not None:
        rows = rows.filter(
            models.Q(updated_at__gt=after_time) | models.Q(updated_at=after_time, pk__gt=after_pk)
        )
    return rows.order_by("updated_at", "pk")


def push(url, token="", local_source="", batch_size=None, post=post):
    """Push the site's own published (and withdrawn) answers changed since the last push to
    ``url``; returns (batches, items sent). The cursor moves after each accepted batch, so a
    push that fails goes on from the last accepted batch when run again."""
    if not local_source:
        raise ExchangeError("the site has no exchange source name (EXCHANGE_SOURCE)")
    batch_size = batch_size or pbgdpl_settings.EXCHANGE_PUSH_BATCH
    state, _created = ExchangePushState.objects.get_or_create(url=url)
    batches = sent = 0
    while True:
        rows = list(
            _own_changes(state.pushed_until, state.pushed_until_pk)
            .select_related("legal_field")
            .prefetch_related("citations__document__doc_type")[:batch_size]
        )
        if not rows:
            return batches, sent
        payload = {
            "format": FORMAT,
            "version": VERSION,
            "source": local_source,
            "items": [exchange_item(question, local_source) for question in rows],
            "next": None,
        }
        answer = post(url, payload, token)
        if not isinstance(answer, dict) or answer.get("received") != len(rows):
            raise ExchangeError(f"{url}: the endpoint did not confirm the batch")
        state.pushed_until, state.pushed_until_pk = rows[-1].updated_at, rows[-1].pk
        state.save()
        batches += 1
        sent += len(rows)
