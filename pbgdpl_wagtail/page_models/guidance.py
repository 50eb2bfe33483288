"""Group 4 of letter 5015 — hướng dẫn nghiệp vụ: procedures, steps and forms for the work."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..api.fields import CodeNameListField
from ..blocks import ContentStreamBlock
from ..fields import IndexedParentalManyToManyField
from ..snippets.legal_documents import LegalDocument
from ..visibility import public
from .base import PAGE_TRANSLATABLE_FIELDS, PbgdplPage
from .listing import paginate, per_page_field


class GuidanceIndexPage(PbgdplPage):
    """Hướng dẫn nghiệp vụ: the live guidance pages below, in the order editors give them."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    per_page = per_page_field(_("guides per page"))

    content_panels = PbgdplPage.content_panels + [FieldPanel("intro"), FieldPanel("per_page")]
    api_fields = [
        "intro",
    ]
    search_fields = PbgdplPage.search_fields + [index.SearchField("intro")]
    subpage_types = ["pbgdpl.GuidancePage"]
    template = "pbgdpl_wagtail/pages/guidance_index_page.html"

    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("intro"),
        SynchronizedField("per_page"),
    ]

    class Meta:
        verbose_name = _("guidance listing")
        verbose_name_plural = _("guidance listings")

    def guides(self):
        return public(GuidancePage.objects.child_of(self).live()).order_by("path")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["guides"] = paginate(request, self.guides(), self.per_page)
        return context


class GuidancePage(PbgdplPage):
    """One guide: what to do, on which legal basis, step by step, with the forms to use."""

    summary = models.TextField(
        _("summary"),
        max_length=500,
        help_text=_("One or two sentences shown under the title and in listings."),
    )
    legal_documents = IndexedParentalManyToManyField(
        "pbgdpl.LegalDocument",
        verbose_name=_("guiding legal documents"),
        blank=True,
        related_name="guidance_pages",
        help_text=_("The documents this guide follows; their validity is shown beside them."),
    )
    legal_fields = ParentalManyToManyField(
        "pbgdpl.LegalField", verbose_name=_("legal fields"), blank=True, related_name="+"
    )
    body = StreamField(
        ContentStreamBlock(),
        verbose_name=_("content"),
        blank=True,
        help_text=_("Add the procedure steps and the forms with their blocks."),
    )

    content_panels = PbgdplPage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("legal_documents"),
        FieldPanel("legal_fields"),
        FieldPanel("body"),
    ]
    api_fields = [
        "summary",
        APIField("legal_fields", serializer=CodeNameListField()),
        "body",
    ]
    search_fields = PbgdplPage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    parent_page_types = ["pbgdpl.GuidanceIndexPage"]
    subpage_types = []
    template = "pbgdpl_wagtail/pages/guidance_page.html"

    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("summary"),
        TranslatableField("body"),
        SynchronizedField("legal_documents"),
        SynchronizedField("legal_fields"),
    ]

    class Meta:
        verbose_name = _("guidance page")
        verbose_name_plural = _("guidance pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            guiding_documents=LegalDocument.objects.filter(live=True)
            .among(self.legal_documents)
            .with_validity(),
            legal_field_list=self.legal_fields.all(),
        )
        return context
