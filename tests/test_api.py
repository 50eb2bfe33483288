"""The public API without the demo: the OpenAPI document, filters' 400s, throttling, CORS, the
system checks, and query counts that do not grow with the number of records."""

import json
from pathlib import Path

import pytest
from django.core.cache import cache
from django.core.checks import run_checks
from django.test import override_settings
from django.urls import clear_url_caches
from django.utils import timezone
from openapi_spec_validator import validate

from pbgdpl_wagtail.views.openapi import document_bytes

from .factories import AgencyFactory, DocumentTypeFactory, LegalFieldFactory
from .factories_questions import QuestionFactory

pytestmark = pytest.mark.django_db
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def test_the_openapi_document_is_valid_and_served_as_kept_in_docs(client):
    document = json.loads(document_bytes())
    validate(document)
    assert (REPO / "docs" / "api" / "openapi.json").read_bytes() == document_bytes()
    response = client.get("/pbgdpl/api/openapi.json")
    assert response.status_code == 200
    assert response.content == document_bytes()
    documented = {path for path in document["paths"] if path.startswith("/api/v2/")}
    assert "/api/v2/questions/{id}/" in documented
    assert "/pbgdpl/exchange/v1/questions/" in document["paths"]
    assert set(document["paths"]["/pbgdpl/exchange/v1/questions/"]) == {"get", "post"}


@override_settings(ROOT_URLCONF="tests.urls_api_elsewhere")
def test_the_served_document_names_the_sites_own_prefixes(client):
    clear_url_caches()
    try:
        paths = client.get("/portal/api/openapi.json").json()["paths"]
    finally:
        clear_url_caches()
    assert "/data/legal-documents/" in paths
    assert "/portal/exchange/v1/questions/" in paths
    assert not any(path.startswith("/api/v2/") for path in paths)


def make_documents(count):
    from pbgdpl_wagtail.models import LegalDocument

    field = LegalFieldFactory(code="44")
    sub = LegalFieldFactory(code="44.8", parent=field)
    doc_type, issuer = DocumentTypeFactory(code="qppl-luat"), AgencyFactory()
    documents = []
    for number in range(count):
        document = LegalDocument.objects.create(
            number=f"{number}/2025/QH15",
            doc_type=doc_type,
            issuer=issuer,
            issued_date=f"202{number % 3 + 3}-05-01",
            abstract=f"Văn bản {number}",
            live=number != 0,  # the first is a draft
            last_published_at=timezone.now(),
        )
        document.fields.add(sub)
        document.save()
        documents.append(document)
    return documents


def test_filters_by_legal_field_type_year_and_updated_since(client):
    documents = make_documents(4)

    def ids(query):
        items = client.get(f"/api/v2/legal-documents/{query}").json()["items"]
        return {item["id"] for item in items}

    live = {d.pk for d in documents[1:]}
    assert ids("") == live  # the draft stays out
    assert ids("?legal_field=44") == live  # a chủ đề finds its đề mục
    assert ids("?legal_field=44.8&type=qppl-luat") == live
    assert ids("?year=2024") == {documents[1].pk}
    assert ids("?updated_since=2000-01-01") == live
    assert ids("?updated_since=2999-01-01T00:00:00Z") == set()


@pytest.mark.parametrize(
    "query",
    [
        "?legal_field=99.99",
        "?type=khong-co",
        "?year=20x5",
        "?updated_since=hôm-qua",
        "?limit=-1",
        "?offset=abc",
        "?limit=1000",
        "?issued_date=abc",
        "?asker_email=a@example.vn",
        "?locale=xx",
    ],
)
def test_a_bad_filter_value_is_a_translated_400(client, query):
    url = "/api/v2/legal-documents/" if "locale" not in query else "/api/v2/videos/"
    response = client.get(url + query, HTTP_ACCEPT_LANGUAGE="vi")
    assert response.status_code == 400, response.content
    message = response.json()["message"]
    assert message and not message.startswith("query parameter"), message


def test_a_vietnamese_message_for_a_bad_year(client):
    response = client.get("/api/v2/questions/?year=abc", HTTP_ACCEPT_LANGUAGE="vi")
    assert response.status_code == 400
    assert "bốn chữ số" in response.json()["message"]


def test_question_listing_shows_published_answers_only(client, django_user_model):
    from .factories_questions import publish_answer

    user = django_user_model.objects.create_user("staff")
    published = QuestionFactory(asker_email="an@example.vn", asker_phone="0912345678")
    publish_answer(published, user)
    QuestionFactory(title="Câu hỏi chưa trả lời")
    data = client.get("/api/v2/questions/?fields=*").json()
    assert [item["id"] for item in data["items"]] == [published.pk]
    body = json.dumps(data, ensure_ascii=False)
    assert "an@example.vn" not in body and "0912345678" not in body
    assert published.asker_name not in body
    for name in ("asker_name", "asker_email", "submitted_text", "attachments"):
        response = client.get(f"/api/v2/questions/?fields={name}")
        assert response.status_code == 400, name


