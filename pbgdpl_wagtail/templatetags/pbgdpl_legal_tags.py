"""Template tags for cited legal documents: their public address and validity warnings."""

from django import template

register = template.Library()


@register.filter
def pbgdpl_as_list(value):
    return [value]


@register.simple_tag(takes_context=True)
def pbgdpl_document_url(context, document):
    """Where a reader can read the document: its page on this site, else the national database."""
    from ..legal_document_urls import public_url_for

    return public_url_for(document, request=context.get("request"))


@register.inclusion_tag("pbgdpl_wagtail/includes/validity_warning.html", takes_context=True)
def pbgdpl_validity_warnings(context, obj):
    """A warning listing the out-of-force legal documents that ``obj`` cites, if any."""
    from ..validity_watch import outdated_documents_cited_by

    return {"documents": outdated_documents_cited_by(obj), "request": context.get("request")}
