"""The public address of a legal document.

A document is shown on the first live document listing page (DocumentIndexPage) that lists it
(its types and issuers both allow it);
where the site has none, the reader is sent to the national legal database.
"""


def public_url_for(document, request=None):
    from .page_models.documents import DocumentIndexPage

    pages = getattr(request, "_pbgdpl_document_pages", None) if request is not None else None
    if pages is None:
        pages = list(DocumentIndexPage.objects.live().public().order_by("path"))
        for page in pages:
            page.allowed_type_ids = set(page.doc_types.values_list("pk", flat=True))
            page.allowed_issuer_ids = set(page.issuers.values_list("pk", flat=True))
        if request is not None:
            request._pbgdpl_document_pages = pages
    for page in pages:
        if (not page.allowed_type_ids or document.doc_type_id in page.allowed_type_ids) and (
            not page.allowed_issuer_ids or document.issuer_id in page.allowed_issuer_ids
        ):
            return page.url_for_document(document, request=request)
    return document.vbpl_url or ""
