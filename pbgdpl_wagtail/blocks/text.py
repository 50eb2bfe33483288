"""Text blocks: heading, rich text, callout, accordion / FAQ."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .preview import PREVIEW_TEMPLATE

INLINE_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]
BODY_FEATURES = ["h2", "h3", "h4", "bold", "italic", "link", "document-link", "ol", "ul", "hr"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=255)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Level 2")), ("h3", _("Level 3")), ("h4", _("Level 4"))],
        default="h2",
        help_text=_("Level 2 for sections of the page, 3 and 4 for parts within them."),
    )
    anchor = blocks.RegexBlock(
        label=_("Anchor"),
        regex=r"^[a-z0-9][a-z0-9-]*$",
        required=False,
        max_length=80,
        error_messages={"invalid": _("Use lower-case letters without accents, digits and -.")},
        help_text=_("Optional: lets a link point at this heading (#anchor)."),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "pbgdpl_wagtail/blocks/heading.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {"text": "Hòa giải ở cơ sở", "level": "h2", "anchor": "hoa-giai"}
        description = _("A section heading at level 2, 3 or 4.")


def rich_text_block(**kwargs):
    """The package's body text block; a function so each stream gets its own instance."""
    options = {
        "features": BODY_FEATURES,
        "label": _("Text"),
        "template": "pbgdpl_wagtail/blocks/rich_text.html",
        "preview_template": PREVIEW_TEMPLATE,
        "preview_value": (
            "<p>Luật Hòa giải ở cơ sở số 35/2013/QH13 quy định về hòa giải ở cơ sở; "
            "hòa giải viên, tổ hòa giải; hoạt động hòa giải ở cơ sở.</p>"
        ),
        "description": _("Paragraphs, lists and links."),
    }
    options.update(kwargs)
    return blocks.RichTextBlock(**options)


class CalloutBlock(blocks.StructBlock):
    tone = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[
            ("note", _("Note")),
            ("important", _("Important")),
            ("warning", _("Warning")),
            ("success", _("Good to know")),
        ],
        default="note",
    )
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=255)
    body = blocks.RichTextBlock(label=_("Text"), features=INLINE_FEATURES)

    class Meta:
        icon = "info-circle"
        label = _("Callout")
        template = "pbgdpl_wagtail/blocks/callout.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {
            "tone": "important",
            "title": "Thời hạn tiếp nhận hồ sơ",
            "body": "<p>Hồ sơ đề nghị công nhận xã đạt chuẩn tiếp cận pháp luật gửi trước "
            "ngày 10 tháng 01 năm sau.</p>",
        }
        description = _("A highlighted note, warning or piece of advice.")


class AccordionItemBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading or question"), max_length=255)
    body = blocks.RichTextBlock(label=_("Content or answer"), features=INLINE_FEATURES)

    class Meta:
        icon = "list-ul"
        label = _("Item")


class AccordionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=255)
    is_faq = blocks.BooleanBlock(
        label=_("Questions and answers"),
        required=False,
        help_text=_("Marks the items as frequently asked questions for search engines."),
    )
    items = blocks.ListBlock(AccordionItemBlock(), label=_("Items"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Accordion / FAQ")
        template = "pbgdpl_wagtail/blocks/accordion.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {
            "title": "Câu hỏi thường gặp",
            "is_faq": True,
            "items": [
                {
                    "heading": "Ai có thể làm hòa giải viên?",
                    "body": "<p>Công dân Việt Nam thường trú tại cơ sở, tự nguyện tham gia "
                    "hoạt động hòa giải và đáp ứng tiêu chuẩn tại Điều 7 Luật Hòa giải ở "
                    "cơ sở.</p>",
                },
                {
                    "heading": "Hòa giải viên được bầu như thế nào?",
                    "body": "<p>Tại cuộc họp đại diện hộ gia đình ở thôn, tổ dân phố; người "
                    "được trên 50% đại diện hộ gia đình đồng ý được đề nghị công nhận "
                    "(Điều 8 Luật Hòa giải ở cơ sở).</p>",
                },
            ],
        }
        description = _("Items that open one at a time; works without JavaScript.")
