"""Bad input: every public form, the exchange endpoint, the registry import and the uploads get
hostile and random input (tests/hostile_inputs.py, hypothesis). Expected each time: no 5xx, a
clear 4xx or form error in Vietnamese, nothing stored, no hostile markup rendered unescaped."""

import io
import json
import uuid
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

from pbgdpl_wagtail.library.uploads import validate_caption_file, validate_video_file
from pbgdpl_wagtail.models import LegalReporter, Question
from pbgdpl_wagtail.snippets.questions import QuestionAttachment

from .exchange_support import exchange_item
from .factories import LegalFieldFactory
from .factories_registries import VALID_REPORTER_ROW, reporter_csv
from .hostile_inputs import (
    HOSTILE,
    HOSTILE_FILE_NAMES,
    LYING_FILES,
    MARKUP,
    RAW_MARKUP,
    assert_escaped,
    hostile_text,
    page_numbers,
    post_form,
    query,
    zip_bomb,
)
from .questions_support import PDF, ask_data

pytestmark = pytest.mark.django_db


def vietnamese_error(response):
    page = BeautifulSoup(response.content, "html.parser")
    box = page.select_one(".pbgdpl-form-errors")
    return box is not None and "Vui lòng" in box.get_text()


@pytest.fixture(autouse=True)
def unlimited(settings):
    cache.clear()
    settings.PBGDPL = {
        **settings.PBGDPL,
        "QUESTION_RATE_LIMIT": None,
        "QUESTION_TRACK_RATE_LIMIT": None,
        "API_THROTTLE_RATE": None,
    }
    yield
    cache.clear()


ASK_FIELDS = [
    "asker_name",
    "asker_type",
    "asker_email",
    "asker_phone",
    "asker_address",
    "legal_field",
    "title",
    "text",
    "consent",
    "submission",
]


def test_the_ask_form_refuses_or_escapes_hostile_values(client, qa_page, field):
    url = qa_page.url + "ask/"

    @given(st.sampled_from(ASK_FIELDS), hostile_text())
    def check(name, value):
        before = Question.objects.count()
        response = post_form(client, url, ask_data(field, **{name: value}))
        assert response.status_code in (200, 302), response.status_code
        if response.status_code == 200:
            assert vietnamese_error(response)
            assert Question.objects.count() == before
        else:
            assert Question.objects.count() == before + 1
            stored = Question.objects.latest("pk")
            assert "\x00" not in stored.title + stored.text + stored.asker_name
        assert_escaped(response)

    check()
    # What was stored is shown escaped on the tracking page.
    for question in Question.objects.all()[:20]:
        response = post_form(
            client, qa_page.url + "track/", {"code": question.code, "contact": question.asker_email}
        )
        assert response.status_code == 200
        assert_escaped(response)


def test_the_tracking_form_and_the_listing_refuse_hostile_values(client, qa_page):
    @given(hostile_text(), hostile_text(), page_numbers())
    def check(code, contact, number):
        response = post_form(client, qa_page.url + "track/", {"code": code, "contact": contact})
        assert response.status_code == 200
        assert_escaped(response)
        response = client.get(qa_page.url + query({"q": code, "field": contact, "page": number}))
        assert response.status_code in (200, 400, 404)
        assert_escaped(response)

    check()


@pytest.mark.parametrize("name, content", LYING_FILES + [("don.docx", None)])
def test_attachments_whose_content_lies_are_refused(client, qa_page, field, name, content):
    content = zip_bomb(50 * 1024 * 1024) if content is None else content
    data = {**ask_data(field), "attachments": SimpleUploadedFile(name, content)}
    response = client.post(qa_page.url + "ask/", data)
    assert response.status_code == 200 and vietnamese_error(response)
    assert not Question.objects.exists() and not QuestionAttachment.objects.exists()


@pytest.mark.parametrize("name", HOSTILE_FILE_NAMES)
def test_attachment_names_cannot_leave_the_media_folder(client, qa_page, field, name):
    data = {**ask_data(field), "attachments": SimpleUploadedFile(name, PDF)}
    response = client.post(qa_page.url + "ask/", data)
    assert response.status_code in (200, 302)
    assert_escaped(response)
    for attachment in QuestionAttachment.objects.all():
        path = Path(attachment.file.path).resolve()
        assert path.is_relative_to(Path(settings.MEDIA_ROOT).resolve())
        assert ".." not in attachment.file.name and "<" not in attachment.file.name


@pytest.mark.parametrize("name, content", LYING_FILES)
def test_library_uploads_refuse_lying_files(name, content):
    for validate, extension in ((validate_video_file, ".mp4"), (validate_caption_file, ".vtt")):
        for file_name in (name, Path(name).stem + extension):
            with pytest.raises(ValidationError):
                validate(SimpleUploadedFile(file_name, content))


EXCHANGE = "/pbgdpl/exchange/v1/questions/"


def test_the_exchange_feed_refuses_hostile_parameters(client):
    @given(
        st.dictionaries(
            st.sampled_from(["limit", "cursor", "updated_since"]),
            st.one_of(hostile_text(), page_numbers(), st.just("2026-01-01T00:00:00_9" * 3)),
        )
    )
    def check(params):
        response = client.get(EXCHANGE + query(params))
        assert response.status_code in (200, 400), (params, response.status_code)

    check()
    for cursor in ("2026-01-01T00:00:00+00:00_99999999999999999999999", "2026-01-01_²"):
        assert client.get(EXCHANGE, {"cursor": cursor}).status_code == 400


