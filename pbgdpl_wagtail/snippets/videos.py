"""Videos of the library: clips, tiểu phẩm, bài giảng điện tử, phóng sự (domain.md §5).

A video is an uploaded MP4/WebM file or an external address (YouTube and the like, resolved
through Wagtail's oEmbed finders), with a poster that is a Wagtail image, captions per language
in WebVTT and a transcript for readers who cannot play or hear it.
"""

import contextlib

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..fields import IndexedParentalManyToManyField
from ..library.uploads import validate_caption_file, validate_video_file, video_mime_type
from ..renditions import with_image_renditions
from ..search.indexing import FoldedIndexed
from .choices import content_language_choices
from .moderation import ModeratedRecord


class VideoKind(models.TextChoices):
    """Kinds of video material (TT 56/2023/TT-BTC Đ.3 lists tiểu phẩm and bài giảng điện tử)."""

    CLIP = "video_clip", _("Video clip")
    SKIT = "tieu_pham", _("Legal skit")
    E_LECTURE = "bai_giang_dien_tu", _("E-lecture")
    REPORTAGE = "phong_su", _("Reportage")
    TALK_SHOW = "toa_dam", _("Talk show")
    ANIMATION = "hoat_hinh", _("Animation")
    OTHER = "khac", _("Other")


class CaptionKind(models.TextChoices):
    CAPTIONS = "captions", _("Captions (speech and sounds, for deaf readers)")
    SUBTITLES = "subtitles", _("Subtitles (translation of the speech)")


class VideoQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def live(self):
        return self.filter(live=True)

    def for_listing(self):
        """Posters with their renditions, and the kind's label, in a fixed number of queries."""
        return with_image_renditions(self, "poster")


class VideoForm(WagtailAdminModelForm):
    """The admin form of a video: checks an external address with its provider, refuses two
    caption files for the same language and kind, and fills in duration and poster on saving."""

    def clean(self):
        cleaned_data = super().clean()
        url = cleaned_data.get("external_url")
        if url and "external_url" in self.changed_data and not cleaned_data.get("file"):
            from ..library.external import resolve

            try:
                resolve(url)
            except ValidationError as error:
                self.add_error("external_url", error)
        return cleaned_data

    def is_valid(self):
        # The caption forms are cleaned after this form's clean(), so compare them here.
        valid = super().is_valid()
        captions = self.formsets.get("captions")
        if captions is None:
            return valid
        seen = set()
        for form in captions.forms:
            data = getattr(form, "cleaned_data", None) or {}
            if not data or data.get("DELETE"):
                continue
            key = (data.get("language"), data.get("kind"))
            if key in seen:
                form.add_error(
                    "language", _("There is already a caption file of this kind in this language.")
                )
                valid = False
            seen.add(key)
        return valid

    def save(self, commit=True):
        from ..library.enrichment import enrich_from_external, enrich_from_upload

        video = super().save(commit=False)
        if "file" in self.changed_data and self.cleaned_data.get("file"):
            enrich_from_upload(video, self.cleaned_data["file"])
        if "external_url" in self.changed_data or "poster" in self.changed_data:
            # A provider that fails is reported by clean(); no thumbnail is no reason to fail.
            with contextlib.suppress(ValidationError):
                enrich_from_external(video)
        if commit:
            video.save()
            self.save_m2m()
        return video


class VideoTag(TaggedItemBase):
    content_object = ParentalKey(
        "pbgdpl.Video", on_delete=models.CASCADE, related_name="tagged_items"
    )


