"""A folded copy of every indexed text, so that "dia phuong" finds "địa phương" on any backend.

A model joins the folded search with one base class::

    class Video(FoldedIndexed, DraftStateMixin, models.Model):
        search_fields = [index.SearchField("title", boost=2), index.AutocompleteField("title")]

``FoldedIndexed.get_search_fields()`` returns the model's own ``search_fields`` plus, for every
``SearchField`` and ``AutocompleteField`` (inside ``RelatedFields`` too), a copy whose value is
folded (NFC, lower case, no diacritics, đ → d). Every backend reads a model's fields through
``get_search_fields()``, so the copies are indexed wherever the original is, with the same boost.
A copy keeps its field's name, so the database backends put a folded title in the title column
(and weigh it like the title); on Elasticsearch it gets its own ``<name>_folded`` property.
Pages get this through ``PbgdplPage``, so every page type of the package is folded already.
"""

from django.utils.encoding import force_str
from wagtail.search import index

from .folding import fold

FOLDED_SUFFIX = "_folded"


def _as_text(value):
    """The text of an indexed value: a StreamField gives a list, a rich text field a string."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return " ".join(_as_text(item) for item in value)
    if isinstance(value, dict):
        return " ".join(_as_text(item) for item in value.values())
    return force_str(value)


class _ValueReadOnce:
    """Reads a text field's value once per object and value. A backend reads each field several
    times (for the title, body and autocomplete columns, and again for its folded copy), and a
    rich text's searchable text is parsed out of its HTML each time: most of the indexing time
    of a page of pulled answers."""

    def get_value(self, obj):
        raw = getattr(obj, self.field_name, None)
        if not isinstance(raw, str):
            return super().get_value(obj)
        cache = obj.__dict__.setdefault("_pbgdpl_indexed", {})
        key = (self.field_name, raw)
        if key not in cache:
            cache[key] = super().get_value(obj)
        return cache[key]


class ReadOnceSearchField(_ValueReadOnce, index.SearchField):
    pass


class ReadOnceAutocompleteField(_ValueReadOnce, index.AutocompleteField):
    pass


class _FoldedCopy(_ValueReadOnce):
    """Reads the original field's value (shared with the original) and folds it; named apart
    where a backend needs it."""

    def get_value(self, obj):
        raw = getattr(obj, self.field_name, None)
        if not isinstance(raw, str):
            return fold(_as_text(super().get_value(obj)))
        cache = obj.__dict__.setdefault("_pbgdpl_folded", {})
        key = (self.field_name, raw)
        if key not in cache:
            cache[key] = fold(_as_text(super().get_value(obj)))
        return cache[key]

    def get_attname(self, cls):
        # Elasticsearch names a document property after this; the database backends do not
        # use it for searchable fields.
        return super().get_attname(cls) + FOLDED_SUFFIX


class FoldedSearchField(_FoldedCopy, index.SearchField):
    pass


class FoldedAutocompleteField(_FoldedCopy, index.AutocompleteField):
    pass


def with_folded_copies(search_fields):
    """``search_fields`` plus a folded copy of each text field; idempotent. The text fields are
    given back as fields that read their value once per object (same name, boost and options)."""
    result = []
    copies = []
    for field in search_fields:
        if isinstance(field, _FoldedCopy):
            continue
        if isinstance(field, index.RelatedFields):
            field = index.RelatedFields(field.field_name, with_folded_copies(field.fields))
        elif isinstance(field, index.SearchField):
            if not isinstance(field, _ValueReadOnce):
                field = ReadOnceSearchField(field.field_name, boost=field.boost, **field.kwargs)
            copies.append(FoldedSearchField(field.field_name, boost=field.boost, **field.kwargs))
        elif isinstance(field, index.AutocompleteField):
            if not isinstance(field, _ValueReadOnce):
                field = ReadOnceAutocompleteField(field.field_name, **field.kwargs)
            copies.append(FoldedAutocompleteField(field.field_name, **field.kwargs))
        result.append(field)
    return result + copies


class FoldedIndexed(index.Indexed):
    """Base class (in place of ``index.Indexed``) of a model whose text is searched folded."""

    @classmethod
    def get_search_fields(cls):
        return with_folded_copies(super().get_search_fields())
