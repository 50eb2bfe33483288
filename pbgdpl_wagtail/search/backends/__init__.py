"""Search backends that fold Vietnamese: one module per Elasticsearch client major.

Use them through ``pbgdpl_wagtail.search.elasticsearch.elasticsearch_backend()``.
"""
