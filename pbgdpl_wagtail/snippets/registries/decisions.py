"""The decision reference every registry shares (domain: one ``DecisionRef`` for all).

A quyết định công nhận, miễn nhiệm, cho thôi, thành lập or kiện toàn is usually one document
naming many people, so it is one record that the registries point at, not fields copied onto
every person.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.search import index

from ...search.indexing import FoldedIndexed

# (model label, decision field, date field): the dates the registries copy from decisions.
DATE_COPIES = (
    ("pbgdpl.LegalReporter", "recognition_decision", "recognised_on"),
    ("pbgdpl.LegalReporter", "dismissal_decision", "dismissed_on"),
    ("pbgdpl.LegalPropagandist", "recognition_decision", "recognised_on"),
    ("pbgdpl.LegalPropagandist", "release_decision", "released_on"),
)


class Decision(FoldedIndexed, models.Model):
    number = models.CharField(
        _("number and symbol"),
        max_length=100,
        help_text=_("As printed on the decision, e.g. 125/QĐ-UBND."),
    )
    signed_date = models.DateField(_("date signed"))
    issuing_agency = models.ForeignKey(
        "pbgdpl.Agency",
        verbose_name=_("issuing agency"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    signer = models.CharField(
        _("signed by"),
        max_length=255,
        blank=True,
        help_text=_("Title and name of the signer, e.g. Chủ tịch UBND xã Nguyễn Văn A."),
    )
    summary = models.CharField(_("summary"), max_length=500, blank=True)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    search_fields = [
        index.SearchField("number"),
        index.AutocompleteField("number"),
        index.SearchField("summary"),
        index.SearchField("signer"),
        index.FilterField("signed_date"),
    ]

    panels = [
        FieldRowPanel([FieldPanel("number"), FieldPanel("signed_date")]),
        FieldRowPanel([FieldPanel("issuing_agency"), FieldPanel("signer")]),
        FieldPanel("summary"),
        FieldPanel("document"),
    ]

    class Meta:
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")
        ordering = ["-signed_date", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["number", "signed_date"], name="pbgdpl_decision_number_date"
            )
        ]

    def __str__(self):
        return _("%(number)s of %(date)s") % {
            "number": self.number,
            "date": self.signed_date.strftime("%d/%m/%Y") if self.signed_date else "",
        }

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        from django.apps import apps

        # A corrected date reaches the records that copy it.
        for label, field, copy in DATE_COPIES:
            apps.get_model(label).objects.filter(**{field: self}).update(**{copy: self.signed_date})


def decision_field(verbose_name, *, required=False, help_text=""):
    """A link to a :class:`Decision`; protected, so a cited decision cannot be deleted."""
    return models.ForeignKey(
        Decision,
        verbose_name=verbose_name,
        null=not required,
        blank=not required,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=help_text,
    )


def decision_date(decision):
    return decision.signed_date if decision is not None else None
