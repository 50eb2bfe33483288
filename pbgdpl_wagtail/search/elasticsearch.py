"""Elasticsearch: analyzers that fold Vietnamese, for full text and for autocomplete.

Wagtail's Elasticsearch mapping leaves full text to the index's default analyzer (``standard``:
no folding at all) and searches autocomplete fields with ``standard`` too, so "hoa giai" never
meets "Hòa giải". The settings below make the index's ``default`` analyzer fold (combining marks
dropped, so decomposed input folds like NFC input; lower case; ASCII folding, which also turns đ
into d) and give the autocomplete n-grams the same treatment at index and at search time.

``elasticsearch_backend()`` builds the ``WAGTAILSEARCH_BACKENDS`` entry; the backend classes in
``pbgdpl_wagtail.search.backends`` (one per client major) add the folding search analyzer for
autocomplete, which index settings alone cannot change.
"""

import copy
import importlib.metadata

FOLDING_ANALYZER = "pbgdpl_folding"
STRIP_MARKS = "pbgdpl_strip_marks"

INDEX_SETTINGS = {
    "settings": {
        "analysis": {
            "char_filter": {
                # Unicode combining marks: what editors' decomposed text carries after letters.
                STRIP_MARKS: {"type": "pattern_replace", "pattern": "\\p{M}", "replacement": ""}
            },
            "analyzer": {
                "default": {
                    "type": "custom",
                    "char_filter": [STRIP_MARKS],
                    "tokenizer": "standard",
                    "filter": ["lowercase", "asciifolding"],
                },
                FOLDING_ANALYZER: {
                    "type": "custom",
                    "char_filter": [STRIP_MARKS],
                    "tokenizer": "standard",
                    "filter": ["lowercase", "asciifolding"],
                },
                "edgengram_analyzer": {
                    "type": "custom",
                    "char_filter": [STRIP_MARKS],
                    "tokenizer": "standard",
                    "filter": ["lowercase", "asciifolding", "edgengram"],
                },
                "ngram_analyzer": {
                    "type": "custom",
                    "char_filter": [STRIP_MARKS],
                    "tokenizer": "standard",
                    "filter": ["lowercase", "asciifolding", "ngram"],
                },
            },
        }
    }
}


def client_major():
    """Major version of the installed ``elasticsearch`` client, or None without one."""
    try:
        return int(importlib.metadata.version("elasticsearch").split(".")[0])
    except importlib.metadata.PackageNotFoundError:
        return None


def backend_path(major=None):
    """The dotted path of the package's backend for a client (and server) major: 8 or 9."""
    major = major or client_major() or 9
    if major not in (8, 9):
        raise ValueError(f"Elasticsearch {major} is not supported; use 8 or 9.")
    return f"pbgdpl_wagtail.search.backends.elasticsearch{major}"


def elasticsearch_backend(urls, *, index_prefix="", major=None, index_settings=None, **params):
    """A ``WAGTAILSEARCH_BACKENDS`` entry for Elasticsearch with the folding analyzers.

    ``urls``: one URL or a list (every node of a cluster the site may talk to).
    ``index_settings``: merged over the folding settings, e.g. shards and replicas.
    Any other keyword (TIMEOUT, OPTIONS, ATOMIC_REBUILD...) is passed on as Wagtail's own.
    """
    settings = copy.deepcopy(INDEX_SETTINGS)
    if index_settings:
        settings["settings"].update(copy.deepcopy(index_settings.get("settings", index_settings)))
        settings["settings"]["analysis"] = INDEX_SETTINGS["settings"]["analysis"]
    return {
        "BACKEND": backend_path(major),
        "URLS": [urls] if isinstance(urls, str) else list(urls),
        "INDEX_PREFIX": index_prefix,
        "INDEX_SETTINGS": settings,
        **{key.upper(): value for key, value in params.items()},
    }


class FoldingMappingMixin:
    """Autocomplete n-grams are searched with the folding analyzer instead of ``standard``."""

    edgengram_analyzer_config = {
        "analyzer": "edgengram_analyzer",
        "search_analyzer": FOLDING_ANALYZER,
    }
