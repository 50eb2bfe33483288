"""The folded copies reach the index, and folded queries find them, on the site's database."""

import unicodedata

import pytest
from django.db import connection
from wagtail.search import index
from wagtail.search.models import IndexEntry

from pbgdpl_wagtail.models import LegalDocument, SectionPage
from pbgdpl_wagtail.search import query as search_query
from pbgdpl_wagtail.search import sqlite
from pbgdpl_wagtail.search.indexing import (
    FoldedAutocompleteField,
    FoldedSearchField,
    ReadOnceAutocompleteField,
    ReadOnceSearchField,
    with_folded_copies,
)

from .factories import AgencyFactory, LegalDocumentFactory, make_section

pytestmark = pytest.mark.django_db


def test_every_text_field_gets_one_folded_copy_with_its_boost():
    fields = with_folded_copies(
        [
            index.SearchField("title", boost=2),
            index.AutocompleteField("title"),
            index.FilterField("live"),
            index.RelatedFields("issuer", [index.SearchField("name")]),
        ]
    )
    copies = [f for f in fields if isinstance(f, FoldedSearchField | FoldedAutocompleteField)]
    assert [(type(f), f.field_name) for f in copies] == [
        (FoldedSearchField, "title"),
        (FoldedAutocompleteField, "title"),
    ]
    assert copies[0].boost == 2
    related = next(f for f in fields if isinstance(f, index.RelatedFields))
    assert [type(f) for f in related.fields] == [ReadOnceSearchField, FoldedSearchField]
    assert [type(f) for f in fields[:2]] == [ReadOnceSearchField, ReadOnceAutocompleteField]
    assert fields[0].boost == 2
    # Applying it twice adds nothing.
    assert len(with_folded_copies(fields)) == len(fields)


def test_a_rich_text_answer_is_parsed_once_however_often_a_backend_reads_it():
    from unittest import mock

    from wagtail.fields import RichTextField

    from pbgdpl_wagtail.snippets.questions import Question

    question = Question(title="Hỏi về hòa giải", text="Thủ tục?", answer="<p>Theo <b>Luật</b></p>")
    parse = RichTextField.get_searchable_content
    with mock.patch.object(
        RichTextField, "get_searchable_content", autospec=True, side_effect=parse
    ) as parsed:
        for _column in ("title", "body", "autocomplete"):  # as the database backends read
            values = [field.get_value(question) for field in Question.get_search_fields()]
    assert parsed.call_count == 1
    assert ["Theo Luật"] in values and "theo luat" in values
    question.answer = "<p>Đã sửa</p>"  # a changed answer is read again
    with mock.patch.object(
        RichTextField, "get_searchable_content", autospec=True, side_effect=parse
    ) as parsed:
        values = [field.get_value(question) for field in Question.get_search_fields()]
    assert parsed.call_count == 1 and "da sua" in values


def test_models_of_the_package_index_a_folded_copy():
    document = LegalDocumentFactory(
        number="25/2021/QĐ-TTg",
        abstract="Quy định về xã, phường đạt chuẩn tiếp cận pháp luật",
        issuer=AgencyFactory(name="Thủ tướng Chính phủ"),
    )
    folded = [f for f in LegalDocument.get_search_fields() if isinstance(f, FoldedSearchField)]
    values = {f.field_name: f.get_value(document) for f in folded}
    assert values["number"] == "25/2021/qd-ttg"
    assert values["abstract"] == "quy dinh ve xa, phuong dat chuan tiep can phap luat"
    entry = IndexEntry.objects.get(object_id=str(document.pk), content_type__model="legaldocument")
    body = entry.body_text if connection.vendor == "postgresql" else entry.body
    assert "25/2021/qd-ttg" in body
    assert "Quy định về xã" in body  # the original stays for display and ranking


def test_page_titles_are_folded_into_the_title_column(portal):
    page = make_section(portal, title="Hòa giải ở cơ sở", slug="hoa-giai")
    entry = IndexEntry.objects.get(object_id=str(page.pk), content_type__model="sectionpage")
    title = entry.title_text if connection.vendor == "postgresql" else entry.title
    assert title == "Hòa giải ở cơ sở hoa giai o co so"


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's FTS5 table")
def test_the_migration_gave_the_fts_table_the_folding_tokeniser(db):
    assert sqlite.fts_table_folds(connection) is True


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's FTS5 table")
def test_rebuilding_the_fts_table_keeps_what_was_indexed(portal):
    make_section(portal, title="Hòa giải ở cơ sở", slug="hoa-giai")
    try:
        assert sqlite.rebuild_fts_table(connection, sqlite.WAGTAIL_TOKENIZER)
        assert sqlite.fts_table_folds(connection) is False
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT count(*) FROM {sqlite.fts_table_name()}")
            assert cursor.fetchone()[0] == IndexEntry.objects.count()
    finally:
        sqlite.rebuild_fts_table(connection)
    assert sqlite.fts_table_folds(connection) is True
    found = search_query.search(SectionPage.objects.all(), "HOÀ GIẢI Ở")
    assert [p.title for p in found] == ["Hòa giải ở cơ sở"]


