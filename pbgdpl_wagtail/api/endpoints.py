"""The endpoints of the public API: the package's pages and its public records.

Each record endpoint starts from what the public site shows: live records only, published
answers only, never the asker of a question. Its fields are listed here, not on the models, so
that nothing becomes public by being added to a model.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Prefetch, Q
from rest_framework import serializers
from wagtail.api import APIField
from wagtail.api.v2.filters import FieldsFilter, LocaleFilter, OrderingFilter, SearchFilter
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.images.api.fields import ImageRenditionField

from ..page_models import PbgdplPage
from ..renditions import with_image_renditions
from ..snippets import DocumentType
from ..snippets.books import Book, BookType
from ..snippets.legal_documents import LegalDocument, LegalDocumentRelation
from ..snippets.questions import Question
from ..snippets.situations import LegalSituation
from ..snippets.videos import Video, VideoKind
from .base import CheckedFieldsFilter, PbgdplAPIMixin, PbgdplFilter, legal_field_lookup
from .fields import (
    AgencyField,
    CaptionsField,
    CitationsField,
    CodeNameField,
    CodeNameListField,
    DocumentFileField,
    DurationSecondsField,
    LegalDocumentFilesField,
    LiveDocumentField,
    LiveDocumentListField,
    LiveVideoField,
    PlainTextField,
    RelationsField,
    TagListField,
)

LOCALE = APIField("locale", serializer=serializers.CharField(source="locale.language_code"))
POSTER_SPEC = "fill-640x360"
COVER_SPEC = "max-400x600"


def package_page_models():
    from django.apps import apps

    return [
        model
        for model in apps.get_app_config("pbgdpl").get_models()
        if issubclass(model, PbgdplPage)
    ]


def live_documents(name):
    return Prefetch(name, queryset=LegalDocument.objects.select_related("doc_type"))


class PagesEndpoint(PbgdplAPIMixin, PagesAPIViewSet):
    """The package's page types (other pages of the site stay out of this API)."""

    filter_backends = [
        CheckedFieldsFilter,
        PbgdplFilter,
        *[
            backend
            for backend in PagesAPIViewSet.filter_backends
            if backend not in (FieldsFilter, LocaleFilter)
        ],
    ]
    # ``locale`` is Wagtail's own filter on pages, answered here with a 400 for an unknown code.
    filter_locale = True
    filter_paths = {
        "legal_field": "legal_fields",
        "year": "first_published_at",
        "updated_since": "last_published_at",
    }

    def get_base_queryset(self):
        types = ContentType.objects.get_for_models(*package_page_models()).values()
        return super().get_base_queryset().filter(content_type__in=types)

    def get_queryset(self):
        # Every listed page shows its locale: one join, not one query per page.
        return super().get_queryset().select_related("locale")

    def filter_by_legal_field(self, queryset, code):
        matching = Q(pk__in=[])
        for model in package_page_models():
            if any(field.name == "legal_fields" for field in model._meta.get_fields()):
                pages = model.objects.filter(legal_field_lookup("legal_fields", code))
                matching |= Q(pk__in=pages.values("pk"))
        return queryset.filter(matching)


class RecordEndpoint(PbgdplAPIMixin, BaseAPIViewSet):
    """A record endpoint: its fields in ``api_fields``, shown in listings too."""

    filter_backends = [CheckedFieldsFilter, PbgdplFilter, OrderingFilter, SearchFilter]
    api_fields = []
    listing_extra_fields = []

    @classmethod
    def get_body_fields(cls, model):
        return cls._convert_api_fields(cls.body_fields + list(cls.api_fields))

    @classmethod
    def get_listing_default_fields(cls, model):
        return cls.listing_default_fields + list(cls.listing_extra_fields)


class LegalDocumentsEndpoint(RecordEndpoint):
    name = "legal_documents"
    filter_paths = {
        "legal_field": "fields",
        "type": "doc_type__code",
        "year": "issued_date",
        "updated_since": "last_published_at",
    }
    api_fields = [
        "number",
        APIField("title", serializer=serializers.CharField(source="__str__")),
        APIField("doc_type", serializer=CodeNameField()),
        APIField("issuer", serializer=AgencyField()),
        "signer_title",
        "signer_name",
        "issued_date",
        "effective_date",
        "expiry_date",
        "gazette_number",
        "gazette_date",
        "scope",
        "abstract",
        # Not "fields": Wagtail reads a query parameter named as a field as a filter on it.
        APIField("legal_fields", serializer=CodeNameListField(source="fields")),
        "status",
        APIField("status_label", serializer=serializers.CharField(source="validity_label")),
        "vbpl_url",
        APIField("files", serializer=LegalDocumentFilesField()),
        APIField("relations", serializer=RelationsField()),
        "last_published_at",
    ]
    listing_extra_fields = [
        "number",
        "title",
        "doc_type",
        "issuer",
        "issued_date",
        "effective_date",
        "abstract",
        "legal_fields",
        "status",
        "status_label",
        "last_published_at",
    ]

    model = LegalDocument

    def get_queryset(self):
        relations = LegalDocumentRelation.objects.select_related("target__doc_type")
        return (
            LegalDocument.objects.filter(live=True)
            .with_validity()
            .prefetch_related(
                "fields",
                "files__document",
                Prefetch("relations", queryset=relations),
            )
            .order_by("-issued_date", "number", "pk")
        )

    def type_values(self):
        return set(DocumentType.objects.values_list("code", flat=True))


