"""PostgreSQL: the package's indexer writes what Wagtail's writes, and the one-query ranking of
the index entries gives Wagtail's scores, matches and autocomplete results."""

import datetime

import pytest
from django.conf import settings
from django.db import connection
from modelsearch.backends.database.postgres.postgres import IndexEntry, PostgresSearchBackend

from pbgdpl_wagtail.models import LegalDocument
from pbgdpl_wagtail.search import ranking
from pbgdpl_wagtail.search.backends.database import FastPostgresSearchBackend, SearchBackend
from pbgdpl_wagtail.search.query import search

from .factories import AgencyFactory, DocumentTypeFactory

pytestmark = pytest.mark.django_db

on_postgres = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")

ABSTRACTS = [
    "Kế hoạch phổ biến, giáo dục pháp luật năm 2026 của tỉnh",
    "Quyết định công nhận hòa giải viên ở cơ sở thôn Nậm Khắt",
    "Hướng dẫn hòa giải ở cơ sở và tổ hòa giải",
    "Thông tư quy định về chuẩn tiếp cận pháp luật",
    "Nghị quyết về chính sách hỗ trợ pháp lý cho doanh nghiệp nhỏ",
    "Chỉ thị tăng cường công tác hòa giải, đối thoại tại địa phương",
]


def make_documents():
    doc_type, issuer = DocumentTypeFactory(), AgencyFactory(name="Ủy ban nhân dân tỉnh")
    return [
        LegalDocument.objects.create(
            number=f"{n + 1}/2026/QĐ-UBND",
            doc_type=doc_type,
            issuer=issuer,
            issued_date=datetime.date(2026, 1, n + 1),
            abstract=abstract,
            signer_name="Nguyễn Văn Đức" if n % 2 else "",
            live=True,
        )
        for n, abstract in enumerate(ABSTRACTS)
    ]


def entries(model):
    rows = IndexEntry.objects.filter(content_type__model=model._meta.model_name)
    return {
        row["object_id"]: row
        for row in rows.extra(
            select={
                "title_vector": "title::text",
                "body_vector": "body::text",
                "autocomplete_vector": "autocomplete::text",
            }
        ).values(
            "object_id",
            "title_vector",
            "body_vector",
            "autocomplete_vector",
            "title_text",
            "body_text",
            "title_norm",
        )
    }


def backend_params():
    return settings.WAGTAILSEARCH_BACKENDS["default"]


def test_the_demo_chooses_the_fast_indexer_on_postgresql_only():
    backend = SearchBackend(backend_params())
    assert isinstance(backend, FastPostgresSearchBackend) == (connection.vendor == "postgresql")
    if connection.vendor == "sqlite":
        assert type(backend).__module__.endswith("backends.database.sqlite.sqlite")


@on_postgres
def test_the_fast_indexer_writes_the_entries_wagtails_indexer_writes():
    documents = make_documents()
    IndexEntry.objects.all().delete()

    wagtails = PostgresSearchBackend(backend_params())
    wagtails.get_index_for_model(LegalDocument).add_items(LegalDocument, documents)
    expected = entries(LegalDocument)
    IndexEntry.objects.all().delete()

    fast = FastPostgresSearchBackend(backend_params())
    fast.get_index_for_model(LegalDocument).add_items(LegalDocument, documents)
    written = entries(LegalDocument)

    assert set(written) == {str(document.pk) for document in documents}
    for object_id, row in expected.items():
        norm = row.pop("title_norm")
        assert written[object_id].pop("title_norm") == pytest.approx(norm)
        assert written[object_id] == row
    # The folded copies are in the vectors: đ is indexed as d.
    assert any("'duc'" in row["body_vector"] for row in written.values())


@on_postgres
def test_the_fast_indexer_writes_a_large_batch_in_statements_of_bounded_size(monkeypatch):
    documents = make_documents()
    fast = FastPostgresSearchBackend(backend_params())
    index = fast.get_index_for_model(LegalDocument)
    monkeypatch.setattr(index, "BATCH_SIZE", 4)  # 6 documents: two statements
    IndexEntry.objects.all().delete()
    index.add_items(LegalDocument, iter(documents))
    assert set(entries(LegalDocument)) == {str(document.pk) for document in documents}


@on_postgres
def test_the_fast_indexer_updates_an_entry_in_place():
    documents = make_documents()
    fast = FastPostgresSearchBackend(backend_params())
    index = fast.get_index_for_model(LegalDocument)
    index.add_items(LegalDocument, documents)
    documents[0].abstract = "Văn bản về trợ giúp pháp lý"
    index.add_items(LegalDocument, documents[:1])
    row = entries(LegalDocument)[str(documents[0].pk)]
    assert "'tro'" in row["body_vector"] and "'ke'" not in row["body_vector"]
    assert len(entries(LegalDocument)) == len(documents)


QUERIES = ["hoa giai", "hòa giải ở cơ sở", '"hoa giai" co so', "phap luat", "duc", "khong co gi"]


@on_postgres
@pytest.mark.parametrize("text", QUERIES)
def test_the_fast_path_scores_as_wagtail_does(text):
    make_documents()
    documents = LegalDocument.objects.all()
    assert ranking._fast_path(LegalDocument)[0] == "postgresql"

    fast = ranking.ranked_pks(documents, text, 10)
    wagtails = search(documents, text).annotate_score("_score")
    expected = {document.pk: document._score for document in wagtails}
    assert {pk for pk, _score in fast} == set(expected)
    for pk, score in fast:
        assert score == pytest.approx(expected[pk])
    assert [score for _pk, score in fast] == sorted((score for _pk, score in fast), reverse=True)


@on_postgres
@pytest.mark.parametrize("text", QUERIES)
def test_the_listing_subquery_matches_what_wagtail_finds(text):
    make_documents()
    documents = LegalDocument.objects.all()
    found = set(documents.filter(pk__in=ranking.matching_pks(documents, text)).values_list("pk"))
    assert found == {(document.pk,) for document in search(documents, text)}


@on_postgres
@pytest.mark.parametrize("text", ["hoa g", "Hòa giải ở c", "huong", "ke hoach phổ"])
def test_the_fast_autocomplete_finds_what_wagtail_finds(text):
    from pbgdpl_wagtail.search.query import autocomplete

    make_documents()
    documents = LegalDocument.objects.all()
    fast = [pk for pk, _score in ranking.autocomplete_pks_many([documents], text, 10)[0]]
    assert fast
    assert set(fast) == {document.pk for document in autocomplete(documents, text)}


@on_postgres
def test_the_fast_path_keeps_the_best_of_each_type():
    make_documents()
    documents = LegalDocument.objects.all()
    best = ranking.ranked_pks(documents, "hoa giai", 2)
    assert len(best) == 2
    everything = ranking.ranked_pks(documents, "hoa giai", 10)
    assert best == everything[:2]


@on_postgres
@pytest.mark.parametrize("text", ["-", "- -", '"-" hòa giải', "' \\", "<->", "!hoa"])
def test_the_fast_path_takes_queries_without_words_or_with_tsquery_syntax(text):
    from pbgdpl_wagtail.search.site_search import run_search

    make_documents()
    documents = LegalDocument.objects.all()
    expected = {document.pk for document in search(documents, text)}
    assert {pk for pk, _score in ranking.ranked_pks(documents, text, 10)} == expected
    assert set(documents.filter(pk__in=ranking.matching_pks(documents, text))) == set(
        documents.filter(pk__in=expected)
    )
    ranking.autocomplete_pks_many([documents], text, 10)  # no error
    hits = run_search(text).hits
    assert {hit.pk for hit in hits if hit.type.key == "documents"} == expected