@pytest.mark.parametrize(
    "typed",
    [
        "hoa giai o co so",
        "Hòa giải ở cơ sở",
        "hoà giải",
        "HÒA GIẢI",
        unicodedata.normalize("NFD", "hòa giải ở"),
        '"giai o co"',
    ],
)
def test_folded_queries_find_accented_pages(portal, typed):
    make_section(portal, title="Hòa giải ở cơ sở", slug="hoa-giai")
    make_section(portal, title="Tủ sách pháp luật", slug="tu-sach")
    found = search_query.search(SectionPage.objects.live(), typed)
    assert [p.title for p in found] == ["Hòa giải ở cơ sở"]


def test_d_stroke_meets_d(portal):
    make_section(portal, title="Địa phương đạt chuẩn", slug="dia-phuong")
    for typed in ("dia phuong", "ĐỊA PHƯƠNG", "đia phuong"):
        assert [p.slug for p in search_query.search(SectionPage.objects.all(), typed)] == [
            "dia-phuong"
        ], typed


@pytest.mark.parametrize("typed", ["", "   ", '"', "*", "()", ":"])
def test_queries_without_words_find_nothing_and_never_fail(portal, typed):
    make_section(portal, title="Hòa giải ở cơ sở", slug="hoa-giai")
    assert list(search_query.search(SectionPage.objects.all(), typed)) == []


def test_autocomplete_folds_the_prefix(portal):
    make_section(portal, title="Địa phương đạt chuẩn", slug="dia-phuong")
    found = search_query.autocomplete(SectionPage.objects.all(), "dia phu")
    assert [p.slug for p in found] == ["dia-phuong"]


def test_admin_listing_and_chooser_find_records_typed_without_diacritics(admin_client):
    from django.urls import reverse

    LegalDocumentFactory(number="35/2013/QH13", abstract="Luật Hòa giải ở cơ sở")
    LegalDocumentFactory(number="14/2019/QĐ-TTg", abstract="Về việc xây dựng Tủ sách pháp luật")
    listing = reverse("wagtailsnippets_pbgdpl_legaldocument:list")
    # (Numbers typed folded, like 14/2019/qd-ttg, are the site search's business: PostgreSQL's
    # parser reads them as file paths, which Wagtail's admin query does not match.)
    for typed in ("hoa giai o co so", "HÒA GIẢI", "tu sach phap luat"):
        response = admin_client.get(listing, {"q": typed})
        assert response.status_code == 200
        content = response.content.decode()
        expected = "14/2019/QĐ-TTg" if "sach" in typed else "35/2013/QH13"
        other = "35/2013/QH13" if "sach" in typed else "14/2019/QĐ-TTg"
        assert expected in content and other not in content, typed


def test_ranked_pks_puts_title_matches_first_and_reads_fts_syntax_safely(portal):
    from pbgdpl_wagtail.search.ranking import fts5_expression, ranked_pks

    body_only = make_section(portal, title="Tin tức", slug="tin", intro="Hòa giải ở cơ sở")
    in_title = make_section(portal, title="Hòa giải ở cơ sở", slug="hoa-giai")
    ranked = ranked_pks(SectionPage.objects.live(), "hoa giai", 10)
    assert [pk for pk, _score in ranked] == [in_title.pk, body_only.pk]
    assert ranked[0][1] >= ranked[1][1] > 0
    assert len(ranked_pks(SectionPage.objects.live(), 'hoa" giai', 10)) == 2  # odd quote
    assert ranked_pks(SectionPage.objects.live(), "   ", 10) == []
    query = search_query.build_query('"hoa giai" 25/2021/qd-ttg')
    assert fts5_expression(query) == '("hoa giai" AND ("25/2021/qd-ttg"))'


