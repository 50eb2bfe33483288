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


class _FoldedCopy:
    """Reads the original field's value and folds it; named apart where a backend needs it."""

    def get_value(self, obj):
        # A backend reads each field several times per object (title, body, autocomplete
        # columns): the folded text is kept on the object, keyed by the raw value so that an
        # object changed and indexed again is folded again.
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
    """``search_fields`` plus a folded copy of each text field; idempotent."""
    result = []
    copies = []
    for field in search_fields:
        if isinstance(field, _FoldedCopy):
            continue
        if isinstance(field, index.RelatedFields):
            field = index.RelatedFields(field.field_name, with_folded_copies(field.fields))
        elif isinstance(field, index.SearchField):
            copies.append(FoldedSearchField(field.field_name, boost=field.boost, **field.kwargs))
        elif isinstance(field, index.AutocompleteField):
            copies.append(FoldedAutocompleteField(field.field_name, **field.kwargs))
        result.append(field)
    return result + copies


class FoldedIndexed(index.Indexed):
    """Base class (in place of ``index.Indexed``) of a model whose text is searched folded."""

    @classmethod
    def get_search_fields(cls):
        return with_folded_copies(super().get_search_fields())
