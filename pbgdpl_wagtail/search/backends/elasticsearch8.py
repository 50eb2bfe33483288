"""Wagtail's Elasticsearch 8 backend with folding analyzers (see search/elasticsearch.py)."""

from copy import deepcopy

from wagtail.search.backends.elasticsearch8 import (
    Elasticsearch8AutocompleteQueryCompiler,
    Elasticsearch8Mapping,
    Elasticsearch8SearchBackend,
    Elasticsearch8SearchQueryCompiler,
)

from ..elasticsearch import INDEX_SETTINGS, FoldingMappingMixin


class FoldingElasticsearch8Mapping(FoldingMappingMixin, Elasticsearch8Mapping):
    pass


class FoldingElasticsearch8SearchQueryCompiler(Elasticsearch8SearchQueryCompiler):
    mapping_class = FoldingElasticsearch8Mapping


class FoldingElasticsearch8AutocompleteQueryCompiler(Elasticsearch8AutocompleteQueryCompiler):
    mapping_class = FoldingElasticsearch8Mapping


class FoldingElasticsearch8SearchBackend(Elasticsearch8SearchBackend):
    mapping_class = FoldingElasticsearch8Mapping
    query_compiler_class = FoldingElasticsearch8SearchQueryCompiler
    autocomplete_query_compiler_class = FoldingElasticsearch8AutocompleteQueryCompiler
    # The folding analyzers even when a site configures this class without INDEX_SETTINGS.
    settings = deepcopy(Elasticsearch8SearchBackend.settings)
    for _key, _value in INDEX_SETTINGS["settings"]["analysis"].items():
        settings["settings"]["analysis"].setdefault(_key, {}).update(deepcopy(_value))
    del _key, _value


SearchBackend = FoldingElasticsearch8SearchBackend
