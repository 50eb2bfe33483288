"""What every page type of the package shares: the site's base template and the portal root."""

from wagtail.models import Page

from ..conf import pbgdpl_settings
from ..search.indexing import FoldedIndexed


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
