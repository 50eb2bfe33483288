"""Wagtail's Elasticsearch 9 backend with folding analyzers (see search/elasticsearch.py)."""

from copy import deepcopy

from wagtail.search.backends.elasticsearch9 import (
    Elasticsearch9AutocompleteQueryCompiler,
    Elasticsearch9Mapping,
    Elasticsearch9SearchBackend,
    Elasticsearch9SearchQueryCompiler,
)

from ..elasticsearch import INDEX_SETTINGS, FoldingMappingMixin


class FoldingElasticsearch9Mapping(FoldingMappingMixin, Elasticsearch9Mapping):
    pass


class FoldingElasticsearch9SearchQueryCompiler(Elasticsearch9SearchQueryCompiler):
    mapping_class = FoldingElasticsearch9Mapping


class FoldingElasticsearch9AutocompleteQueryCompiler(Elasticsearch9AutocompleteQueryCompiler):
    mapping_class = FoldingElasticsearch9Mapping


class FoldingElasticsearch9SearchBackend(Elasticsearch9SearchBackend):
    mapping_class = FoldingElasticsearch9Mapping
    query_compiler_class = FoldingElasticsearch9SearchQueryCompiler
    autocomplete_query_compiler_class = FoldingElasticsearch9AutocompleteQueryCompiler
    # The folding analyzers even when a site configures this class without INDEX_SETTINGS.
    settings = deepcopy(Elasticsearch9SearchBackend.settings)
    for _key, _value in INDEX_SETTINGS["settings"]["analysis"].items():
        settings["settings"]["analysis"].setdefault(_key, {}).update(deepcopy(_value))
    del _key, _value


SearchBackend = FoldingElasticsearch9SearchBackend
