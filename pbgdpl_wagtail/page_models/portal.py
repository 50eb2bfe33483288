"""The portal's landing page, which ties the information groups of letter 5015 together."""

from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from ..blocks import ContentStreamBlock
from ..visibility import menu_pages
from .base import PAGE_TRANSLATABLE_FIELDS, PbgdplPage


class PortalHomePage(PbgdplPage):
    """Trang chủ PBGDPL: introduction, the information groups, and free content blocks.

    It may be a site's root page or sit under the site's existing home page.
    """

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A short introduction shown under the title."),
    )
    groups_heading = models.CharField(
        _("heading of the sections list"),
        max_length=255,
        blank=True,
        default="",
        help_text=_("Shown above the list of sections; leave empty for “Sections”."),
    )
    body = StreamField(ContentStreamBlock(), verbose_name=_("content"), blank=True)

    content_panels = PbgdplPage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("groups_heading"),
        FieldPanel("body"),
    ]

    api_fields = [
        "intro",
        "groups_heading",
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
        "pbgdpl.QuestionIndexPage",
    ]
    max_count_per_parent = 1
    template = "pbgdpl_wagtail/pages/portal_home_page.html"

    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("intro"),
        TranslatableField("groups_heading"),
        TranslatableField("body"),
    ]

    class Meta:
        verbose_name = _("legal dissemination home page")
        verbose_name_plural = _("legal dissemination home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = self.section_cards()
        return context

    def section_cards(self):
        """The sections of the menu, each with ``card_text``: the page's search description
        (Promote tab), else its introduction. Only pages without a description are read as their
        own type, which costs a query per page type."""
        sections = menu_pages(self)
        without_description = [page.pk for page in sections if not page.search_description]
        specific = {}
        if without_description:
            specific = Page.objects.filter(pk__in=without_description).specific().in_bulk()
        for page in sections:
            intro = getattr(specific.get(page.pk), "intro", "")
            page.card_text = page.search_description or strip_tags(str(intro or "")).strip()
        return sections
