import datetime
from io import StringIO
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from pbgdpl_wagtail.models import LegalDocument, LegalDocumentRelation
from pbgdpl_wagtail.snippets.legal_documents import RelationType, ValidityStatus

from .factories import (
    AgencyFactory,
    DocumentTypeFactory,
    LegalDocumentFactory,
    LegalFieldFactory,
    make_document_index,
    make_section,
)

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def relate(source, relation_type, target):
    return LegalDocumentRelation.objects.create(
        source=source, relation_type=relation_type, target=target
    )


# Validation


def test_effective_date_cannot_precede_issue():
    document = LegalDocumentFactory.build(
        doc_type=DocumentTypeFactory(),
        issuer=AgencyFactory(),
        issued_date=datetime.date(2025, 3, 1),
        effective_date=datetime.date(2025, 2, 1),
    )
    with translation.override("vi"), pytest.raises(ValidationError) as error:
        document.full_clean()
    assert error.value.message_dict["effective_date"] == [
        "Văn bản không thể có hiệu lực trước ngày ban hành."
    ]


def test_expiry_must_follow_effect():
    document = LegalDocumentFactory.build(
        doc_type=DocumentTypeFactory(),
        issuer=AgencyFactory(),
        issued_date=datetime.date(2025, 3, 1),
        effective_date=datetime.date(2025, 3, 15),
        expiry_date=datetime.date(2025, 3, 15),
    )
    with pytest.raises(ValidationError) as error:
        document.full_clean()
    assert "expiry_date" in error.value.message_dict
    document.expiry_date = datetime.date(2025, 3, 16)
    document.full_clean()
    # Without a date of effect, the expiry is compared with the date of issue.
    document.effective_date = None
    document.expiry_date = datetime.date(2025, 3, 1)
    with pytest.raises(ValidationError):
        document.full_clean()


def test_number_is_unique_per_issuer():
    existing = LegalDocumentFactory(number="25/2021/QĐ-TTg")
    duplicate = LegalDocumentFactory.build(
        number="25/2021/QĐ-TTg", doc_type=existing.doc_type, issuer=existing.issuer
    )
    with translation.override("vi"), pytest.raises(ValidationError) as error:
        duplicate.full_clean()
    assert "Cơ quan này đã có văn bản mang số, ký hiệu này." in str(error.value)
    other_issuer = LegalDocumentFactory.build(
        number="25/2021/QĐ-TTg", doc_type=existing.doc_type, issuer=AgencyFactory()
    )
    other_issuer.full_clean()


def test_relation_to_itself_is_refused():
    document = LegalDocumentFactory()
    relation = LegalDocumentRelation(
        source=document, relation_type=RelationType.AMENDS, target=document
    )
    with pytest.raises(ValidationError):
        relation.full_clean()


# Validity


def test_status_expiry_and_replacement_end_a_document():
    today = datetime.date(2026, 11, 29)
    in_force = LegalDocumentFactory()
    expired = LegalDocumentFactory(status=ValidityStatus.EXPIRED)
    past_expiry = LegalDocumentFactory(expiry_date=datetime.date(2026, 1, 1))
    replaced = LegalDocumentFactory()
    replacement = LegalDocumentFactory()
    relate(replacement, RelationType.REPLACES, replaced)
    assert set(LegalDocument.objects.out_of_force(today)) == {expired, past_expiry, replaced}
    assert not in_force.is_out_of_force(today)
    assert replaced.is_out_of_force(today)
    with translation.override("vi"):
        assert str(replaced.validity_label(today)) == "Không còn hiệu lực"
        assert str(expired.validity_label(today)) == "Hết hiệu lực toàn bộ"
    # A replacement that is only a draft does not end anything yet.
    replacement.live = False
    replacement.save()
    assert not replaced.is_out_of_force(today)
    assert replaced not in LegalDocument.objects.out_of_force(today)