def test_listing_queries_do_not_grow_with_the_records(client, django_assert_max_num_queries):
    make_documents(3)
    with django_assert_max_num_queries(12) as few:
        client.get("/api/v2/legal-documents/?fields=*")
    from pbgdpl_wagtail.models import LegalDocument

    template = LegalDocument.objects.filter(live=True).first()
    for number in range(10):
        LegalDocument.objects.create(
            number=f"extra-{number}",
            doc_type=template.doc_type,
            issuer=template.issuer,
            issued_date="2025-01-01",
            abstract="Thêm",
            live=True,
        )
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get("/api/v2/legal-documents/?fields=*")
    assert response.json()["meta"]["total_count"] == 12


def test_the_api_is_throttled_per_client(client, settings):
    settings.PBGDPL = {**getattr(settings, "PBGDPL", {}), "API_THROTTLE_RATE": "3/minute"}
    statuses = [client.get("/api/v2/statistics/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    other = client.get("/api/v2/statistics/", REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 200


def test_cors_headers_for_the_configured_origins(client, settings):
    settings.PBGDPL = {
        **getattr(settings, "PBGDPL", {}),
        "API_CORS_ALLOWED_ORIGINS": ["https://xa.example.gov.vn"],
    }
    allowed = client.get("/api/v2/statistics/", HTTP_ORIGIN="https://xa.example.gov.vn")
    assert allowed["Access-Control-Allow-Origin"] == "https://xa.example.gov.vn"
    assert "Origin" in allowed["Vary"]
    other = client.get("/api/v2/statistics/", HTTP_ORIGIN="https://evil.example")
    assert "Access-Control-Allow-Origin" not in other
    preflight = client.options(
        "/api/v2/books/",
        HTTP_ORIGIN="https://xa.example.gov.vn",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="accept",
    )
    assert preflight.status_code == 200
    assert "GET" in preflight["Access-Control-Allow-Methods"]
    settings.PBGDPL = {**settings.PBGDPL, "API_CORS_ALLOWED_ORIGINS": ["*"]}
    anyone = client.get("/api/v2/statistics/", HTTP_ORIGIN="https://evil.example")
    assert anyone["Access-Control-Allow-Origin"] == "*"


def test_rich_text_is_display_html_unless_asked_otherwise(client, django_user_model):
    from wagtail.models import Page

    from .factories_questions import publish_answer

    root = Page.get_first_root_node()
    user = django_user_model.objects.create_user("staff")
    question = QuestionFactory()
    publish_answer(question, user, answer=f'<p><a linktype="page" id="{root.pk}">Trang</a></p>')
    html = client.get(f"/api/v2/questions/{question.pk}/").json()["answer"]
    assert 'linktype="page"' not in html and "<a" in html
    source = client.get(f"/api/v2/questions/{question.pk}/?rich_text_format=db_html").json()
    assert 'linktype="page"' in source["answer"]


def test_check_throttle_rate_and_cors_origins(settings):
    settings.PBGDPL = {
        **getattr(settings, "PBGDPL", {}),
        "API_THROTTLE_RATE": "many/often",
        "API_CORS_ALLOWED_ORIGINS": ["https://xa.example.gov.vn/", "xa.example.gov.vn", "*"],
    }
    ids = [message.id for message in run_checks()]
    assert ids.count("pbgdpl.E006") == 1 and ids.count("pbgdpl.W004") == 2
    settings.PBGDPL = {
        **settings.PBGDPL,
        "API_THROTTLE_RATE": None,
        "API_CORS_ALLOWED_ORIGINS": ["https://xa.example.gov.vn"],
    }
    assert not {m.id for m in run_checks()} & {"pbgdpl.E006", "pbgdpl.W004"}


def test_api_checks_are_quiet_on_a_site_without_the_api(settings, monkeypatch):
    from pbgdpl_wagtail import checks

    settings.PBGDPL = {**getattr(settings, "PBGDPL", {}), "API_THROTTLE_RATE": "bad"}
    assert [m.id for m in checks.check_api(None)] == ["pbgdpl.E006"]
    monkeypatch.setattr(checks, "_api_included", lambda: False)
    assert checks.check_api(None) == []


def test_exchange_answers_match_the_openapi_document(client):
    from jsonschema import Draft202012Validator

    document = json.loads(document_bytes())
    operations = document["paths"]["/pbgdpl/exchange/v1/questions/"]

    def check(response, method):
        schema = operations[method]["responses"][str(response.status_code)]
        schema = schema["content"]["application/json"]["schema"]
        validator = Draft202012Validator({**schema, "components": document["components"]})
        assert not list(validator.iter_errors(response.json())), response.content

    check(client.get("/pbgdpl/exchange/v1/questions/"), "get")
    check(client.get("/pbgdpl/exchange/v1/questions/?limit=0"), "get")
    check(client.post("/pbgdpl/exchange/v1/questions/", "{}", "application/json"), "post")
