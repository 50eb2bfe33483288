"""What every page type of the package shares: the site's base template and the portal root."""

from django.http import Http404
from django.utils.text import slugify
from wagtail.models import Locale, Page, get_page_models
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..conf import pbgdpl_settings
from ..search.folding import fold
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


def ascii_slug(text):
    """The address form of a Vietnamese title or slug: "Hòa giải ở cơ sở" → "hoa-giai-o-co-so".

    Empty when nothing of the text is Latin (Khmer, Chinese…): the caller keeps Wagtail's slug.
    """
    return slugify(fold(text), allow_unicode=False)


def with_subclasses(models):
    """``models`` and every page model that subclasses one of them, in registry order."""
    found = list(models)
    for model in get_page_models():
        if model not in found and issubclass(model, tuple(models)):
            found.append(model)
    return found


class PbgdplPage(FoldedIndexed, Page):
    """Abstract base of the package's pages; their text is indexed folded too.

    A site's subclass of a package page type may go wherever that type may, and may hold what
    it may hold: Wagtail compares ``subpage_types`` and ``parent_page_types`` by exact model, so
    the lists are widened here to the subclasses (docs/extending.md).
    """

    class Meta:
        abstract = True

    def full_clean(self, *args, **kwargs):
        # Readers type addresses on phone keyboards and share them in messages, where "hòa-giải"
        # becomes "h%C3%B2a-gi%E1%BA%A3i": the package's pages get ASCII slugs, whatever the
        # admin's slug field or a translation held.
        folded = ascii_slug(self.slug or self.title or "")
        if folded:
            self.slug = folded
        super().full_clean(*args, **kwargs)

    @classmethod
    def clean_subpage_models(cls):
        if "_pbgdpl_subpage_models" not in cls.__dict__:
            cls._pbgdpl_subpage_models = with_subclasses(super().clean_subpage_models())
        return cls._pbgdpl_subpage_models

    @classmethod
    def clean_parent_page_models(cls):
        if "_pbgdpl_parent_page_models" not in cls.__dict__:
            cls._pbgdpl_parent_page_models = with_subclasses(super().clean_parent_page_models())
        return cls._pbgdpl_parent_page_models

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["pbgdpl_base_template"] = pbgdpl_settings.BASE_TEMPLATE
        return context

    def route(self, request, path_components):
        """Serve the default language's page where a translation has no such child yet.

        /tyz/tin-tuc/ under a Tày home page that has no Tày news listing is routed on through
        the Vietnamese home page, so the reader gets the Vietnamese listing (with the notice
        saying so, see ``pbgdpl_fallback_notice``) instead of a 404. The rest of the address is
        then read in the Vietnamese tree, where translated children are found again.
        """
        try:
            return super().route(request, path_components)
        except Http404:
            source = self._untranslated_child_source(path_components)
            if source is None:
                raise
            return source.specific.route(request, path_components)

    def _untranslated_child_source(self, path_components):
        if not path_components or self.get_children().filter(slug=path_components[0]).exists():
            return None
        default = Locale.get_default()
        if self.locale_id == default.pk:
            return None
        source = Page.objects.filter(
            translation_key=self.translation_key, locale=default, live=True
        ).first()
        if source is None or not source.get_children().filter(slug=path_components[0]).exists():
            return None
        return source

    @property
    def pbgdpl_css_class(self):
        """A body class naming the page type, for site styles."""
        return f"pbgdpl-page--{self._meta.model_name}"
