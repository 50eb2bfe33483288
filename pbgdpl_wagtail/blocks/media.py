"""Image, gallery and embed blocks. Images are served as responsive renditions."""

import contextlib

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock as WagtailEmbedBlock
from wagtail.embeds.embeds import get_embed
from wagtail.embeds.exceptions import EmbedException
from wagtail.images.blocks import ImageBlock

from .preview import PREVIEW_TEMPLATE, latest_image


def _figure_preview():
    image = latest_image()
    return {"image": image, "caption": "Hội nghị phổ biến pháp luật tại xã", "attribution": ""}


class FigureBlock(blocks.StructBlock):
    """An image with its alt text (required unless decorative), caption and credit."""

    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=500)
    attribution = blocks.CharBlock(label=_("Credit"), required=False, max_length=255)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "pbgdpl_wagtail/blocks/figure.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = staticmethod(_figure_preview)
        description = _("An image with alternative text, caption and credit.")


class GalleryImageBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=255)

    class Meta:
        icon = "image"
        label = _("Image")


def _gallery_preview():
    image = latest_image()
    item = {"image": image, "caption": "Tuyên truyền viên pháp luật tại thôn"}
    return {"title": "Hình ảnh hoạt động", "images": [item, item, item]}


class GalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=255)
    images = blocks.ListBlock(GalleryImageBlock(), label=_("Images"), min_num=2)

    class Meta:
        icon = "image"
        label = _("Gallery")
        template = "pbgdpl_wagtail/blocks/gallery.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = staticmethod(_gallery_preview)
        description = _("A grid of images with captions.")


class EmbedBlock(blocks.StructBlock):
    """A video or post from another site (oEmbed), with a title for screen readers."""

    url = WagtailEmbedBlock(
        label=_("Address"),
        help_text=_("The address of a YouTube video or another page that offers oEmbed."),
    )
    title = blocks.CharBlock(
        label=_("Title"),
        max_length=255,
        help_text=_("Describes the embedded content for people using screen readers."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=500)

    class Meta:
        icon = "media"
        label = _("Embedded media")
        template = "pbgdpl_wagtail/blocks/embed.html"
        preview_template = PREVIEW_TEMPLATE
        description = _("A video or other content from another site, by its address.")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        # The provider's name tells the reader where the content comes from before it loads.
        context["provider"] = ""
        if value.get("url"):
            with contextlib.suppress(EmbedException):
                context["provider"] = get_embed(value["url"].url).provider_name
        return context
