"""The latest news items, for a home page or any page of the site."""

from urllib.parse import urlencode

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.models import Locale
from wagtail.snippets.blocks import SnippetChooserBlock

from ..visibility import public
from .preview import PREVIEW_TEMPLATE


class LatestNewsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=255)
    index = blocks.PageChooserBlock(
        label=_("From the news listing"),
        page_type="pbgdpl.NewsIndexPage",
        required=False,
        help_text=_("Leave empty to show news from every listing of the site's language."),
    )
    category = SnippetChooserBlock(
        "pbgdpl.NewsCategory",
        label=_("Only the category"),
        required=False,
    )
    count = blocks.IntegerBlock(
        label=_("Number of items"), min_value=1, max_value=20, default=5, required=True
    )

    class Meta:
        icon = "doc-full"
        label = _("Latest news")
        template = "pbgdpl_wagtail/blocks/latest_news.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {"title": "Tin mới", "index": None, "category": None, "count": 3}
        description = _("The newest news items and events, from one listing or category.")

    def items(self, value):
        from ..page_models.news import NewsPage, with_listing_data

        items = public(NewsPage.objects.live())
        index = value.get("index")
        if index is not None:
            items = items.child_of(index)
        else:
            items = items.filter(locale=Locale.get_active())
        category = value.get("category")
        if category is not None:
            items = items.filter(category=category)
        count = value.get("count") or 5
        # The block's items show no tags (latest_news.html gives them no listing to filter).
        return with_listing_data(items.order_by("-date", "-pk"), tags=False)[:count]

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["items"] = self.items(value)
        index = value.get("index")
        if index is not None and index.live:
            request = (parent_context or {}).get("request")
            more_url = index.get_url(request=request)
            category = value.get("category")
            if category is not None:
                more_url += "?" + urlencode({"category": category.slug})
            context["more_url"] = more_url
        return context