class Video(
    ModeratedRecord,
    TranslatableMixin,
    FoldedIndexed,
    ClusterableModel,
):
    title = models.CharField(_("title"), max_length=255)
    description = models.TextField(_("description"), blank=True, max_length=3000)
    kind = models.CharField(
        _("kind"), max_length=30, choices=VideoKind.choices, default=VideoKind.CLIP
    )
    file = models.FileField(
        _("video file"),
        upload_to="pbgdpl/videos/%Y/%m/",
        max_length=255,
        blank=True,
        validators=[validate_video_file],
        help_text=_("MP4 or WebM. Give a file or an external address, not both."),
    )
    external_url = models.URLField(
        _("external address"),
        max_length=500,
        blank=True,
        help_text=_("The video's page on YouTube or another provider this site knows."),
    )
    poster = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("poster"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown before the video plays. Left empty, a frame of the uploaded file or the "
            "provider's thumbnail is used."
        ),
    )
    duration = models.DurationField(
        _("duration"),
        null=True,
        blank=True,
        help_text=_("hh:mm:ss. Read from an uploaded file when ffmpeg is installed."),
    )
    transcript = models.TextField(
        _("transcript"),
        blank=True,
        help_text=_("Everything said and shown, for readers who cannot play or hear the video."),
    )
    language = models.CharField(
        _("language"),
        max_length=20,
        choices=content_language_choices,
        default="vi",
        help_text=_("The language spoken in the video."),
    )
    producer = models.CharField(_("producer"), max_length=255, blank=True)
    published_date = models.DateField(_("date"), default=timezone.localdate)
    legal_fields = ParentalManyToManyField(
        "pbgdpl.LegalField", verbose_name=_("legal fields"), blank=True, related_name="+"
    )
    target_groups = ParentalManyToManyField(
        "pbgdpl.TargetGroup", verbose_name=_("target groups"), blank=True, related_name="+"
    )
    legal_documents = IndexedParentalManyToManyField(
        "pbgdpl.LegalDocument",
        verbose_name=_("legal documents introduced"),
        blank=True,
        related_name="videos",
    )
    tags = ClusterTaggableManager(through=VideoTag, blank=True, verbose_name=_("tags"))

    objects = VideoQuerySet.as_manager()
    base_form_class = VideoForm

    # wagtail-localize: the words are translated; the recording, its captions and its
    # classification stay the same in every language.
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("description"),
        TranslatableField("transcript"),
        SynchronizedField("kind"),
        SynchronizedField("file"),
        SynchronizedField("external_url"),
        SynchronizedField("poster"),
        SynchronizedField("duration"),
        SynchronizedField("language"),
        SynchronizedField("producer"),
        SynchronizedField("published_date"),
        SynchronizedField("legal_fields"),
        SynchronizedField("target_groups"),
        SynchronizedField("legal_documents"),
        SynchronizedField("captions"),
        SynchronizedField("tags"),
        SynchronizedField("tagged_items"),
    ]

    search_fields = [
        index.SearchField("title", boost=3),
        index.AutocompleteField("title"),
        index.SearchField("description"),
        index.SearchField("transcript"),
        index.SearchField("producer"),
        index.FilterField("live"),
        index.FilterField("kind"),
        index.FilterField("language"),
        index.FilterField("locale"),
        index.FilterField("published_date"),
    ]

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("language"), FieldPanel("published_date")]),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("file"),
                FieldPanel("external_url"),
                FieldRowPanel([FieldPanel("poster"), FieldPanel("duration")]),
            ],
            heading=_("The video"),
        ),
        InlinePanel("captions", heading=_("Captions"), label=_("Caption file")),
        FieldPanel("transcript"),
        MultiFieldPanel(
            [
                FieldPanel("legal_fields"),
                FieldPanel("target_groups"),
                FieldPanel("legal_documents"),
                FieldPanel("producer"),
                FieldPanel("tags"),
            ],
            heading=_("Classification"),
        ),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("video")
        verbose_name_plural = _("videos")
        ordering = ["-published_date", "-pk"]
        indexes = [models.Index(fields=["live", "-published_date"])]

    def __str__(self):
        return self.title

    @property
    def is_external(self):
        return bool(self.external_url) and not self.file

    @property
    def mime_type(self):
        return video_mime_type(self.file.name) if self.file else ""

    def get_embed(self):
        """Wagtail's cached oEmbed answer for an external video, or None."""
        if not self.is_external:
            return None
        from wagtail.embeds.embeds import get_embed
        from wagtail.embeds.exceptions import EmbedException

        try:
            return get_embed(self.external_url)
        except EmbedException:
            return None

    def clean(self):
        super().clean()
        if self.file and self.external_url:
            raise ValidationError(
                {"external_url": _("Give an uploaded file or an external address, not both.")}
            )
        if not self.file and not self.external_url:
            raise ValidationError(
                {"file": _("Upload a video file or give the address of an external video.")}
            )


class VideoCaption(Orderable):
    """One WebVTT track of a video: captions or subtitles in one language."""

    video = ParentalKey(Video, on_delete=models.CASCADE, related_name="captions")
    language = models.CharField(
        _("language"), max_length=20, choices=content_language_choices, default="vi"
    )
    kind = models.CharField(
        _("kind"), max_length=20, choices=CaptionKind.choices, default=CaptionKind.CAPTIONS
    )
    file = models.FileField(
        _("WebVTT file"),
        upload_to="pbgdpl/captions/%Y/%m/",
        max_length=255,
        validators=[validate_caption_file],
        help_text=_("A .vtt file in UTF-8."),
    )

    panels = [FieldRowPanel([FieldPanel("language"), FieldPanel("kind")]), FieldPanel("file")]

    class Meta(Orderable.Meta):
        verbose_name = _("caption file")
        verbose_name_plural = _("caption files")

    def __str__(self):
        return f"{self.video} ({self.language})"

    @property
    def label(self):
        import unicodedata

        from django.utils.translation import get_language_info

        try:
            name = get_language_info(self.language)["name_local"]
        except KeyError:
            name = str(self.get_language_display())
        # Django's names are not all in NFC; readers' search and screen readers expect it.
        return unicodedata.normalize("NFC", name)
