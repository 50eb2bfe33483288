"""Link cards and app links: the "chuyên mục, ứng dụng, phần mềm, liên kết website" of 5015."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock

from .preview import PREVIEW_TEMPLATE


class LinkTargetBlock(blocks.StructBlock):
    """Exactly one of an internal page or an external address."""

    page = blocks.PageChooserBlock(label=_("Page on this site"), required=False)
    url = blocks.URLBlock(label=_("External address"), required=False)

    class Meta:
        icon = "link"
        label = _("Link")
        form_classname = "pbgdpl-link-target"

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = ValidationError(_("Choose a page or enter an address, not both."))
            if not value.get("page") and not value.get("url"):
                message = ValidationError(_("Choose a page or enter an address."))
            raise blocks.StructBlockValidationError(block_errors={"url": message})
        return value


class LinkCardBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=255)
    description = blocks.TextBlock(label=_("Description"), required=False, max_length=300)
    link = LinkTargetBlock(label=_("Link"))
    image = ImageBlock(label=_("Image"), required=False)

    class Meta:
        icon = "link"
        label = _("Card")


class LinkCardsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=255)
    cards = blocks.ListBlock(LinkCardBlock(), label=_("Cards"), min_num=1)

    class Meta:
        icon = "link"
        label = _("Link cards")
        template = "pbgdpl_wagtail/blocks/link_cards.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {
            "title": "Liên kết hữu ích",
            "cards": [
                {
                    "title": "Cơ sở dữ liệu quốc gia về pháp luật",
                    "description": "Tra cứu văn bản quy phạm pháp luật còn hiệu lực.",
                    "link": {"page": None, "url": "https://vbpl.vn/"},
                },
                {
                    "title": "Cổng thông tin điện tử Bộ Tư pháp",
                    "description": "Tin tức, văn bản chỉ đạo của Bộ Tư pháp.",
                    "link": {"page": None, "url": "https://moj.gov.vn/"},
                },
            ],
        }
        description = _("Cards linking to pages, sections or other websites.")


class AppLinkBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=255)
    description = blocks.TextBlock(label=_("Description"), required=False, max_length=300)
    icon = ImageBlock(label=_("Icon"), required=False)
    web_url = blocks.URLBlock(label=_("Web address"), required=False)
    android_url = blocks.URLBlock(label=_("Google Play address"), required=False)
    ios_url = blocks.URLBlock(label=_("App Store address"), required=False)

    class Meta:
        icon = "mobile-alt"
        label = _("Application")

    def clean(self, value):
        value = super().clean(value)
        if not any(value.get(key) for key in ("web_url", "android_url", "ios_url")):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "web_url": ValidationError(
                        _("Give at least one address: web, Google Play or App Store.")
                    )
                }
            )
        return value


class AppLinksBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=255)
    apps = blocks.ListBlock(AppLinkBlock(), label=_("Applications"), min_num=1)

    class Meta:
        icon = "mobile-alt"
        label = _("Applications and software")
        template = "pbgdpl_wagtail/blocks/app_links.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {
            "title": "Ứng dụng, phần mềm trực tuyến",
            "apps": [
                {
                    "name": "Tủ sách pháp luật điện tử",
                    "description": "Sách, tài liệu pháp luật miễn phí.",
                    "icon": None,
                    "web_url": "https://example.gov.vn/tu-sach",
                    "android_url": "",
                    "ios_url": "",
                }
            ],
        }
        description = _("Online applications with links for the web, Android and iOS.")
