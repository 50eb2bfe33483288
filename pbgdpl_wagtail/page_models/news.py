"""Group 1 of letter 5015 — tin tức, sự kiện: a news listing, news items and events.

An event is a news item with a time and a place (``EventPage`` extends ``NewsPage``), so one
listing, one feed and one block show both, newest first.
"""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.db.models import Q
from django.db.models.query import ModelIterable
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..api.fields import AttributesField, TagListField
from ..blocks import ContentStreamBlock
from ..renditions import with_image_renditions
from ..snippets.news import NewsCategory
from ..visibility import public
from .base import PAGE_TRANSLATABLE_FIELDS, PbgdplPage

# Sub-paths of a news listing; a news item cannot take one of them (or a number) as its slug.
RESERVED_SLUGS = {"rss", "atom"}


class _ListingIterable(ModelIterable):
    """News items as a listing shows them: an event comes out as its ``EventPage``, read by the
    same query (``select_related("eventpage")``) instead of one more query per page type."""

    def __iter__(self):
        for item in super().__iter__():
            cached = item._state.fields_cache
            event = cached.get("eventpage")
            if event is None:
                yield item
                continue
            if "category" in cached:
                event._state.fields_cache["category"] = cached["category"]
            yield event


def with_listing_data(queryset, tags=True):
    """News pages with everything a listing shows, in a number of queries that does not grow
    with the number of items or of page types: category, event dates, tags (unless ``tags`` is
    false: a list that shows none), featured image and its renditions."""
    queryset = queryset.select_related("category", "eventpage")
    if tags:
        queryset = queryset.prefetch_related("tags")
    listing = with_image_renditions(queryset, "featured_image")
    listing._iterable_class = _ListingIterable
    return listing


class NewsFilterForm(forms.Form):
    category = forms.ModelChoiceField(
        label=_("Category"), queryset=None, required=False, to_field_name="slug"
    )
    tag = forms.ModelChoiceField(
        label=_("Tag"), queryset=None, required=False, to_field_name="slug"
    )

    def __init__(self, *args, items, **kwargs):
        super().__init__(*args, **kwargs)
        ids = items.values("pk")
        self.fields["category"].queryset = NewsCategory.objects.filter(
            news_pages__in=ids
        ).distinct()
        self.fields["tag"].queryset = (
            Tag.objects.filter(pbgdpl_newspagetag_items__content_object__in=ids)
            .distinct()
            .order_by("name")
        )
        self.fields["category"].empty_label = _("All categories")
        self.fields["tag"].empty_label = _("All tags")


