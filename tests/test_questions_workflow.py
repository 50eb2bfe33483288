"""The approval step through Wagtail's workflow: sending an answer for approval starts it, the
approving group approves or requests changes in Wagtail's own admin, and approving publishes."""

import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import GroupApprovalTask, WorkflowContentType, WorkflowState

from pbgdpl_wagtail.models import Question
from pbgdpl_wagtail.snippets.questions import QuestionStatus

from .factories_questions import QuestionFactory
from .questions_support import make_question_page

pytestmark = pytest.mark.django_db

ASKER = {
    "asker_name": "Trần Thị Riêng Tư",
    "asker_email": "rieng.tu@example.vn",
    "asker_phone": "0987654321",
    "asker_address": "Thôn Kín Đáo, xã Bình Yên",
}


@pytest.fixture
def groups():
    call_command("pbgdpl_qa_groups", stdout=io.StringIO())
    return (
        Group.objects.get(name="Cán bộ trả lời hỏi đáp"),
        Group.objects.get(name="Lãnh đạo phê duyệt hỏi đáp"),
    )


@pytest.fixture
def staff(django_user_model, groups):
    answering, approving = groups
    answerer = django_user_model.objects.create_user(username="canbo", password="x")
    answerer.groups.add(answering)
    approver = django_user_model.objects.create_user(username="lanhdao", password="x")
    approver.groups.add(approving)
    return answerer, approver


def awaiting(answerer):
    """A question the answerer received, answered and sent for approval."""
    question = QuestionFactory(title="Thời hiệu yêu cầu hòa giải tranh chấp đất đai", **ASKER)
    question.receive(answerer)
    question.answer = "<p>Theo Điều 202 Luật Đất đai, tranh chấp được hòa giải ở cơ sở.</p>"
    question.send_for_approval(answerer)
    return question


def action_url(question, action):
    task_state = question.current_workflow_state.current_task_state
    return reverse(
        "wagtailsnippets_pbgdpl_question:workflow_action",
        args=[question.pk, action, task_state.pk],
    )


def awaiting_review(client):
    """The text of the dashboard's "Awaiting your review" panel."""
    html = BeautifulSoup(client.get(reverse("wagtailadmin_home")).content, "html.parser")
    panel = html.select_one("#awaiting-review-section")
    return panel.get_text(" ", strip=True) if panel else ""


def detail_url(page, question):
    return page.url + page.reverse_subpage(
        "detail", kwargs={"code": question.code, "slug": question.slug}
    )


def test_the_groups_command_assigns_a_workflow_approved_by_the_approving_group(groups):
    _answering, approving = groups
    workflow = Question().get_workflow()
    assert workflow is not None and workflow.active
    task = workflow.tasks.get().specific
    assert isinstance(task, GroupApprovalTask)
    assert list(task.groups.all()) == [approving]
    # Run again: nothing doubled; a province's own workflow is kept.
    call_command("pbgdpl_qa_groups", stdout=io.StringIO())
    assert (
        WorkflowContentType.objects.filter(
            content_type=ContentType.objects.get_for_model(Question)
        ).count()
        == 1
    )
    assert Question().get_workflow() == workflow


def test_sending_for_approval_starts_the_workflow(client, staff):
    answerer, approver = staff
    question = awaiting(answerer)
    state = question.current_workflow_state
    assert state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by == answerer
    assert question.status == QuestionStatus.AWAITING_APPROVAL and not question.live
    # The approvers see it in Wagtail's "Awaiting your review" panel; the answerer does not.
    client.force_login(approver)
    assert question.title in awaiting_review(client)
    client.force_login(answerer)
    assert question.title not in awaiting_review(client)


def test_approving_in_wagtail_publishes_the_answer(client, staff, portal):
    page = make_question_page(portal)
    answerer, approver = staff
    question = awaiting(answerer)
    client.force_login(approver)
    response = client.post(action_url(question, "approve"), {"comment": ""})
    assert response.status_code in (200, 302)
    question.refresh_from_db()
    assert question.status == QuestionStatus.COMPLETED
    assert question.live and question.published and question.live_revision is not None
    assert question.approver == approver and question.approved_at and question.published_at
    assert question.answered_by == answerer
    assert not question.workflow_in_progress
    assert question.workflow_states.get().status == WorkflowState.STATUS_APPROVED
    assert Question.objects.published().filter(pk=question.pk).exists()
    # The citizen is told, as when the answer is approved in the workspace.
    assert [m.to for m in mail.outbox] == [[ASKER["asker_email"]]]
    assert detail_url(page, question) in mail.outbox[0].body
    # The public sees the answer, never the asker's data.
    client.logout()
    listing = client.get(page.url).content.decode()
    detail = client.get(detail_url(page, question))
    assert detail.status_code == 200
    assert question.title in listing and "Điều 202 Luật Đất đai" in detail.content.decode()
    for html in (listing, detail.content.decode()):
        for value in ASKER.values():
            assert value not in html


