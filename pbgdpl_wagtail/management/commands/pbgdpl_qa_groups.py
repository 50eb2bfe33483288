"""Create (or complete) the two groups of the Q&A workspace and the approval workflow; safe to
run again.

The answering group may enter, receive, assign and answer questions and send answers for
approval; the approving group may also approve, return for changes, publish and unpublish. Unless
questions already have a workflow (or ``--no-workflow`` is given), a Wagtail workflow is assigned
to them whose one task is approved by the approving group.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _
from wagtail.models import GroupApprovalTask, Workflow, WorkflowContentType, WorkflowTask

COMMON = [
    ("wagtailadmin", "access_admin"),
    ("pbgdpl", "view_question"),
    ("pbgdpl", "add_question"),
    ("pbgdpl", "change_question"),
]
ANSWERING = [*COMMON, ("pbgdpl", "answer_question")]
# ``publish_question`` is Wagtail's: the editor's Publish and Unpublish.
APPROVING = [*ANSWERING, ("pbgdpl", "approve_question"), ("pbgdpl", "publish_question")]
WORKFLOW_NAME = "Phê duyệt câu trả lời hỏi đáp"
TASK_NAME = "Lãnh đạo phê duyệt câu trả lời"


def permissions(pairs):
    found = []
    for app_label, codename in pairs:
        found.append(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    return found


def ensure_workflow(approvers):
    """The workflow of questions: one task the ``approvers`` approve. None if questions had one
    already (a province's own choice is kept)."""
    from ...snippets.questions import Question

    question_type = ContentType.objects.get_for_model(Question)
    if WorkflowContentType.objects.filter(content_type=question_type).exists():
        return None
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.add(approvers)
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowContentType.objects.create(workflow=workflow, content_type=question_type)
    return workflow


class Command(BaseCommand):
    help = _("Create the groups that answer and approve citizens' questions.")

    def add_arguments(self, parser):
        parser.add_argument("--answer-group", default="Cán bộ trả lời hỏi đáp")
        parser.add_argument("--approve-group", default="Lãnh đạo phê duyệt hỏi đáp")
        parser.add_argument(
            "--no-workflow",
            action="store_true",
            help=_("Do not assign an approval workflow to questions."),
        )

    def handle(self, *args, answer_group, approve_group, no_workflow=False, **options):
        groups = {}
        for name, pairs in ((answer_group, ANSWERING), (approve_group, APPROVING)):
            group, created = Group.objects.get_or_create(name=name)
            group.permissions.add(*permissions(pairs))
            groups[name] = group
            message = _("Created group “%(name)s”.") if created else _("Updated group “%(name)s”.")
            self.stdout.write(message % {"name": name})
        if not no_workflow and (workflow := ensure_workflow(groups[approve_group])) is not None:
            self.stdout.write(
                _("Assigned the workflow “%(name)s” to questions.") % {"name": workflow.name}
            )
