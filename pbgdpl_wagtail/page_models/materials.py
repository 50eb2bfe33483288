"""Group 2 of letter 5015 — tài liệu PBGDPL: leaflets, outlines, legal situations, Q&A books…"""

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..api.fields import CodeNameField, CodeNameListField
from ..blocks import ContentStreamBlock
from ..fields import IndexedParentalManyToManyField
from ..renditions import with_image_renditions
from ..snippets.choices import content_language_choices
from ..snippets.legal_documents import LegalDocument
from ..visibility import public
from .base import PAGE_TRANSLATABLE_FIELDS, PbgdplPage
from .listing import (
    ListingFilterForm,
    distinct_dates,
    language_field,
    matching_pks,
    paginate,
    per_page_field,
    query_without_page,
    year_field,
)


class MaterialFilterForm(ListingFilterForm):
    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    material_type = forms.ModelChoiceField(label=_("Material type"), queryset=None, required=False)
    field = forms.ModelChoiceField(label=_("Legal field"), queryset=None, required=False)
    target_group = forms.ModelChoiceField(label=_("Target group"), queryset=None, required=False)
    language = language_field()
    year = year_field()

    def __init__(self, *args, materials, **kwargs):
        super().__init__(*args, **kwargs)
        from ..snippets import LegalField, TargetGroup
        from ..snippets.materials import MaterialType

        ids = materials.values("pk")
        self.fields["material_type"].queryset = MaterialType.objects.filter(
            pk__in=materials.values("material_type")
        )
        self.fields["field"].queryset = LegalField.objects.filter(
            pk__in=MaterialPage.legal_fields.through.objects.filter(materialpage__in=ids).values(
                "legalfield"
            )
        )
        self.fields["target_group"].queryset = TargetGroup.objects.filter(
            pk__in=MaterialPage.target_groups.through.objects.filter(materialpage__in=ids).values(
                "targetgroup"
            )
        )
        self.set_language_choices(
            "language", materials.order_by().values_list("language", flat=True).distinct()
        )
        self.set_year_choices("year", distinct_dates(materials, "published_date"))


class MaterialIndexPage(PbgdplPage):
    """Tài liệu phổ biến, giáo dục pháp luật: the live materials below, with filters."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    per_page = per_page_field(_("materials per page"))

    content_panels = PbgdplPage.content_panels + [FieldPanel("intro"), FieldPanel("per_page")]
    api_fields = [
        "intro",
    ]
    search_fields = PbgdplPage.search_fields + [index.SearchField("intro")]
    subpage_types = ["pbgdpl.MaterialPage"]
    template = "pbgdpl_wagtail/pages/material_index_page.html"

    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("intro"),
        SynchronizedField("per_page"),
    ]

    class Meta:
        verbose_name = _("material listing")
        verbose_name_plural = _("material listings")

    def materials(self):
        return public(MaterialPage.objects.child_of(self).live())

    def filtered_materials(self, data):
        materials = self.materials()
        form = MaterialFilterForm(data, materials=materials)
        if not form.is_valid():
            return form, materials.none()
        values = form.cleaned_data
        if values["material_type"]:
            materials = materials.filter(material_type=values["material_type"])
        if values["field"]:
            materials = materials.filter(legal_fields=values["field"])
        if values["target_group"]:
            materials = materials.filter(target_groups=values["target_group"])
        if values["language"]:
            materials = materials.filter(language=values["language"])
        if values["year"]:
            materials = materials.filter(published_date__year=values["year"])
        if values["q"]:
            materials = materials.filter(pk__in=matching_pks(self.materials(), values["q"]))
        return form, materials.order_by("-published_date", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form, materials = self.filtered_materials(request.GET)
        materials = with_image_renditions(materials.select_related("material_type"), "image")
        context.update(
            filter_form=form,
            materials=paginate(request, materials, self.per_page),
            filter_query=query_without_page(request),
        )
        return context


class MaterialPage(PbgdplPage):
    """One material: what it is, whom it is for, the new documents it introduces, its files."""

    material_type = models.ForeignKey(
        "pbgdpl.MaterialType",
        verbose_name=_("material type"),
        null=True,
        on_delete=models.PROTECT,
        related_name="materials",
    )
    published_date = models.DateField(
        _("date of publication"),
        default=timezone.localdate,
        help_text=_("When the material was issued; the listing is ordered by it."),
    )
    summary = models.TextField(
        _("summary"),
        max_length=500,
        help_text=_("One or two sentences shown under the title and in listings."),
    )
    introduces = IndexedParentalManyToManyField(
        "pbgdpl.LegalDocument",
        verbose_name=_("legal documents introduced"),
        blank=True,
        related_name="introducing_materials",
        help_text=_("The new legal documents this material presents to readers."),
    )
    legal_fields = ParentalManyToManyField(
        "pbgdpl.LegalField", verbose_name=_("legal fields"), blank=True, related_name="+"
    )
    target_groups = ParentalManyToManyField(
        "pbgdpl.TargetGroup", verbose_name=_("target groups"), blank=True, related_name="+"
    )
    language = models.CharField(
        _("language"),
        max_length=20,
        choices=content_language_choices,
        default="vi",
        help_text=_("The language the material is written in."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown in listings, e.g. the cover of a leaflet."),
    )
    body = StreamField(ContentStreamBlock(), verbose_name=_("content"), blank=True)

    content_panels = PbgdplPage.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("material_type"),
                        FieldPanel("published_date"),
                        FieldPanel("language"),
                    ]
                ),
                FieldPanel("legal_fields"),
                FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Classification"),
        ),
        FieldPanel("introduces"),
        FieldPanel("image"),
        FieldPanel("body"),
        InlinePanel("files", heading=_("Files"), label=_("File")),
    ]
    api_fields = [
        APIField("material_type", serializer=CodeNameField()),
        "published_date",
        "summary",
        APIField("legal_fields", serializer=CodeNameListField()),
        APIField("target_groups", serializer=CodeNameListField()),
        "language",
        APIField("image", serializer=ImageRenditionField("fill-800x450")),
        "body",
    ]
    search_fields = PbgdplPage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("language"),
        index.FilterField("published_date"),
    ]
    parent_page_types = ["pbgdpl.MaterialIndexPage"]
    subpage_types = []
    template = "pbgdpl_wagtail/pages/material_page.html"

    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("material_type"),
        SynchronizedField("published_date"),
        TranslatableField("summary"),
        SynchronizedField("language", overridable=True),
        SynchronizedField("image"),
        TranslatableField("body"),
        SynchronizedField("introduces"),
        SynchronizedField("legal_fields"),
        SynchronizedField("target_groups"),
        SynchronizedField("files"),
    ]

    class Meta:
        verbose_name = _("legal dissemination material")
        verbose_name_plural = _("legal dissemination materials")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            introduced_documents=LegalDocument.objects.filter(live=True)
            .among(self.introduces)
            .with_validity(),
            files=self.files.select_related("document"),
            legal_field_list=self.legal_fields.all(),
            target_group_list=self.target_groups.all(),
        )
        return context


class MaterialFile(Orderable):
    page = ParentalKey(MaterialPage, on_delete=models.CASCADE, related_name="files")
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("file"), on_delete=models.PROTECT, related_name="+"
    )
    label = models.CharField(
        _("label"), max_length=255, blank=True, help_text=_("e.g. Bản in, Bản tiếng Tày.")
    )

    panels = [FieldPanel("document"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("file")
        verbose_name_plural = _("files")
