"""The content types that the site search (``SearchPage``) looks through, and how to show them.

The package registers its own types (see ``content_types.py``); any module adds one more with::

    from pbgdpl_wagtail.search.registry import SearchableType, searchable_types

    searchable_types.register(
        SearchableType(
            key="videos",
            label=_("Videos"),
            items=lambda: Video.objects.filter(live=True),
            url=lambda video, request: video.public_url(request),
            date_field="published_date",
            legal_fields="fields",
        )
    )

The model must be indexed (``FoldedIndexed``, or ``PbgdplPage`` for pages) and ``items()`` must
use only fields the model declares as ``index.FilterField`` (the search backends refuse others).
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.db.models import QuerySet


def _no_summary(obj):
    return ""


@dataclass(frozen=True)
class SearchableType:
    key: str  # in the URL: ?type=documents
    label: str  # the facet's label, translated
    items: Callable[[], QuerySet]  # what to search (declared filter fields only)
    url: Callable  # (item, request) -> the item's public address ("" for none)
    public: Callable | None = None  # queryset -> what readers may see (any ORM filter)
    specific: bool = False  # pages of any type: load each as its own type
    title: Callable = str  # item -> the result's heading
    summary: Callable = _no_summary  # item -> plain text the snippet is cut from
    title_fields: tuple = ("title",)  # model fields whose matches rank an item higher
    date_field: str | None = None  # a date or datetime field: the year facet
    legal_fields: str | None = None  # a many-to-many to LegalField: the lĩnh vực facet
    identifier_field: str | None = None  # matched as typed and ranked first (numbers)
    select_related: tuple = ()
    prefetch_related: tuple = field(default_factory=tuple)
    order: int = 100

    @property
    def model(self):
        return self.items().model


class SearchableTypeRegistry:
    def __init__(self):
        self._types = {}

    def register(self, searchable_type):
        """Add a type, or replace the one with the same key."""
        self._types[searchable_type.key] = searchable_type
        return searchable_type

    def unregister(self, key):
        self._types.pop(key, None)

    def get(self, key):
        return self._types.get(key)

    def __iter__(self):
        return iter(sorted(self._types.values(), key=lambda t: (t.order, t.key)))

    def __len__(self):
        return len(self._types)


searchable_types = SearchableTypeRegistry()
