"""The Q&A workspace: listing, filters, overdue marks, transitions and their permissions."""

import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from pbgdpl_wagtail.models import Question
from pbgdpl_wagtail.snippets.questions import QuestionStatus

from .factories_questions import QuestionFactory
from .questions_support import make_question_page

pytestmark = pytest.mark.django_db

LIST_URL = "wagtailsnippets_pbgdpl_question:list"


def transition_url(question, name):
    return reverse("wagtailsnippets_pbgdpl_question:transition", args=[question.pk, name])


@pytest.fixture
def groups():
    call_command("pbgdpl_qa_groups", stdout=io.StringIO())
    return (
        Group.objects.get(name="Cán bộ trả lời hỏi đáp"),
        Group.objects.get(name="Lãnh đạo phê duyệt hỏi đáp"),
    )


def member(django_user_model, client, group, username):
    user = django_user_model.objects.create_user(username=username, password="x")
    user.groups.add(group)
    client.force_login(user)
    return user


def test_the_groups_command_is_idempotent(groups):
    call_command("pbgdpl_qa_groups", stdout=io.StringIO())
    answering, approving = groups
    assert Group.objects.filter(name__in=[answering.name, approving.name]).count() == 2
    codenames = set(approving.permissions.values_list("codename", flat=True))
    assert {"approve_question", "answer_question", "change_question"} <= codenames
    assert "approve_question" not in set(answering.permissions.values_list("codename", flat=True))


def test_the_workspace_lists_filters_and_marks_overdue(admin_client):
    old = QuestionFactory(
        title="Câu hỏi cũ", received_at=timezone.now() - datetime.timedelta(days=40)
    )
    QuestionFactory(title="Câu hỏi mới")
    with override_settings(PBGDPL={"QUESTION_DEADLINE_DAYS": 15}):
        response = admin_client.get(reverse(LIST_URL))
        assert response.status_code == 200
        page = BeautifulSoup(response.content, "html.parser")
        overdue = page.select(".pbgdpl-overdue")
        assert len(overdue) == 1
        response = admin_client.get(reverse(LIST_URL), {"age": "overdue"})
        assert old.title in response.content.decode()
        assert "Câu hỏi mới" not in response.content.decode()
    response = admin_client.get(reverse(LIST_URL), {"status": QuestionStatus.IN_PROGRESS})
    assert "Câu hỏi cũ" not in response.content.decode()
    response = admin_client.get(reverse(LIST_URL), {"q": old.asker_email})
    assert old.title in response.content.decode()


def test_an_answerer_moves_a_question_but_cannot_approve(client, django_user_model, groups):
    answering, _approving = groups
    user = member(django_user_model, client, answering, "canbo")
    question = QuestionFactory()
    listing = client.get(reverse(LIST_URL)).content.decode()
    assert transition_url(question, "receive") in listing
    assert client.post(transition_url(question, "receive")).status_code == 302
    question.refresh_from_db()
    assert question.status == QuestionStatus.IN_PROGRESS and question.assignee == user
    Question.objects.filter(pk=question.pk).update(answer="<p>Trả lời</p>")
    client.post(transition_url(question, "send_for_approval"))
    question.refresh_from_db()
    assert question.status == QuestionStatus.AWAITING_APPROVAL
    assert transition_url(question, "approve") not in client.get(reverse(LIST_URL)).content.decode()
    # Wagtail answers a refused permission with a redirect to the dashboard.
    assert client.post(transition_url(question, "approve")).status_code in (302, 403)
    question.refresh_from_db()
    assert question.status == QuestionStatus.AWAITING_APPROVAL


def test_an_approver_publishes_and_the_citizen_is_told(client, django_user_model, groups, portal):
    make_question_page(portal)
    _answering, approving = groups
    user = member(django_user_model, client, approving, "lanhdao")
    question = QuestionFactory(answer="<p>Trả lời</p>")
    question.receive(user)
    question.send_for_approval(user)
    response = client.post(transition_url(question, "approve"))
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.status == QuestionStatus.COMPLETED and question.published
    assert [m.to for m in mail.outbox] == [[question.asker_email]]
    assert question.code in mail.outbox[0].subject
    assert f"/hoi-dap/{question.code}-{question.slug}/" in mail.outbox[0].body
    client.post(transition_url(question, "unpublish"))
    question.refresh_from_db()
    assert not question.published


def test_a_refused_move_shows_why_and_changes_nothing(admin_client):
    question = QuestionFactory()
    response = admin_client.post(transition_url(question, "approve"), follow=True)
    assert "không thể phê duyệt" in response.content.decode()
    response = admin_client.post(transition_url(question, "reject"), {"reason": ""})
    assert response.status_code == 200
    question.refresh_from_db()
    assert question.status == QuestionStatus.PENDING
    admin_client.post(transition_url(question, "reject"), {"reason": "Không thuộc phạm vi."})
    question.refresh_from_db()
    assert question.status == QuestionStatus.REJECTED
    assert admin_client.post(transition_url(question, "fly")).status_code == 404


def test_a_question_cannot_be_copied(admin_client):
    """A copy would duplicate the asker's personal data under a new tracking code."""
    from django.urls import NoReverseMatch

    question = QuestionFactory()
    listing = admin_client.get(reverse("wagtailsnippets_pbgdpl_question:list"))
    assert "/copy/" not in listing.content.decode()
    with pytest.raises(NoReverseMatch):
        reverse("wagtailsnippets_pbgdpl_question:copy", args=[question.pk])
