"""Page types of the province's own site, showing the package's extension points.

``ProvinceArticlePage`` puts the package's blocks into a page model the site already has;
``PressReleasePage`` subclasses a page type of the package (docs/extending.md).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from pbgdpl_wagtail.blocks import (
    LegalDocumentBlock,
    LibraryFeedBlock,
    SituationBlock,
    VideoBlock,
)
from pbgdpl_wagtail.models import NewsPage


class ProvinceArticlePage(Page):
    """An article of the province's portal, outside the legal dissemination section."""

    body = StreamField(
        [
            ("paragraph", blocks.RichTextBlock(label=_("Paragraph"))),
            ("video", VideoBlock()),
            ("legal_situation", SituationBlock()),
            ("library_feed", LibraryFeedBlock()),
            ("legal_document", LegalDocumentBlock()),
        ],
        blank=True,
    )

    content_panels = Page.content_panels + [FieldPanel("body")]

    class Meta:
        verbose_name = _("province article")


class PressReleasePage(NewsPage):
    """A press release (thông cáo báo chí): a news item with its spokesperson and number.

    It shows what an integrator does to extend a page type of the package: subclass it, add
    fields and panels, and give it a template that extends the package's. The package lets a
    subclass go wherever its base may (under a news listing) and lists it with the other news.
    """

    release_number = models.CharField(
        _("release number"), max_length=50, blank=True, help_text=_("e.g. 12/TCBC-STP.")
    )
    spokesperson = models.CharField(
        _("spokesperson"),
        max_length=255,
        blank=True,
        help_text=_("Name and position of the official who speaks for the department."),
    )

    content_panels = NewsPage.content_panels[:1] + [
        FieldRowPanel([FieldPanel("release_number"), FieldPanel("spokesperson")]),
        *NewsPage.content_panels[1:],
    ]
    api_fields = NewsPage.api_fields + ["release_number", "spokesperson"]
    search_fields = NewsPage.search_fields + [index.SearchField("release_number")]
    template = "demo/press_release_page.html"
    translatable_fields = NewsPage.translatable_fields + [
        SynchronizedField("release_number"),
        TranslatableField("spokesperson"),
    ]

    class Meta:
        verbose_name = _("press release")
        verbose_name_plural = _("press releases")
