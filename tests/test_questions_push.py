"""Pushing published answers: the endpoint that receives a push, and the client that sends one."""

import json

import pytest
from django.test import override_settings
from django.urls import reverse

from pbgdpl_wagtail.exchange import client as exchange_client
from pbgdpl_wagtail.exchange.client import ExchangeError, push
from pbgdpl_wagtail.exchange.state import ExchangePushState
from pbgdpl_wagtail.models import Question
from pbgdpl_wagtail.snippets.questions import Channel

from .exchange_support import FakeHub, exchange_item
from .factories import LegalDocumentFactory, LegalFieldFactory
from .factories_questions import QuestionFactory, cite, publish_answer

pytestmark = pytest.mark.django_db
URL = "pbgdpl:exchange_questions"
HUB_SETTINGS = {"EXCHANGE_SOURCE": "trung-tam", "EXCHANGE_PUSH_TOKENS": {"bi-mat-a": "tinh-a"}}


def page(items):
    return {"format": "pbgdpl-qa-exchange", "version": "1", "source": "tinh-a", "items": items}


def send(client, payload, token="bi-mat-a"):
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    body = payload if isinstance(payload, str | bytes) else json.dumps(payload)
    return client.post(reverse(URL), body, content_type="application/json", headers=headers)


@pytest.fixture(autouse=True)
def no_waiting(monkeypatch):
    monkeypatch.setattr(exchange_client.time, "sleep", lambda seconds: None)


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_user(username="canbo", password="x")


# Receiving ------------------------------------------------------------------------------------


def test_a_site_that_is_no_hub_refuses_pushes(client):
    response = send(client, page([exchange_item(1, source="tinh-a")]))
    assert response.status_code == 403
    assert response.json()["error"] == "Trang này không nhận câu hỏi được gửi đến."
    assert not Question.objects.exists()


@override_settings(PBGDPL=HUB_SETTINGS)
@pytest.mark.parametrize("token", ["", "sai"])
def test_a_push_needs_a_known_token(client, token):
    response = send(client, page([exchange_item(1, source="tinh-a")]), token=token)
    assert response.status_code == 401
    assert not Question.objects.exists()


@override_settings(PBGDPL=HUB_SETTINGS)
def test_a_pushed_page_is_written_once_and_served_to_others(client):
    LegalFieldFactory(code="44")
    LegalDocumentFactory(number="14/2012/QH13")
    items = [exchange_item(number, source="tinh-a") for number in (1, 2)]
    response = send(client, page(items))
    assert response.status_code == 200
    assert response.json()["received"] == 2 and response.json()["written"] == 2
    copy = Question.objects.get(source="tinh-a", external_id="TW-1")
    assert copy.channel == Channel.CENTRAL and copy.published
    assert copy.citations.get().document.number == "14/2012/QH13"
    # The same page again changes nothing; the hub serves the copies under their source.
    assert send(client, page(items)).json()["written"] == 0
    assert Question.objects.count() == 2
    served = client.get(reverse(URL)).json()["items"]
    assert {(entry["source"], entry["id"]) for entry in served} == {
        ("tinh-a", "TW-1"),
        ("tinh-a", "TW-2"),
    }


@override_settings(PBGDPL=HUB_SETTINGS)
@pytest.mark.parametrize(
    "payload, message",
    [
        ("{not json", "Nội dung gửi không phải là JSON."),
        ({"format": "khac", "version": "1", "items": []}, "không theo định dạng"),
        (page([exchange_item(1, source="tinh-a"), {"source": "tinh-a"}]), "Mục 2: thiếu “id”"),
        (page([exchange_item(1, source="tinh-a", published="co")]), "“published” không phải"),
        (
            page([exchange_item(1, source="tinh-a", legal_field={"code": ["44"]})]),
            "“legal_field”",
        ),
        (
            page([exchange_item(1, source="tinh-a", legal_basis=[{"number": ["1"]}])]),
            "“legal_basis”",
        ),
    ],
)
def test_a_malformed_push_is_refused_whole_with_a_vietnamese_reason(client, payload, message):
    response = send(client, payload)
    assert response.status_code == 400
    assert message in response.json()["error"]
    assert not Question.objects.exists()