def json_values():
    return st.recursive(
        st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), hostile_text()),
        lambda children: (
            st.lists(children, max_size=3)
            | st.dictionaries(st.text(max_size=10), children, max_size=3)
        ),
        max_leaves=8,
    )


def hostile_items():
    keys = ["source", "id", "code", "updated_at", "title", "question", "answer_html"]
    return st.builds(
        lambda key, value: {**exchange_item(1), "source": "tinh-a", key: value},
        st.sampled_from([*keys, "legal_field", "legal_basis", "published", "published_at"]),
        st.one_of(hostile_text(), json_values()),
    )


def test_pushed_payloads_are_checked_whole(client, settings):
    settings.PBGDPL = {**settings.PBGDPL, "EXCHANGE_PUSH_TOKENS": {"bi-mat": "tinh-a"}}
    auth = {"HTTP_AUTHORIZATION": "Bearer bi-mat"}

    def page(items):
        return {"format": "pbgdpl-qa-exchange", "version": "1", "items": items, "next": None}

    @given(st.one_of(json_values(), st.lists(hostile_items(), min_size=1, max_size=3).map(page)))
    def check(payload):
        before = Question.objects.count()
        response = client.post(EXCHANGE, json.dumps(payload), "application/json", **auth)
        assert response.status_code in (200, 400, 403), response.status_code
        if response.status_code != 200:
            assert Question.objects.count() == before
            assert response.json()["error"]
        for question in Question.objects.all():
            assert "<script" not in question.answer and "onerror" not in question.answer
            assert "\x00" not in question.title + question.text + question.answer

    check()
    # Half of a UTF-16 pair, escaped in JSON, is not text: refused whole, nothing written.
    lone = json.dumps(page([{**exchange_item(1), "source": "tinh-a", "id": "\ud800"}]))
    before = Question.objects.count()
    response = client.post(EXCHANGE, lone, "application/json", **auth)
    assert response.status_code == 400 and "Unicode" in response.json()["error"]
    assert Question.objects.count() == before
    # Not JSON, wrong content types, bytes that are not UTF-8.
    for body, content_type in [
        (b"\xff\xfe\x00", "application/json"),
        (b"<xml/>", "application/xml"),
        (b"title=x", "application/x-www-form-urlencoded"),
        (b"", "application/json"),
        (b"[" * 100_000, "application/json"),
    ]:
        response = client.post(EXCHANGE, body, content_type, **auth)
        assert response.status_code == 400, body[:20]


def reporter_file(*cells):
    """A legal reporters file of one row: ``cells`` first, valid values after them."""
    return reporter_csv([list(cells) + VALID_REPORTER_ROW[len(cells) :]])


def xlsx_with_rows(count):
    """A small XLSX whose one sheet unzips into ``count`` rows."""
    import zipfile

    rows = "".join(
        f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>x</t></is></c></row>'
        for n in range(1, count + 1)
    )
    sheet = (
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<sheetData>{rows}</sheetData></worksheet>"
    )
    buffer = io.BytesIO()
    source = zipfile.ZipFile(io.BytesIO(_minimal_xlsx()))
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            data = sheet.encode() if info.filename == "xl/worksheets/sheet1.xml" else None
            archive.writestr(info.filename, data or source.read(info.filename))
    return buffer.getvalue()


def _minimal_xlsx():
    from pbgdpl_wagtail.registry_import.files import write_rows

    return write_rows(["full_name"], [["x"]], "xlsx")


def test_registry_import_uploads_refuse_hostile_files(admin_client):
    LegalFieldFactory(code="44.8")  # the valid cells around the hostile ones are valid
    url = reverse("pbgdpl_registry_import")
    files = [
        *LYING_FILES,
        *[(name, reporter_file("A", "B")) for name in HOSTILE_FILE_NAMES],
        ("bcv.csv", reporter_file("a" * 200_000, "B")),
        ("bcv.csv", reporter_file("A\x00", "B")),
        ("bcv.csv", b"\xff\xfe" + "ánh".encode("utf-16-le")),
        ("bcv.csv", reporter_file(*MARKUP[:5])),
        ("bcv.csv", reporter_file(*[text[:100] for text in HOSTILE[:5]])),
        ("bcv.xlsx", zip_bomb(20 * 1024 * 1024)),
        ("bcv.xlsx", xlsx_with_rows(60_000)),
    ]
    for name, content in files:
        response = admin_client.post(
            url, {"registry": "legal_reporters", "file": SimpleUploadedFile(name, content)}
        )
        assert response.status_code == 200, name
        assert LegalReporter.objects.count() == 0, name
        html = response.content.decode()
        for raw in RAW_MARKUP:
            assert raw not in html, name


def test_the_valid_registry_file_of_these_tests_imports(admin_client):
    LegalFieldFactory(code="44.8")
    url = reverse("pbgdpl_registry_import")
    upload = SimpleUploadedFile("bcv.csv", reporter_file())
    response = admin_client.post(url, {"registry": "legal_reporters", "file": upload})
    report = response.context["report"]
    assert report.ok and report.created == 1, report.errors


def test_hostile_registry_in_the_form_is_an_error(admin_client):
    url = reverse("pbgdpl_registry_import")
    for registry in ["../../etc", "<script>x</script>", "\x00", str(uuid.uuid4())]:
        response = admin_client.post(
            url, {"registry": registry, "file": SimpleUploadedFile("a.csv", reporter_file("A"))}
        )
        assert response.status_code == 200
        assert "registry" in response.context["form"].errors
