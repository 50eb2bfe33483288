"""Hỏi đáp pháp luật (group 5 of letter 5015): ask, track, and read the published answers.

One routable page serves the list of published questions (filters, search, pagination), the ask
form and its confirmation, the tracking form, and each answer at ``<code>-<slug>/``. Nothing here
renders the asker's contact data; a published answer shows the asker's initials only when the
asker agreed to it.
"""

import uuid

from django import forms
from django.db import IntegrityError, transaction
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..conf import pbgdpl_settings
from ..forms.questions import AskQuestionForm, TrackQuestionForm
from ..notifications.questions import question_received
from ..snippets.legal_documents import LegalDocument, ending_relations_prefetch
from ..snippets.questions import Channel, Question, QuestionAttachment, QuestionStatus
from ..throttle import allow
from ..views.exports import export_response, export_urls
from .base import PAGE_TRANSLATABLE_FIELDS, PbgdplPage
from .listing import (
    ListingFilterForm,
    matching_pks,
    paginate,
    per_page_field,
    query_without_page,
    year_field,
)

RELATED_COUNT = 4
SESSION_KEY = "pbgdpl_question_code"


class QuestionFilterForm(ListingFilterForm):
    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    field = forms.ModelChoiceField(label=_("Legal field"), queryset=None, required=False)
    year = year_field()

    def __init__(self, *args, questions, **kwargs):
        super().__init__(*args, **kwargs)
        from ..snippets import LegalField

        self.fields["field"].queryset = LegalField.objects.filter(
            pk__in=questions.values("legal_field")
        )
        self.set_year_choices("year", questions.dates("published_at", "year"))