def test_relations_read_in_both_directions(client, portal):
    index = make_document_index(portal)
    old = LegalDocumentFactory(number="619/QĐ-TTg", abstract="Bộ tiêu chí năm 2017")
    new = LegalDocumentFactory(number="25/2021/QĐ-TTg", abstract="Bộ tiêu chí năm 2021")
    relate(new, RelationType.REPLACES, old)
    with translation.override("vi"):
        new_page = soup(client.get(index.url_for_document(new)))
        old_page = soup(client.get(index.url_for_document(old)))
    assert "Văn bản này thay thế" in new_page.select_one(".pbgdpl-relations").get_text()
    assert new_page.select_one(".pbgdpl-relations a").get_text() == str(old)
    relations = old_page.select_one(".pbgdpl-relations").get_text()
    assert "Văn bản này được thay thế bởi" in relations and "25/2021/QĐ-TTg" in relations
    # The replaced document warns its readers and points to the new one.
    warning = old_page.select_one(".pbgdpl-validity-warning")
    assert warning and "25/2021/QĐ-TTg" in warning.get_text()
    assert not new_page.select_one(".pbgdpl-validity-warning")


# Validity watch


def cite(section, document):
    section.body = [
        {
            "type": "legal_document",
            "value": {"document": document.pk, "articles": "Điều 4", "note": ""},
        }
    ]
    section.save_revision().publish()


def test_pages_citing_an_ended_document_warn_and_are_reported(client, admin_client, portal):
    ended = LegalDocumentFactory(number="07/2017/TT-BTP", status=ValidityStatus.EXPIRED)
    current = LegalDocumentFactory(number="09/2021/TT-BTP")
    warned = make_section(portal, title="Tiếp cận pháp luật", slug="tiep-can")
    fine = make_section(portal, title="Hòa giải", slug="hoa-giai")
    cite(warned, ended)
    cite(fine, current)

    page = soup(client.get(warned.url))
    warnings = page.select(".pbgdpl-validity-warning")
    assert len(warnings) == 2  # at the top of the page and at the citation
    assert "07/2017/TT-BTP" in warnings[0].get_text()
    assert page.select_one(".pbgdpl-badge--expired")
    assert not soup(client.get(fine.url)).select_one(".pbgdpl-validity-warning")

    report = soup(admin_client.get(reverse("pbgdpl_outdated_citations")))
    rows = report.select("table.listing tbody tr")
    assert len(rows) == 1
    assert "Tiếp cận pháp luật" in rows[0].get_text() and "07/2017/TT-BTP" in rows[0].get_text()

    out = StringIO()
    with translation.override("en"):
        call_command("pbgdpl_outdated_citations", stdout=out)
    assert out.getvalue().splitlines() == [
        "Tiếp cận pháp luật",
        f"  - {ended} (Expired)",
    ]


def test_replacing_a_cited_document_raises_the_warning(client, portal):
    cited = LegalDocumentFactory(number="27/2013/QĐ-TTg")
    section = make_section(portal, title="Hội đồng phối hợp", slug="hdph")
    cite(section, cited)
    assert not soup(client.get(section.url)).select_one(".pbgdpl-validity-warning")
    replacement = LegalDocumentFactory(number="21/2021/QĐ-TTg")
    relate(replacement, RelationType.REPLACES, cited)
    warning = soup(client.get(section.url)).select_one(".pbgdpl-validity-warning")
    assert "21/2021/QĐ-TTg" in warning.get_text()


def test_report_command_when_nothing_is_outdated():
    out = StringIO()
    with translation.override("en"):
        call_command("pbgdpl_outdated_citations", stdout=out)
    assert "No content cites" in out.getvalue()


# Document listing (group 3)


@pytest.fixture
def listing(portal):
    decision = DocumentTypeFactory(name="Quyết định", abbreviation="QĐ")
    plan = DocumentTypeFactory(name="Kế hoạch", abbreviation="KH")
    law = DocumentTypeFactory(name="Luật", kind="legal_normative")
    province = AgencyFactory(name="Ủy ban nhân dân tỉnh An Thịnh")
    justice = AgencyFactory(name="Sở Tư pháp tỉnh An Thịnh")
    field = LegalFieldFactory(code="44.8", name="Phổ biến, giáo dục pháp luật")
    docs = {
        "plan": LegalDocumentFactory(
            number="12/KH-UBND",
            doc_type=plan,
            issuer=province,
            issued_date=datetime.date(2026, 1, 15),
            effective_date=None,
            abstract="Kế hoạch phổ biến, giáo dục pháp luật năm 2026",
        ),
        "decision": LegalDocumentFactory(
            number="45/QĐ-STP",
            doc_type=decision,
            issuer=justice,
            issued_date=datetime.date(2025, 6, 2),
            effective_date=None,
            abstract="Quyết định kiện toàn tổ hòa giải",
            status=ValidityStatus.EXPIRED,
        ),
        "law": LegalDocumentFactory(
            number="14/2012/QH13",
            doc_type=law,
            issuer=AgencyFactory(name="Quốc hội"),
            issued_date=datetime.date(2012, 6, 20),
            effective_date=datetime.date(2013, 1, 1),
            abstract="Luật Phổ biến, giáo dục pháp luật",
        ),
        "draft": LegalDocumentFactory(
            number="99/KH-UBND",
            doc_type=plan,
            issuer=province,
            live=False,
            abstract="Bản nháp chưa công bố",
        ),
    }
    docs["plan"].fields.add(field)
    docs["plan"].save()  # parental many-to-many values are written on save
    page = make_document_index(portal, doc_types=[decision, plan])
    return (
        page,
        docs,
        {
            "decision": decision,
            "plan": plan,
            "province": province,
            "justice": justice,
            "field": field,
        },
    )


