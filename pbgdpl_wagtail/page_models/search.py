"""The site search: one search box over every content type the package (or a site) registers.

Results come from ``search.site_search``; facets narrow them by content type, lĩnh vực and
year, and every choice lives in the query string, so results can be shared and paginated.
The ``autocomplete/`` route answers the search box's suggestions in JSON; without JavaScript the
box is a plain form.
"""

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.http import JsonResponse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..search import site_search
from ..search.highlight import highlight
from ..search.query import MAX_QUERY_LENGTH
from ..search.registry import searchable_types
from .base import PAGE_TRANSLATABLE_FIELDS, PbgdplPage
from .listing import paginate, per_page_field

AUTOCOMPLETE_MIN_LENGTH = 2


class SiteSearchForm(forms.Form):
    q = forms.CharField(label=_("Search for"), required=False, max_length=MAX_QUERY_LENGTH)
    type = forms.ChoiceField(label=_("Content type"), required=False)
    field = forms.ModelChoiceField(label=_("Legal field"), queryset=None, required=False)
    year = forms.IntegerField(
        label=_("Year"),
        required=False,
        validators=[MinValueValidator(1900), MaxValueValidator(2200)],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from ..snippets import LegalField

        self.fields["type"].choices = [("", _("All content"))] + [
            (t.key, t.label) for t in searchable_types
        ]
        self.fields["field"].queryset = LegalField.objects.all()
        self.fields["field"].error_messages["invalid_choice"] = _("Choose a legal field listed.")


class SearchPage(RoutablePageMixin, PbgdplPage):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    per_page = per_page_field(_("results per page"))

    content_panels = PbgdplPage.content_panels + [FieldPanel("intro"), FieldPanel("per_page")]
    api_fields = [
        "intro",
    ]
    subpage_types = []
    template = "pbgdpl_wagtail/pages/search_page.html"

    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("intro"),
        SynchronizedField("per_page"),
    ]

    class Meta:
        verbose_name = _("search page")
        verbose_name_plural = _("search pages")

    def _query_string(self, request, **changes):
        query = request.GET.copy()
        query.pop("page", None)
        for key, value in changes.items():
            if value in (None, ""):
                query.pop(key, None)
            else:
                query[key] = value
        return query.urlencode()

    @path("", name="results")
    def results_view(self, request):
        form = SiteSearchForm(request.GET)
        valid = form.is_valid()
        return self.render(
            request,
            context_overrides={
                "search_form": form,
                "search_query": form.cleaned_data["q"].strip() if valid else "",
                "search": SearchOutcome(self, request, form.cleaned_data if valid else None),
                "filter_query": self._query_string(request),
                # The facets chosen, kept when the reader changes the words.
                "kept_filters": [
                    (name, request.GET[name])
                    for name in ("type", "field", "year")
                    if valid and request.GET.get(name)
                ],
                "autocomplete_url": self.url + self.reverse_subpage("autocomplete"),
            },
        )

    def _present(self, hits, text, request):
        for hit in hits:
            searchable_type = hit.type
            hit.url = searchable_type.url(hit.item, request)
            hit.title = highlight(searchable_type.title(hit.item), text, length=300)
            hit.snippet = highlight(searchable_type.summary(hit.item) or "", text)
        return hits

    def _facets(self, request, facets, values):
        names = facets.legal_field_names
        chosen_field = values["field"].pk if values["field"] else None

        def option(key, value, label, count, chosen):
            return {
                "label": label,
                "count": count,
                "chosen": chosen,
                "url": "?" + self._query_string(request, **{key: None if chosen else value}),
            }

        return {
            "types": [
                option("type", t.key, t.label, count, values["type"] == t.key)
                for t, count in facets.types
            ],
            "fields": [
                option("field", pk, names.get(pk, pk), count, chosen_field == pk)
                for pk, count in facets.legal_fields
            ],
            "years": [
                option("year", year, year, count, values["year"] == year)
                for year, count in facets.years
            ],
        }

    @path("autocomplete/", name="autocomplete")
    def autocomplete_view(self, request):
        text = (request.GET.get("q") or "")[:MAX_QUERY_LENGTH].strip()
        suggestions = []
        if len(text) >= AUTOCOMPLETE_MIN_LENGTH:
            suggestions = [
                {"title": title, "url": url, "type": str(label)}
                for title, url, label in site_search.autocomplete_items(text, request=request)
            ]
        return JsonResponse({"query": text, "results": suggestions})


class SearchOutcome:
    """What the search finds for the form's ``values`` (None: an invalid form, nothing is
    searched), worked out when the template first reads it: a reader served the page's content
    from the cache (``pbgdpl_wagtail.content_cache``) costs no search."""

    def __init__(self, page, request, values):
        self.page = page
        self.request = request
        self.values = values

    @cached_property
    def _found(self):
        values = self.values
        if values is None:
            return None, {}, None
        text = values["q"].strip()
        legal_field = values["field"]
        outcome = site_search.run_search(
            text,
            type_key=values["type"] or None,
            legal_field=legal_field.pk if legal_field else None,
            year=values["year"],
        )
        if not outcome.searched:
            return None, {}, None
        results = paginate(self.request, outcome.hits, self.page.per_page)
        results.object_list = self.page._present(
            site_search.load_items(results.object_list), text, self.request
        )
        facets = self.page._facets(self.request, outcome.facets, values)
        suggestion = site_search.suggest(text) if not outcome.hits else None
        return results, facets, suggestion

    @property
    def results(self):
        """The page of results asked for, or None when nothing was searched."""
        return self._found[0]

    @property
    def facets(self):
        return self._found[1]

    @property
    def suggestion(self):
        """Words close to the query's, when it finds nothing."""
        return self._found[2]

    @property
    def suggestion_url(self):
        suggestion = self.suggestion
        return "?" + self.page._query_string(self.request, q=suggestion) if suggestion else ""
