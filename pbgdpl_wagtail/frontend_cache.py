"""Purge the package's records from a caching proxy when they change.

Wagtail's frontend cache (``wagtail.contrib.frontend_cache``) purges a page's own addresses when
the page is published. The package's records are shown at addresses of routable pages (a legal
document at ``/van-ban/12/``, a video at ``/thu-vien/video/3/``, an answered question) and listed
on those pages and on the portal's home page: when a record is published, unpublished or answered,
those addresses are purged here. Nothing happens unless ``WAGTAILFRONTENDCACHE`` is set.
"""

from django.conf import settings
from django.db.models.signals import post_save
from wagtail.signals import published, unpublished

from .visibility import public


def _full_url(page):
    return page.get_full_url() or ""


def _listing_addresses(model, address_of_record):
    urls = []
    for page in public(model.objects.live()).order_by("path"):
        base = _full_url(page)
        if base:
            urls.append(base)
            path = address_of_record(page)
            if path:
                urls.append(base + path.lstrip("/"))
    return urls


def addresses_of(record):
    """Full URLs that show ``record``: its own address on each listing page, the listing pages
    and the portal's home pages (their blocks list the newest records)."""
    from .models import (
        BookcasePage,
        DocumentIndexPage,
        LibraryPage,
        PortalHomePage,
        QuestionIndexPage,
    )
    from .page_models.library import SITUATION, VIDEO
    from .snippets.books import Book
    from .snippets.legal_documents import LegalDocument
    from .snippets.questions import Question
    from .snippets.situations import LegalSituation
    from .snippets.videos import Video

    if isinstance(record, LegalDocument):
        urls = _listing_addresses(
            DocumentIndexPage,
            lambda page: page.reverse_subpage("document", kwargs={"pk": record.pk}),
        )
    elif isinstance(record, (Video, LegalSituation)):
        name = VIDEO if isinstance(record, Video) else SITUATION
        urls = _listing_addresses(
            LibraryPage, lambda page: page.reverse_subpage(name, kwargs={"pk": record.pk})
        )
    elif isinstance(record, Book):
        urls = _listing_addresses(
            BookcasePage, lambda page: page.reverse_subpage("book", kwargs={"pk": record.pk})
        )
    elif isinstance(record, Question):
        urls = _listing_addresses(
            QuestionIndexPage,
            lambda page: page.reverse_subpage(
                "detail", kwargs={"code": record.code, "slug": record.slug}
            ),
        )
    else:
        return []
    urls += [_full_url(page) for page in public(PortalHomePage.objects.live())]
    return list(dict.fromkeys(url for url in urls if url))


def purge_record(record):
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    purge_urls_from_cache(addresses_of(record))


def _on_publish(sender, instance, **kwargs):
    purge_record(instance)


def _on_question_saved(sender, instance, **kwargs):
    # A question's public address exists once it has been published; withdrawing it or editing
    # its answer changes what that address shows.
    if instance.code and instance.published_at is not None:
        purge_record(instance)


def connect():
    from .snippets.books import Book
    from .snippets.legal_documents import LegalDocument
    from .snippets.questions import Question
    from .snippets.situations import LegalSituation
    from .snippets.videos import Video

    for model in (LegalDocument, Video, LegalSituation, Book):
        published.connect(_on_publish, sender=model, dispatch_uid=f"pbgdpl_purge_{model.__name__}")
        unpublished.connect(
            _on_publish, sender=model, dispatch_uid=f"pbgdpl_unpurge_{model.__name__}"
        )
    post_save.connect(_on_question_saved, sender=Question, dispatch_uid="pbgdpl_purge_question")
