"""The Question record: tracking codes, the status machine, revisions, personal data rules."""

import datetime

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.models import Locale

from pbgdpl_wagtail.models import Question
from pbgdpl_wagtail.snippets import questions as question_module
from pbgdpl_wagtail.snippets.questions import Channel, IllegalTransition, QuestionStatus

from .factories import LegalFieldFactory
from .factories_questions import QuestionFactory, publish_answer

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_user(username="canbo", password="x")


def test_codes_follow_the_day_and_count_up():
    day = timezone.make_aware(datetime.datetime(2026, 3, 5, 9, 0))
    first = QuestionFactory(received_at=day)
    second = QuestionFactory(received_at=day)
    other_day = QuestionFactory(received_at=day + datetime.timedelta(days=1))
    assert first.code == "HD-20260305-001"
    assert second.code == "HD-20260305-002"
    assert other_day.code == "HD-20260306-001"
    assert question_module.CODE_PATTERN.match(first.code)


def test_a_code_taken_by_a_concurrent_request_is_retried(monkeypatch):
    """Two requests reading the same next number: the one that loses tries the next code."""
    taken = QuestionFactory()
    real_next_code = question_module.next_code
    calls = []

    def racing_next_code(day):
        calls.append(day)
        # The first read happens "before" the other request saved its question.
        return taken.code if len(calls) == 1 else real_next_code(day)

    monkeypatch.setattr(question_module, "next_code", racing_next_code)
    with transaction.atomic():
        question = QuestionFactory()
    assert len(calls) == 2
    assert question.code != taken.code and Question.objects.count() == 2


def test_a_code_stays_when_saved_again():
    question = QuestionFactory()
    code = question.code
    question.title = "Tiêu đề mới"
    question.save()
    assert Question.objects.get().code == code


def test_source_and_external_id_are_unique_together():
    QuestionFactory(source="trung-uong", external_id="42")
    QuestionFactory(source="khac", external_id="42")
    QuestionFactory(external_id="")
    QuestionFactory(external_id="")
    with pytest.raises(IntegrityError), transaction.atomic():
        QuestionFactory(source="trung-uong", external_id="42")


def test_a_web_question_needs_an_email_or_a_phone():
    question = QuestionFactory.build(asker_email="", asker_phone="")
    with pytest.raises(ValidationError) as error:
        question.clean()
    assert "asker_email" in error.value.message_dict
    QuestionFactory.build(asker_email="", asker_phone="0912345678").clean()
    QuestionFactory.build(asker_email="", asker_phone="", channel=Channel.LETTER).clean()


def test_the_happy_path_keeps_who_did_what(staff, django_user_model):
    approver = django_user_model.objects.create_user(username="lanhdao", password="x")
    question = QuestionFactory()
    assert question.status == QuestionStatus.PENDING
    question.receive(staff)
    assert (question.status, question.assignee) == (QuestionStatus.IN_PROGRESS, staff)
    question.answer = "<p>Trả lời</p>"
    question.send_for_approval(staff)
    assert question.status == QuestionStatus.AWAITING_APPROVAL
    assert question.answered_by == staff and question.answered_at is not None
    question.approve(approver)
    question.refresh_from_db()
    assert question.status == QuestionStatus.COMPLETED
    assert question.approver == approver and question.published and question.published_at
    assert question.revisions.count() == 3
    assert question.latest_revision.user == approver
    assert list(Question.objects.published()) == [question]


def test_approving_without_publishing_then_publish_and_unpublish(staff):
    question = QuestionFactory()
    question.receive(staff)
    question.answer = "<p>Trả lời</p>"
    question.send_for_approval(staff)
    question.approve(staff, publish=False)
    assert not question.published
    question.publish(staff)
    first_published = question.published_at
    question.unpublish(staff)
    assert not question.published and not Question.objects.published().exists()
    question.publish(staff)
    assert question.published_at == first_published


def test_assign_and_return_for_changes(staff, django_user_model):
    other = django_user_model.objects.create_user(username="khac", password="x")
    question = QuestionFactory()
    question.assign(staff, other)
    assert (question.status, question.assignee) == (QuestionStatus.IN_PROGRESS, other)
    question.assign(staff, staff)
    assert question.assignee == staff
    question.answer = "<p>Trả lời</p>"
    question.send_for_approval(staff)
    question.return_for_changes(other)
    assert question.status == QuestionStatus.IN_PROGRESS


