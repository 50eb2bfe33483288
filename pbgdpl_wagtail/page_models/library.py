"""The video and legal-situation library (groups 2 and 1.2c of letter 5015).

One routable page lists the videos and situations of its language, with filters and search, and
shows each item at ``video/<id>/`` or ``situation/<id>/`` with its player, captions, transcript,
related items and the code to embed it on another site. Drafts never appear: only live records
are listed or shown, and the row of a live record holds its published version.
"""

from django import forms
from django.db import models
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..library.addresses import newest_keys
from ..snippets.legal_documents import ending_relations_prefetch
from ..snippets.situations import LegalSituation
from ..snippets.videos import Video, VideoKind
from .base import PAGE_TRANSLATABLE_FIELDS, PbgdplPage
from .listing import (
    ListingFilterForm,
    distinct_dates,
    language_field,
    matching_pks,
    paginate,
    per_page_field,
    query_without_page,
    year_field,
)

VIDEO = "video"
SITUATION = "situation"
RELATED_COUNT = 4


class LibraryFilterForm(ListingFilterForm):
    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    type = forms.ChoiceField(
        label=_("Type"),
        required=False,
        choices=[
            ("", _("Videos and situations")),
            (VIDEO, _("Videos")),
            (SITUATION, _("Legal situations")),
        ],
    )
    kind = forms.ChoiceField(
        label=_("Kind of video"),
        required=False,
        choices=[("", _("All kinds")), *VideoKind.choices],
    )
    field = forms.ModelChoiceField(label=_("Legal field"), queryset=None, required=False)
    target_group = forms.ModelChoiceField(label=_("Target group"), queryset=None, required=False)
    language = language_field()
    year = year_field()

    def __init__(self, *args, videos, situations, **kwargs):
        super().__init__(*args, **kwargs)
        from ..snippets import LegalField, TargetGroup

        video_ids, situation_ids = videos.values("pk"), situations.values("pk")
        self.fields["field"].queryset = LegalField.objects.filter(
            models.Q(
                pk__in=Video.legal_fields.through.objects.filter(video__in=video_ids).values(
                    "legalfield"
                )
            )
            | models.Q(
                pk__in=LegalSituation.legal_fields.through.objects.filter(
                    legalsituation__in=situation_ids
                ).values("legalfield")
            )
        )
        self.fields["target_group"].queryset = TargetGroup.objects.filter(
            models.Q(
                pk__in=Video.target_groups.through.objects.filter(video__in=video_ids).values(
                    "targetgroup"
                )
            )
            | models.Q(
                pk__in=LegalSituation.target_groups.through.objects.filter(
                    legalsituation__in=situation_ids
                ).values("targetgroup")
            )
        )
        languages = set(videos.order_by().values_list("language", flat=True).distinct())
        languages |= set(situations.order_by().values_list("language", flat=True).distinct())
        self.set_language_choices("language", languages)
        self.set_year_choices(
            "year",
            list(distinct_dates(videos, "published_date"))
            + list(distinct_dates(situations, "published_date")),
        )


def _narrow(items, values):
    """Apply the filters two record types share to ``items``."""
    if values["field"]:
        items = items.filter(legal_fields__in=values["field"].with_subfields())
    if values["target_group"]:
        items = items.filter(target_groups=values["target_group"])
    if values["language"]:
        items = items.filter(language=values["language"])
    if values["year"]:
        items = items.filter(published_date__year=values["year"])
    if values["q"]:
        base = items.model.objects.filter(live=True)
        items = items.filter(pk__in=matching_pks(base, values["q"]))
    return items.distinct() if values["field"] or values["target_group"] else items


