"""Reference data that changes with the law carries its legal basis and the dates it applies."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..search.indexing import FoldedIndexed


class InForceQuerySet(models.QuerySet):
    def in_force(self, on=None):
        """Rows whose validity period contains ``on`` (today by default)."""
        on = on or timezone.localdate()
        return self.filter(
            Q(effective_from__isnull=True) | Q(effective_from__lte=on),
            Q(effective_to__isnull=True) | Q(effective_to__gte=on),
        )


class LegalBasisFields(models.Model):
    legal_basis = models.CharField(
        _("legal basis"),
        max_length=255,
        blank=True,
        help_text=_(
            "The legal text this entry comes from, e.g. “Nghị định 30/2020/NĐ-CP, Điều 7”."
        ),
    )
    effective_from = models.DateField(_("applies from"), null=True, blank=True)
    effective_to = models.DateField(
        _("applies until"),
        null=True,
        blank=True,
        help_text=_("Leave empty while the entry is still in use."),
    )

    objects = InForceQuerySet.as_manager()

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.effective_from and self.effective_to and self.effective_to < self.effective_from:
            raise ValidationError(
                {"effective_to": _("The end date cannot be earlier than the start date.")}
            )

    def is_in_force(self, on: datetime.date | None = None) -> bool:
        on = on or timezone.localdate()
        if self.effective_from and on < self.effective_from:
            return False
        return not (self.effective_to and on > self.effective_to)


class ReferenceEntry(TranslatableMixin, LegalBasisFields, FoldedIndexed):
    """An entry of an official list: a code, a name, an order, its legal basis and dates.

    Codes are unique per locale, so a translated entry keeps the code of its original.
    """

    code = models.CharField(_("code"), max_length=100)
    name = models.CharField(_("name"), max_length=255)
    sort_order = models.PositiveIntegerField(_("order"), default=0)

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("code"),
        index.FilterField("locale"),
    ]
    # The code and the dates stay those of the original; a translator may word the legal basis
    # in the reader's language ("Decree 30/2020/NĐ-CP, Article 7").
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("code"),
        SynchronizedField("sort_order"),
        SynchronizedField("legal_basis", overridable=True),
        SynchronizedField("effective_from"),
        SynchronizedField("effective_to"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "code"]
        constraints = [
            models.UniqueConstraint(
                fields=["code", "locale"], name="%(app_label)s_%(class)s_code_locale"
            )
        ]

    def __str__(self):
        return self.name
