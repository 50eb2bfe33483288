"""Group 4 — hướng dẫn nghiệp vụ: guidance pages, procedure steps, forms; lists of documents."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation
from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError

from pbgdpl_wagtail.blocks import (
    ContentStreamBlock,
    FormsBlock,
    LegalDocumentListBlock,
    ProcedureStepsBlock,
)
from pbgdpl_wagtail.models import GuidanceIndexPage, GuidancePage, SectionPage
from pbgdpl_wagtail.snippets.legal_documents import ValidityStatus

from .factories import (
    AgencyFactory,
    DocumentTypeFactory,
    LegalDocumentFactory,
    LegalFieldFactory,
    make_document_index,
    make_section,
)
from .factories_materials import DocumentFactory, make_guidance_index, make_guide

pytestmark = pytest.mark.django_db

STREAM = ContentStreamBlock()


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def render(block, raw, context=None):
    return BeautifulSoup(block.render(block.to_python(raw), context=context), "html.parser")


# Pages


def test_guides_live_only_under_a_guidance_listing(portal):
    section = make_section(portal)
    index = make_guidance_index(portal)
    assert GuidanceIndexPage.can_create_at(portal)
    assert GuidanceIndexPage.can_create_at(section)
    assert GuidancePage.can_create_at(index)
    assert not GuidancePage.can_create_at(portal)
    assert not GuidancePage.can_create_at(section)
    assert not SectionPage.can_create_at(index)


def test_guidance_listing_shows_live_guides_in_editor_order(client, portal):
    index = make_guidance_index(portal, per_page=2)
    make_guide(index, title="Công nhận tuyên truyền viên pháp luật", summary="Các bước.")
    make_guide(index, title="Đánh giá chuẩn tiếp cận pháp luật")
    make_guide(index, title="Kiện toàn tổ hòa giải")
    draft = GuidancePage(title="Bản nháp", slug="ban-nhap", summary="Chưa xuất bản")
    index.add_child(instance=draft)
    draft.unpublish()
    html = soup(client.get(index.url))
    assert [a.get_text() for a in html.select(".pbgdpl-item-list__title a")] == [
        "Công nhận tuyên truyền viên pháp luật",
        "Đánh giá chuẩn tiếp cận pháp luật",
    ]
    assert html.select_one(".pbgdpl-item-list__summary").get_text() == "Các bước."
    second = soup(client.get(index.url, {"page": 2}))
    assert [a.get_text() for a in second.select(".pbgdpl-item-list__title a")] == [
        "Kiện toàn tổ hòa giải"
    ]
    assert client.get(index.url, {"page": 3}).status_code == 404


def test_guide_shows_its_legal_basis_with_validity_and_warns(client, portal):
    current = LegalDocumentFactory(
        number="09/2021/TT-BTP", issued_date=datetime.date(2021, 11, 15), effective_date=None
    )
    ended = LegalDocumentFactory(
        number="07/2017/TT-BTP",
        issued_date=datetime.date(2017, 6, 1),
        effective_date=None,
        status=ValidityStatus.EXPIRED,
    )
    index = make_guidance_index(portal)
    guide = make_guide(
        index, title="Đánh giá chuẩn tiếp cận pháp luật", legal_documents=[current, ended]
    )
    html = soup(client.get(guide.url))
    basis = html.select_one(".pbgdpl-related-documents")
    assert basis.find("h2").get_text() == "Căn cứ pháp lý"
    badges = [badge.get_text() for badge in basis.select(".pbgdpl-badge")]
    assert badges == ["Còn hiệu lực", "Hết hiệu lực toàn bộ"]
    warning = html.select_one(".pbgdpl-validity-warning")
    assert "07/2017/TT-BTP" in warning.get_text() and "09/2021" not in warning.get_text()


def test_admin_forms_open(admin_client, portal):
    index = make_guidance_index(portal)
    guide = make_guide(index)
    for url in (
        reverse("wagtailadmin_pages:add", args=["pbgdpl", "guidanceindexpage", portal.pk]),
        reverse("wagtailadmin_pages:add", args=["pbgdpl", "guidancepage", index.pk]),
        reverse("wagtailadmin_pages:edit", args=[guide.pk]),
    ):
        assert admin_client.get(url).status_code == 200, url


# Procedure steps


STEPS = {
    "title": "Trình tự thực hiện",
    "steps": [
        {
            "title": "Niêm yết kết quả tự đánh giá",
            "description": "<p>Niêm yết công khai để lấy ý kiến.</p>",
            "responsible": "Ủy ban nhân dân cấp xã",
            "deadline": "Ít nhất 05 ngày",
            "documents": [],
        },
        {
            "title": "Gửi hồ sơ đề nghị công nhận",
            "description": "",
            "responsible": "",
            "deadline": "Trước ngày 10 tháng 01 năm sau",
            "documents": [{"type": "text", "value": "Báo cáo đánh giá"}],
        },
    ],
    "legal_basis": "Quyết định 25/2021/QĐ-TTg, Điều 5",
}


def test_procedure_steps_render_as_an_ordered_list():
    document = DocumentFactory(title="Văn bản đề nghị")
    raw = {**STEPS, "steps": [dict(step) for step in STEPS["steps"]]}
    raw["steps"][1]["documents"] = [
        {"type": "text", "value": "Báo cáo đánh giá"},
        {"type": "document", "value": document.pk},
    ]
    html = render(ProcedureStepsBlock(), raw)
    assert html.find("h2").get_text() == "Trình tự thực hiện"
    steps = html.select("ol.pbgdpl-procedure__steps > li")
    assert [step.find("h3").get_text() for step in steps] == [
        "Niêm yết kết quả tự đánh giá",
        "Gửi hồ sơ đề nghị công nhận",
    ]
    with translation.override("vi"):
        html = render(ProcedureStepsBlock(), raw)
        steps = html.select("ol.pbgdpl-procedure__steps > li")
    first = dict(
        zip(
            [dt.get_text() for dt in steps[0].find_all("dt")],
            [dd.get_text() for dd in steps[0].find_all("dd")],
            strict=True,
        )
    )
    assert first == {
        "Cơ quan, người thực hiện": "Ủy ban nhân dân cấp xã",
        "Thời hạn": "Ít nhất 05 ngày",
    }
    assert [dt.get_text() for dt in steps[1].find_all("dt")] == ["Thời hạn"]
    needed = steps[1].select(".pbgdpl-procedure__documents li")
    assert needed[0].get_text() == "Báo cáo đánh giá"
    assert needed[1].find("a").get_text() == "Văn bản đề nghị"
    assert "PDF" in needed[1].select_one(".pbgdpl-documents__meta").get_text()
    assert "Quyết định 25/2021/QĐ-TTg" in html.select_one(".pbgdpl-procedure__basis").get_text()


def test_steps_without_a_title_are_second_level_headings():
    html = render(ProcedureStepsBlock(), {**STEPS, "title": ""})
    assert not html.find("h3")
    assert len(html.select("ol > li > h2")) == 2


def test_procedure_needs_a_step_and_each_step_a_title():
    block = ProcedureStepsBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({**STEPS, "steps": []}))
    step = {**STEPS["steps"][0], "title": ""}
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({**STEPS, "steps": [step]}))
    block.clean(block.to_python(STEPS))


# Forms


def test_forms_show_code_title_type_and_size():
    report = DocumentFactory(title="Báo cáo tự đánh giá")
    named = DocumentFactory(title="tep-mau-02.pdf")
    html = render(
        FormsBlock(),
        {
            "title": "Biểu mẫu",
            "forms": [
                {"code": "Mẫu 01", "title": "", "document": report.pk, "description": ""},
                {
                    "code": "",
                    "title": "Bảng tổng hợp điểm",
                    "document": named.pk,
                    "description": "Dùng cho Hội đồng đánh giá.",
                },
            ],
        },
    )
    items = html.select(".pbgdpl-documents__item")
    assert items[0].select_one(".pbgdpl-forms__code").get_text() == "Mẫu 01"
    assert items[0].find("a").get_text() == "Báo cáo tự đánh giá"
    assert items[0].find("a").has_attr("download")
    assert not items[1].select_one(".pbgdpl-forms__code")
    assert items[1].find("a").get_text() == "Bảng tổng hợp điểm"
    meta = items[1].select_one(".pbgdpl-documents__meta").get_text()
    assert meta.startswith("(PDF, ") and "2,6" in meta
    assert "Dùng cho Hội đồng đánh giá." in items[1].get_text()


def test_forms_block_needs_a_file():
    block = FormsBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(
            block.to_python(
                {"title": "", "forms": [{"code": "Mẫu 01", "title": "", "document": None}]}
            )
        )


def test_new_blocks_are_in_the_content_stream():
    blocks = STREAM.child_blocks
    assert isinstance(blocks["procedure_steps"], ProcedureStepsBlock)
    assert isinstance(blocks["forms"], FormsBlock)
    assert isinstance(blocks["legal_document_list"], LegalDocumentListBlock)
    with pytest.raises(StreamBlockValidationError):
        STREAM.clean(STREAM.to_python([{"type": "forms", "value": {"title": "", "forms": []}}]))


# The list of legal documents


@pytest.fixture
def documents(portal):
    decision = DocumentTypeFactory(code="qppl-quyet-dinh", name="Quyết định", abbreviation="QĐ")
    circular = DocumentTypeFactory(code="qppl-thong-tu", name="Thông tư", abbreviation="TT")
    plan = DocumentTypeFactory(code="hc-ke-hoach", name="Kế hoạch", abbreviation="KH")
    topic = LegalFieldFactory(code="44", name="Xây dựng pháp luật và thi hành pháp luật")
    dissemination = LegalFieldFactory(
        code="44.8", name="Phổ biến, giáo dục pháp luật", parent=topic
    )
    mediation = LegalFieldFactory(code="37.1", name="Hòa giải ở cơ sở")
    docs = {
        "qd25": LegalDocumentFactory(
            number="25/2021/QĐ-TTg", doc_type=decision, issued_date=datetime.date(2021, 7, 22)
        ),
        "tt09": LegalDocumentFactory(
            number="09/2021/TT-BTP", doc_type=circular, issued_date=datetime.date(2021, 11, 15)
        ),
        "qd619": LegalDocumentFactory(
            number="619/QĐ-TTg",
            doc_type=decision,
            issued_date=datetime.date(2017, 5, 8),
            status=ValidityStatus.EXPIRED,
        ),
        "plan": LegalDocumentFactory(
            number="15/KH-UBND", doc_type=plan, issued_date=datetime.date(2026, 1, 10)
        ),
        "draft": LegalDocumentFactory(
            number="99/KH-UBND", doc_type=plan, issued_date=datetime.date(2026, 5, 1), live=False
        ),
    }
    for key in ("qd25", "tt09", "qd619"):
        docs[key].fields.set([dissemination])
        docs[key].save()
    docs["plan"].fields.set([mediation])
    docs["plan"].save()
    return docs, {"topic": topic, "dissemination": dissemination, "mediation": mediation}


def list_value(**kwargs):
    value = {"title": "Văn bản mới", "doc_types": [], "field": None, "status": "", "limit": 10}
    value.update(kwargs)
    return value


def listed_titles(html):
    """The documents' names; linked where the site or the national database shows them."""
    titles = []
    for title in html.select(".pbgdpl-document-list__title"):
        link = title.find("a")
        titles.append(link.get_text() if link else title.contents[0].strip())
    return titles