def numbers(response):
    return [a.get_text() for a in soup(response).select(".pbgdpl-document-list__title a")]


def test_listing_shows_only_live_documents_of_the_chosen_types(client, listing):
    page, docs, _ = listing
    assert numbers(client.get(page.url)) == [str(docs["plan"]), str(docs["decision"])]


@pytest.mark.parametrize(
    "params, expected",
    [
        (lambda t: {"doc_type": t["plan"].pk}, ["plan"]),
        (lambda t: {"issuer": t["justice"].pk}, ["decision"]),
        (lambda t: {"field": t["field"].pk}, ["plan"]),
        (lambda t: {"year": 2025}, ["decision"]),
        (lambda t: {"status": ValidityStatus.EXPIRED}, ["decision"]),
        (lambda t: {"q": "tổ hòa giải"}, ["decision"]),
        (lambda t: {"q": "12/KH-UBND"}, ["plan"]),
        (lambda t: {"year": 2026, "issuer": t["province"].pk}, ["plan"]),
    ],
)
def test_each_filter(client, listing, params, expected):
    page, docs, things = listing
    assert numbers(client.get(page.url, params(things))) == [str(docs[k]) for k in expected]


@pytest.mark.parametrize(
    "params",
    [
        {"doc_type": "abc"},
        {"year": "1800"},
        {"status": "<script>"},
        {"page": "-1"},
        {"issuer": "999999"},
        {"q": "x" * 500},
    ],
)
def test_bad_filter_values_give_an_error_not_a_crash(client, listing, params):
    page, _, _ = listing
    response = client.get(page.url, params)
    if params.get("page"):
        assert response.status_code in (200, 404)
        return
    html = soup(response)
    assert html.select_one(".pbgdpl-field__error")
    assert "<script>" not in response.content.decode().replace("&lt;script&gt;", "")


def test_detail_is_404_for_drafts_and_documents_outside_the_listing(client, listing):
    page, docs, _ = listing
    assert client.get(page.url_for_document(docs["draft"])).status_code == 404
    assert client.get(page.url_for_document(docs["law"])).status_code == 404
    detail = soup(client.get(page.url_for_document(docs["plan"])))
    assert detail.find("h1").get_text() == str(docs["plan"])
    crumbs = [li.get_text(strip=True) for li in detail.select(".pbgdpl-breadcrumbs li")]
    assert crumbs[-2:] == [page.title, str(docs["plan"])]


