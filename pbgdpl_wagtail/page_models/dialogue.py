"""Đối thoại chính sách – pháp luật: a dialogue event with the questions raised and answered.

Letter 5015 puts dialogues with Q&A (group 5). The questions of a dialogue are the record of a
public meeting, kept on its page; they are not citizens' questions of the Q&A workspace.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..blocks.streams import ContentStreamBlock
from .base import PAGE_TRANSLATABLE_FIELDS, PbgdplPage


class DialoguePage(PbgdplPage):
    event_date = models.DateField(_("date of the dialogue"))
    location = models.CharField(_("place"), max_length=255, blank=True)
    hosts = models.TextField(
        _("chaired by"), blank=True, help_text=_("The officials who chaired and answered.")
    )
    participants = models.TextField(_("participants"), blank=True)
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    body = StreamField(ContentStreamBlock(), verbose_name=_("content"), blank=True)

    content_panels = PbgdplPage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("event_date"), FieldPanel("location")]),
                FieldPanel("hosts"),
                FieldPanel("participants"),
            ],
            heading=_("The dialogue"),
        ),
        FieldPanel("intro"),
        InlinePanel("exchanges", heading=_("Questions and answers"), label=_("Question")),
        FieldPanel("body"),
    ]
    api_fields = [
        "event_date",
        "location",
        "hosts",
        "participants",
        "intro",
        "body",
    ]
    search_fields = PbgdplPage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("event_date"),
    ]
    parent_page_types = ["pbgdpl.QuestionIndexPage"]
    subpage_types = []
    template = "pbgdpl_wagtail/pages/dialogue_page.html"

    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        SynchronizedField("event_date"),
        TranslatableField("location"),
        TranslatableField("hosts"),
        TranslatableField("participants"),
        TranslatableField("intro"),
        # The record of what was asked and answered at the event is kept as it was said.
        SynchronizedField("exchanges"),
        TranslatableField("body"),
    ]

    class Meta:
        verbose_name = _("policy and law dialogue")
        verbose_name_plural = _("policy and law dialogues")


class DialogueExchange(Orderable):
    """One question raised at the dialogue and the answer given there."""

    page = ParentalKey(DialoguePage, on_delete=models.CASCADE, related_name="exchanges")
    question = models.TextField(_("question"))
    asked_by = models.CharField(
        _("asked by"),
        max_length=255,
        blank=True,
        help_text=_("Only as the asker agreed, e.g. “a business in the industrial zone”."),
    )
    answer = RichTextField(_("answer"), features=["bold", "italic", "ol", "ul", "link"])
    answered_by = models.CharField(_("answered by"), max_length=255, blank=True)

    panels = [
        FieldPanel("question"),
        FieldPanel("asked_by"),
        FieldPanel("answer"),
        FieldPanel("answered_by"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("question and answer")
        verbose_name_plural = _("questions and answers")
