"""Elasticsearch: the settings, mappings, documents and queries Wagtail sends with the package's
folding backend, through a real HTTP exchange with a recording server on 127.0.0.1; and, when
ELASTICSEARCH_URL names a real cluster, the same searches against it.
"""

import importlib
import os
import unicodedata
import uuid

import pytest

pytest.importorskip("elasticsearch")

from pbgdpl_wagtail.models import LegalDocument  # noqa: E402
from pbgdpl_wagtail.search.elasticsearch import (  # noqa: E402
    FOLDING_ANALYZER,
    client_major,
    elasticsearch_backend,
)
from pbgdpl_wagtail.search.query import build_query  # noqa: E402

from .elasticsearch_recorder import RecordingServer  # noqa: E402
from .factories import AgencyFactory, LegalDocumentFactory  # noqa: E402

pytestmark = pytest.mark.django_db


def make_backend(params):
    params = dict(params)
    module = importlib.import_module(params.pop("BACKEND"))
    return module.SearchBackend(params)


@pytest.fixture
def document(db):
    return LegalDocumentFactory(
        number="35/2013/QH13",
        abstract="Luật Hòa giải ở cơ sở",
        issuer=AgencyFactory(name="Quốc hội"),
    )


def test_backend_entry_for_each_client_major():
    entry = elasticsearch_backend(
        ["http://es-1:9200", "http://es-2:9200"],
        index_prefix="anthinh_",
        major=8,
        index_settings={"number_of_shards": 1, "number_of_replicas": 1},
        timeout=20,
    )
    assert entry["BACKEND"] == "pbgdpl_wagtail.search.backends.elasticsearch8"
    assert entry["URLS"] == ["http://es-1:9200", "http://es-2:9200"]
    assert entry["INDEX_PREFIX"] == "anthinh_"
    assert entry["TIMEOUT"] == 20
    settings = entry["INDEX_SETTINGS"]["settings"]
    assert settings["number_of_replicas"] == 1
    assert settings["analysis"]["analyzer"]["default"]["filter"] == ["lowercase", "asciifolding"]
    assert elasticsearch_backend("http://es:9200", major=9)["BACKEND"].endswith("9")
    with pytest.raises(ValueError):
        elasticsearch_backend("http://es:9200", major=7)


@pytest.mark.parametrize("major", [8, 9])
def test_index_settings_mapping_documents_and_queries(document, major):
    with RecordingServer(major=client_major()) as server:
        backend = make_backend(elasticsearch_backend(server.url, index_prefix="test_", major=major))
        index = backend.get_index_for_model(LegalDocument)
        index.put()
        index.add_model(LegalDocument)
        index.add_items(LegalDocument, [document])
        found = list(backend.search(build_query("HÒA GIẢI ở"), LegalDocument))
        list(backend.autocomplete("hoa gi", LegalDocument))
        recorder = server.recorder

    # The index: the default analyzer folds, decomposed marks are dropped first.
    (created,) = [
        b for m, p, b in recorder.requests if m == "PUT" and p == "/test_pbgdpl_legaldocument"
    ]
    analysis = created["settings"]["analysis"]
    assert analysis["analyzer"]["default"] == {
        "type": "custom",
        "char_filter": ["pbgdpl_strip_marks"],
        "tokenizer": "standard",
        "filter": ["lowercase", "asciifolding"],
    }
    assert analysis["char_filter"]["pbgdpl_strip_marks"]["pattern"] == "\\p{M}"
    assert analysis["analyzer"]["edgengram_analyzer"]["filter"][:2] == ["lowercase", "asciifolding"]

    # The mapping: folded copies beside the originals; autocomplete searched with folding.
    (mapping,) = recorder.bodies("PUT", "/_mapping")
    properties = mapping["properties"]
    assert properties["number_folded"]["type"] == "text"
    assert properties["abstract_edgengrams"]["search_analyzer"] == FOLDING_ANALYZER
    assert properties["_edgengrams"]["search_analyzer"] == FOLDING_ANALYZER
    assert "number" in properties and "abstract" in properties

    # The document: original text for display, folded copy for đ → d.
    (bulk,) = recorder.bodies("PUT", "/_bulk") + recorder.bodies("POST", "/_bulk")
    sent = bulk[1]
    assert sent["abstract"] == "Luật Hòa giải ở cơ sở"
    assert sent["abstract_folded"] == "luat hoa giai o co so"
    assert sent["number_folded"] == "35/2013/qh13"

    # The queries: folded text; autocomplete against the n-grams.
    search_body, autocomplete_body = recorder.bodies("POST", "/_search")
    assert "hoa giai o" in str(search_body["query"])
    assert "HÒA" not in str(search_body["query"])
    assert "_edgengrams" in str(autocomplete_body["query"])
    assert "hoa gi" in str(autocomplete_body["query"])
    assert found == [document]


@pytest.mark.skipif(not os.environ.get("ELASTICSEARCH_URL"), reason="set ELASTICSEARCH_URL")
def test_live_cluster_folds_vietnamese(document):
    backend = make_backend(
        elasticsearch_backend(
            os.environ["ELASTICSEARCH_URL"], index_prefix=f"pbgdpl_test_{uuid.uuid4().hex[:8]}_"
        )
    )
    LegalDocumentFactory(number="14/2019/QĐ-TTg", abstract="Về việc xây dựng Tủ sách pháp luật")
    index = backend.get_index_for_model(LegalDocument)
    try:
        index.reset()
        index.add_model(LegalDocument)
        index.add_items(LegalDocument, list(LegalDocument.objects.all()))
        index.refresh()
        for typed in (
            "hoa giai o co so",
            "HÒA GIẢI",
            "hoà giải",
            unicodedata.normalize("NFD", "hòa giải ở"),
        ):
            assert list(backend.search(typed, LegalDocument)) == [document], typed
        assert list(backend.autocomplete("hoa gi", LegalDocument)) == [document]
        assert [d.number for d in backend.search("qd-ttg", LegalDocument)] == ["14/2019/QĐ-TTg"]
    finally:
        index.delete()
