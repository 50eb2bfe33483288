"""Legal documents (văn bản) as the national database describes them, and how they relate.

The metadata follows the "Thuộc tính" of the national legal database (vbpl.vn): số ký hiệu, loại,
cơ quan ban hành, người ký, ngày ban hành / hiệu lực / hết hiệu lực, công báo, phạm vi, trích yếu,
lĩnh vực, tình trạng hiệu lực. The site keeps a copy and a link, never a live dependency.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import DraftStateMixin, LockableMixin, Orderable, RevisionMixin
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from ..search.indexing import FoldedIndexed


class ValidityStatus(models.TextChoices):
    """Tình trạng hiệu lực, as the national legal database lists it."""

    IN_FORCE = "con_hieu_luc", _("In force")
    NOT_YET = "chua_co_hieu_luc", _("Not yet in force")
    PARTLY_EXPIRED = "het_hieu_luc_mot_phan", _("Partly expired")
    EXPIRED = "het_hieu_luc_toan_bo", _("Expired")
    SUSPENDED = "ngung_hieu_luc", _("Suspended")
    PARTLY_SUSPENDED = "ngung_hieu_luc_mot_phan", _("Partly suspended")
    NO_LONGER_APPLICABLE = "khong_con_phu_hop", _("No longer applicable")


# Statuses under which citing the document misleads a reader.
OUT_OF_FORCE = {
    ValidityStatus.EXPIRED,
    ValidityStatus.SUSPENDED,
    ValidityStatus.NO_LONGER_APPLICABLE,
}
PARTLY_OUT_OF_FORCE = {ValidityStatus.PARTLY_EXPIRED, ValidityStatus.PARTLY_SUSPENDED}


class RelationType(models.TextChoices):
    """How one document acts on another (the source's side of the relation)."""

    BASIS = "can_cu", _("is issued on the basis of")
    GUIDES = "huong_dan", _("guides")
    DETAILS = "quy_dinh_chi_tiet", _("details")
    CONSOLIDATES = "hop_nhat", _("consolidates")
    AMENDS = "sua_doi_bo_sung", _("amends and supplements")
    CORRECTS = "dinh_chinh", _("corrects")
    REPLACES = "thay_the", _("replaces")
    REPEALS = "bai_bo", _("repeals")
    REFERS = "dan_chieu", _("refers to")
    INTERPRETS = "giai_thich", _("interprets")
    SUSPENDS_EXECUTION = "dinh_chi_thi_hanh", _("suspends the execution of")
    SUSPENDS = "ngung_hieu_luc", _("suspends")
    PUBLISHES = "cong_bo", _("announces")
    RELATED = "lien_quan", _("is related to")


# The same relation read from the target's side.
INVERSE_LABELS = {
    RelationType.BASIS: _("is the basis of"),
    RelationType.GUIDES: _("is guided by"),
    RelationType.DETAILS: _("is detailed by"),
    RelationType.CONSOLIDATES: _("is consolidated by"),
    RelationType.AMENDS: _("is amended and supplemented by"),
    RelationType.CORRECTS: _("is corrected by"),
    RelationType.REPLACES: _("is replaced by"),
    RelationType.REPEALS: _("is repealed by"),
    RelationType.REFERS: _("is referred to by"),
    RelationType.INTERPRETS: _("is interpreted by"),
    RelationType.SUSPENDS_EXECUTION: _("has its execution suspended by"),
    RelationType.SUSPENDS: _("is suspended by"),
    RelationType.PUBLISHES: _("is announced by"),
    RelationType.RELATED: _("is related to"),
}

# Relations that take the target out of force once the source is in force.
ENDING_RELATIONS = {RelationType.REPLACES, RelationType.REPEALS, RelationType.SUSPENDS}


def ending_relations_prefetch(document="", to_attr="ending_relations"):
    """What ``LegalDocument.ended_by`` reads, prefetched; ``document`` is the path to the
    documents from the queryset's model ("document" for citations)."""
    ending = LegalDocumentRelation.objects.filter(
        relation_type__in=ENDING_RELATIONS
    ).select_related("source")
    lookup = f"{document}__incoming_relations" if document else "incoming_relations"
    return models.Prefetch(lookup, queryset=ending, to_attr=to_attr)


class LegalDocumentQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def with_validity(self):
        """Everything a listing shows, validity badge included, in a fixed number of queries."""
        return self.select_related("doc_type", "issuer").prefetch_related(
            ending_relations_prefetch()
        )

    def among(self, relation):
        """The documents of a many-to-many ``relation``, read from its current value (so the
        preview of a draft shows what the draft cites)."""
        return self.filter(pk__in=[document.pk for document in relation.all()])

    def out_of_force(self, on=None):
        """Documents whose status, expiry date or a live replacing document ends them."""
        on = on or timezone.localdate()
        ended = LegalDocumentRelation.objects.filter(
            relation_type__in=ENDING_RELATIONS, source__live=True
        ).values("target")
        return self.filter(
            models.Q(status__in=OUT_OF_FORCE)
            | models.Q(expiry_date__lte=on)
            | models.Q(pk__in=ended)
        )


class LegalDocument(LockableMixin, DraftStateMixin, RevisionMixin, FoldedIndexed, ClusterableModel):
    number = models.CharField(
        _("number and symbol"),
        max_length=100,
        help_text=_("Số ký hiệu as printed, e.g. 14/2012/QH13 or 25/2021/QĐ-TTg."),
    )
    doc_type = models.ForeignKey(
        "pbgdpl.DocumentType",
        verbose_name=_("document type"),
        on_delete=models.PROTECT,
        related_name="legal_documents",
    )
    issuer = models.ForeignKey(
        "pbgdpl.Agency",
        verbose_name=_("issuing agency"),
        on_delete=models.PROTECT,
        related_name="issued_documents",
    )
    signer_title = models.CharField(_("signer's title"), max_length=255, blank=True)
    signer_name = models.CharField(_("signer"), max_length=255, blank=True)
    issued_date = models.DateField(_("date of issue"))
    effective_date = models.DateField(_("date of effect"), null=True, blank=True)
    expiry_date = models.DateField(_("date of expiry"), null=True, blank=True)
    gazette_number = models.CharField(_("official gazette number"), max_length=100, blank=True)
    gazette_date = models.DateField(_("official gazette date"), null=True, blank=True)
    scope = models.CharField(
        _("scope"), max_length=255, blank=True, help_text=_("e.g. Toàn quốc, tỉnh An Thịnh.")
    )
    abstract = models.TextField(
        _("abstract"), help_text=_("Trích yếu: what the document is about.")
    )
    fields = ParentalManyToManyField(
        "pbgdpl.LegalField", verbose_name=_("legal fields"), blank=True, related_name="+"
    )
    status = models.CharField(
        _("validity status"),
        max_length=30,
        choices=ValidityStatus.choices,
        default=ValidityStatus.IN_FORCE,
    )
    vbpl_url = models.URLField(
        _("address in the national legal database"), max_length=500, blank=True
    )
    vbpl_item_id = models.CharField(_("national database item id"), max_length=50, blank=True)

    objects = LegalDocumentQuerySet.as_manager()

    search_fields = [
        index.SearchField("number", boost=3),
        index.AutocompleteField("number"),
        index.SearchField("abstract"),
        index.AutocompleteField("abstract"),
        index.SearchField("signer_name"),
        index.RelatedFields("issuer", [index.SearchField("name")]),
        index.RelatedFields("doc_type", [index.SearchField("name")]),
        index.FilterField("doc_type"),
        index.FilterField("issuer"),
        index.FilterField("status"),
        index.FilterField("issued_date"),
        index.FilterField("live"),
    ]

    panels = [
        FieldRowPanel([FieldPanel("number"), FieldPanel("doc_type")]),
        FieldPanel("abstract"),
        MultiFieldPanel(
            [
                FieldPanel("issuer"),
                FieldRowPanel([FieldPanel("signer_title"), FieldPanel("signer_name")]),
            ],
            heading=_("Issued by"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("issued_date"),
                        FieldPanel("effective_date"),
                        FieldPanel("expiry_date"),
                    ]
                ),
                FieldPanel("status"),
            ],
            heading=_("Dates and validity"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("gazette_number"), FieldPanel("gazette_date")]),
                FieldPanel("scope"),
                FieldPanel("fields"),
                FieldRowPanel([FieldPanel("vbpl_url"), FieldPanel("vbpl_item_id")]),
            ],
            heading=_("Publication and classification"),
        ),
        InlinePanel("files", heading=_("Files"), label=_("File")),
        InlinePanel("relations", heading=_("Relations to other documents"), label=_("Relation")),
    ]

    class Meta:
        verbose_name = _("legal document")
        verbose_name_plural = _("legal documents")
        ordering = ["-issued_date", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["number", "issuer"],
                name="pbgdpl_legaldocument_number_issuer",
                violation_error_message=_(
                    "This agency already has a document with this number and symbol."
                ),
            )
        ]
        indexes = [models.Index(fields=["status", "-issued_date"])]

    def __str__(self):
        return f"{self.doc_type.name} {self.number}" if self.doc_type_id else self.number

    @property
    def display_title(self):
        return f"{self} – {self.abstract}"

    def clean(self):
        super().clean()
        errors = {}
        if self.effective_date and self.issued_date and self.effective_date < self.issued_date:
            errors["effective_date"] = _("A document cannot take effect before it is issued.")
        if self.expiry_date:
            start = self.effective_date or self.issued_date
            if start and self.expiry_date <= start:
                errors["expiry_date"] = _("The expiry date must be after the date of effect.")
        if errors:
            raise ValidationError(errors)

    # Validity, for the badge and the warnings. ``ending_relations`` may be prefetched.
    def ended_by(self):
        """Live documents that replace, repeal or suspend this one."""
        relations = getattr(self, "ending_relations", None)
        if relations is None:
            relations = self.incoming_relations.filter(
                relation_type__in=ENDING_RELATIONS
            ).select_related("source")
        return [relation.source for relation in relations if relation.source.live]

    def is_out_of_force(self, on=None, ended_by=None):
        on = on or timezone.localdate()
        if self.status in OUT_OF_FORCE:
            return True
        if self.expiry_date and self.expiry_date <= on:
            return True
        return bool(self.ended_by() if ended_by is None else ended_by)

    def is_partly_out_of_force(self):
        return self.status in PARTLY_OUT_OF_FORCE

    def validity_label(self, on=None):
        """The status a reader should see: "in force" turns into "no longer in force" once the
        expiry date passes or a replacing document is published, before an editor updates it."""
        if self.status == ValidityStatus.IN_FORCE and self.is_out_of_force(on):
            return _("No longer in force")
        return self.get_status_display()


