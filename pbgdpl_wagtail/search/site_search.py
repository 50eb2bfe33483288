"""One search across every registered content type: ranked hits, facets, suggestions.

Each type is searched by the site's backend with the folded query (at most
``MAX_RESULTS_PER_TYPE`` best hits, of each concrete model on SQLite, where one FTS5 query
ranks every type at once; see ranking.py), then narrowed in the database to what readers may
see; the facets count those candidates. Scores of one backend are comparable across types.
Two rules then apply on every backend alike: an item whose title fields hold the query's words
ranks higher (up to three times its score; a legal document's number and abstract are its
title), and a document number typed in the query puts the documents whose number starts with
it first, whatever the backend's tokeniser makes of it.
"""

import difflib
import re
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .folding import fold, fold_words
from .highlight import query_words
from .query import build_query, folded_query_string
from .ranking import autocomplete_pks_many, identifier_matches, ranked_pks_many
from .registry import searchable_types

MAX_RESULTS_PER_TYPE = 200


@dataclass
class Hit:
    type: object  # SearchableType
    pk: object
    score: float
    exact: bool = False
    year: int | None = None
    legal_fields: set = field(default_factory=set)
    item: object = None


@dataclass
class Facets:
    types: list  # [(SearchableType, count)]
    years: list  # [(year, count)], newest first
    legal_fields: list  # [(field id, count)]
    legal_field_names: dict = field(default_factory=dict)  # {field id: name}


@dataclass
class Outcome:
    hits: list
    facets: Facets
    searched: bool  # False when the query had no words


def _ranked(searchable_type, text, ranked):
    """{pk: Hit} of the type's best matches (before facets and visibility); ``ranked`` is the
    type's [(pk, score)] from ranking.py."""
    hits = {pk: Hit(searchable_type, pk, score) for pk, score in ranked}
    name = searchable_type.identifier_field
    for pk in identifier_matches(searchable_type.items(), name, text) if name else ():
        hit = hits.setdefault(pk, Hit(searchable_type, pk, 0.0))
        hit.exact = True
    return hits


def _described_rows(typed_hits):
    """The rows of every type's candidates readers may see, in one UNION ALL query: (type key,
    pk as text, title texts…, year, legal field id, legal field name), a row per legal field."""
    from django.db.models import CharField, F, IntegerField, Value
    from django.db.models.functions import Cast, ExtractYear

    def text(value=None):
        return Value(value, output_field=CharField())

    width = max(len(t.title_fields) for t, _hits in typed_hits)
    queries = []
    for searchable_type, hits in typed_hits:
        items = searchable_type.items()
        if searchable_type.public:
            items = searchable_type.public(items)
        titles = [name for name in searchable_type.title_fields if _has_field(items.model, name)]
        titles = [Cast(name, CharField()) for name in titles]
        titles += [text()] * (width - len(titles))
        fields = searchable_type.legal_fields
        columns = {
            "_type": text(searchable_type.key),
            "_pk": Cast("pk", CharField()),
            **{f"_title{n}": title for n, title in enumerate(titles)},
            "_year": (
                ExtractYear(searchable_type.date_field)
                if searchable_type.date_field
                else Value(None, output_field=IntegerField())
            ),
            "_field": F(fields) if fields else Value(None, output_field=IntegerField()),
            "_field_name": F(f"{fields}__name") if fields else text(),
        }
        queries.append(
            items.filter(pk__in=list(hits)).order_by().annotate(**columns).values_list(*columns)
        )
    return queries[0].union(*queries[1:], all=True) if len(queries) > 1 else queries[0]


def _describe(typed_hits, words):
    """Keep the hits readers may see; note each one's year and legal fields for the facets,
    and weigh in the query's words found in its title. One query for every type. Returns the
    visible hits and {legal field id: name}."""
    typed_hits = [(t, hits) for t, hits in typed_hits if hits]
    if not typed_hits:
        return [], {}
    by_key = {t.key: (t, hits, {str(pk): pk for pk in hits}) for t, hits in typed_hits}
    visible = {}
    field_names = {}
    for row in _described_rows(typed_hits):
        key, pk_text, *titles, year, legal_field, field_name = row
        searchable_type, hits, pks = by_key[key]
        pk = pks.get(pk_text)
        if pk is None:
            continue
        hit = visible.get((key, pk))
        if hit is None:
            hit = visible[(key, pk)] = hits[pk]
            title_words = fold_words(" ".join(title or "" for title in titles))
            if words and title_words:
                # Share of the query found in the title, and of the title the query covers:
                # a title that is just the query's words ranks highest.
                shared = len(words & title_words)
                hit.score *= 1 + shared / len(words) + shared / len(title_words)
            hit.year = year
        if legal_field is not None:
            hit.legal_fields.add(legal_field)
            field_names[legal_field] = field_name
    return list(visible.values()), field_names


def run_search(text, *, type_key=None, legal_field=None, year=None, types=None):
    """Hits for ``text`` in relevance order, narrowed by the facets, and the facet counts."""
    types = list(types if types is not None else searchable_types)
    if build_query(text) is None:
        return Outcome([], Facets([], [], []), searched=False)
    words = query_words(text)
    ranked = ranked_pks_many([t.items() for t in types], text, MAX_RESULTS_PER_TYPE)
    all_hits, field_names = _describe(
        [
            (searchable_type, _ranked(searchable_type, text, type_ranked))
            for searchable_type, type_ranked in zip(types, ranked, strict=True)
        ],
        words,
    )

    def keep(hit, *, by_type=True, by_field=True, by_year=True):
        return (
            (not by_type or not type_key or hit.type.key == type_key)
            and (not by_field or not legal_field or legal_field in hit.legal_fields)
            and (not by_year or not year or hit.year == year)
        )

    type_counts = Counter(h.type.key for h in all_hits if keep(h, by_type=False))
    year_counts = Counter(h.year for h in all_hits if h.year and keep(h, by_year=False))
    field_counts = Counter(f for h in all_hits if keep(h, by_field=False) for f in h.legal_fields)
    hits = sorted(
        (h for h in all_hits if keep(h)),
        key=lambda h: (not h.exact, -h.score, h.type.order, str(h.pk)),
    )
    facets = Facets(
        types=[(t, type_counts[t.key]) for t in types if type_counts[t.key]],
        years=sorted(year_counts.items(), reverse=True),
        legal_fields=field_counts.most_common(),
        legal_field_names=field_names,
    )
    return Outcome(hits, facets, searched=True)


