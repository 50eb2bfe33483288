"""A page type of the province's own site, not of the package, using the package's blocks.

It shows what an integrator does to put the library (or any other block of the package) into the
page models the site already has: import the blocks and add them to a StreamField.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from pbgdpl_wagtail.blocks import (
    LegalDocumentBlock,
    LibraryFeedBlock,
    SituationBlock,
    VideoBlock,
)


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
