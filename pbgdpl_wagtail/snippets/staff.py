"""The people who do legal dissemination work (đội ngũ làm công tác PBGDPL).

A staff member's phone and email are personal data: they are kept for the unit's own use and
shown on the public site only when ``contact_is_public`` is ticked.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from ..search.indexing import FoldedIndexed


class StaffMember(FoldedIndexed, models.Model):
    full_name = models.CharField(_("full name"), max_length=255)
    position = models.CharField(
        _("position"), max_length=255, blank=True, help_text=_("e.g. Trưởng phòng, Chuyên viên.")
    )
    unit = models.CharField(
        _("unit or department"),
        max_length=255,
        blank=True,
        help_text=_("e.g. Phòng Phổ biến, giáo dục pháp luật."),
    )
    agency = models.ForeignKey(
        "pbgdpl.Agency",
        verbose_name=_("agency"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="staff_members",
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("email"), blank=True)
    contact_is_public = models.BooleanField(
        _("show phone and email publicly"),
        default=False,
        help_text=_(
            "Only with the person's agreement: when unticked, the phone and email stay in the "
            "admin and never appear on the site."
        ),
    )
    sort_order = models.PositiveIntegerField(_("order"), default=0)

    search_fields = [
        index.SearchField("full_name", boost=2),
        index.AutocompleteField("full_name"),
        index.SearchField("position"),
        index.SearchField("unit"),
        index.FilterField("agency"),
        index.FilterField("contact_is_public"),
    ]

    panels = [
        FieldPanel("full_name"),
        FieldRowPanel([FieldPanel("position"), FieldPanel("unit")]),
        FieldPanel("agency"),
        FieldPanel("photo"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
                FieldPanel("contact_is_public"),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("sort_order"),
    ]

    class Meta:
        verbose_name = _("staff member")
        verbose_name_plural = _("staff members")
        ordering = ["sort_order", "full_name"]

    def __str__(self):
        return f"{self.full_name} – {self.position}" if self.position else self.full_name

    @property
    def public_phone(self):
        return self.phone if self.contact_is_public else ""

    @property
    def public_email(self):
        return self.email if self.contact_is_public else ""
