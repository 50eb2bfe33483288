"""A question's approval through Wagtail's workflow, kept in step with its own states.

Sending an answer for approval starts the workflow assigned to questions (``Question.
send_for_approval``), and the workflow's approval publishes it (``Question.publish``, which Wagtail
calls when the last task is approved). What Wagtail decides elsewhere is followed here: an
approver's "Request changes", or the workflow being cancelled, returns a question still awaiting
approval to the answerer (đang xử lý).
"""

from wagtail.signals import workflow_cancelled, workflow_rejected


def _question_of(state):
    from .snippets.questions import Question, QuestionStatus

    if state.base_content_type.model_class() is not Question:
        return None
    question = Question.objects.filter(pk=state.object_id).first()
    if question is None or question.status != QuestionStatus.AWAITING_APPROVAL:
        return None
    return question


def _back_to_answerer(sender, instance, user=None, **kwargs):
    question = _question_of(instance)
    if question is not None:
        question.return_for_changes(user)


def connect():
    workflow_rejected.connect(_back_to_answerer, dispatch_uid="pbgdpl_question_workflow_rejected")
    workflow_cancelled.connect(_back_to_answerer, dispatch_uid="pbgdpl_question_workflow_cancelled")
