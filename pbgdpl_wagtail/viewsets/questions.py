"""The Q&A workspace in the admin: the questions, filters, overdue marks and each transition.

Who may do what is two permissions: ``pbgdpl.answer_question`` (receive, assign, answer, send
for approval, reject) and ``pbgdpl.approve_question`` (approve, return for changes, publish,
unpublish). ``manage.py pbgdpl_qa_groups`` creates one group for each.
"""

import datetime

import django_filters
from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets import MenuItem
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from ..conf import pbgdpl_settings
from ..notifications.questions import answer_published, public_url
from ..snippets.questions import OPEN_STATUSES, Question, QuestionStatus

ANSWER = "pbgdpl.answer_question"
APPROVE = "pbgdpl.approve_question"


class TransitionForm(forms.Form):
    pass


class AssignForm(forms.Form):
    assignee = forms.ModelChoiceField(label=_("Assign to"), queryset=None)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = get_user_model().objects.filter(is_active=True)


class RejectForm(forms.Form):
    reason = forms.CharField(label=_("Reason for rejection"), widget=forms.Textarea)


# name: (label, permission, form, method call)
TRANSITIONS = {
    "receive": (_("Receive"), ANSWER, TransitionForm, lambda q, u, d: q.receive(u)),
    "assign": (_("Assign"), ANSWER, AssignForm, lambda q, u, d: q.assign(u, d["assignee"])),
    "send_for_approval": (
        _("Send for approval"),
        ANSWER,
        TransitionForm,
        lambda q, u, d: q.send_for_approval(u),
    ),
    "reject": (_("Reject"), ANSWER, RejectForm, lambda q, u, d: q.reject(u, d["reason"])),
    "return_for_changes": (
        _("Return for changes"),
        APPROVE,
        TransitionForm,
        lambda q, u, d: q.return_for_changes(u),
    ),
    "approve": (_("Approve and publish"), APPROVE, TransitionForm, lambda q, u, d: q.approve(u)),
    "publish": (_("Publish"), APPROVE, TransitionForm, lambda q, u, d: q.publish(u)),
    "unpublish": (_("Unpublish"), APPROVE, TransitionForm, lambda q, u, d: q.unpublish(u)),
}

# The moves each state offers (the model refuses any other).
OFFERED = {
    "cho_tiep_nhan": ["receive", "assign", "reject"],
    "dang_xu_ly": ["assign", "send_for_approval", "reject"],
    "cho_phe_duyet": ["approve", "return_for_changes", "reject"],
    "hoan_thanh": [],
    "tu_choi": [],
}


def offered_transitions(question, user):
    names = list(OFFERED.get(question.status, []))
    if question.status == "hoan_thanh":
        names.append("unpublish" if question.published else "publish")
    return [name for name in names if user.has_perm(TRANSITIONS[name][1])]


def deadline(question):
    return question.received_at + datetime.timedelta(days=pbgdpl_settings.QUESTION_DEADLINE_DAYS)


def is_overdue(question, now=None):
    return question.status in OPEN_STATUSES and deadline(question) < (now or timezone.now())


class DeadlineColumn(Column):
    """The answer's due date, marked when it has passed."""

    def get_value(self, instance):
        due = timezone.localtime(deadline(instance))
        if is_overdue(instance):
            return format_html(
                '<span class="w-status w-status--label pbgdpl-overdue">{} {}</span>',
                gettext("Overdue"),
                due.strftime("%d/%m/%Y"),
            )
        return due.strftime("%d/%m/%Y") if instance.status in OPEN_STATUSES else ""


AGE_CHOICES = [
    ("overdue", _("Overdue")),
    ("7", _("Received in the last 7 days")),
    ("30", _("Received in the last 30 days")),
    ("older", _("Received more than 30 days ago")),
]


