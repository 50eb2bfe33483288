"""Hỏi đáp pháp luật: a citizen's question, its handling and its published answer (domain.md §4).

A question is a record, never a page. It moves through the states of the Ministry's Q&A module
(chờ tiếp nhận → đang xử lý → chờ phê duyệt → hoàn thành | từ chối) only through the transition
methods below, which refuse a move the state does not allow; each move saves a revision, so the
history of the answer is kept.

The approval step runs through Wagtail's workflow when one is assigned to questions (Settings →
Workflows): sending an answer for approval starts it, the workflow's approval publishes the answer
(``approve``) and its "request changes" returns the question to the answerer. What the public sees
is Wagtail's ``live`` flag, set only on a completed question: ``published`` is another name for it.

The asker's contact data is personal data: it is stored for the staff who answer, and nothing
public (page, feed, search index, exchange API) reads the ``asker_*`` fields. Only ``title`` and
``text`` — which staff anonymise before publishing — and the answer are shown to the public;
``submitted_text`` keeps what the citizen wrote.
"""

import re

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models.functions import Greatest
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import slugify
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.actions.unpublish import UnpublishAction
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    Revision,
    RevisionMixin,
    TaskState,
    WorkflowMixin,
    WorkflowState,
)
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from ..search.folding import fold
from ..search.indexing import FoldedIndexed
from .citations import Citation

ANSWER_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]
CODE_PREFIX = "HD"
# How often saving a new question tries the next code after another question took it.
CODE_ATTEMPTS = 20
APPROVE_PERMISSION = "pbgdpl.approve_question"


class QuestionStatus(models.TextChoices):
    PENDING = "cho_tiep_nhan", _("Awaiting reception")
    IN_PROGRESS = "dang_xu_ly", _("Being handled")
    AWAITING_APPROVAL = "cho_phe_duyet", _("Awaiting approval")
    COMPLETED = "hoan_thanh", _("Completed")
    REJECTED = "tu_choi", _("Rejected")


OPEN_STATUSES = {
    QuestionStatus.PENDING,
    QuestionStatus.IN_PROGRESS,
    QuestionStatus.AWAITING_APPROVAL,
}


class AskerType(models.TextChoices):
    PERSON = "ca_nhan", _("Individual")
    BUSINESS = "doanh_nghiep", _("Business")
    ORGANISATION = "to_chuc", _("Organisation")


class Channel(models.TextChoices):
    WEB = "web", _("Website")
    IN_PERSON = "truc_tiep", _("In person")
    PHONE = "dien_thoai", _("Telephone")
    LETTER = "van_ban", _("Letter")
    CENTRAL = "csdl_trung_uong", _("Central Q&A database")


class IllegalTransition(ValidationError):
    """A move the question's current state does not allow; nothing was changed."""


class QuestionQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def published(self):
        return self.filter(live=True, status=QuestionStatus.COMPLETED)

    def open(self):
        return self.filter(status__in=OPEN_STATUSES)


class QuestionCodeCounter(models.Model):
    """The last tracking-code number given out on a day: one row per day, so that a new code
    costs one update however many questions the day already has."""

    day = models.DateField(unique=True)
    last = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.day:%Y-%m-%d}: {self.last}"


def _highest_number(prefix):
    """The highest number already used under ``prefix`` (read once per day, when the day's
    counter is created: codes may exist from before the counter, e.g. imported)."""
    numbers = [
        int(code[len(prefix) :])
        for code in Question.objects.filter(code__startswith=prefix).values_list("code", flat=True)
        if code[len(prefix) :].isdigit()
    ]
    return max(numbers, default=0)


def reserve_codes(day, count):
    """``count`` consecutive new ``HD-YYYYMMDD-NNN`` codes of ``day``. The counter's row stays
    locked until the caller's transaction ends, so simultaneous askers never share a number."""
    prefix = f"{CODE_PREFIX}-{day:%Y%m%d}-"
    counters = QuestionCodeCounter.objects.filter(day=day)
    if not counters.update(last=models.F("last") + count):
        try:
            with transaction.atomic():
                QuestionCodeCounter.objects.create(day=day, last=_highest_number(prefix) + count)
        except IntegrityError:  # another asker created it first
            counters.update(last=models.F("last") + count)
    last = counters.values_list("last", flat=True).get()
    return [f"{prefix}{number:03d}" for number in range(last - count + 1, last + 1)]


def next_code(day):
    return reserve_codes(day, 1)[0]


CODE_PATTERN = re.compile(rf"^{CODE_PREFIX}-\d{{8}}-\d{{3,}}$")


