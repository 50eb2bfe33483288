"""Shared taxonomies: legal fields, administrative units, target groups, agencies, doc types."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..search.indexing import FoldedIndexed
from .choices import LAST_DAY_OF_DISTRICT_LEVEL, AdministrativeLevel, DocumentKind, Level
from .validity import LegalBasisFields, ReferenceEntry


class LegalField(ReferenceEntry):
    """A lĩnh vực: a chủ đề of the Bộ pháp điển, or one of its đề mục (``parent`` set)."""

    code = models.CharField(
        _("code"),
        max_length=20,
        help_text=_("Bộ pháp điển code: the chủ đề number (44) or the đề mục number (44.8)."),
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent field"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    description = models.TextField(_("description"), blank=True)

    search_fields = ReferenceEntry.search_fields + [index.FilterField("parent")]
    # A translated đề mục sits under the translation of its chủ đề.
    translatable_fields = ReferenceEntry.translatable_fields + [
        TranslatableField("parent"),
        TranslatableField("description"),
    ]

    class Meta(ReferenceEntry.Meta):
        verbose_name = _("legal field")
        verbose_name_plural = _("legal fields")

    def __str__(self):
        return f"{self.code}. {self.name}" if self.code else self.name

    def with_subfields(self):
        """This field and its đề mục: choosing a chủ đề also finds what is filed under them."""
        return LegalField.objects.filter(models.Q(pk=self.pk) | models.Q(parent=self.pk))

    def clean(self):
        super().clean()
        # Walk up from the chosen parent; meeting this field again means a cycle.
        ancestor, seen = self.parent, {self.pk}
        while ancestor is not None:
            if ancestor.pk in seen:
                raise ValidationError({"parent": _("A field cannot be placed under itself.")})
            seen.add(ancestor.pk)
            ancestor = ancestor.parent


class AdministrativeUnit(LegalBasisFields, FoldedIndexed):
    """A province, a commune, or (for records before 01/07/2025) a district."""

    name = models.CharField(_("name"), max_length=255)
    unit_type = models.CharField(
        _("unit type"),
        max_length=50,
        blank=True,
        help_text=_("As named officially: tỉnh, thành phố, xã, phường, đặc khu…"),
    )
    level = models.CharField(_("level"), max_length=10, choices=AdministrativeLevel.choices)
    code = models.CharField(
        _("official code"),
        max_length=10,
        unique=True,
        help_text=_("The code in the list of Vietnamese administrative units."),
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("code"),
        index.FilterField("level"),
        index.FilterField("parent"),
    ]

    class Meta:
        verbose_name = _("administrative unit")
        verbose_name_plural = _("administrative units")
        ordering = ["level", "name"]

    def __str__(self):
        label = f"{self.unit_type} {self.name}".strip() if self.unit_type else self.name
        if self.level == AdministrativeLevel.DISTRICT:
            return _("%(unit)s (before 01/07/2025)") % {"unit": label}
        return label

    def clean(self):
        super().clean()
        errors = {}
        allowed_parents = {
            AdministrativeLevel.PROVINCE: set(),
            AdministrativeLevel.DISTRICT: {AdministrativeLevel.PROVINCE},
            AdministrativeLevel.COMMUNE: {
                AdministrativeLevel.PROVINCE,
                AdministrativeLevel.DISTRICT,
            },
        }.get(self.level, set())
        if self.parent is None and self.level != AdministrativeLevel.PROVINCE and self.level:
            errors["parent"] = _("A district or commune must belong to a parent unit.")
        elif self.parent is not None and self.parent.level not in allowed_parents:
            errors["parent"] = _("A %(level)s cannot belong to a %(parent)s.") % {
                "level": self.get_level_display().lower(),
                "parent": self.parent.get_level_display().lower(),
            }
        if self.level == AdministrativeLevel.DISTRICT and (
            self.effective_to is None or self.effective_to > LAST_DAY_OF_DISTRICT_LEVEL
        ):
            errors["effective_to"] = _(
                "The district level was abolished from 01/07/2025: a district unit applies "
                "until 30/06/2025 at the latest."
            )
        if errors:
            raise ValidationError(errors)


class TargetGroup(ReferenceEntry):
    """A group of people the law names for legal dissemination (Luật PBGDPL Đ.17–24 and others)."""

    description = models.TextField(_("description"), blank=True)

    translatable_fields = ReferenceEntry.translatable_fields + [TranslatableField("description")]

    class Meta(ReferenceEntry.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")


class Agency(FoldedIndexed, models.Model):
    """A body that issues documents or runs PBGDPL work (Bộ Tư pháp, UBND tỉnh, Sở Tư pháp…)."""

    name = models.CharField(_("name"), max_length=255)
    abbreviation = models.CharField(
        _("abbreviation"),
        max_length=30,
        blank=True,
        help_text=_("As used in document numbers, e.g. BTP, TTg, UBND."),
    )
    level = models.CharField(_("level"), max_length=10, choices=Level.choices)
    administrative_unit = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("administrative unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="agencies",
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent agency"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
    )
    address = models.CharField(_("address"), max_length=255, blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("email"), blank=True)
    website = models.URLField(_("website"), blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("abbreviation"),
        index.FilterField("level"),
        index.FilterField("is_active"),
    ]

    class Meta:
        verbose_name = _("agency")
        verbose_name_plural = _("agencies")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.parent_id and self.parent_id == self.pk:
            raise ValidationError({"parent": _("An agency cannot be its own parent.")})
        if (
            self.level == Level.DISTRICT
            and self.administrative_unit_id
            and self.administrative_unit.level != AdministrativeLevel.DISTRICT
        ):
            raise ValidationError(
                {"administrative_unit": _("A district agency belongs to a district unit.")}
            )


class DocumentType(ReferenceEntry):
    """A document type: a VBQPPL form (Luật 64/2025) or a văn bản hành chính (NĐ 30/2020)."""

    abbreviation = models.CharField(
        _("abbreviation"),
        max_length=20,
        blank=True,
        help_text=_("As written in the document number, e.g. QĐ, NĐ, TT, KH."),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=DocumentKind.choices)

    search_fields = ReferenceEntry.search_fields + [
        index.SearchField("abbreviation"),
        index.FilterField("kind"),
    ]
    translatable_fields = ReferenceEntry.translatable_fields + [
        SynchronizedField("abbreviation", overridable=True),
        SynchronizedField("kind"),
    ]

    class Meta(ReferenceEntry.Meta):
        verbose_name = _("document type")
        verbose_name_plural = _("document types")
        ordering = ["kind", "sort_order", "name"]

    def __str__(self):
        return f"{self.name} ({self.abbreviation})" if self.abbreviation else self.name