class VideosEndpoint(RecordEndpoint):
    name = "videos"
    model = Video
    filter_locale = True
    filter_paths = {
        "legal_field": "legal_fields",
        "type": "kind",
        "year": "published_date",
        "updated_since": "last_published_at",
    }
    api_fields = [
        "title",
        LOCALE,
        "description",
        "kind",
        APIField("kind_label", serializer=serializers.CharField(source="get_kind_display")),
        "file",
        "external_url",
        APIField("poster", serializer=ImageRenditionField(POSTER_SPEC)),
        APIField("duration_seconds", serializer=DurationSecondsField(source="duration")),
        "transcript",
        "language",
        "producer",
        "published_date",
        APIField("legal_fields", serializer=CodeNameListField()),
        APIField("target_groups", serializer=CodeNameListField()),
        APIField("legal_documents", serializer=LiveDocumentListField()),
        APIField("captions", serializer=CaptionsField()),
        APIField("tags", serializer=TagListField()),
        "last_published_at",
    ]
    listing_extra_fields = [
        "title",
        "locale",
        "kind",
        "kind_label",
        "poster",
        "duration_seconds",
        "language",
        "published_date",
        "legal_fields",
        "last_published_at",
    ]

    def get_queryset(self):
        return (
            with_image_renditions(Video.objects.filter(live=True), "poster")
            .select_related("locale")
            .prefetch_related(
                "legal_fields",
                "target_groups",
                live_documents("legal_documents"),
                "captions",
                "tags",
            )
            .order_by("-published_date", "-pk")
        )

    def type_values(self):
        return set(VideoKind.values)


class SituationsEndpoint(RecordEndpoint):
    name = "situations"
    model = LegalSituation
    filter_locale = True
    filter_paths = {
        "legal_field": "legal_fields",
        "year": "published_date",
        "updated_since": "last_published_at",
    }
    api_fields = [
        "title",
        LOCALE,
        "scenario",
        "question",
        "answer",
        APIField("legal_fields", serializer=CodeNameListField()),
        APIField("target_groups", serializer=CodeNameListField()),
        APIField("citations", serializer=CitationsField()),
        APIField("introduced_document", serializer=LiveDocumentField()),
        APIField("video", serializer=LiveVideoField()),
        "compiled_by",
        "reviewed_by",
        "language",
        "published_date",
        APIField("tags", serializer=TagListField()),
        "last_published_at",
    ]
    listing_extra_fields = [
        "title",
        "locale",
        "question",
        "legal_fields",
        "language",
        "published_date",
        "last_published_at",
    ]

    def get_queryset(self):
        return (
            LegalSituation.objects.filter(live=True)
            .select_related("locale", "introduced_document__doc_type", "video")
            .prefetch_related(
                "legal_fields",
                "target_groups",
                "citations__document__doc_type",
                "tags",
            )
            .order_by("-published_date", "-pk")
        )


class QuestionsEndpoint(RecordEndpoint):
    """Published answers. The asker's name, contact, address, the text as submitted and the
    attachments are personal data: none of them is a field here, nor may be filtered or
    ordered by (Wagtail's API refuses names that are not fields)."""

    name = "questions"
    model = Question
    filter_paths = {
        "legal_field": "legal_field",
        "year": "published_at",
        "updated_since": "updated_at",
    }
    api_fields = [
        "code",
        "title",
        APIField("question", serializer=serializers.CharField(source="text")),
        "answer",
        APIField("answer_text", serializer=PlainTextField(source="answer")),
        APIField("legal_field", serializer=CodeNameField()),
        APIField("citations", serializer=CitationsField()),
        "published_at",
        "updated_at",
    ]
    listing_extra_fields = ["code", "title", "legal_field", "published_at", "updated_at"]

    def get_queryset(self):
        return (
            Question.objects.published()
            .select_related("legal_field")
            .prefetch_related("citations__document__doc_type")
            .order_by("-published_at", "-pk")
        )


class BooksEndpoint(RecordEndpoint):
    name = "books"
    model = Book
    filter_paths = {
        "legal_field": "legal_fields",
        "type": "book_type",
        "year": "release_date",
        "updated_since": "last_published_at",
    }
    api_fields = [
        "title",
        "compiler",
        "release_date",
        "validity_note",
        APIField("legal_documents", serializer=LiveDocumentListField()),
        "purpose",
        "main_content",
        "book_type",
        APIField(
            "book_type_label", serializer=serializers.CharField(source="get_book_type_display")
        ),
        "language",
        APIField("legal_fields", serializer=CodeNameListField()),
        APIField("cover", serializer=ImageRenditionField(COVER_SPEC)),
        APIField("file", serializer=DocumentFileField()),
        "external_url",
        "last_published_at",
    ]
    listing_extra_fields = [
        "title",
        "compiler",
        "release_date",
        "book_type",
        "book_type_label",
        "language",
        "legal_fields",
        "cover",
        "last_published_at",
    ]

    def get_queryset(self):
        return (
            with_image_renditions(Book.objects.filter(live=True), "cover")
            .select_related("file")
            .prefetch_related("legal_fields", live_documents("legal_documents"))
            .order_by("-release_date", "-pk")
        )

    def type_values(self):
        return set(BookType.values)