class NewsIndexPage(RoutablePageMixin, PbgdplPage):
    """Tin tức – sự kiện: the news items and events below it, newest first."""

    intro = models.TextField(
        _("summary"),
        blank=True,
        max_length=500,
        help_text=_("One or two sentences shown under the title and on cards that link here."),
    )
    per_page = models.PositiveSmallIntegerField(
        _("items per page"), default=10, help_text=_("Between 1 and 100.")
    )

    content_panels = PbgdplPage.content_panels + [FieldPanel("intro"), FieldPanel("per_page")]
    api_fields = [
        "intro",
    ]
    search_fields = PbgdplPage.search_fields + [index.SearchField("intro")]
    subpage_types = ["pbgdpl.NewsPage", "pbgdpl.EventPage"]
    template = "pbgdpl_wagtail/pages/news_index_page.html"

    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("intro"),
        SynchronizedField("per_page"),
    ]

    class Meta:
        verbose_name = _("news listing")
        verbose_name_plural = _("news listings")

    def clean(self):
        super().clean()
        if self.per_page is not None and not 1 <= self.per_page <= 100:
            raise ValidationError({"per_page": _("Show between 1 and 100 items per page.")})

    def news_items(self):
        """The live, public news items and events of this listing, newest first."""
        return public(NewsPage.objects.child_of(self).live()).order_by("-date", "-pk")

    def upcoming_events(self, limit=3):
        now = timezone.now()
        start_of_today = timezone.make_aware(
            datetime.datetime.combine(timezone.localdate(), datetime.time.min)
        )
        return (
            public(EventPage.objects.child_of(self).live())
            .filter(Q(end__gte=now) | Q(end__isnull=True, start__gte=start_of_today))
            .order_by("start", "pk")[:limit]
        )

    def feed_urls(self, request=None):
        base_url = self.get_url(request=request)
        return {
            "rss": base_url + self.reverse_subpage("rss"),
            "atom": base_url + self.reverse_subpage("atom"),
        }

    def archive_url(self, year, month=None, request=None):
        if month is None:
            route = self.reverse_subpage("year", kwargs={"year": year})
        else:
            route = self.reverse_subpage("month", kwargs={"year": year, "month": month})
        return self.get_url(request=request) + route

    def archive_links(self, items, request=None):
        """Years, each with its months, that have news: [(year, url, [(month, url), …]), …]."""
        years = {}
        for month in items.dates("date", "month", order="DESC"):
            years.setdefault(month.year, []).append(
                (month, self.archive_url(month.year, month.month, request=request))
            )
        return [
            (year, self.archive_url(year, request=request), months)
            for year, months in years.items()
        ]

    def listing_response(self, request, year=None, month=None):
        if year is not None and not 1 <= year <= 9999:
            raise Http404
        if month is not None and not 1 <= month <= 12:
            raise Http404
        all_items = self.news_items()
        form = NewsFilterForm(request.GET, items=all_items)
        items = all_items
        if year is not None:
            items = items.filter(date__year=year)
        if month is not None:
            items = items.filter(date__month=month)
        filtered = False
        if not form.is_valid():
            items = items.none()
        elif form.cleaned_data["category"] or form.cleaned_data["tag"]:
            filtered = True
            if form.cleaned_data["category"]:
                items = items.filter(category=form.cleaned_data["category"])
            if form.cleaned_data["tag"]:
                items = items.filter(tags=form.cleaned_data["tag"])

        paginator = Paginator(with_listing_data(items), self.per_page or 10)
        try:
            page_of_items = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            page_of_items = paginator.page(1)
        except EmptyPage:
            raise Http404 from None
        query = request.GET.copy()
        query.pop("page", None)

        archive_date = archive_label = None
        if month is not None:
            archive_date = datetime.date(year, month, 1)
            archive_label = _("Published in %(month)s/%(year)s") % {"month": month, "year": year}
        elif year is not None:
            archive_date = datetime.date(year, 1, 1)
            archive_label = _("Published in %(year)s") % {"year": year}
        show_upcoming = archive_date is None and not filtered and page_of_items.number == 1
        return self.render(
            request,
            context_overrides={
                "filter_form": form,
                "news_items": page_of_items,
                "filter_query": query.urlencode(),
                "archive_date": archive_date,
                "archive_is_month": month is not None,
                "archive_label": archive_label,
                "archive_links": self.archive_links(all_items, request=request),
                "upcoming_events": self.upcoming_events() if show_upcoming else [],
                "feed_urls": self.feed_urls(request=request),
                "index_url": self.get_url(request=request),
            },
        )

    @path("", name="list")
    def list_view(self, request):
        return self.listing_response(request)

    @path("<int:year>/", name="year")
    def year_view(self, request, year):
        return self.listing_response(request, year=year)

    @path("<int:year>/<int:month>/", name="month")
    def month_view(self, request, year, month):
        return self.listing_response(request, year=year, month=month)

    @path("rss/", name="rss")
    def rss_view(self, request):
        from ..feeds import NewsFeed

        return NewsFeed(self)(request)

    @path("atom/", name="atom")
    def atom_view(self, request):
        from ..feeds import NewsAtomFeed

        return NewsAtomFeed(self)(request)


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "pbgdpl.NewsPage", on_delete=models.CASCADE, related_name="tagged_items"
    )

    class Meta:
        verbose_name = _("news tag")
        verbose_name_plural = _("news tags")