@pytest.mark.parametrize(
    "value, expected",
    [
        (lambda f: list_value(), ["plan", "tt09", "qd25", "qd619"]),
        (lambda f: list_value(limit=2), ["plan", "tt09"]),
        (lambda f: list_value(doc_types=["qppl-quyet-dinh"]), ["qd25", "qd619"]),
        (
            lambda f: list_value(doc_types=["qppl-quyet-dinh", "qppl-thong-tu"]),
            ["tt09", "qd25", "qd619"],
        ),
        (lambda f: list_value(field=f["mediation"].pk), ["plan"]),
        (lambda f: list_value(field=f["topic"].pk), ["tt09", "qd25", "qd619"]),
        (lambda f: list_value(status=ValidityStatus.EXPIRED), ["qd619"]),
        (
            lambda f: list_value(doc_types=["qppl-quyet-dinh"], status=ValidityStatus.IN_FORCE),
            ["qd25"],
        ),
    ],
)
def test_legal_document_list_filters(documents, value, expected):
    docs, fields = documents
    html = render(LegalDocumentListBlock(), value(fields))
    assert listed_titles(html) == [str(docs[key]) for key in expected]


def test_legal_document_list_shows_badges_and_links_to_the_listing(client, documents, portal):
    docs, _ = documents
    page = make_document_index(portal, doc_types=[docs["qd25"].doc_type, docs["tt09"].doc_type])
    section = make_section(
        portal,
        title="Văn bản mới",
        slug="van-ban-moi",
        body=[
            {
                "type": "legal_document_list",
                "value": list_value(doc_types=["qppl-quyet-dinh", "hc-ke-hoach"]),
            }
        ],
    )
    html = soup(client.get(section.url))
    items = html.select(".pbgdpl-legal-document-list .pbgdpl-document-list__item")
    links = {link.get_text(): link["href"] for item in items if (link := item.find("a"))}
    # Documents the site lists link to their page there; the plan is not listed anywhere.
    assert links[str(docs["qd25"])] == page.url_for_document(docs["qd25"])
    assert str(docs["plan"]) not in links
    badges = [item.select_one(".pbgdpl-badge").get_text() for item in items]
    assert badges == ["Còn hiệu lực", "Còn hiệu lực", "Hết hiệu lực toàn bộ"]
    assert "99/KH-UBND" not in html.get_text()


