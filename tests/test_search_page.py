"""The site search page: results across types, facets in the URL, snippets, suggestions,
autocomplete, bad input, and a query count that does not grow with the results."""

import datetime
import unicodedata

import pytest
from bs4 import BeautifulSoup

from pbgdpl_wagtail.models import SearchPage
from pbgdpl_wagtail.search.highlight import highlight
from pbgdpl_wagtail.search.registry import SearchableType, searchable_types

from .factories import (
    AgencyFactory,
    DocumentTypeFactory,
    LegalDocumentFactory,
    LegalFieldFactory,
    make_document_index,
    make_section,
)
from .factories_news import make_news, make_news_index

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(portal):
    mediation = LegalFieldFactory(name="Hòa giải ở cơ sở")
    dissemination = LegalFieldFactory(name="Phổ biến, giáo dục pháp luật")
    decision = DocumentTypeFactory(name="Quyết định", abbreviation="QĐ")
    issuer = AgencyFactory(name="Ủy ban nhân dân tỉnh An Thịnh")
    make_document_index(portal, doc_types=[decision])
    documents = []
    for number, abstract, year, field in [
        ("12/2024/QĐ-UBND", "Quy chế phối hợp hòa giải ở cơ sở", 2024, mediation),
        ("25/2025/QĐ-UBND", "Kế hoạch hòa giải ở cơ sở năm 2025", 2025, mediation),
        ("30/2025/QĐ-UBND", "Kế hoạch phổ biến pháp luật năm 2025", 2025, dissemination),
    ]:
        document = LegalDocumentFactory(
            number=number,
            abstract=abstract,
            doc_type=decision,
            issuer=issuer,
            issued_date=datetime.date(year, 3, 1),
        )
        document.fields.set([field])
        document.save()  # a parental many-to-many is written on save
        documents.append(document)
    news_index = make_news_index(portal)
    make_news(
        news_index,
        title="Tập huấn hòa giải ở cơ sở cho xã Đồng Tâm",
        slug="tap-huan",
        date=datetime.date(2025, 6, 1),
        intro="Hòa giải viên của các thôn dự tập huấn.",
        publish=True,
    )
    make_section(portal, title="Hòa giải ở cơ sở", slug="hoa-giai")
    page = SearchPage(title="Tìm kiếm", slug="tim-kiem", per_page=2)
    portal.add_child(instance=page)
    page.save_revision().publish()
    return {"page": page, "mediation": mediation, "documents": documents}


def get(client, page, **params):
    response = client.get(page.url, params)
    assert response.status_code == 200
    return response, BeautifulSoup(response.content, "html.parser")


def titles(html):
    return [h.get_text(" ", strip=True) for h in html.select(".pbgdpl-search__title")]


def test_one_search_across_types_with_highlighted_words(client, site):
    response, html = get(client, site["page"], q="hoa giai o co so")
    count = html.select_one("#pbgdpl-search-count").get_text()
    assert count.startswith("4 ")  # two documents, the news item, the section page
    assert len(titles(html)) == 2  # per_page
    marks = {m.get_text() for m in html.select(".pbgdpl-search__result mark")}
    assert {"Hòa", "giải", "ở", "cơ", "sở"} <= marks
    type_facet = html.select(".pbgdpl-search__facets ul")[0]
    counts = [a.select_one(".pbgdpl-search__count").get_text() for a in type_facet.select("a")]
    assert counts == ["(2)", "(1)", "(1)"]  # documents, news, other pages: the registry's order


def test_facets_narrow_and_stay_in_the_pagination_links(client, site):
    mediation = site["mediation"]
    _response, html = get(client, site["page"], q="hoa giai", type="documents")
    assert all("QĐ-UBND" in t for t in titles(html))
    _response, html = get(
        client, site["page"], q="hoa giai", type="documents", field=mediation.pk, year=2025
    )
    assert titles(html) == ["Quyết định 25/2025/QĐ-UBND"]
    # The kept filters ride along in the form, the facet links and the pagination links.
    hidden = {i["name"]: i["value"] for i in html.select("form input[type=hidden]")}
    assert hidden == {"type": "documents", "field": str(mediation.pk), "year": "2025"}
    _response, html = get(client, site["page"], q="hoa giai")
    next_link = html.select_one("a[rel=next]")["href"]
    assert "q=hoa+giai" in next_link and "page=2" in next_link
    _response, html = get(client, site["page"], q="hoa giai", type="documents")
    next_link = html.select_one("a[rel=next]")
    assert next_link is None or "type=documents" in next_link["href"]


def test_bad_filters_are_errors_not_crashes(client, site):
    for params in ({"type": "nope"}, {"field": "999999"}, {"year": "abc"}, {"year": "99999"}):
        _response, html = get(client, site["page"], q="hoa giai", **params)
        assert html.select_one(".pbgdpl-form-errors[role=alert]")
        assert titles(html) == []
    response = client.get(site["page"].url, {"q": "hoa giai", "page": "99"})
    assert response.status_code == 404


