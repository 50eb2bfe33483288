"""Emails about questions: staff hear of a new question, the citizen of a published answer.

Sent with Django's email backend, in the site's default language; a failing mail server is logged
and never loses the question.
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.mail import send_mail
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import translation

from ..conf import pbgdpl_settings

logger = logging.getLogger(__name__)


def staff_recipients():
    """``PBGDPL["QUESTION_NOTIFY_EMAILS"]``, or else every active user who may answer."""
    configured = list(pbgdpl_settings.QUESTION_NOTIFY_EMAILS)
    if configured:
        return configured
    permission = Permission.objects.filter(
        content_type__app_label="pbgdpl", codename="answer_question"
    ).first()
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    users = users.filter(
        Q(is_superuser=True) | Q(user_permissions=permission) | Q(groups__permissions=permission)
    )
    return sorted(set(users.values_list("email", flat=True)))


def _send(template, context, recipients):
    if not recipients:
        return False
    with translation.override(settings.LANGUAGE_CODE):
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        body = render_to_string(f"{template}_body.txt", context)
    try:
        send_mail(subject, body, None, recipients)
    except OSError:
        logger.exception("Could not send the %s email", template)
        return False
    return True


def question_received(question):
    """Tell the staff who answer that a question arrived (no personal data in the email)."""
    return _send(
        "pbgdpl_wagtail/emails/question_received",
        {"question": question, "unit_name": pbgdpl_settings.UNIT_NAME},
        staff_recipients(),
    )


def answer_published(question, answer_url=""):
    """Tell the citizen, when an email was given, that the answer is published."""
    if not question.asker_email:
        return False
    return _send(
        "pbgdpl_wagtail/emails/answer_published",
        {"question": question, "answer_url": answer_url, "unit_name": pbgdpl_settings.UNIT_NAME},
        [question.asker_email],
    )


def public_url(question, request=None):
    """The full address of a published answer on the site's Q&A page; empty without one."""
    from ..page_models.questions import QuestionIndexPage

    page = QuestionIndexPage.objects.live().first()
    if page is None:
        return ""
    return page.get_full_url(request) + page.reverse_subpage(
        "detail", kwargs={"code": question.code, "slug": question.slug}
    )
