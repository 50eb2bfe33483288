"""Which content cites legal documents that are no longer in force.

Citations are read from Wagtail's reference index, which records every chooser block, foreign key
and many-to-many pointing at a legal document — in the package's pages and records and in a
site's own page models alike.
"""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import IntegerField
from django.db.models.functions import Cast
from wagtail.models import Page, ReferenceIndex

from .page_tree_cache import remember
from .snippets.legal_documents import LegalDocument


def outdated_documents_cited_by(obj):
    """The out-of-force legal documents that ``obj`` (a page or a record) cites."""
    if obj is None or getattr(obj, "pk", None) is None:
        return []
    document_type = ContentType.objects.get_for_model(LegalDocument)
    # One query: the index stores the cited ids as text.
    cited = (
        ReferenceIndex.get_references_for_object(obj)
        .filter(to_content_type=document_type)
        .annotate(document_id=Cast("to_object_id", IntegerField()))
        .values("document_id")
    )
    if isinstance(obj, Page):
        # A page's references change only when it is saved: most pages cite nothing.
        cited = remember(f"cited-documents:{obj.pk}", lambda: [row["document_id"] for row in cited])
        if not cited:
            return []
    return list(
        LegalDocument.objects.filter(pk__in=cited, live=True)
        .out_of_force()
        .with_validity()
        .order_by("-issued_date")
    )


@dataclass
class OutdatedCitation:
    source: object
    documents: list = field(default_factory=list)

    @property
    def edit_url(self):
        from wagtail.admin.admin_url_finder import AdminURLFinder

        return AdminURLFinder().get_edit_url(self.source)


def outdated_citations():
    """Every object citing an out-of-force document, with the documents it cites."""
    outdated = {d.pk: d for d in LegalDocument.objects.out_of_force().with_validity()}
    if not outdated:
        return []
    document_type = ContentType.objects.get_for_model(LegalDocument)
    references = ReferenceIndex.get_references_to_in_bulk(list(outdated.values())).exclude(
        # Documents that replace or amend others are not content citing them.
        base_content_type=document_type
    )
    cited = {}
    for reference in references.select_related("content_type"):
        key = (reference.content_type, reference.object_id)
        document = outdated.get(int(reference.to_object_id))
        if document is not None:
            cited.setdefault(key, {})[document.pk] = document
    sources = {}
    by_type = {}
    for content_type, object_id in cited:
        by_type.setdefault(content_type, []).append(object_id)
    for content_type, object_ids in by_type.items():
        manager = content_type.model_class()._default_manager
        for pk, source in manager.in_bulk(object_ids).items():
            sources[(content_type, str(pk))] = getattr(source, "specific", source)
    citations = [
        OutdatedCitation(sources[key], list(documents.values()))
        for key, documents in cited.items()
        if key in sources
    ]
    return sorted(citations, key=lambda citation: str(citation.source))