class NewsPage(PbgdplPage):
    """A news item (tin bài): date, category, tags, featured image, summary and body."""

    date = models.DateField(
        _("date"), default=timezone.localdate, help_text=_("The date shown and used for sorting.")
    )
    category = models.ForeignKey(
        "pbgdpl.NewsCategory",
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news_pages",
    )
    tags = ClusterTaggableManager(
        through=NewsPageTag,
        verbose_name=_("tags"),
        blank=True,
        help_text=_("Keywords readers can follow, e.g. hòa giải ở cơ sở, Ngày Pháp luật."),
    )
    featured_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("featured image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    featured_image_alt = models.CharField(
        _("alternative text"),
        max_length=255,
        blank=True,
        help_text=_(
            "What the image shows, for people who cannot see it. Left empty, the image's "
            "description is used."
        ),
    )
    featured_image_decorative = models.BooleanField(
        _("image is decorative"),
        default=False,
        help_text=_("Tick only when the image adds nothing to the text; it then has no alt text."),
    )
    intro = models.TextField(
        _("summary"),
        max_length=500,
        blank=True,
        help_text=_("One or two sentences shown in listings, feeds and under the title."),
    )
    body = StreamField(ContentStreamBlock(), verbose_name=_("content"), blank=True)

    content_panels = PbgdplPage.content_panels + [
        FieldRowPanel([FieldPanel("date"), FieldPanel("category")]),
        FieldPanel("tags"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("featured_image"),
                FieldPanel("featured_image_alt"),
                FieldPanel("featured_image_decorative"),
            ],
            heading=_("Featured image"),
        ),
        FieldPanel("body"),
    ]
    api_fields = [
        "date",
        APIField("category", serializer=AttributesField("name", "slug")),
        APIField("featured_image", serializer=ImageRenditionField("fill-800x450")),
        "featured_image_alt",
        "featured_image_decorative",
        "intro",
        "body",
        APIField("tags", serializer=TagListField()),
    ]
    search_fields = PbgdplPage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.RelatedFields("category", [index.SearchField("name")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("date"),
        index.FilterField("category"),
    ]
    parent_page_types = ["pbgdpl.NewsIndexPage"]
    subpage_types = []
    template = "pbgdpl_wagtail/pages/news_page.html"

    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        SynchronizedField("date"),
        TranslatableField("category"),
        SynchronizedField("featured_image"),
        TranslatableField("featured_image_alt"),
        SynchronizedField("featured_image_decorative"),
        TranslatableField("intro"),
        TranslatableField("body"),
        SynchronizedField("tags"),
        SynchronizedField("tagged_items"),
    ]

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")

    def clean(self):
        super().clean()
        errors = {}
        if self.slug and (self.slug.isdigit() or self.slug in RESERVED_SLUGS):
            errors["slug"] = _(
                "This address is used by the news listing (archives and feeds); choose another."
            )
        if self.featured_image_id and not self.featured_image_decorative:
            if not self.featured_image_alt:
                self.featured_image_alt = getattr(self.featured_image, "description", "") or ""
            if not self.featured_image_alt:
                errors["featured_image_alt"] = _(
                    "Describe the image for people who cannot see it, or mark it as decorative."
                )
        if errors:
            raise ValidationError(errors)

    @property
    def featured_image_alt_text(self):
        return "" if self.featured_image_decorative else self.featured_image_alt

    def sorted_tags(self):
        """The tags in alphabetical order (from the prefetched tags, when a listing has them)."""
        return sorted(self.tags.all(), key=lambda tag: tag.name.casefold())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["news_index"] = self.get_parent()
        context["related_news"] = []
        if self.category_id:
            context["related_news"] = (
                public(NewsPage.objects.sibling_of(self, inclusive=False).live())
                .filter(category_id=self.category_id)
                .order_by("-date", "-pk")[:3]
            )
        return context


class EventStatus(models.TextChoices):
    UPCOMING = "upcoming", _("Upcoming")
    ONGOING = "ongoing", _("Taking place now")
    PAST = "past", _("Has taken place")


class EventPage(NewsPage):
    """An event (sự kiện): a news item with a start, an end, a place and an organiser."""

    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(
        _("ends"), null=True, blank=True, help_text=_("Leave empty for an event within one day.")
    )
    place = models.CharField(_("place"), max_length=255, blank=True)
    organiser = models.CharField(_("organiser"), max_length=255, blank=True)
    registration_url = models.URLField(
        _("registration address"),
        max_length=500,
        blank=True,
        help_text=_("Where to register, if registration is needed; hidden once the event is over."),
    )

    content_panels = PbgdplPage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldRowPanel([FieldPanel("place"), FieldPanel("organiser")]),
                FieldPanel("registration_url"),
            ],
            heading=_("Time and place"),
        ),
        *NewsPage.content_panels[len(PbgdplPage.content_panels) :],
    ]
    api_fields = [
        *NewsPage.api_fields,
        "start",
        "end",
        "place",
        "organiser",
        "registration_url",
    ]
    search_fields = NewsPage.search_fields + [
        index.SearchField("place"),
        index.SearchField("organiser"),
        index.FilterField("start"),
    ]
    parent_page_types = ["pbgdpl.NewsIndexPage"]
    subpage_types = []
    template = "pbgdpl_wagtail/pages/event_page.html"

    translatable_fields = NewsPage.translatable_fields + [
        SynchronizedField("start"),
        SynchronizedField("end"),
        TranslatableField("place"),
        TranslatableField("organiser"),
        SynchronizedField("registration_url"),
    ]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        errors = {}
        try:
            super().clean()
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if self.start and self.end and self.end < self.start:
            errors.setdefault("end", []).append(
                ValidationError(_("An event cannot end before it starts."))
            )
        if errors:
            raise ValidationError(errors)

    @property
    def effective_end(self):
        """The end, or the end of the start's day for an event without one."""
        if self.end:
            return self.end
        start_day = timezone.localtime(self.start).date()
        return timezone.make_aware(datetime.datetime.combine(start_day, datetime.time.max))

    @property
    def is_single_day(self):
        if not self.end:
            return True
        return timezone.localtime(self.start).date() == timezone.localtime(self.end).date()

    def status(self, now=None):
        now = now or timezone.now()
        if now < self.start:
            return EventStatus.UPCOMING
        if now <= self.effective_end:
            return EventStatus.ONGOING
        return EventStatus.PAST

    @property
    def event_status(self):
        return self.status()

    @property
    def is_past(self):
        return self.status() == EventStatus.PAST