def test_every_model_is_ranked_with_one_query_on_sqlite_and_postgresql(
    portal, django_assert_num_queries
):
    from pbgdpl_wagtail.search.ranking import _fast_path, autocomplete_pks_many, ranked_pks_many

    section = make_section(portal, title="Hòa giải ở cơ sở", slug="hoa-giai")
    make_section(portal, title="Tủ sách pháp luật", slug="tu-sach")
    document = LegalDocumentFactory(number="35/2013/QH13", abstract="Luật Hòa giải ở cơ sở")
    LegalDocumentFactory(number="14/2019/QĐ-TTg", abstract="Về việc xây dựng Tủ sách pháp luật")
    querysets = [SectionPage.objects.live(), LegalDocument.objects.filter(live=True)]
    ranked_pks_many(querysets, "hoa giai", 10)  # the content types are cached from here on
    # SQLite and PostgreSQL: one query of the index for both models; others: one per model.
    assert _fast_path(SectionPage)[0] == connection.vendor
    expected = 1
    with django_assert_num_queries(expected):
        pages, documents = ranked_pks_many(querysets, "hoa giai", 10)
    assert [pk for pk, _score in pages] == [section.pk]
    assert [pk for pk, _score in documents] == [document.pk]
    with django_assert_num_queries(expected):
        pages, documents = autocomplete_pks_many(querysets, "HÒA GI", 10)
    assert [pk for pk, _score in pages] == [section.pk]
    assert [pk for pk, _score in documents] == [document.pk]
    assert autocomplete_pks_many(querysets, ' " ', 10) == [[], []]


def test_the_best_of_each_page_type_are_kept_so_one_type_cannot_crowd_out_another(portal):
    from wagtail.models import Page

    from pbgdpl_wagtail.search.ranking import _fast_path, ranked_pks, ranked_pks_many

    from .factories_news import make_news, make_news_index

    if _fast_path(Page)[0] is None:
        pytest.skip("the per-type limit is the fast paths'")
    news_index = make_news_index(portal)
    news = [make_news(news_index, title=f"Hòa giải {n}", slug=f"hoa-giai-{n}") for n in range(3)]
    section = make_section(portal, title="Hướng dẫn", slug="huong-dan", intro="Hòa giải")
    [ranked] = ranked_pks_many([Page.objects.live()], "hoa giai", 1)
    found = {pk for pk, _score in ranked}
    assert section.pk in found and len(found & {page.pk for page in news}) == 1
    assert len(ranked_pks(Page.objects.live(), "hoa giai", 1)) == 1


def test_listing_search_is_folded_and_reads_the_index_in_the_listing_query(
    portal, django_assert_num_queries
):
    from pbgdpl_wagtail.page_models.listing import matching_pks
    from pbgdpl_wagtail.search.ranking import _fast_path

    local = make_section(portal, title="Địa phương đạt chuẩn", slug="dia-phuong")
    make_section(portal, title="Tủ sách pháp luật", slug="tu-sach")
    matching_pks(SectionPage.objects.live(), "dia phuong")  # the content types are cached
    # SQLite and PostgreSQL: a subquery of the listing's own query.
    assert _fast_path(SectionPage)[0] == connection.vendor
    with django_assert_num_queries(1):
        pks = matching_pks(SectionPage.objects.live(), "ĐỊA PHUONG")
        assert list(SectionPage.objects.filter(pk__in=pks)) == [local]
    assert not SectionPage.objects.filter(pk__in=matching_pks(SectionPage.objects.all(), '"'))


def test_postgresql_indexes_the_title_and_body_that_wagtail_searches_together(db):
    from pbgdpl_wagtail.search import postgres

    if connection.vendor != "postgresql":
        pytest.skip("the index is PostgreSQL's")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = %s", [postgres.TITLE_BODY_INDEX]
        )
        row = cursor.fetchone()
    assert row is not None and "gin" in row[0] and "(title || body)" in row[0]


def test_a_model_off_the_fast_path_after_one_on_it_keeps_each_on_its_own_way(portal, monkeypatch):
    from pbgdpl_wagtail.search import ranking

    section = make_section(portal, title="Hòa giải ở cơ sở", slug="hoa-giai")
    document = LegalDocumentFactory(number="35/2013/QH13", abstract="Luật Hòa giải ở cơ sở")
    fast_path = ranking._fast_path
    # As if the documents lived in a database of their own: Wagtail's search for them.
    monkeypatch.setattr(
        ranking,
        "_fast_path",
        lambda model: (None, None) if model is LegalDocument else fast_path(model),
    )
    querysets = [SectionPage.objects.live(), LegalDocument.objects.filter(live=True)]
    pages, documents = ranking.ranked_pks_many(querysets, "hoa giai", 10)
    assert [pk for pk, _score in pages] == [section.pk]
    assert [pk for pk, _score in documents] == [document.pk]
    pages, documents = ranking.autocomplete_pks_many(querysets, "hoa gi", 10)
    assert [pk for pk, _score in pages] == [section.pk]
    assert [pk for pk, _score in documents] == [document.pk]
