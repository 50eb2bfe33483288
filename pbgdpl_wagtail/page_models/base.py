"""What every page type of the package shares: the site's base template and the portal root."""

from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..conf import pbgdpl_settings
from ..search.indexing import FoldedIndexed

# What wagtail-localize translates or copies of every page; each page type adds its own fields,
# so a field added later is not silently left out of translations (tests/test_translation.py).
PAGE_TRANSLATABLE_FIELDS = [
    TranslatableField("title"),
    TranslatableField("slug"),
    SynchronizedField("show_in_menus"),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
]


class PbgdplPage(FoldedIndexed, Page):
    """Abstract base of the package's pages; their text is indexed folded too."""

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["pbgdpl_base_template"] = pbgdpl_settings.BASE_TEMPLATE
        return context

    @property
    def pbgdpl_css_class(self):
        """A body class naming the page type, for site styles."""
        return f"pbgdpl-page--{self._meta.model_name}"
