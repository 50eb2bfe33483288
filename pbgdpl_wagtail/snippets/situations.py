"""Tình huống pháp luật: a legal situation, the question it raises and the answer (domain.md §5).

No official template for a situation exists; the fields follow the practice of the Ministry's and
provinces' pages: the scenario, the question, the answer (giải đáp), the legal basis with the
article cited, who compiled it and who reviewed it (thẩm định). A situation often presents a newly
issued document, as letter 5015 asks of PBGDPL materials.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..search.indexing import FoldedIndexed
from .choices import content_language_choices
from .citations import Citation
from .moderation import ModeratedRecord

TEXT_FEATURES = ["bold", "italic", "ol", "ul"]
ANSWER_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


class LegalSituationQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def live(self):
        return self.filter(live=True)


class LegalSituationTag(TaggedItemBase):
    content_object = ParentalKey(
        "pbgdpl.LegalSituation", on_delete=models.CASCADE, related_name="tagged_items"
    )


class LegalSituation(
    ModeratedRecord,
    TranslatableMixin,
    FoldedIndexed,
    ClusterableModel,
):
    title = models.CharField(_("title"), max_length=255)
    scenario = RichTextField(
        _("situation"),
        features=TEXT_FEATURES,
        help_text=_("What happened, told as a story readers recognise."),
    )
    question = models.TextField(_("question"), max_length=2000)
    answer = RichTextField(
        _("answer"),
        features=ANSWER_FEATURES,
        help_text=_("The answer (giải đáp), citing the articles that apply."),
    )
    legal_fields = ParentalManyToManyField(
        "pbgdpl.LegalField", verbose_name=_("legal fields"), blank=True, related_name="+"
    )
    target_groups = ParentalManyToManyField(
        "pbgdpl.TargetGroup", verbose_name=_("target groups"), blank=True, related_name="+"
    )
    introduced_document = models.ForeignKey(
        "pbgdpl.LegalDocument",
        verbose_name=_("new document introduced"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="introducing_situations",
        help_text=_("The newly issued document this situation helps readers understand."),
    )
    video = models.ForeignKey(
        "pbgdpl.Video",
        verbose_name=_("video"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="situations",
        help_text=_("A skit or clip acting out the situation."),
    )
    compiled_by = models.CharField(_("compiled by"), max_length=255, blank=True)
    reviewed_by = models.CharField(
        _("reviewed by"),
        max_length=255,
        blank=True,
        help_text=_("Who reviewed (thẩm định) the legal content."),
    )
    language = models.CharField(
        _("language"),
        max_length=20,
        choices=content_language_choices,
        default="vi",
        help_text=_("The language the situation is written in."),
    )
    published_date = models.DateField(_("date"), default=timezone.localdate)
    tags = ClusterTaggableManager(through=LegalSituationTag, blank=True, verbose_name=_("tags"))

    objects = LegalSituationQuerySet.as_manager()

    # wagtail-localize: the story, question and answer are translated; the legal basis, the
    # video (its translation, where there is one) and the classification are kept.
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("scenario"),
        TranslatableField("question"),
        TranslatableField("answer"),
        TranslatableField("video"),
        SynchronizedField("citations"),
        SynchronizedField("introduced_document"),
        SynchronizedField("compiled_by"),
        SynchronizedField("reviewed_by"),
        SynchronizedField("language", overridable=True),
        SynchronizedField("published_date"),
        SynchronizedField("legal_fields"),
        SynchronizedField("target_groups"),
        SynchronizedField("tags"),
        SynchronizedField("tagged_items"),
    ]

    search_fields = [
        index.SearchField("title", boost=3),
        index.AutocompleteField("title"),
        index.SearchField("scenario"),
        index.SearchField("question", boost=2),
        index.SearchField("answer"),
        index.FilterField("live"),
        index.FilterField("language"),
        index.FilterField("locale"),
        index.FilterField("published_date"),
    ]

    panels = [
        FieldPanel("title"),
        FieldPanel("scenario"),
        FieldPanel("question"),
        FieldPanel("answer"),
        InlinePanel("citations", heading=_("Legal basis"), label=_("Document cited")),
        FieldPanel("introduced_document"),
        FieldPanel("video"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("compiled_by"), FieldPanel("reviewed_by")]),
                FieldRowPanel([FieldPanel("language"), FieldPanel("published_date")]),
                FieldPanel("legal_fields"),
                FieldPanel("target_groups"),
                FieldPanel("tags"),
            ],
            heading=_("Classification"),
        ),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("legal situation")
        verbose_name_plural = _("legal situations")
        ordering = ["-published_date", "-pk"]
        indexes = [models.Index(fields=["live", "-published_date"])]

    def __str__(self):
        return self.title


class LegalSituationCitation(Citation):
    """One document of a situation's legal basis, with the article and clause cited."""

    situation = ParentalKey(LegalSituation, on_delete=models.CASCADE, related_name="citations")
    document = models.ForeignKey(
        "pbgdpl.LegalDocument",
        verbose_name=_("legal document"),
        on_delete=models.PROTECT,
        related_name="situation_citations",
    )