def test_no_result_suggests_a_spelling(client, site):
    _response, html = get(client, site["page"], q="hoaa giai")
    assert titles(html) == []
    suggestion = html.select_one(".pbgdpl-search__none a[rel=nofollow]")
    assert suggestion.get_text() == "hòa giải"
    assert "q=h%C3%B2a+gi%E1%BA%A3i" in suggestion["href"]


def test_the_did_you_mean_vocabulary_is_read_once_until_an_item_is_saved(portal, site, monkeypatch):
    from pbgdpl_wagtail.search import site_search

    reads = []
    read = site_search._read_vocabulary
    monkeypatch.setattr(
        site_search, "_read_vocabulary", lambda types: reads.append(1) or read(types)
    )
    site_search.vocabulary_changed()  # whatever an earlier test left in the cache
    assert site_search.suggest("hoaa giai") == "hòa giải"
    assert site_search.suggest("hoaa giai") == "hòa giải"
    assert len(reads) == 1
    make_section(portal, title="Tủ sách pháp luật", slug="tu-sach")
    assert site_search.suggest("tu sachh") == "tủ sách"
    assert len(reads) == 2


def test_a_typed_number_puts_first_only_the_documents_whose_number_starts_with_it(site):
    from pbgdpl_wagtail.search.site_search import run_search

    mediation_plan = site["documents"][1]
    LegalDocumentFactory(
        number="125/2025/QĐ-UBND",
        abstract="Kế hoạch tuyên truyền pháp luật",
        doc_type=mediation_plan.doc_type,
        issuer=mediation_plan.issuer,
    )
    for typed in ("25/2025/QĐ-UBND", "25/2025/qd-ubnd", "25/2025"):
        outcome = run_search(typed)
        assert [hit.pk for hit in outcome.hits if hit.exact] == [mediation_plan.pk], typed
        assert outcome.hits[0].pk == mediation_plan.pk


def test_empty_query_shows_only_the_form(client, site):
    _response, html = get(client, site["page"], q="")
    assert html.select_one("input[type=search]")
    assert not html.select("#pbgdpl-search-count")


def test_autocomplete_answers_json_and_the_box_works_without_it(client, site):
    _response, html = get(client, site["page"])
    box = html.select_one("input[type=search][name=q]")
    assert box.find_parent("form")["method"] == "get"
    url = box["data-pbgdpl-autocomplete"]
    response = client.get(url, {"q": "tap hu"})
    data = response.json()
    assert [r["title"] for r in data["results"]] == ["Tập huấn hòa giải ở cơ sở cho xã Đồng Tâm"]
    assert data["results"][0]["url"].endswith("/tap-huan/")
    assert client.get(url, {"q": "d"}).json()["results"] == []
    decomposed = unicodedata.normalize("NFD", "Đồng T")
    assert client.get(url, {"q": decomposed}).json()["results"]


# One ranking query and one query describing every type's candidates; then the page of
# results, a query or two per type shown, none per result (issue #10: 20 at most).
MAX_QUERIES = 20


def test_query_count_does_not_grow_with_the_results(client, site):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    page = site["page"]
    page.per_page = 50
    page.save_revision().publish()
    client.get(page.url, {"q": "hoa giai"})  # per-process caches (content types, page tree)
    with CaptureQueriesContext(connection) as few:
        client.get(page.url, {"q": "hoa giai"})
    for number in range(20):
        LegalDocumentFactory(
            number=f"{100 + number}/2025/QĐ-UBND",
            abstract=f"Hòa giải ở cơ sở, đợt {number}",
            doc_type=site["documents"][0].doc_type,
            issuer=site["documents"][0].issuer,
        )
    client.get(page.url, {"q": "hoa giai"})
    with CaptureQueriesContext(connection) as many:
        response = client.get(page.url, {"q": "hoa giai"})
    assert len(BeautifulSoup(response.content, "html.parser").select(".pbgdpl-search__result")) > 20
    assert len(many) == len(few) <= MAX_QUERIES


def test_a_registered_type_joins_the_search(client, site):
    from pbgdpl_wagtail.snippets import Agency

    searchable_types.register(
        SearchableType(
            key="agencies",
            label="Agencies",
            items=lambda: Agency.objects.all(),
            url=lambda agency, request: "",
            title=lambda agency: agency.name,
            title_fields=("name",),
        )
    )
    try:
        _response, html = get(client, site["page"], q="uy ban nhan dan")
        assert "Ủy ban nhân dân tỉnh An Thịnh" in titles(html)
    finally:
        searchable_types.unregister("agencies")


def test_highlight_escapes_text_and_marks_folded_matches():
    html = highlight("<b>Hòa</b> GIẢI ở Đồng Tâm", "hoa giai dong")
    assert html == "&lt;b&gt;<mark>Hòa</mark>&lt;/b&gt; <mark>GIẢI</mark> ở <mark>Đồng</mark> Tâm"
    long_text = "Mở đầu. " * 60 + "Hòa giải ở cơ sở." + " Kết thúc." * 60
    excerpt = highlight(long_text, "hoa giai", length=120)
    assert excerpt.startswith("… ") and "<mark>Hòa</mark>" in excerpt and excerpt.endswith(" …")
