"""Group 1 of letter 5015 — giới thiệu: position and role, organisation chart, staff, contact."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..blocks.organisation import OrgUnitBlock
from ..blocks.text import BODY_FEATURES
from ..conf import pbgdpl_settings
from ..renditions import with_image_renditions
from .base import PAGE_TRANSLATABLE_FIELDS, PbgdplPage


class AboutPage(PbgdplPage):
    """Giới thiệu: who does legal dissemination in the province, and how to reach them."""

    intro = models.TextField(
        _("summary"),
        blank=True,
        max_length=500,
        help_text=_("One or two sentences shown under the title and on cards that link here."),
    )
    position_and_role = RichTextField(
        _("position and role"),
        blank=True,
        features=BODY_FEATURES,
        help_text=_("The unit's position, functions and tasks in legal dissemination."),
    )
    structure = StreamField(
        [("unit", OrgUnitBlock())],
        verbose_name=_("organisation chart"),
        blank=True,
        help_text=_("Each unit can hold units of its own, down to three levels."),
    )
    contact_address = models.CharField(_("address"), max_length=255, blank=True)
    contact_phone = models.CharField(_("phone"), max_length=50, blank=True)
    contact_email = models.EmailField(_("email"), blank=True)
    contact_hours = models.CharField(_("opening hours"), max_length=255, blank=True)

    content_panels = PbgdplPage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("position_and_role"),
        FieldPanel("structure"),
        InlinePanel("staff_links", heading=_("Staff"), label=_("Staff member")),
        MultiFieldPanel(
            [
                FieldPanel("contact_address"),
                FieldRowPanel([FieldPanel("contact_phone"), FieldPanel("contact_email")]),
                FieldPanel("contact_hours"),
            ],
            heading=_("Contact"),
            help_text=_("Left empty, the unit's contact details from the site settings are shown."),
        ),
    ]
    api_fields = [
        "intro",
        "position_and_role",
        "structure",
        "contact_address",
        "contact_phone",
        "contact_email",
        "contact_hours",
    ]
    search_fields = PbgdplPage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("position_and_role"),
        index.SearchField("structure"),
    ]
    parent_page_types = ["pbgdpl.PortalHomePage", "pbgdpl.SectionPage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "pbgdpl_wagtail/pages/about_page.html"

    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("intro"),
        TranslatableField("position_and_role"),
        TranslatableField("structure"),
        TranslatableField("contact_address"),
        SynchronizedField("contact_phone"),
        SynchronizedField("contact_email"),
        TranslatableField("contact_hours"),
        SynchronizedField("staff_links"),
    ]

    class Meta:
        verbose_name = _("about page")
        verbose_name_plural = _("about pages")

    @property
    def contact(self):
        """The page's contact details, or the unit's from ``PBGDPL`` when none is given."""
        own = {
            "address": self.contact_address,
            "phone": self.contact_phone,
            "email": self.contact_email,
            "hours": self.contact_hours,
        }
        if any(own.values()):
            return own
        values = pbgdpl_settings.as_dict()
        return {
            "address": values["UNIT_ADDRESS"],
            "phone": values["UNIT_PHONE"],
            "email": values["UNIT_EMAIL"],
            "hours": "",
        }

    def staff(self):
        """The chosen staff members in the editor's order, photos and renditions prefetched."""
        links = with_image_renditions(
            self.staff_links.select_related("staff_member__agency"),
            "staff_member__photo",
            # Links added in code may share a sort order; the database then picks any order.
        ).order_by("sort_order", "pk")
        return [link.staff_member for link in links]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["staff"] = self.staff()
        return context


class AboutPageStaffMember(Orderable):
    page = ParentalKey(AboutPage, on_delete=models.CASCADE, related_name="staff_links")
    staff_member = models.ForeignKey(
        "pbgdpl.StaffMember",
        verbose_name=_("staff member"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("staff_member")]

    class Meta(Orderable.Meta):
        verbose_name = _("staff member shown")
        verbose_name_plural = _("staff members shown")
