"""RSS feeds of the package's listings, built on Django's syndication framework."""

from django.contrib.syndication.views import Feed
from django.utils.translation import gettext as _


class LegalDocumentFeed(Feed):
    def __init__(self, page):
        super().__init__()
        self.page = page

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return self.page.title

    def link(self):
        return self.page.get_url(request=self.request)

    def description(self):
        return _("New documents listed on %(title)s") % {"title": self.page.title}

    def items(self):
        return (
            self.page.documents()
            .select_related("doc_type", "issuer")
            .order_by("-issued_date", "-pk")[:30]
        )

    def item_title(self, item):
        return str(item)

    def item_description(self, item):
        return item.abstract

    def item_link(self, item):
        return self.page.url_for_document(item, request=self.request)

    def item_pubdate(self, item):
        from datetime import datetime, time

        from django.utils import timezone

        return timezone.make_aware(datetime.combine(item.issued_date, time.min))