def test_document_links_respect_the_listings_issuers(documents, portal):
    from django.test import RequestFactory

    from pbgdpl_wagtail.legal_document_urls import public_url_for

    docs, _ = documents
    province = AgencyFactory(name="Ủy ban nhân dân tỉnh An Thịnh")
    provincial = LegalDocumentFactory(number="16/KH-UBND", issuer=province)
    page = make_document_index(portal, title="Văn bản của tỉnh", slug="van-ban-tinh")
    page.issuers.set([province])
    page.save_revision().publish()
    docs["qd25"].vbpl_url = "https://vbpl.vn/van-ban/chi-tiet/qd25"
    request = RequestFactory().get("/")
    assert public_url_for(provincial, request) == page.url_for_document(provincial)
    # A document of another issuer is not on that listing: the national database instead.
    assert public_url_for(docs["qd25"], request) == "https://vbpl.vn/van-ban/chi-tiet/qd25"


def test_document_type_choices_come_from_the_registry(documents):
    block = LegalDocumentListBlock()
    choices = dict(block.child_blocks["doc_types"].field.choices)
    assert choices["qppl-thong-tu"] == "Thông tư (TT)"
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python(list_value(doc_types=["khong-co"])))


# Queries stay the same whatever the number of items.


# Site, routing, page (menu, breadcrumbs, citations: page tree cache), then the listing or the
# block's own.
GUIDANCE_LISTING_QUERIES = 9
SECTION_WITH_BLOCK_QUERIES = {
    "legal_document_list": 9,
    "procedure_steps": 8,
    "forms": 8,
}