class Question(
    WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, FoldedIndexed, ClusterableModel
):
    code = models.CharField(_("tracking code"), max_length=24, unique=True, editable=False)
    legal_field = models.ForeignKey(
        "pbgdpl.LegalField",
        verbose_name=_("legal field"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="questions",
    )
    title = models.CharField(_("title"), max_length=255)
    text = models.TextField(
        _("question"),
        max_length=5000,
        help_text=_(
            "The question as it is published. Remove names, addresses and other personal "
            "details before publishing."
        ),
    )
    submitted_text = models.TextField(
        _("question as submitted"), blank=True, editable=False, max_length=5000
    )

    # The asker: personal data, shown to staff only.
    asker_name = models.CharField(_("asker's name"), max_length=150)
    asker_email = models.EmailField(_("email"), blank=True)
    asker_phone = models.CharField(_("telephone"), max_length=20, blank=True)
    asker_address = models.CharField(_("address"), max_length=255, blank=True)
    asker_type = models.CharField(
        _("asker type"), max_length=20, choices=AskerType.choices, default=AskerType.PERSON
    )
    show_initials = models.BooleanField(
        _("initials may be shown"),
        default=False,
        help_text=_("The asker agreed to the initials of their name being published."),
    )
    consent_at = models.DateTimeField(
        _("consent to data processing given at"), null=True, blank=True, editable=False
    )
    channel = models.CharField(
        _("channel"), max_length=20, choices=Channel.choices, default=Channel.WEB
    )

    status = models.CharField(
        _("status"),
        max_length=20,
        choices=QuestionStatus.choices,
        default=QuestionStatus.PENDING,
        editable=False,
    )
    received_at = models.DateTimeField(_("received at"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True, db_index=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    answer = RichTextField(_("answer"), blank=True, features=ANSWER_FEATURES)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("answered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True, editable=False)
    approver = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("approved by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    approved_at = models.DateTimeField(_("approved at"), null=True, blank=True, editable=False)
    reject_reason = models.TextField(_("reason for rejection"), blank=True, editable=False)
    # Whether the public sees the answer (Wagtail's draft state; ``published`` is its other name).
    live = models.BooleanField(_("published"), default=False, editable=False)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True, editable=False)

    # The ask form's one-time token: a second submission of the same form finds this question.
    submission_token = models.UUIDField(null=True, blank=True, unique=True, editable=False)

    # Where a question shared through the exchange came from; empty for the site's own.
    source = models.CharField(_("source"), max_length=100, blank=True, editable=False)
    external_id = models.CharField(_("external id"), max_length=100, blank=True, editable=False)
    # The source's own time of its last change: a pull resumes from the newest one it holds.
    external_updated_at = models.DateTimeField(null=True, blank=True, editable=False)

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="pbgdpl_question")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="pbgdpl_question_workflow_state",
        for_concrete_model=False,
    )

    objects = QuestionQuerySet.as_manager()

    # Only what the public may read is indexed: never the asker's data.
    search_fields = [
        index.SearchField("title", boost=3),
        index.AutocompleteField("title"),
        index.SearchField("text", boost=2),
        index.SearchField("answer"),
        index.FilterField("live"),
        index.FilterField("status"),
        index.FilterField("legal_field"),
        index.FilterField("published_at"),
    ]

    panels = [
        FieldPanel("legal_field"),
        FieldPanel("title"),
        FieldPanel("text"),
        FieldPanel("answer"),
        InlinePanel("citations", heading=_("Legal basis"), label=_("Document cited")),
        MultiFieldPanel(
            [
                FieldPanel("asker_name"),
                FieldRowPanel([FieldPanel("asker_email"), FieldPanel("asker_phone")]),
                FieldPanel("asker_address"),
                FieldRowPanel([FieldPanel("asker_type"), FieldPanel("channel")]),
                FieldPanel("show_initials"),
            ],
            heading=_("Asker (personal data, never published)"),
        ),
        FieldPanel("assignee"),
        InlinePanel("attachments", heading=_("Attachments"), label=_("Attachment")),
    ]

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["-received_at", "-pk"]
        permissions = [
            ("answer_question", _("Can receive and answer questions")),
            ("approve_question", _("Can approve and publish answers")),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["source", "external_id"],
                condition=~models.Q(external_id=""),
                name="pbgdpl_question_source_external_id",
            ),
        ]
        indexes = [
            models.Index(fields=["live", "-published_at"]),
            models.Index(fields=["status", "received_at"]),
        ]

    def __str__(self):
        return f"{self.code} {self.title}".strip()

    @property
    def revisions(self):
        return self._revisions

    @property
    def published(self):
        """Whether the public sees the answer: Wagtail's ``live``, under the name the package has
        always used (``Question(published=True)`` sets it too)."""
        return self.live

    @published.setter
    def published(self, value):
        self.live = value

    @property
    def slug(self):
        return slugify(fold(self.title))[:80] or "cau-hoi"

    @property
    def asker_initials(self):
        """ "Nguyễn Văn An" → "N.V.A." when the asker agreed, else empty."""
        if not self.show_initials:
            return ""
        return "".join(
            f"{word[0].upper()}." for word in self.asker_name.split() if word[0].isalpha()
        )

    def clean(self):
        super().clean()
        if not (self.asker_email or self.asker_phone) and self.channel == Channel.WEB:
            raise ValidationError(
                {"asker_email": gettext("Give an email address or a telephone number.")}
            )

    # Saving with a fresh tracking code --------------------------------------------------------

    def save(self, *args, **kwargs):
        if self.code:
            return super().save(*args, **kwargs)
        day = timezone.localdate(self.received_at)
        for _attempt in range(CODE_ATTEMPTS):
            try:
                # A savepoint, so that a lost race leaves the caller's transaction usable.
                with transaction.atomic():
                    self.code = next_code(day)
                    return super().save(*args, **kwargs)
            except IntegrityError:
                if not Question.objects.filter(code=self.code).exists():
                    self.code = ""
                    raise
                # The code was given out without the counter (imported, or before it existed):
                # move the counter past every code of the day.
                prefix = self.code[: -len(self.code.rsplit("-", 1)[-1])]
                QuestionCodeCounter.objects.filter(day=day).update(
                    last=Greatest(models.F("last"), _highest_number(prefix))
                )
                self.code = ""
                self.pk = None
                self._state.adding = True
        raise IntegrityError(f"No free tracking code after {CODE_ATTEMPTS} attempts")

    # The status machine ----------------------------------------------------------------------

    def _require(self, allowed, action):
        if self.status not in allowed:
            raise IllegalTransition(
                gettext("A question that is “%(status)s” cannot be %(action)s.")
                % {"status": self.get_status_display(), "action": action}
            )

    def _commit(self, user, **changes):
        for name, value in changes.items():
            setattr(self, name, value)
        with transaction.atomic():
            self.save()
            self.save_revision(user=user, clean=False)

    def receive(self, user, assignee=None):
        """Chờ tiếp nhận → đang xử lý; assigned to ``assignee`` or the receiving user."""
        self._require({QuestionStatus.PENDING}, gettext("received"))
        self._commit(user, status=QuestionStatus.IN_PROGRESS, assignee=assignee or user)

    def assign(self, user, assignee):
        self._require({QuestionStatus.PENDING, QuestionStatus.IN_PROGRESS}, gettext("assigned"))
        self._commit(user, status=QuestionStatus.IN_PROGRESS, assignee=assignee)

    def send_for_approval(self, user):
        """Đang xử lý → chờ phê duyệt; the answer must be written. Starts the approval workflow
        assigned to questions, or resumes the one whose approver asked for changes."""
        self._require({QuestionStatus.IN_PROGRESS}, gettext("sent for approval"))
        if not strip_tags(self.answer or "").strip():
            raise ValidationError(
                {"answer": gettext("Write the answer before sending it for approval.")}
            )
        with transaction.atomic():
            self._commit(
                user,
                status=QuestionStatus.AWAITING_APPROVAL,
                answered_by=user,
                answered_at=timezone.now(),
            )
            state = self.current_workflow_state
            if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
                state.resume(user=user)
            elif state is None and (workflow := self.get_workflow()) is not None:
                workflow.start(self, user)

    def return_for_changes(self, user):
        """Chờ phê duyệt → đang xử lý, when the approver wants the answer changed (in a workflow:
        its task is rejected, as Wagtail's "Request changes" does)."""
        self._require({QuestionStatus.AWAITING_APPROVAL}, gettext("returned for changes"))
        with transaction.atomic():
            self._commit(user, status=QuestionStatus.IN_PROGRESS)
            task_state = self._task_in_progress()
            if task_state is not None:
                task_state.specific.reject(user=user)

    def approve(self, user, publish=True):
        """Chờ phê duyệt → hoàn thành; published at once unless ``publish`` is false."""
        self._require({QuestionStatus.AWAITING_APPROVAL}, gettext("approved"))
        now = timezone.now()
        changes = {"status": QuestionStatus.COMPLETED, "approver": user, "approved_at": now}
        with transaction.atomic():
            if publish:
                # Publishing also cancels a workflow still in progress (approved outside it).
                self._go_live(user, **changes)
            else:
                self._commit(user, **changes)
                self._cancel_workflow(user)

    def reject(self, user, reason):
        """Any open state → từ chối, with the reason the citizen is told."""
        self._require(OPEN_STATUSES, gettext("rejected"))
        reason = (reason or "").strip()
        if not reason:
            raise ValidationError(
                {"reject_reason": gettext("Give the reason why the question is rejected.")}
            )
        with transaction.atomic():
            self._commit(user, status=QuestionStatus.REJECTED, reject_reason=reason)
            self._cancel_workflow(user)

    def publish(self, revision=None, user=None, **kwargs):
        """Two callers share this name. ``publish(user)`` is the state machine's move: a completed
        answer that is not public becomes public. ``publish(revision, user=…)`` is Wagtail's: the
        approval workflow finishing, or an approver's "Publish" in the editor. Publishing a
        question awaiting approval approves it; only a completed question is otherwise published,
        and only by a user who may approve answers."""
        if not isinstance(revision, Revision):
            return self._publish_answer(revision if revision is not None else user)
        # Wagtail's own check (``publish_question``) may have been made, or skipped, by the
        # caller; approving an answer is ``approve_question``'s either way.
        if user is not None and not user.has_perm(APPROVE_PERMISSION):
            raise PermissionDenied(gettext("Only an approver may publish an answer."))
        was_live = self.live
        if self.status == QuestionStatus.AWAITING_APPROVAL:
            self.approve(user)
        else:
            self._require({QuestionStatus.COMPLETED}, gettext("published"))
            self._go_live(user, content=revision.as_object())
        if not was_live:
            # The citizen hears of the answer, as when it is approved in the workspace.
            from ..notifications.questions import answer_published, public_url

            answer_published(self, public_url(self))

    def _publish_answer(self, user):
        self._require({QuestionStatus.COMPLETED}, gettext("published"))
        self._go_live(user)

    def unpublish(self, user=None, *, set_expired=False, commit=True, log_action=True):
        """Hủy công khai: the answer stays, the public no longer sees it."""
        self._require({QuestionStatus.COMPLETED}, gettext("unpublished"))
        with transaction.atomic():
            # Who may unpublish is checked by the caller (the workspace: ``approve_question``).
            UnpublishAction(
                self, set_expired=set_expired, commit=commit, user=user, log_action=log_action
            ).execute(skip_permission_checks=True)
            if commit:
                self.save_revision(user=user, clean=False)

    # Wagtail's publishing and workflow ---------------------------------------------------------

    def _go_live(self, user, content=None, **changes):
        """Publish ``content`` (the question itself unless a revision's copy is given) with
        ``changes``, as a new revision, through Wagtail: it becomes ``live``, its live revision
        and publication dates are set and the publication is logged."""
        content = content if content is not None else self
        for name, value in changes.items():
            setattr(content, name, value)
        content.published_at = content.published_at or timezone.now()
        with transaction.atomic():
            revision = content.save_revision(user=user, clean=False)
            DraftStateMixin.publish(content, revision, user=user, skip_permission_checks=True)
        self.refresh_from_db()

    def _task_in_progress(self):
        state = self.current_workflow_state
        if state is None or state.status != WorkflowState.STATUS_IN_PROGRESS:
            return None
        task_state = state.current_task_state
        if task_state is None or task_state.status != TaskState.STATUS_IN_PROGRESS:
            return None
        return task_state

    def _cancel_workflow(self, user):
        state = self.current_workflow_state
        if state is not None:
            state.cancel(user=user)


class QuestionCitation(Citation):
    """One document of an answer's legal basis, with the article and clause cited."""

    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="citations")
    document = models.ForeignKey(
        "pbgdpl.LegalDocument",
        verbose_name=_("legal document"),
        on_delete=models.PROTECT,
        related_name="question_citations",
    )


def attachment_path(instance, filename):
    """A random name under the question's month: attachments are never linked publicly."""
    import uuid

    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"pbgdpl/questions/{timezone.now():%Y/%m}/{uuid.uuid4().hex}.{extension}"


class QuestionAttachment(Orderable):
    """A file the asker sent with the question (staff only: it may hold personal data)."""

    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(_("file"), upload_to=attachment_path, max_length=255)
    original_name = models.CharField(_("file name"), max_length=255, blank=True)
    size = models.PositiveBigIntegerField(_("size in bytes"), default=0, editable=False)

    panels = [FieldPanel("file"), FieldPanel("original_name")]

    class Meta(Orderable.Meta):
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self):
        return self.original_name or self.file.name