def test_rss_feed(client, listing):
    page, docs, _ = listing
    response = client.get(page.url + "rss/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ElementTree.fromstring(response.content).find("channel")
    titles = [item.findtext("title") for item in channel.findall("item")]
    assert titles == [str(docs["plan"]), str(docs["decision"])]
    assert channel.find("item").findtext("link").endswith(f"/{docs['plan'].pk}/")


@pytest.mark.parametrize("count", [5, 500])
def test_listing_queries_do_not_grow_with_documents(
    client, portal, count, django_assert_num_queries
):
    doc_type = DocumentTypeFactory()
    issuer = AgencyFactory()
    for number in range(count):
        document = LegalDocumentFactory(doc_type=doc_type, issuer=issuer)
        if number % 2:
            relate(
                document,
                RelationType.AMENDS,
                LegalDocumentFactory(doc_type=doc_type, issuer=issuer),
            )
    page = make_document_index(portal, per_page=50)
    client.get(page.url)
    with django_assert_num_queries(LISTING_QUERIES):
        response = client.get(page.url)
    assert len(numbers(response)) == min(50, count + count // 2)


# Site, routing, filters (choices, years), count, page of documents with their ending
# relations (menu, breadcrumbs, cited documents: page tree cache): the same for 5 or 90.
LISTING_QUERIES = 16


def test_chooser_finds_documents(admin_client):
    LegalDocumentFactory(number="35/2013/QH13", abstract="Luật Hòa giải ở cơ sở")
    LegalDocumentFactory(number="14/2012/QH13", abstract="Luật Phổ biến, giáo dục pháp luật")
    url = reverse("wagtailsnippetchoosers_pbgdpl_legaldocument:choose_results")
    response = admin_client.get(url, {"q": "Hòa giải"})
    assert response.status_code == 200
    assert "35/2013/QH13" in response.content.decode()
    assert "14/2012/QH13" not in response.content.decode()


def test_chooser_filters_by_type_and_status(admin_client):
    law = DocumentTypeFactory(name="Luật", kind="legal_normative")
    LegalDocumentFactory(number="35/2013/QH13", doc_type=law, abstract="Luật Hòa giải ở cơ sở")
    LegalDocumentFactory(
        number="619/QĐ-TTg", abstract="Chuẩn tiếp cận pháp luật 2017", status=ValidityStatus.EXPIRED
    )
    url = reverse("wagtailsnippetchoosers_pbgdpl_legaldocument:choose_results")
    by_type = admin_client.get(url, {"doc_type": law.pk}).content.decode()
    assert "35/2013/QH13" in by_type and "619/QĐ-TTg" not in by_type
    by_status = admin_client.get(url, {"status": ValidityStatus.EXPIRED}).content.decode()
    assert "619/QĐ-TTg" in by_status and "35/2013/QH13" not in by_status
    both = admin_client.get(url, {"status": ValidityStatus.EXPIRED, "q": "tiếp cận"})
    assert "619/QĐ-TTg" in both.content.decode()
    modal = admin_client.get(reverse("wagtailsnippetchoosers_pbgdpl_legaldocument:choose"))
    assert modal.status_code == 200


@pytest.mark.parametrize("typed", ["25/2021/QĐ-TTg", "25/2021/qd-ttg", "25/2021/QD", "25/2021"])
def test_admin_listing_and_chooser_find_a_document_by_its_number_typed_any_way(admin_client, typed):
    LegalDocumentFactory(number="25/2021/QĐ-TTg", abstract="Chuẩn tiếp cận pháp luật")
    LegalDocumentFactory(number="25/2020/NĐ-CP", abstract="Nghị định về hòa giải")
    LegalDocumentFactory(number="9/2021/TT-BTP", abstract="Thông tư về tiếp cận")
    listing = admin_client.get(reverse("wagtailsnippets_pbgdpl_legaldocument:list"), {"q": typed})
    chooser = admin_client.get(
        reverse("wagtailsnippetchoosers_pbgdpl_legaldocument:choose_results"), {"q": typed}
    )
    for response in (listing, chooser):
        assert response.status_code == 200
        html = response.content.decode()
        assert "25/2021/QĐ-TTg" in html
        assert "25/2020/NĐ-CP" not in html and "9/2021/TT-BTP" not in html


def test_chooser_narrows_a_number_search_by_type(admin_client):
    law = DocumentTypeFactory(name="Luật", kind="legal_normative")
    LegalDocumentFactory(number="25/2021/QĐ-TTg", abstract="Chuẩn tiếp cận pháp luật")
    url = reverse("wagtailsnippetchoosers_pbgdpl_legaldocument:choose_results")
    html = admin_client.get(url, {"q": "25/2021/qd-ttg", "doc_type": law.pk}).content.decode()
    assert "25/2021/QĐ-TTg" not in html


def test_stored_document_type_codes_are_read_without_queries(django_assert_num_queries):
    from pbgdpl_wagtail.blocks.legal_documents import LegalDocumentListBlock

    stored = {"title": "", "doc_types": ["QD", "TT"], "field": None, "status": "", "limit": 3}
    # Wagtail's own multiple choice block looks every code up in the choices: two queries each.
    with django_assert_num_queries(0):
        value = LegalDocumentListBlock().to_python(stored)
    assert value["doc_types"] == ["QD", "TT"]