@pytest.mark.parametrize(
    "status, move",
    [
        (QuestionStatus.PENDING, "send_for_approval"),
        (QuestionStatus.PENDING, "approve"),
        (QuestionStatus.PENDING, "publish"),
        (QuestionStatus.IN_PROGRESS, "receive"),
        (QuestionStatus.IN_PROGRESS, "approve"),
        (QuestionStatus.IN_PROGRESS, "return_for_changes"),
        (QuestionStatus.AWAITING_APPROVAL, "receive"),
        (QuestionStatus.AWAITING_APPROVAL, "assign"),
        (QuestionStatus.AWAITING_APPROVAL, "publish"),
        (QuestionStatus.COMPLETED, "receive"),
        (QuestionStatus.COMPLETED, "reject"),
        (QuestionStatus.COMPLETED, "send_for_approval"),
        (QuestionStatus.REJECTED, "receive"),
        (QuestionStatus.REJECTED, "approve"),
        (QuestionStatus.REJECTED, "publish"),
        (QuestionStatus.REJECTED, "unpublish"),
    ],
)
def test_illegal_moves_are_refused_and_change_nothing(staff, status, move):
    question = QuestionFactory(answer="<p>Trả lời</p>")
    Question.objects.filter(pk=question.pk).update(status=status)
    question.refresh_from_db()
    arguments = {
        "assign": (staff, staff),
        "reject": (staff, "Lý do"),
    }.get(move, (staff,))
    with pytest.raises(IllegalTransition):
        getattr(question, move)(*arguments)
    question.refresh_from_db()
    assert question.status == status and not question.published
    assert question.revisions.count() == 0


@pytest.mark.parametrize(
    "status",
    [QuestionStatus.PENDING, QuestionStatus.IN_PROGRESS, QuestionStatus.AWAITING_APPROVAL],
)
def test_rejecting_needs_a_reason(staff, status):
    question = QuestionFactory()
    Question.objects.filter(pk=question.pk).update(status=status)
    question.refresh_from_db()
    with pytest.raises(ValidationError) as error:
        question.reject(staff, "   ")
    assert "reject_reason" in error.value.message_dict
    question.refresh_from_db()
    assert question.status == status
    question.reject(staff, "Câu hỏi không thuộc phạm vi giải đáp pháp luật.")
    question.refresh_from_db()
    assert question.status == QuestionStatus.REJECTED
    assert question.reject_reason.startswith("Câu hỏi")


def test_an_answer_is_required_before_approval(staff):
    question = QuestionFactory()
    question.receive(staff)
    question.answer = "<p> </p>"
    with pytest.raises(ValidationError) as error:
        question.send_for_approval(staff)
    assert "answer" in error.value.message_dict
    question.refresh_from_db()
    assert question.status == QuestionStatus.IN_PROGRESS


def test_initials_only_when_agreed_and_a_folded_slug():
    question = QuestionFactory.build(asker_name="Nguyễn Văn  Đức", title="Đất đai: hỏi về sổ đỏ")
    assert question.asker_initials == ""
    question.show_initials = True
    assert question.asker_initials == "N.V.Đ."
    assert question.slug == "dat-dai-hoi-ve-so-do"


def test_the_published_helper(staff):
    published = publish_answer(QuestionFactory(), staff)
    QuestionFactory()
    assert list(Question.objects.published()) == [published]
    assert Question.objects.open().count() == 1


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("fresh_content_types")
def test_simultaneous_questions_get_distinct_codes_on_postgresql():
    """Real concurrent saves; SQLite serialises writers, so this runs on PostgreSQL only."""
    import threading

    from django.db import connection, connections

    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (DATABASE_URL)")
    # A transactional test may run after another one flushed the locales away.
    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    # No question yet today: the threads also race to create the day's code counter.
    field = LegalFieldFactory()
    barrier = threading.Barrier(8)
    errors = []

    def ask():
        try:
            barrier.wait()
            QuestionFactory(legal_field=field)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors
    codes = list(Question.objects.values_list("code", flat=True))
    assert len(codes) == len(set(codes)) == 8
