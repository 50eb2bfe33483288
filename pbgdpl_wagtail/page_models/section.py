"""A province's own chuyên mục (5015 §1.1b): free content built from blocks."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from ..blocks import ContentStreamBlock
from ..visibility import public
from .base import PAGE_TRANSLATABLE_FIELDS, PbgdplPage


class SectionPage(PbgdplPage):
    intro = models.TextField(
        _("summary"),
        blank=True,
        max_length=500,
        help_text=_("One or two sentences shown under the title and on cards that link here."),
    )
    body = StreamField(ContentStreamBlock(), verbose_name=_("content"), blank=True)

    content_panels = PbgdplPage.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    api_fields = [
        "intro",
        "body",
    ]
    search_fields = PbgdplPage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    subpage_types = [
        "pbgdpl.SectionPage",
        "pbgdpl.DocumentIndexPage",
        "pbgdpl.AboutPage",
        "pbgdpl.NewsIndexPage",
        "pbgdpl.MaterialIndexPage",
        "pbgdpl.GuidanceIndexPage",
        "pbgdpl.BookcasePage",
        "pbgdpl.LibraryPage",
        "pbgdpl.RegistryPage",
        "pbgdpl.StatisticsPage",
        "pbgdpl.SearchPage",
    ]
    template = "pbgdpl_wagtail/pages/section_page.html"

    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("intro"),
        TranslatableField("body"),
    ]

    class Meta:
        verbose_name = _("section page")
        verbose_name_plural = _("section pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["subsections"] = public(self.get_children().live()).specific().order_by("path")
        return context