@override_settings(PBGDPL=HUB_SETTINGS)
def test_a_token_writes_only_its_own_source(client):
    items = [exchange_item(1, source="tinh-a"), exchange_item(2, source="tinh-b")]
    response = send(client, page(items))
    assert response.status_code == 403
    assert "tinh-a" in response.json()["error"]
    assert not Question.objects.exists()


@override_settings(PBGDPL=HUB_SETTINGS)
def test_another_sites_answer_html_is_made_safe(client):
    answer = (
        '<p onclick="steal()">Theo <a href="javascript:alert(1)">Điều 5</a>'
        '<script>alert(1)</script> và <a href="https://vbpl.vn/">vbpl</a></p>'
    )
    send(client, page([exchange_item(1, source="tinh-a", answer_html=answer)]))
    stored = Question.objects.get().answer
    assert "script" not in stored and "onclick" not in stored and "javascript" not in stored
    assert 'href="https://vbpl.vn/"' in stored and "Điều 5" in stored


# Sending --------------------------------------------------------------------------------------


def own_answers(staff, count):
    law = LegalDocumentFactory(number="35/2013/QH13")
    questions = []
    for _number in range(count):
        question = publish_answer(QuestionFactory(), staff)
        cite(question, law)
        questions.append(question)
    return questions


def test_a_push_sends_own_answers_in_batches_without_personal_data(staff):
    own_answers(staff, 5)
    QuestionFactory()  # not answered: never pushed
    Question.objects.create(
        source="tinh-khac", external_id="K-1", title="Bản sao", text="Câu hỏi", status="hoan_thanh"
    )
    with FakeHub() as hub:
        url = hub.base_url + "/q/"
        assert push(url, "bi-mat-a", local_source="tinh-a", batch_size=2) == (3, 5)
        assert [len(payload["items"]) for payload in hub.received] == [2, 2, 1]
        sent = [entry for payload in hub.received for entry in payload["items"]]
        assert {entry["source"] for entry in sent} == {"tinh-a"}
        assert sent[0]["legal_basis"][0]["number"] == "35/2013/QH13"
        text = json.dumps(hub.received, ensure_ascii=False)
        assert "nguoihoi" not in text and "0912345678" not in text and "Nguyễn Văn An" not in text
        # Nothing changed since: a second push sends nothing.
        assert push(url, "bi-mat-a", local_source="tinh-a") == (0, 0)
        assert len(hub.received) == 3


def test_a_withdrawn_answer_is_pushed_again_as_unpublished(staff):
    question = own_answers(staff, 1)[0]
    with FakeHub() as hub:
        url = hub.base_url + "/q/"
        push(url, local_source="tinh-a")
        question.unpublish(staff)
        assert push(url, local_source="tinh-a") == (1, 1)
        assert hub.received[-1]["items"][0]["published"] is False


def test_a_failed_push_goes_on_from_the_last_accepted_batch(staff):
    own_answers(staff, 4)
    with FakeHub() as hub:
        url = hub.base_url + "/q/"
        hub.failures["/q/"] = [500, 500, 500, 500]  # the second batch fails, retries too
        sent_first = []

        def first_then_fail(target, payload, token=""):
            if sent_first:
                return exchange_client.post(target, payload, token, retries=3)
            sent_first.append(payload)
            hub.received.append(payload)
            return {"received": len(payload["items"])}

        with pytest.raises(ExchangeError):
            push(url, local_source="tinh-a", batch_size=2, post=first_then_fail)
        state = ExchangePushState.objects.get(url=url)
        assert state.pushed_until is not None
        assert hub.requests.count("/q/") == 4  # one try and three retries, with backoff
        # The hub is back: only the two answers not yet accepted are sent.
        assert push(url, local_source="tinh-a", batch_size=2) == (1, 2)
        first_ids = {entry["id"] for entry in sent_first[0]["items"]}
        assert first_ids.isdisjoint(entry["id"] for entry in hub.received[-1]["items"])


def test_a_push_without_a_source_name_is_refused(staff):
    own_answers(staff, 1)
    with pytest.raises(ExchangeError):
        push("http://127.0.0.1:9/q/", local_source="")