def test_requesting_changes_returns_the_question_to_the_answerer(client, staff):
    answerer, approver = staff
    question = awaiting(answerer)
    client.force_login(approver)
    response = client.post(action_url(question, "reject"), {"comment": "Bổ sung căn cứ."})
    assert response.status_code in (200, 302)
    question.refresh_from_db()
    assert question.status == QuestionStatus.IN_PROGRESS and not question.live
    state = question.current_workflow_state
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    # Sent again, the same workflow resumes; approved, the answer is public.
    question.answer += "<p>Căn cứ: Điều 3 Luật Hòa giải ở cơ sở.</p>"
    question.send_for_approval(answerer)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert question.status == QuestionStatus.AWAITING_APPROVAL
    client.post(action_url(question, "approve"), {"comment": ""})
    question.refresh_from_db()
    assert question.status == QuestionStatus.COMPLETED and question.published
    assert "Điều 3 Luật Hòa giải" in question.answer


def test_only_approvers_approve(client, django_user_model, staff):
    answerer, _approver = staff
    question = awaiting(answerer)
    client.force_login(answerer)
    response = client.post(action_url(question, "approve"), {"comment": ""})
    assert response.status_code in (302, 403)
    question.refresh_from_db()
    assert question.status == QuestionStatus.AWAITING_APPROVAL and not question.live
    assert question.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    # A member of a group the task names, without the permission to approve answers, cannot
    # publish one either: nothing of the approval is kept.
    reviewers = Group.objects.create(name="Tổ rà soát")
    reviewers.permissions.set(
        Permission.objects.filter(codename__in=["access_admin", "view_question", "change_question"])
    )
    Question().get_workflow().tasks.get().specific.groups.add(reviewers)
    reviewer = django_user_model.objects.create_user(username="rasoat", password="x")
    reviewer.groups.add(reviewers)
    client.force_login(reviewer)
    response = client.post(action_url(question, "approve"), {"comment": ""})
    assert response.status_code in (302, 403)
    question.refresh_from_db()
    assert question.status == QuestionStatus.AWAITING_APPROVAL and not question.live
    assert question.current_workflow_state.current_task_state.status == "in_progress"


def test_the_workspace_moves_end_the_workflow(staff):
    answerer, approver = staff
    question = awaiting(answerer)
    question.return_for_changes(approver)
    assert question.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    question.send_for_approval(answerer)
    question.approve(approver)
    assert question.published and not question.workflow_in_progress
    assert question.workflow_states.get().status == WorkflowState.STATUS_CANCELLED
    other = awaiting(answerer)
    other.reject(approver, "Không thuộc thẩm quyền.")
    assert other.status == QuestionStatus.REJECTED and other.current_workflow_state is None


def test_without_a_workflow_the_workspace_approves(staff):
    """A province that removed the workflow approves in the workspace, as before."""
    answerer, approver = staff
    WorkflowContentType.objects.all().delete()
    question = awaiting(answerer)
    assert question.current_workflow_state is None
    question.approve(approver)
    assert question.status == QuestionStatus.COMPLETED and question.published
    question.unpublish(approver)
    assert not question.published and not Question.objects.published().exists()
    question.publish(approver)
    assert question.published


def edit_page(client, question):
    url = reverse("wagtailsnippets_pbgdpl_question:edit", args=[question.pk])
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_the_editor_offers_wagtails_actions_but_no_submit_of_its_own(client, staff):
    answerer, approver = staff
    question = QuestionFactory()
    question.receive(answerer)
    client.force_login(answerer)
    html = edit_page(client, question)
    # "Send for approval" in the list makes the move and starts the workflow together.
    assert 'name="action-submit"' not in html and 'name="action-publish"' not in html
    client.force_login(approver)
    assert 'name="action-publish"' not in edit_page(client, question)
    question.answer = "<p>Theo Điều 5 Luật Hòa giải ở cơ sở.</p>"
    question.send_for_approval(answerer)
    html = edit_page(client, question)
    assert 'data-workflow-action-name="approve"' in html
    assert 'data-workflow-action-name="reject"' in html
    assert 'name="action-publish"' in html


def test_publishing_in_the_editor_approves_and_needs_the_approving_permission(
    django_user_model, staff
):
    answerer, approver = staff
    question = awaiting(answerer)
    # Wagtail's publish permission alone does not approve an answer.
    publisher = django_user_model.objects.create_user(username="xuatban", password="x")
    publisher.user_permissions.add(Permission.objects.get(codename="publish_question"))
    with pytest.raises(PermissionDenied):
        question.latest_revision.publish(user=publisher, skip_permission_checks=True)
    question.refresh_from_db()
    assert question.status == QuestionStatus.AWAITING_APPROVAL and not question.live
    # As the editor's Publish does it (its own permission check made before).
    question.latest_revision.publish(user=approver, skip_permission_checks=True)
    question.refresh_from_db()
    assert question.status == QuestionStatus.COMPLETED and question.live
    assert question.approver == approver and not question.workflow_in_progress
    assert question.workflow_states.get().status == WorkflowState.STATUS_CANCELLED
    assert [m.to for m in mail.outbox] == [[ASKER["asker_email"]]]
