"""Create (or complete) the two groups of the Q&A workspace; safe to run again.

The answering group may enter, receive, assign and answer questions and send answers for
approval; the approving group may also approve, return for changes, publish and unpublish.
"""

from django.contrib.auth.models import Group, Permission
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

COMMON = [
    ("wagtailadmin", "access_admin"),
    ("pbgdpl", "view_question"),
    ("pbgdpl", "add_question"),
    ("pbgdpl", "change_question"),
]
ANSWERING = [*COMMON, ("pbgdpl", "answer_question")]
APPROVING = [*ANSWERING, ("pbgdpl", "approve_question")]


def permissions(pairs):
    found = []
    for app_label, codename in pairs:
        found.append(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    return found


class Command(BaseCommand):
    help = _("Create the groups that answer and approve citizens' questions.")

    def add_arguments(self, parser):
        parser.add_argument("--answer-group", default="Cán bộ trả lời hỏi đáp")
        parser.add_argument("--approve-group", default="Lãnh đạo phê duyệt hỏi đáp")

    def handle(self, *args, answer_group, approve_group, **options):
        for name, pairs in ((answer_group, ANSWERING), (approve_group, APPROVING)):
            group, created = Group.objects.get_or_create(name=name)
            group.permissions.add(*permissions(pairs))
            message = _("Created group “%(name)s”.") if created else _("Updated group “%(name)s”.")
            self.stdout.write(message % {"name": name})
