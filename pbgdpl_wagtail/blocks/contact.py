"""A contact card for a unit or a person."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .preview import PREVIEW_TEMPLATE


class ContactCardBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Unit or person"), max_length=255)
    position = blocks.CharBlock(label=_("Position"), required=False, max_length=255)
    address = blocks.CharBlock(label=_("Address"), required=False, max_length=255)
    phone = blocks.CharBlock(label=_("Phone"), required=False, max_length=50)
    email = blocks.EmailBlock(label=_("Email"), required=False)
    hours = blocks.CharBlock(label=_("Opening hours"), required=False, max_length=255)
    map_url = blocks.URLBlock(label=_("Map address"), required=False)

    class Meta:
        icon = "user"
        label = _("Contact card")
        template = "pbgdpl_wagtail/blocks/contact_card.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {
            "name": "Phòng Phổ biến, giáo dục pháp luật",
            "position": "Sở Tư pháp",
            "address": "Số 1 đường Trần Hưng Đạo",
            "phone": "0200 3 812 345",
            "email": "pbgdpl@example.gov.vn",
            "hours": "Thứ Hai – Thứ Sáu, 7:30–17:00",
            "map_url": "",
        }
        description = _("Address, phone, email and opening hours.")