class QuestionIndexPage(RoutablePageMixin, PbgdplPage):
    """Hỏi đáp pháp luật: the published answers, the ask form and the tracking form."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    ask_intro = RichTextField(
        _("text above the ask form"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_("What may be asked, how long an answer takes, how personal data is used."),
    )
    per_page = per_page_field(_("questions per page"))

    content_panels = PbgdplPage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("ask_intro"),
        FieldPanel("per_page"),
    ]
    api_fields = [
        "intro",
        "ask_intro",
    ]
    search_fields = PbgdplPage.search_fields + [index.SearchField("intro")]
    subpage_types = ["pbgdpl.DialoguePage"]
    template = "pbgdpl_wagtail/pages/question_index_page.html"

    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("intro"),
        TranslatableField("ask_intro"),
        SynchronizedField("per_page"),
    ]

    class Meta:
        verbose_name = _("questions and answers page")
        verbose_name_plural = _("questions and answers pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        base = self.get_url(request=request)
        context["qa_urls"] = {
            name: base + self.reverse_subpage(name) for name in ("list", "ask", "track")
        }
        return context

    def published_questions(self):
        return Question.objects.published()

    def url_for_question(self, question, request=None):
        return self.get_url(request=request) + self.reverse_subpage(
            "detail", kwargs={"code": question.code, "slug": question.slug}
        )

    def _with_urls(self, questions, request):
        for question in questions:
            question.public_url = self.url_for_question(question, request)
        return questions

    def _context(self, request, **extra):
        return {**self.get_context(request), **extra}

    def _visitor_context(self, request, **extra):
        """The context of a view that shows the visitor their own form or tracking code: never
        from the content cache (``pbgdpl_wagtail.content_cache``)."""
        return self._context(request, pbgdpl_uncached=True, **extra)

    # The public list ---------------------------------------------------------------------------

    def filtered_questions(self, data):
        """The filter form and the published questions it selects, newest first."""
        questions = self.published_questions()
        form = QuestionFilterForm(data, questions=questions)
        if form.is_valid():
            values = form.cleaned_data
            if values["field"]:
                questions = questions.filter(legal_field__in=values["field"].with_subfields())
            if values["year"]:
                questions = questions.filter(published_at__year=values["year"])
            if values["q"]:
                questions = questions.filter(
                    pk__in=matching_pks(self.published_questions(), values["q"])
                )
        else:
            questions = questions.none()
        return form, questions.select_related("legal_field").order_by("-published_at", "-pk")

    @path("", name="list")
    def list_view(self, request):
        form, questions = self.filtered_questions(request.GET)
        page_of_questions = paginate(request, questions, self.per_page)
        self._with_urls(page_of_questions.object_list, request)
        return self.render(
            request,
            context_overrides={
                "filter_form": form,
                "questions": page_of_questions,
                "filter_query": query_without_page(request),
                "export_urls": export_urls(self, request),
            },
        )

    @path("export/<str:file_format>/", name="export")
    def export_view(self, request, file_format):
        """The published answers the filters select, as CSV or JSON; never the asker's data."""
        _form, questions = self.filtered_questions(request.GET)
        columns = [
            ("code", _("Tracking code")),
            ("title", _("Title")),
            ("legal_field", _("Legal field")),
            ("published_at", _("Published at")),
            ("question", _("Question")),
            ("answer", _("Answer")),
            ("url", _("Web address")),
        ]
        rows = (
            [
                question.code,
                question.title,
                str(question.legal_field) if question.legal_field_id else "",
                question.published_at,
                question.text,
                " ".join(strip_tags(question.answer or "").split()),
                request.build_absolute_uri(self.url_for_question(question, request)),
            ]
            for question in questions
        )
        return export_response(file_format, self.slug or "hoi-dap", columns, rows)

    # One published answer ----------------------------------------------------------------------

    @re_path(r"^(?P<code>HD-\d{8}-\d{3,})-(?P<slug>[-\w]*)/$", name="detail")
    def detail_view(self, request, code, slug):
        try:
            question = self.published_questions().select_related("legal_field").get(code=code)
        except Question.DoesNotExist:
            raise Http404 from None
        if slug != question.slug:
            return HttpResponseRedirect(self.url_for_question(question, request))
        citations = list(
            question.citations.filter(document__live=True)
            .select_related("document__doc_type", "document__issuer")
            .prefetch_related(ending_relations_prefetch("document"))
        )
        outdated = list(
            LegalDocument.objects.filter(pk__in=[c.document_id for c in citations], live=True)
            .out_of_force()
            .with_validity()
        )
        related = []
        if question.legal_field_id:
            related = self._with_urls(
                list(
                    self.published_questions()
                    .filter(legal_field_id=question.legal_field_id)
                    .exclude(pk=question.pk)
                    .order_by("-published_at")[:RELATED_COUNT]
                ),
                request,
            )
        context = self._context(
            request,
            question=question,
            citations=citations,
            outdated_documents=outdated,
            related_questions=related,
            pbgdpl_current_title=question.title,
        )
        return TemplateResponse(request, "pbgdpl_wagtail/pages/question_detail.html", context)

    # Asking ------------------------------------------------------------------------------------

    def legal_fields(self):
        from ..snippets import LegalField

        return LegalField.objects.filter(locale_id=self.locale_id).order_by("code", "name")

    def done_url(self, request):
        return self.get_url(request) + self.reverse_subpage("ask_done")

    @path("ask/", name="ask")
    def ask_view(self, request):
        if request.method == "POST":
            form = AskQuestionForm(request.POST, request.FILES, legal_fields=self.legal_fields())
            if form.is_spam:
                # Look like success to the bot, keep nothing.
                return HttpResponseRedirect(
                    self.get_url(request) + self.reverse_subpage("ask_done")
                )
            if not allow(request, "ask", pbgdpl_settings.QUESTION_RATE_LIMIT):
                context = self._visitor_context(request, form=form, rate_limited=True)
                return TemplateResponse(
                    request, "pbgdpl_wagtail/pages/question_ask.html", context, status=429
                )
            if form.is_valid():
                question = self.save_question(form)
                request.session[SESSION_KEY] = question.code
                return HttpResponseRedirect(
                    self.get_url(request) + self.reverse_subpage("ask_done")
                )
        else:
            form = AskQuestionForm(
                initial={"submission": uuid.uuid4()}, legal_fields=self.legal_fields()
            )
        context = self._visitor_context(request, form=form)
        return TemplateResponse(request, "pbgdpl_wagtail/pages/question_ask.html", context)

    def save_question(self, form):
        """The question of ``form``, saved once even when the form is submitted twice."""
        values = form.cleaned_data
        token = values["submission"]
        existing = Question.objects.filter(submission_token=token).first()
        if existing is not None:
            return existing
        question = Question(
            legal_field=values["legal_field"],
            title=values["title"],
            text=values["text"],
            submitted_text=values["text"],
            asker_name=values["asker_name"],
            asker_email=values["asker_email"],
            asker_phone=values["asker_phone"],
            asker_address=values["asker_address"],
            asker_type=values["asker_type"],
            show_initials=values["show_initials"],
            consent_at=timezone.now(),
            channel=Channel.WEB,
            status=QuestionStatus.PENDING,
            submission_token=token,
        )
        try:
            with transaction.atomic():
                question.save()
                for position, upload in enumerate(values["attachments"]):
                    QuestionAttachment.objects.create(
                        question=question,
                        file=upload,
                        original_name=upload.name[:255],
                        size=upload.size,
                        sort_order=position,
                    )
        except IntegrityError:
            # The same form, submitted at the same moment, won the race.
            existing = Question.objects.filter(submission_token=token).first()
            if existing is None:
                raise
            return existing
        transaction.on_commit(lambda: question_received(question))
        return question

    @path("ask/done/", name="ask_done")
    def ask_done_view(self, request):
        code = request.session.get(SESSION_KEY, "")
        context = self._visitor_context(request, code=code)
        return TemplateResponse(request, "pbgdpl_wagtail/pages/question_ask_done.html", context)

    # Tracking ----------------------------------------------------------------------------------

    @path("track/", name="track")
    def track_view(self, request):
        question = None
        not_found = False
        rate_limited = False
        if request.method == "POST":
            form = TrackQuestionForm(request.POST)
            if not allow(request, "track", pbgdpl_settings.QUESTION_TRACK_RATE_LIMIT):
                rate_limited = True
            elif form.is_valid():
                candidate = Question.objects.filter(code=form.cleaned_data["code"]).first()
                # The same answer for a wrong code and a wrong contact: no code is confirmed.
                if candidate is not None and form.matches(candidate):
                    question = candidate
                    if question.published and question.status == QuestionStatus.COMPLETED:
                        question.public_url = self.url_for_question(question, request)
                else:
                    not_found = True
        else:
            form = TrackQuestionForm(initial={"code": request.GET.get("code", "")[:24]})
        context = self._visitor_context(
            request,
            form=form,
            tracked=question,
            not_found=not_found,
            rate_limited=rate_limited,
        )
        return TemplateResponse(
            request,
            "pbgdpl_wagtail/pages/question_track.html",
            context,
            status=429 if rate_limited else 200,
        )
