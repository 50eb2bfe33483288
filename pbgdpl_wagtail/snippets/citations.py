"""The legal basis of an answer: a document and the articles cited, one row per document."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable


class Citation(Orderable):
    """Abstract: a subclass adds its ``ParentalKey`` and the ``document`` foreign key (with its
    own related name, which the validity watch and the document's usage read)."""

    articles = models.CharField(
        _("articles cited"), max_length=255, blank=True, help_text=_("e.g. Điều 35, khoản 2.")
    )

    panels = [FieldPanel("document"), FieldPanel("articles")]

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = _("document cited")
        verbose_name_plural = _("documents cited")

    def __str__(self):
        return f"{self.document} {self.articles}".strip()
