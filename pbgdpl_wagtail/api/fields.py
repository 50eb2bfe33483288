"""Serializer fields of the public API: related records as small objects, never as bare ids, and
only what is live (a draft document cited by a live record is left out)."""

from django.utils.html import strip_tags
from rest_framework.fields import Field


def code_and_name(entry):
    return {"code": entry.code, "name": entry.name}


def document_summary(document):
    return {
        "id": document.pk,
        "number": document.number,
        "title": str(document),
        "abstract": document.abstract,
    }


class CodeNameField(Field):
    """A reference entry (lĩnh vực, loại văn bản…) as ``{"code", "name"}``."""

    def to_representation(self, value):
        return code_and_name(value)


class CodeNameListField(Field):
    """Many reference entries, read from the prefetched relation."""

    def to_representation(self, value):
        return [code_and_name(entry) for entry in value.all()]


class AgencyField(Field):
    def to_representation(self, value):
        return {"name": value.name, "abbreviation": value.abbreviation}


class LiveDocumentField(Field):
    """A legal document, or null while it is a draft."""

    def to_representation(self, value):
        return document_summary(value) if value.live else None


class LiveDocumentListField(Field):
    def to_representation(self, value):
        return [document_summary(document) for document in value.all() if document.live]


class LiveVideoField(Field):
    def to_representation(self, value):
        return {"id": value.pk, "title": value.title} if value.live else None


class CitationsField(Field):
    """The legal basis of an answer or situation: live documents with the articles cited."""

    def to_representation(self, value):
        return [
            {**document_summary(citation.document), "articles": citation.articles}
            for citation in value.all()
            if citation.document.live
        ]


class DocumentFileField(Field):
    """A Wagtail document as its public address (absolute when the request is known)."""

    def to_representation(self, value):
        request = self.context.get("request")
        url = value.url
        return request.build_absolute_uri(url) if request else url


class LegalDocumentFilesField(Field):
    def to_representation(self, value):
        request = self.context.get("request")
        return [
            {
                "label": item.label or item.document.title,
                "url": request.build_absolute_uri(item.document.url)
                if request
                else item.document.url,
            }
            for item in value.all()
        ]


class RelationsField(Field):
    """How a document acts on others that are live: ``{"relation", "label", "document"}``."""

    def to_representation(self, value):
        return [
            {
                "relation": relation.relation_type,
                "label": str(relation.get_relation_type_display()),
                "document": document_summary(relation.target),
                "note": relation.note,
            }
            for relation in value.all()
            if relation.target.live
        ]


class CaptionsField(Field):
    def to_representation(self, value):
        request = self.context.get("request")
        return [
            {
                "language": caption.language,
                "kind": caption.kind,
                "url": request.build_absolute_uri(caption.file.url)
                if request
                else caption.file.url,
            }
            for caption in value.all()
            if caption.file
        ]


class DurationSecondsField(Field):
    def to_representation(self, value):
        return int(value.total_seconds())


class PlainTextField(Field):
    """Rich text as plain text, for clients that show no HTML."""

    def to_representation(self, value):
        return " ".join(strip_tags(value or "").split())


class TagListField(Field):
    """Tag names, read from the prefetched tags (taggit's own field queries once per item)."""

    def to_representation(self, value):
        return sorted(tag.name for tag in value.all())


class AttributesField(Field):
    """A related object as a small dict of some of its attributes."""

    def __init__(self, *attributes, **kwargs):
        self.attributes = attributes
        super().__init__(**kwargs)

    def to_representation(self, value):
        return {name: getattr(value, name) for name in self.attributes}