class QuestionFilterSet(WagtailFilterSet):
    age = django_filters.ChoiceFilter(label=_("Age"), choices=AGE_CHOICES, method="filter_age")
    # Wagtail's ``live`` is what the public sees; the filter keeps its name.
    published = django_filters.BooleanFilter(field_name="live", label=_("published"))

    class Meta:
        model = Question
        fields = ["status", "legal_field", "assignee", "channel", "published"]

    def filter_age(self, queryset, name, value):
        now = timezone.now()
        if value == "overdue":
            limit = now - datetime.timedelta(days=pbgdpl_settings.QUESTION_DEADLINE_DAYS)
            return queryset.filter(status__in=OPEN_STATUSES, received_at__lt=limit)
        if value == "older":
            return queryset.filter(received_at__lt=now - datetime.timedelta(days=30))
        return queryset.filter(received_at__gte=now - datetime.timedelta(days=int(value)))


class QuestionIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        for priority, name in enumerate(offered_transitions(instance, self.request.user)):
            buttons.append(
                MenuItem(
                    TRANSITIONS[name][0],
                    url=reverse(
                        "wagtailsnippets_pbgdpl_question:transition", args=[instance.pk, name]
                    ),
                    icon_name="arrow-right",
                    priority=5 + priority,
                )
            )
        return buttons


def transition_view(request, pk, name):
    """Confirm one move (with its assignee or reason), then make it or show why not."""
    if name not in TRANSITIONS:
        raise Http404
    label, permission, form_class, move = TRANSITIONS[name]
    if not request.user.has_perm(permission):
        raise PermissionDenied
    question = get_object_or_404(Question, pk=pk)
    index_url = reverse("wagtailsnippets_pbgdpl_question:list")
    form = form_class(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            move(question, request.user, form.cleaned_data)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
            question.refresh_from_db()
        else:
            if name in ("approve", "publish") and question.published:
                answer_published(question, _public_url(request, question))
            messages.success(
                request,
                gettext("%(code)s: %(action)s done.") % {"code": question.code, "action": label},
            )
            return redirect(index_url)
    return TemplateResponse(
        request,
        "pbgdpl_wagtail/admin/question_transition.html",
        {"question": question, "form": form, "label": label, "index_url": index_url},
    )


# The editor's own submit items would start the workflow without the question's move to "awaiting
# approval" (and its check that the answer is written): "Send for approval" in the list does both.
WORKFLOW_SUBMIT_ITEMS = {"action-submit", "action-restart-workflow"}


def question_action_menu(menu_items, request, context):
    """The editor's action menu for a question: no submit items, and "Publish" only for an answer
    awaiting approval or completed (publishing the former approves it)."""
    if context.get("model") is not Question:
        return
    instance = context.get("instance")
    publishable = instance is not None and instance.status in (
        QuestionStatus.AWAITING_APPROVAL,
        QuestionStatus.COMPLETED,
    )
    menu_items[:] = [
        item
        for item in menu_items
        if item.name not in WORKFLOW_SUBMIT_ITEMS and (item.name != "action-publish" or publishable)
    ]


def _public_url(request, question):
    return public_url(question, request)


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = _("Questions and answers")
    menu_name = "pbgdpl-questions"
    menu_order = 260
    add_to_admin_menu = True
    index_view_class = QuestionIndexView
    list_display = [
        "code",
        "title",
        "legal_field",
        "status",
        "assignee",
        "channel",
        "received_at",
        DeadlineColumn("deadline", label=_("Due")),
    ]
    filterset_class = QuestionFilterSet
    # A copy would be a second question with the asker's personal data and a new tracking code.
    copy_view_enabled = False
    # The staff's search runs in the database, so that it also finds an asker's name or contact
    # (which the search index never holds).
    search_backend_name = None
    search_fields = ["code", "title", "text", "asker_name", "asker_email", "asker_phone"]
    ordering = ["-received_at"]

    def get_queryset(self, request):
        return Question.objects.select_related("legal_field", "assignee")

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("transition/<int:pk>/<str:name>/", transition_view, name="transition"),
        ]
