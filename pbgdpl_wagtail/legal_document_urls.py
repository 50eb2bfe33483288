"""The public address of a legal document.

A document is shown on the first live document listing page (DocumentIndexPage) that lists it
(its types and issuers both allow it);
where the site has none, the reader is sent to the national legal database.
"""

from django.db.models import Value

from .page_tree_cache import remember
from .visibility import public


def _document_pages():
    """The live, public document listings in tree order, each with the ids of the types and
    issuers it is limited to."""
    from .page_models.documents import DocumentIndexPage

    pages = list(public(DocumentIndexPage.objects.live()).order_by("path"))
    for page in pages:
        page.allowed_type_ids, page.allowed_issuer_ids = set(), set()
    by_pk = {page.pk: page for page in pages}
    # Both many-to-many choices of every listing in one query.
    types = DocumentIndexPage.doc_types.through.objects.values_list(
        "documentindexpage_id", "documenttype_id", Value("type")
    )
    issuers = DocumentIndexPage.issuers.through.objects.values_list(
        "documentindexpage_id", "agency_id", Value("issuer")
    )
    for page_id, choice_id, kind in types.union(issuers, all=True) if pages else []:
        page = by_pk.get(page_id)
        if page is not None:
            chosen = page.allowed_type_ids if kind == "type" else page.allowed_issuer_ids
            chosen.add(choice_id)
    return pages


def public_url_for(document, request=None):
    pages = getattr(request, "_pbgdpl_document_pages", None) if request is not None else None
    if pages is None:
        pages = remember("document-pages", _document_pages)
        if request is not None:
            request._pbgdpl_document_pages = pages
    for page in pages:
        if (not page.allowed_type_ids or document.doc_type_id in page.allowed_type_ids) and (
            not page.allowed_issuer_ids or document.issuer_id in page.allowed_issuer_ids
        ):
            return page.url_for_document(document, request=request)
    return document.vbpl_url or ""
