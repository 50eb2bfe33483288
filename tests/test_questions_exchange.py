"""The exchange endpoint: format v1 as in docs/exchange, pages, increments, no personal data."""

import datetime
import json
from pathlib import Path

import jsonschema
import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from pbgdpl_wagtail.models import Question

from .factories import LegalDocumentFactory
from .factories_questions import QuestionFactory, cite, publish_answer

pytestmark = pytest.mark.django_db

SCHEMA = json.loads(
    (Path(__file__).parent.parent / "docs/exchange/qa-exchange-v1.schema.json").read_text()
)
URL = "pbgdpl:exchange_questions"


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_user(username="canbo", password="x")


def check_against_schema(payload):
    """Valid against the published JSON Schema, and every documented key present."""
    jsonschema.Draft202012Validator(
        SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    ).validate(payload)
    assert set(payload) == set(SCHEMA["required"]) == set(SCHEMA["properties"])
    item_schema = SCHEMA["$defs"]["item"]
    basis_keys = set(item_schema["properties"]["legal_basis"]["items"]["required"])
    for entry in payload["items"]:
        assert set(entry) == set(item_schema["required"]) == set(item_schema["properties"])
        for citation in entry["legal_basis"]:
            assert set(citation) == basis_keys
        assert isinstance(entry["published"], bool)
        datetime.datetime.fromisoformat(entry["updated_at"])


def get(client, **query):
    response = client.get(reverse(URL), query)
    return response, response.json()


def test_published_questions_in_format_v1_without_personal_data(client, staff):
    law = LegalDocumentFactory(number="35/2013/QH13")
    question = QuestionFactory(title="Hòa giải ở thôn")
    cite(question, law, "Điều 5")
    publish_answer(question, staff)
    QuestionFactory(title="Chưa công khai")
    response, payload = get(client)
    assert response.status_code == 200
    check_against_schema(payload)
    assert payload["format"] == "pbgdpl-qa-exchange" and payload["version"] == "1"
    assert payload["next"] is None
    [entry] = payload["items"]
    assert entry["id"] == question.code and entry["source"] == payload["source"] == "testserver"
    assert entry["legal_basis"] == [
        {"document": str(law), "number": "35/2013/QH13", "articles": "Điều 5"}
    ]
    text = response.content.decode()
    for value in ["Nguyễn Văn An", question.asker_email, "0912345678", "Bãi Sậy"]:
        assert value not in text


def test_pages_follow_the_cursor_and_increments_start_where_asked(client, staff):
    questions = [publish_answer(QuestionFactory(), staff) for _ in range(5)]
    seen = []
    response, payload = get(client, limit=2)
    while True:
        check_against_schema(payload)
        seen += [entry["id"] for entry in payload["items"]]
        if payload["next"] is None:
            break
        payload = client.get(payload["next"]).json()
    assert seen == [q.code for q in questions]
    later = timezone.now() + datetime.timedelta(hours=1)
    Question.objects.filter(pk=questions[3].pk).update(updated_at=later)
    _response, payload = get(client, updated_since=later.isoformat())
    assert [entry["id"] for entry in payload["items"]] == [questions[3].code]


def test_a_withdrawn_answer_is_served_as_unpublished(client, staff):
    question = publish_answer(QuestionFactory(), staff)
    question.unpublish(staff)
    _response, payload = get(client)
    assert [(e["id"], e["published"]) for e in payload["items"]] == [(question.code, False)]


@pytest.mark.parametrize(
    "query", [{"limit": "0"}, {"limit": "abc"}, {"updated_since": "hôm qua"}, {"cursor": "x_y"}]
)
def test_bad_parameters_are_a_clear_400(client, query):
    response, payload = get(client, **query)
    assert response.status_code == 400 and payload["error"]


def test_the_token_when_one_is_set(client, staff):
    publish_answer(QuestionFactory(), staff)
    with override_settings(PBGDPL={"EXCHANGE_TOKEN": "bi-mat", "EXCHANGE_SOURCE": "anthinh"}):
        assert client.get(reverse(URL)).status_code == 401
        response = client.get(reverse(URL), headers={"Authorization": "Bearer bi-mat"})
        assert response.status_code == 200 and response.json()["source"] == "anthinh"