def load_items(hits):
    """Set ``hit.item`` for a page of hits: a few queries per type, never one per hit."""
    by_type = defaultdict(list)
    for hit in hits:
        by_type[hit.type.key].append(hit)
    for type_hits in by_type.values():
        searchable_type = type_hits[0].type
        items = searchable_type.items().filter(pk__in=[h.pk for h in type_hits])
        if searchable_type.select_related:
            items = items.select_related(*searchable_type.select_related)
        if searchable_type.prefetch_related:
            items = items.prefetch_related(*searchable_type.prefetch_related)
        if searchable_type.specific:
            items = items.specific()
        loaded = {item.pk: item for item in items}
        for hit in type_hits:
            hit.item = loaded.get(hit.pk)
    return [hit for hit in hits if hit.item is not None]


def autocomplete_items(text, *, limit=8, request=None, types=None):
    """Up to ``limit`` (title, url, type label) for what the reader has typed so far."""
    types = list(types if types is not None else searchable_types)
    # Twice the candidates shown: drafts and hidden items are narrowed out afterwards.
    candidates = autocomplete_pks_many([t.items() for t in types], text, limit * 2)
    suggestions = []
    for searchable_type, found in zip(types, candidates, strict=True):
        if not found:
            continue
        shown = searchable_type.items().filter(pk__in=[pk for pk, _score in found])
        if searchable_type.public:
            shown = searchable_type.public(shown)
        if searchable_type.select_related:
            shown = shown.select_related(*searchable_type.select_related)
        if searchable_type.specific:
            shown = shown.specific()
        by_pk = {item.pk: item for item in shown}
        for item in (by_pk.get(pk) for pk, _score in found):
            url = searchable_type.url(item, request) if item is not None else ""
            if url:
                suggestions.append((searchable_type.title(item), url, searchable_type.label))
        if len(suggestions) >= limit:
            break
    return suggestions[:limit]


# The "did you mean" vocabulary is read from the titles once and kept in Django's cache until a
# searchable item is saved or deleted (``vocabulary_changed``), at most this long.
VOCABULARY_CACHE_SECONDS = 15 * 60
_VOCABULARY_VERSION_KEY = "pbgdpl:search:vocabulary-version"


def _read_vocabulary(types):
    """Folded word → the spelling readers see most, from the titles of the searched types."""
    spellings = defaultdict(Counter)
    for searchable_type in types:
        items = searchable_type.items()
        if searchable_type.public:
            items = searchable_type.public(items)
        title_field = "title" if _has_field(items.model, "title") else None
        if title_field is None:
            continue
        for title in items.order_by().values_list(title_field, flat=True)[:2000]:
            for word in re.findall(r"\w+", title or ""):
                if len(word) > 1 and not word.isdigit():
                    spellings[fold(word)][word.lower()] += 1
    return {folded: counter.most_common(1)[0][0] for folded, counter in spellings.items()}


def _vocabulary(types):
    from django.core.cache import cache

    version = cache.get(_VOCABULARY_VERSION_KEY, 0)
    key = f"pbgdpl:search:vocabulary:{version}:" + ",".join(t.key for t in types)
    vocabulary = cache.get(key)
    if vocabulary is None:
        vocabulary = _read_vocabulary(types)
        cache.set(key, vocabulary, VOCABULARY_CACHE_SECONDS)
    return vocabulary


def vocabulary_changed(sender=None, **kwargs):
    """Drop the cached vocabulary when an item of a searchable type is saved or deleted
    (connected to ``post_save`` and ``post_delete`` in apps.py)."""
    from django.core.cache import cache

    if sender is not None and not any(issubclass(sender, t.model) for t in searchable_types):
        return
    cache.set(_VOCABULARY_VERSION_KEY, time.time_ns(), None)


def connect_search_vocabulary():
    from django.db.models.signals import post_delete, post_save

    post_save.connect(vocabulary_changed, dispatch_uid="pbgdpl_search_vocabulary_saved")
    post_delete.connect(vocabulary_changed, dispatch_uid="pbgdpl_search_vocabulary_deleted")


def _has_field(model, name):
    try:
        model._meta.get_field(name)
    except Exception:
        return False
    return True


def suggest(text, *, types=None):
    """A corrected query ("did you mean") built from the titles' words, or None."""
    types = list(types if types is not None else searchable_types)
    words = folded_query_string(text).replace('"', " ").split()
    if not words:
        return None
    vocabulary = _vocabulary(types)
    known = list(vocabulary)
    corrected = []
    changed = False
    for word in words:
        if word in vocabulary:
            corrected.append(vocabulary[word])
            continue
        close = difflib.get_close_matches(word, known, n=1, cutoff=0.75)
        if close:
            corrected.append(vocabulary[close[0]])
            changed = True
        else:
            corrected.append(word)
    if not changed:
        return None
    suggestion = " ".join(corrected)
    return suggestion if run_search(suggestion, types=types).hits else None


__all__ = ["autocomplete_items", "load_items", "run_search", "suggest"]
