"""Pulling shared Q&A over real HTTP on 127.0.0.1: happy path, re-run, malformed page, errors."""

import io
import logging

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from wagtail.models import Locale

from pbgdpl_wagtail.exchange import client as exchange_client
from pbgdpl_wagtail.exchange.client import ExchangeError, MalformedPayload, pull
from pbgdpl_wagtail.models import Question
from pbgdpl_wagtail.snippets.questions import Channel, QuestionStatus

from .exchange_support import FakeHub, exchange_item
from .factories import LegalDocumentFactory, LegalFieldFactory
from .factories_questions import QuestionFactory, publish_answer


@pytest.fixture
def hub():
    with FakeHub() as fake:
        yield fake


@pytest.fixture(autouse=True)
def no_waiting(monkeypatch):
    monkeypatch.setattr(exchange_client.time, "sleep", lambda seconds: None)


@pytest.fixture
def reference(db):
    LegalFieldFactory(code="44", name="Phổ biến, giáo dục pháp luật")
    LegalDocumentFactory(number="14/2012/QH13")


def two_pages(hub):
    hub.page("/q/", [exchange_item(1), exchange_item(2)], next_path="/q/2/")
    hub.page("/q/2/", [exchange_item(3)])


@pytest.mark.django_db
def test_a_pull_writes_the_shared_answers_and_a_rerun_changes_nothing(hub, reference):
    two_pages(hub)
    assert pull(hub.base_url + "/q/", local_source="an-thinh") == (2, 3)
    assert Question.objects.count() == 3
    question = Question.objects.get(external_id="TW-1")
    assert question.source == "trung-uong" and question.channel == Channel.CENTRAL
    assert question.status == QuestionStatus.COMPLETED and question.published
    assert question.legal_field.code == "44"
    assert question.citations.get().articles == "Điều 35"
    assert question.code.startswith("HD-") and question.asker_name == ""
    pull(hub.base_url + "/q/", local_source="an-thinh")
    assert Question.objects.count() == 3
    assert "updated_since=" in hub.requests[-2]


@pytest.mark.django_db
def test_an_update_and_a_withdrawal_reach_the_copy(hub, reference):
    two_pages(hub)
    pull(hub.base_url + "/q/", local_source="an-thinh")
    hub.page(
        "/q/",
        [
            exchange_item(1, title="Tiêu đề đã sửa", updated_at="2026-02-01T09:00:00+07:00"),
            exchange_item(2, published=False, updated_at="2026-02-01T09:00:00+07:00"),
        ],
    )
    pull(hub.base_url + "/q/", local_source="an-thinh", full=True)
    assert Question.objects.get(external_id="TW-1").title == "Tiêu đề đã sửa"
    assert not Question.objects.get(external_id="TW-2").published
    assert Question.objects.count() == 3


@pytest.mark.django_db
def test_the_sites_own_questions_are_not_copied_back(hub, reference):
    hub.page("/q/", [exchange_item(1, source="an-thinh"), exchange_item(2)])
    assert pull(hub.base_url + "/q/", local_source="an-thinh") == (1, 1)
    assert list(Question.objects.values_list("external_id", flat=True)) == ["TW-2"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "bad_items, reason",
    [
        ([{"source": "trung-uong"}], "Mục 2: thiếu “id”"),
        ([exchange_item(3, published="yes")], "“published” không phải"),
        ([exchange_item(3, updated_at="hôm qua")], "“updated_at” không phải là ngày giờ"),
        ([exchange_item(3, published_at=7)], "“published_at” không phải là ngày giờ"),
        ([exchange_item(3, title="x" * 300)], "quá dài"),
        ("not a list", "“items” không phải là một danh sách"),
    ],
)
def test_a_malformed_page_is_refused_whole_with_a_logged_reason(
    hub, reference, caplog, bad_items, reason
):
    hub.page("/q/", [exchange_item(1)], next_path="/q/2/")
    hub.page("/q/2/", [exchange_item(2)])
    hub.pages["/q/2/"]["items"] = (
        [exchange_item(2), *bad_items] if isinstance(bad_items, list) else bad_items
    )
    with caplog.at_level(logging.ERROR), pytest.raises(MalformedPayload):
        pull(hub.base_url + "/q/", local_source="an-thinh")
    assert reason in caplog.text
    # The good first page stays; nothing of the bad page was written, not even its good item.
    assert list(Question.objects.values_list("external_id", flat=True)) == ["TW-1"]


@pytest.mark.django_db
def test_not_json_and_a_wrong_format_are_refused(hub, reference):
    hub.pages["/q/"] = b"<html>maintenance</html>"
    with pytest.raises(MalformedPayload):
        pull(hub.base_url + "/q/")
    hub.page("/q/", [exchange_item(1)])
    hub.pages["/q/"]["version"] = "2"
    with pytest.raises(MalformedPayload):
        pull(hub.base_url + "/q/")
    assert not Question.objects.exists()


@pytest.mark.django_db
def test_server_errors_are_retried_and_a_failed_pull_resumes(hub, reference):
    two_pages(hub)
    hub.failures["/q/2/"] = [502, 503]
    assert pull(hub.base_url + "/q/", local_source="an-thinh") == (2, 3)
    Question.objects.all().delete()
    hub.failures["/q/2/"] = [500] * 10
    with pytest.raises(ExchangeError):
        pull(hub.base_url + "/q/", local_source="an-thinh")
    assert Question.objects.count() == 2  # the first page was committed
    hub.failures["/q/2/"] = []
    pull(hub.base_url + "/q/", local_source="an-thinh")
    assert Question.objects.count() == 3


@pytest.mark.django_db
def test_a_client_error_is_not_retried(hub):
    hub.failures["/q/"] = [401, 401]
    with pytest.raises(ExchangeError, match="401"):
        pull(hub.base_url + "/q/")
    assert len(hub.requests) == 1


@pytest.mark.django_db
def test_the_command(hub, reference):
    two_pages(hub)
    out = io.StringIO()
    call_command("pbgdpl_qa_sync", "--pull", "--url", hub.base_url + "/q/", stdout=out)
    assert Question.objects.count() == 3
    with pytest.raises(CommandError):
        call_command("pbgdpl_qa_sync", "--url", hub.base_url + "/q/")
    hub.failures["/q/"] = [404]
    with pytest.raises(CommandError):
        call_command("pbgdpl_qa_sync", "--pull", "--url", hub.base_url + "/q/", stdout=out)


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("fresh_content_types")
def test_the_packages_own_endpoint_read_over_http(live_server, django_user_model):
    """The endpoint served for real and read by the client as another site would. (Both "sites"
    share the test database, so the shared questions are already the copies and nothing is
    written twice: the pull must end and change nothing.)"""
    # A transactional test may run after another one flushed the locales away.
    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    staff = django_user_model.objects.create_user(username="canbo", password="x")
    for number in range(3):
        question = publish_answer(QuestionFactory(), staff)
        Question.objects.filter(pk=question.pk).update(source="tinh-a", external_id=f"A-{number}")
    seen = []

    def recording_fetch(url, token=""):
        payload = exchange_client.fetch(url, token)
        seen.extend(item["id"] for item in payload["items"])
        return payload

    url = live_server.url + "/pbgdpl/exchange/v1/questions/?limit=2"
    pages, written = pull(url, local_source="tinh-b", fetch=recording_fetch, full=True)
    assert pages == 2 and written == 0
    assert sorted(seen) == ["A-0", "A-1", "A-2"]
    assert Question.objects.count() == 3
