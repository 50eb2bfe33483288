"""RSS feeds of the package's listings, built on Django's syndication framework."""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _


class PageFeed(Feed):
    """A feed of one listing page: its title and address come from the page."""

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


class LegalDocumentFeed(PageFeed):
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
        return timezone.make_aware(datetime.combine(item.issued_date, time.min))


class NewsFeed(PageFeed):
    """RSS 2.0 feed of a news listing: its latest news items and events."""

    def description(self):
        return _("News and events from %(title)s") % {"title": self.page.title}

    def items(self):
        return self.page.news_items().select_related("category").prefetch_related("tags")[:30]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return item.get_url(request=self.request)

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.combine(item.date, time.min))

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)

    def item_categories(self, item):
        names = [item.category.name] if item.category else []
        return names + [tag.name for tag in item.sorted_tags()]


class NewsAtomFeed(NewsFeed):
    """The same items as an Atom 1.0 feed."""

    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()