@pytest.mark.parametrize("count", [5, 50])
def test_guidance_listing_queries_do_not_grow(client, portal, count, django_assert_num_queries):
    index = make_guidance_index(portal, per_page=50)
    for _ in range(count):
        make_guide(index)
    client.get(index.url)
    with django_assert_num_queries(GUIDANCE_LISTING_QUERIES):
        response = client.get(index.url)
    assert len(soup(response).select(".pbgdpl-item-list__item")) == count


def block_with(name, count):
    if name == "legal_document_list":
        doc_type = DocumentTypeFactory(code="qppl-quyet-dinh")
        issuer = AgencyFactory()
        for _ in range(count):
            LegalDocumentFactory(doc_type=doc_type, issuer=issuer)
        return list_value(doc_types=["qppl-quyet-dinh"], limit=50)
    documents = [DocumentFactory() for _ in range(count)]
    if name == "forms":
        return {
            "title": "Biểu mẫu",
            "forms": [
                {"code": f"Mẫu {n:02d}", "title": "", "document": d.pk, "description": ""}
                for n, d in enumerate(documents, start=1)
            ],
        }
    return {
        "title": "Trình tự",
        "steps": [
            {
                "title": f"Bước {n}",
                "description": "",
                "responsible": "",
                "deadline": "",
                "documents": [{"type": "document", "value": d.pk}],
            }
            for n, d in enumerate(documents, start=1)
        ],
        "legal_basis": "",
    }


@pytest.mark.parametrize("name", list(SECTION_WITH_BLOCK_QUERIES))
@pytest.mark.parametrize("count", [5, 50])
def test_block_queries_do_not_grow(client, portal, name, count, django_assert_num_queries):
    page = make_document_index(portal)  # so that the document links resolve to a listing
    section = make_section(
        portal, slug="khoi", body=[{"type": name, "value": block_with(name, count)}]
    )
    client.get(section.url)
    with django_assert_num_queries(SECTION_WITH_BLOCK_QUERIES[name]):
        response = client.get(section.url)
    html = soup(response)
    items = html.select(
        ".pbgdpl-document-list__item, .pbgdpl-documents__item, .pbgdpl-procedure__step"
    )
    assert len(items) == count
    assert page.live