class LegalDocumentFile(Orderable):
    legal_document = ParentalKey(LegalDocument, on_delete=models.CASCADE, related_name="files")
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("file"), on_delete=models.PROTECT, related_name="+"
    )
    label = models.CharField(
        _("label"), max_length=255, blank=True, help_text=_("e.g. Toàn văn, Phụ lục I.")
    )

    panels = [FieldPanel("document"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("file")
        verbose_name_plural = _("files")


class LegalDocumentRelation(Orderable):
    """``source`` acts on ``target``: 25/2021/QĐ-TTg *replaces* 619/QĐ-TTg."""

    source = ParentalKey(LegalDocument, on_delete=models.CASCADE, related_name="relations")
    relation_type = models.CharField(_("relation"), max_length=30, choices=RelationType.choices)
    target = models.ForeignKey(
        LegalDocument,
        verbose_name=_("other document"),
        on_delete=models.CASCADE,
        related_name="incoming_relations",
    )
    note = models.CharField(
        _("note"), max_length=255, blank=True, help_text=_("e.g. the articles concerned.")
    )

    panels = [FieldPanel("relation_type"), FieldPanel("target"), FieldPanel("note")]

    class Meta(Orderable.Meta):
        verbose_name = _("relation")
        verbose_name_plural = _("relations")
        constraints = [
            models.UniqueConstraint(
                fields=["source", "relation_type", "target"],
                name="pbgdpl_legaldocumentrelation_unique",
            )
        ]

    def clean(self):
        super().clean()
        if self.source_id and self.target_id and self.source_id == self.target_id:
            raise ValidationError({"target": _("A document cannot relate to itself.")})

    @property
    def inverse_label(self):
        return INVERSE_LABELS[RelationType(self.relation_type)]
