"""Blocks of the video and situation library, for any StreamField — the province's own too.

The choosers come from the library's ChooserViewSets (registered with the snippets). A block whose
record is a draft, unpublished or deleted renders nothing, so a page never shows what a reader
may not see.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from .preview import PREVIEW_TEMPLATE

VIDEO = "video"
SITUATION = "situation"


def _latest(model_name):
    def value():
        from django.apps import apps

        model = apps.get_model("pbgdpl", model_name)
        return model.objects.filter(live=True).order_by("-published_date").first()

    return value


class VideoBlock(blocks.StructBlock):
    video = SnippetChooserBlock("pbgdpl.Video", label=_("Video"))
    heading = blocks.CharBlock(
        label=_("Heading"), required=False, max_length=255, help_text=_("Shown above the video.")
    )
    show_transcript = blocks.BooleanBlock(
        label=_("Show the transcript"), required=False, default=True
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "pbgdpl_wagtail/blocks/video.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = staticmethod(
            lambda: {"video": _latest("Video")(), "heading": "", "show_transcript": True}
        )
        description = _("A video of the library with its captions and transcript.")

    def get_context(self, value, parent_context=None):
        from ..library.addresses import public_url_for

        context = super().get_context(value, parent_context=parent_context)
        video = value.get("video")
        video = video if video is not None and video.live else None
        context["video"] = video
        if video is not None:
            context["page_url"] = public_url_for(video, (parent_context or {}).get("request"))
        return context


class SituationBlock(blocks.StructBlock):
    situation = SnippetChooserBlock("pbgdpl.LegalSituation", label=_("Legal situation"))
    open_answer = blocks.BooleanBlock(
        label=_("Show the answer at once"),
        required=False,
        default=False,
        help_text=_("Otherwise readers open it themselves, after thinking about the question."),
    )

    class Meta:
        icon = "help"
        label = _("Legal situation")
        template = "pbgdpl_wagtail/blocks/situation.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = staticmethod(
            lambda: {"situation": _latest("LegalSituation")(), "open_answer": True}
        )
        description = _("A legal situation: the story, the question and the answer.")

    def get_context(self, value, parent_context=None):
        from ..library.addresses import public_url_for

        context = super().get_context(value, parent_context=parent_context)
        situation = value.get("situation")
        situation = situation if situation is not None and situation.live else None
        context["situation"] = situation
        if situation is not None:
            context["citations"] = situation.citations.filter(document__live=True).select_related(
                "document__doc_type"
            )
            context["page_url"] = public_url_for(situation, (parent_context or {}).get("request"))
        return context


def _video_kind_choices():
    from ..snippets.videos import VideoKind

    return VideoKind.choices


class LibraryFeedBlock(blocks.StructBlock):
    """The newest videos and situations by field, kind or target group, or hand-picked ones."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=255)
    items = blocks.StreamBlock(
        [
            (VIDEO, SnippetChooserBlock("pbgdpl.Video", label=_("Video"))),
            (SITUATION, SnippetChooserBlock("pbgdpl.LegalSituation", label=_("Legal situation"))),
        ],
        label=_("Hand-picked items"),
        required=False,
        help_text=_("Leave empty to show the newest items matching the choices below."),
    )
    item_type = blocks.ChoiceBlock(
        label=_("Show"),
        choices=[
            ("", _("Videos and situations")),
            (VIDEO, _("Videos")),
            (SITUATION, _("Legal situations")),
        ],
        required=False,
    )
    kind = blocks.ChoiceBlock(label=_("Kind of video"), choices=_video_kind_choices, required=False)
    field = SnippetChooserBlock("pbgdpl.LegalField", label=_("Legal field"), required=False)
    target_group = SnippetChooserBlock(
        "pbgdpl.TargetGroup", label=_("Target group"), required=False
    )
    count = blocks.IntegerBlock(label=_("Number of items"), default=4, min_value=1, max_value=20)

    class Meta:
        icon = "list-ul"
        label = _("Videos and situations")
        template = "pbgdpl_wagtail/blocks/library_feed.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {
            "title": "Video và tình huống pháp luật mới",
            "items": [],
            "item_type": "",
            "kind": "",
            "field": None,
            "target_group": None,
            "count": 4,
        }
        description = _("The newest videos and legal situations, or hand-picked ones.")

    def keys(self, value, locale_id):
        """``(date, type, id)`` of the items to show, newest first."""
        from ..library.addresses import newest_keys
        from ..snippets.situations import LegalSituation
        from ..snippets.videos import Video

        count = value.get("count") or 4
        if value.get("items"):
            keys = []
            for child in value["items"]:
                if child.value is not None:
                    keys.append((child.value.published_date, child.block_type, child.value.pk))
            return keys[:count]
        wanted = value.get("item_type") or ""
        if value.get("kind"):
            wanted = VIDEO if wanted != SITUATION else "none"
        querysets = {}
        for kind, model in ((VIDEO, Video), (SITUATION, LegalSituation)):
            if wanted not in ("", kind):
                continue
            items = model.objects.filter(live=True)
            if locale_id is not None:
                items = items.filter(locale_id=locale_id)
            if kind == VIDEO and value.get("kind"):
                items = items.filter(kind=value["kind"])
            if value.get("field") is not None:
                items = items.filter(legal_fields__in=value["field"].with_subfields())
            if value.get("target_group") is not None:
                items = items.filter(target_groups=value["target_group"])
            querysets[kind] = items
        return newest_keys(querysets, count)

    def get_context(self, value, parent_context=None):
        from wagtail.models import Locale

        from ..library.addresses import load_items

        context = super().get_context(value, parent_context=parent_context)
        page = (parent_context or {}).get("page")
        locale_id = getattr(page, "locale_id", None) or Locale.get_active().pk
        context["items"] = load_items(
            self.keys(value, locale_id), (parent_context or {}).get("request")
        )
        return context