class LibraryPage(RoutablePageMixin, PbgdplPage):
    """Thư viện video và tình huống pháp luật: browse, search and watch."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    per_page = per_page_field(_("items per page"))

    content_panels = PbgdplPage.content_panels + [FieldPanel("intro"), FieldPanel("per_page")]
    api_fields = [
        "intro",
    ]
    search_fields = PbgdplPage.search_fields + [index.SearchField("intro")]
    subpage_types = []
    template = "pbgdpl_wagtail/pages/library_page.html"

    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("intro"),
        SynchronizedField("per_page"),
    ]

    class Meta:
        verbose_name = _("video and legal situation library")
        verbose_name_plural = _("video and legal situation libraries")

    # The records of the page's language.
    def videos(self):
        return Video.objects.filter(live=True, locale_id=self.locale_id)

    def situations(self):
        return LegalSituation.objects.filter(live=True, locale_id=self.locale_id)

    def url_for_item(self, item, request=None):
        name = VIDEO if isinstance(item, Video) else SITUATION
        return self.get_url(request=request) + self.reverse_subpage(name, kwargs={"pk": item.pk})

    def full_url_for_item(self, item, request=None):
        name = VIDEO if isinstance(item, Video) else SITUATION
        return self.get_full_url(request=request) + self.reverse_subpage(
            name, kwargs={"pk": item.pk}
        )

    def filtered_items(self, data):
        """The filter form and the matching items' (date, type, id), newest first."""
        videos, situations = self.videos(), self.situations()
        form = LibraryFilterForm(data, videos=videos, situations=situations)
        if not form.is_valid():
            return form, []
        values = form.cleaned_data
        wanted = values["type"]
        if values["kind"]:
            videos = videos.filter(kind=values["kind"])
            wanted = VIDEO if wanted != SITUATION else "none"
        wanted_items = {}
        if wanted in ("", VIDEO):
            wanted_items[VIDEO] = _narrow(videos, values)
        if wanted in ("", SITUATION):
            wanted_items[SITUATION] = _narrow(situations, values)
        return form, newest_keys(wanted_items)

    def load_items(self, keys, request=None):
        from ..library.addresses import load_items

        return load_items(keys, request, page=self)

    @path("", name="list")
    def list_view(self, request):
        form, keys = self.filtered_items(request.GET)
        page_of_keys = paginate(request, keys, self.per_page)
        page_of_keys.object_list = self.load_items(list(page_of_keys.object_list), request)
        return self.render(
            request,
            context_overrides={
                "filter_form": form,
                "items": page_of_keys,
                "filter_query": query_without_page(request),
            },
        )

    def related_items(self, item, request=None, legal_fields=None):
        """Up to four live items of this library sharing a legal field with ``item`` (whose
        ``legal_fields`` may be given when already read)."""
        if legal_fields is None:
            legal_fields = item.legal_fields.all()
        field_ids = [field.pk for field in legal_fields]
        if not field_ids:
            return []
        videos = self.videos().filter(legal_fields__in=field_ids)
        situations = self.situations().filter(legal_fields__in=field_ids)
        if isinstance(item, Video):
            videos = videos.exclude(pk=item.pk)
        else:
            situations = situations.exclude(pk=item.pk)
        keys = newest_keys({VIDEO: videos, SITUATION: situations}, RELATED_COUNT)
        return self.load_items(keys, request)

    def detail_context(self, request, item, kind):
        item.item_type = kind
        page_url = self.full_url_for_item(item, request)
        embed_path = reverse(f"pbgdpl:{kind}_embed", kwargs={"pk": item.pk})
        oembed_url = request.build_absolute_uri(reverse("pbgdpl:oembed"))
        legal_fields = list(item.legal_fields.all())
        return {
            **self.get_context(request),
            "item": item,
            "pbgdpl_current_title": str(item),
            "share_url": page_url,
            "embed_url": request.build_absolute_uri(embed_path),
            "oembed_url": oembed_url,
            "related_items": self.related_items(item, request, legal_fields),
            "legal_fields": legal_fields,
            "target_groups": item.target_groups.all(),
            "play": request.GET.get("play") == "1",
        }

    @path("video/<int:pk>/", name=VIDEO)
    def video_view(self, request, pk):
        try:
            video = self.videos().select_related("poster").get(pk=pk)
        except Video.DoesNotExist:
            raise Http404 from None
        context = self.detail_context(request, video, VIDEO)
        context["captions"] = video.captions.all()
        context["legal_documents"] = video.legal_documents.filter(live=True).with_validity()
        context["situations"] = list(video.situations.filter(live=True, locale_id=self.locale_id))
        for situation in context["situations"]:
            situation.public_url = self.url_for_item(situation, request)
        return TemplateResponse(request, "pbgdpl_wagtail/pages/library_video.html", context)

    @path("situation/<int:pk>/", name=SITUATION)
    def situation_view(self, request, pk):
        try:
            situation = (
                self.situations()
                .select_related("introduced_document__doc_type", "introduced_document__issuer")
                .get(pk=pk)
            )
        except LegalSituation.DoesNotExist:
            raise Http404 from None
        context = self.detail_context(request, situation, SITUATION)
        context["citations"] = (
            situation.citations.filter(document__live=True)
            .select_related("document__doc_type", "document__issuer")
            .prefetch_related(ending_relations_prefetch("document"))
        )
        video = situation.video
        context["video"] = video if video is not None and video.live else None
        if context["video"] is not None:
            context["captions"] = video.captions.all()
        return TemplateResponse(request, "pbgdpl_wagtail/pages/library_situation.html", context)
