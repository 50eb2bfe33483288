"""Group 2 — tài liệu PBGDPL: material types, the filterable listing, material pages, the feed."""

import csv
import datetime
import io
from io import StringIO

import pytest
from bs4 import BeautifulSoup
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from wagtail.models import PageViewRestriction, ReferenceIndex

from pbgdpl_wagtail.blocks import ContentStreamBlock, MaterialsFeedBlock
from pbgdpl_wagtail.models import (
    LegalDocument,
    MaterialFile,
    MaterialIndexPage,
    MaterialPage,
    MaterialType,
    SectionPage,
)
from pbgdpl_wagtail.snippets.legal_documents import ValidityStatus

from .factories import (
    LegalDocumentFactory,
    LegalFieldFactory,
    TargetGroupFactory,
    make_section,
)
from .factories_materials import (
    DocumentFactory,
    MaterialTypeFactory,
    SmallImageFactory,
    make_material,
    make_material_index,
)

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def titles(response):
    return [a.get_text() for a in soup(response).select(".pbgdpl-item-list__title a")]


# Material types: an official list in the "Shared lists" menu


def test_material_types_load_from_the_official_list_once():
    with translation.override("en"):
        out = StringIO()
        call_command("pbgdpl_load_reference_data", stdout=out)
        assert "material_types: 14 created" in out.getvalue()
        call_command("pbgdpl_load_reference_data", stdout=(out := StringIO()))
        assert "material_types: 0 created, 0 updated" in out.getvalue()
    leaflet = MaterialType.objects.get(code="to_gap")
    assert leaflet.name == "Tờ gấp pháp luật"
    assert leaflet.legal_basis.startswith("Thông tư 56/2023/TT-BTC")
    assert MaterialType.objects.count() == 14


def test_material_types_are_a_shared_list_with_export(admin_client):
    MaterialTypeFactory(code="tinh_huong", name="Tình huống giải đáp pháp luật")
    url = reverse("wagtailsnippets_pbgdpl_materialtype:list")
    response = admin_client.get(url, {"export": "csv"})
    assert response.status_code == 200
    assert "loai-tai-lieu.csv" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert rows[1][:2] == ["tinh_huong", "Tình huống giải đáp pháp luật"]
    from pbgdpl_wagtail.viewsets.taxonomy import MaterialTypeViewSet, TaxonomyViewSetGroup

    assert MaterialTypeViewSet in TaxonomyViewSetGroup.items


# Where the pages live


def test_materials_live_only_under_a_material_listing(portal):
    section = make_section(portal)
    index = make_material_index(portal)
    assert MaterialIndexPage.can_create_at(portal)
    assert MaterialIndexPage.can_create_at(section)
    assert MaterialPage.can_create_at(index)
    assert not MaterialPage.can_create_at(portal)
    assert not MaterialPage.can_create_at(section)
    assert not SectionPage.can_create_at(index)
    assert MaterialIndexPage.allowed_subpage_models() == [MaterialPage]


# The listing


@pytest.fixture
def catalogue(portal):
    leaflet = MaterialTypeFactory(name="Tờ gấp pháp luật")
    situation = MaterialTypeFactory(name="Tình huống giải đáp pháp luật")
    mediation = LegalFieldFactory(code="37.1", name="Hòa giải ở cơ sở")
    dissemination = LegalFieldFactory(code="44.8", name="Phổ biến, giáo dục pháp luật")
    minorities = TargetGroupFactory(name="Người dân vùng dân tộc thiểu số")
    students = TargetGroupFactory(name="Học sinh, sinh viên")
    index = make_material_index(portal, per_page=10)
    materials = {
        "leaflet": make_material(
            index,
            title="Tờ gấp Luật Hòa giải ở cơ sở",
            material_type=leaflet,
            legal_fields=[mediation],
            target_groups=[minorities],
            published_date=datetime.date(2026, 3, 2),
            summary="Những điều cần biết về tổ hòa giải và hòa giải viên.",
        ),
        "situation": make_material(
            index,
            title="Tình huống về tranh chấp lối đi",
            material_type=situation,
            legal_fields=[mediation],
            target_groups=[students],
            published_date=datetime.date(2025, 9, 10),
        ),
        "english": make_material(
            index,
            title="Grassroots mediation in brief",
            material_type=leaflet,
            legal_fields=[dissemination],
            language="en",
            published_date=datetime.date(2025, 4, 1),
        ),
    }
    draft = MaterialPage(
        title="Bản nháp",
        slug="ban-nhap",
        summary="Chưa xuất bản",
        material_type=leaflet,
    )
    index.add_child(instance=draft)
    draft.save_revision()
    draft.unpublish()
    other_index = make_material_index(portal, title="Tài liệu khác", slug="tai-lieu-khac")
    make_material(other_index, title="Tài liệu của danh sách khác", material_type=leaflet)
    things = {
        "leaflet": leaflet,
        "situation": situation,
        "mediation": mediation,
        "dissemination": dissemination,
        "minorities": minorities,
        "students": students,
    }
    return index, materials, things


def test_listing_shows_its_live_materials_newest_first(client, catalogue):
    index, materials, _ = catalogue
    response = client.get(index.url)
    assert titles(response) == [
        "Tờ gấp Luật Hòa giải ở cơ sở",
        "Tình huống về tranh chấp lối đi",
        "Grassroots mediation in brief",
    ]
    html = soup(response)
    assert html.find("h1").get_text() == index.title
    assert "3" in html.select_one(".pbgdpl-result-count").get_text()
    first = html.select_one(".pbgdpl-item-list__item")
    assert "Tờ gấp pháp luật" in first.select_one(".pbgdpl-item-list__meta").get_text()
    assert first.select_one("time")["datetime"] == "2026-03-02"


def test_listing_skips_private_materials(client, catalogue):
    index, materials, _ = catalogue
    PageViewRestriction.objects.create(
        page=materials["situation"], restriction_type="password", password="x"
    )
    assert "Tình huống về tranh chấp lối đi" not in titles(client.get(index.url))


@pytest.mark.parametrize(
    "params, expected",
    [
        (lambda t: {"material_type": t["situation"].pk}, ["situation"]),
        (lambda t: {"material_type": t["leaflet"].pk}, ["leaflet", "english"]),
        (lambda t: {"field": t["mediation"].pk}, ["leaflet", "situation"]),
        (lambda t: {"field": t["dissemination"].pk}, ["english"]),
        (lambda t: {"target_group": t["students"].pk}, ["situation"]),
        (lambda t: {"language": "en"}, ["english"]),
        (lambda t: {"language": "vi"}, ["leaflet", "situation"]),
        (lambda t: {"year": 2025}, ["situation", "english"]),
        (lambda t: {"q": "tranh chấp"}, ["situation"]),
        (lambda t: {"year": 2025, "field": t["mediation"].pk}, ["situation"]),
    ],
)
def test_each_filter(client, catalogue, params, expected):
    index, materials, things = catalogue
    response = client.get(index.url, params(things))
    assert titles(response) == [materials[key].title for key in expected]


def test_filters_offer_only_what_the_listing_contains(client, catalogue):
    index, _, things = catalogue
    html = soup(client.get(index.url))
    languages = [o["value"] for o in html.select("select[name=language] option")]
    assert languages == ["", "vi", "en"]
    years = [o["value"] for o in html.select("select[name=year] option")]
    assert years == ["", "2026", "2025"]
    groups = {o.get_text() for o in html.select("select[name=target_group] option")}
    assert {"Người dân vùng dân tộc thiểu số", "Học sinh, sinh viên"} < groups
    # Every filter has a label.
    for select in html.select(".pbgdpl-filters select"):
        assert html.find("label", attrs={"for": select["id"]})


@pytest.mark.parametrize(
    "params",
    [
        {"material_type": "abc"},
        {"field": "999999"},
        {"target_group": "<script>alert(1)</script>"},
        {"language": "xx"},
        {"year": "1800"},
        {"q": "x" * 500},
    ],
)
def test_bad_filter_values_give_an_error_not_a_crash(client, catalogue, params):
    index, _, _ = catalogue
    response = client.get(index.url, params)
    html = soup(response)
    assert html.select_one(".pbgdpl-field__error")
    assert titles(response) == []
    assert "<script>alert" not in response.content.decode()


def test_pagination(client, catalogue):
    index, _, _ = catalogue
    index.per_page = 2
    index.save_revision().publish()
    first = soup(client.get(index.url))
    assert len(first.select(".pbgdpl-item-list__item")) == 2
    assert first.select_one('.pbgdpl-pagination a[rel="next"]')["href"] == "?page=2"
    filtered = soup(client.get(index.url, {"language": "vi", "page": 1}))
    assert not filtered.select_one(".pbgdpl-pagination")
    assert len(titles(client.get(index.url, {"page": 2}))) == 1
    assert len(titles(client.get(index.url, {"page": "abc"}))) == 2
    assert client.get(index.url, {"page": 3}).status_code == 404


# A material


def test_material_page_shows_what_it_introduces_with_validity(client, portal):
    law = LegalDocumentFactory(number="35/2013/QH13", abstract="Luật Hòa giải ở cơ sở")
    replaced = LegalDocumentFactory(number="619/QĐ-TTg", status=ValidityStatus.EXPIRED)
    draft = LegalDocumentFactory(number="99/2026/QĐ-UBND", live=False)
    index = make_material_index(portal)
    group = TargetGroupFactory(name="Người khuyết tật")
    material = make_material(
        index,
        title="Đề cương giới thiệu Luật Hòa giải ở cơ sở",
        introduces=[law, replaced, draft],
        target_groups=[group],
        legal_fields=[LegalFieldFactory(code="37.1", name="Hòa giải ở cơ sở")],
    )
    MaterialFile.objects.create(page=material, document=DocumentFactory(title="Bản in"))
    html = soup(client.get(material.url))
    introduced = html.select_one(".pbgdpl-related-documents")
    items = introduced.select(".pbgdpl-document-list__item")
    assert [
        item.select_one(".pbgdpl-document-list__title").get_text(" ", strip=True) for item in items
    ] == [
        f"{law} Còn hiệu lực",
        f"{replaced} Hết hiệu lực toàn bộ",
    ]
    assert introduced.select_one(".pbgdpl-badge--expired")
    assert "99/2026" not in introduced.get_text()
    properties = html.select_one(".pbgdpl-properties").get_text(" ", strip=True)
    assert "Hòa giải ở cơ sở" in properties and "Người khuyết tật" in properties
    file_item = html.select_one(".pbgdpl-documents__item")
    assert file_item.find("a").get_text() == "Bản in"
    assert "PDF, 2,6" in file_item.select_one(".pbgdpl-documents__meta").get_text()
    # The page cites an expired document: the warning at the top names it.
    warning = html.select_one(".pbgdpl-validity-warning")
    assert warning and "619/QĐ-TTg" in warning.get_text()
    assert "35/2013/QH13" not in warning.get_text()


def test_introduced_documents_are_citations_for_the_validity_watch(client, admin_client, portal):
    cited = LegalDocumentFactory(number="27/2013/QĐ-TTg")
    index = make_material_index(portal)
    material = make_material(index, title="Tờ gấp về Hội đồng phối hợp", introduces=[cited])
    # The reference index records the many-to-many citation, and the admin shows the usage...
    references = ReferenceIndex.get_references_for_object(material).filter(
        to_content_type=ContentType.objects.get_for_model(LegalDocument)
    )
    assert list(references.values_list("to_object_id", flat=True)) == [str(cited.pk)]
    usage = admin_client.get(reverse("wagtailsnippets_pbgdpl_legaldocument:usage", args=[cited.pk]))
    assert "Tờ gấp về Hội đồng phối hợp" in usage.content.decode()
    assert not soup(client.get(material.url)).select_one(".pbgdpl-validity-warning")
    # ...so once the document ends, the page warns and the admin report lists it.
    cited.status = ValidityStatus.EXPIRED
    cited.save()
    warning = soup(client.get(material.url)).select_one(".pbgdpl-validity-warning")
    assert "27/2013/QĐ-TTg" in warning.get_text()
    report = soup(admin_client.get(reverse("pbgdpl_outdated_citations")))
    rows = [row.get_text() for row in report.select("table.listing tbody tr")]
    assert len(rows) == 1 and "Tờ gấp về Hội đồng phối hợp" in rows[0]


def test_citations_changed_from_the_documents_side_are_indexed_too(portal):
    index = make_material_index(portal)
    material = make_material(index)
    cited = LegalDocumentFactory(number="14/2012/QH13")
    cited.introducing_materials.add(material)
    references = ReferenceIndex.get_references_for_object(material).filter(
        to_content_type=ContentType.objects.get_for_model(LegalDocument)
    )
    assert list(references.values_list("to_object_id", flat=True)) == [str(cited.pk)]


def test_preview_of_a_draft_shows_what_the_draft_introduces(portal):
    published = LegalDocumentFactory(number="14/2012/QH13")
    drafted = LegalDocumentFactory(number="35/2013/QH13")
    material = make_material(make_material_index(portal), introduces=[published])
    material.introduces.set([drafted])
    material.summary = "Tóm tắt mới"
    preview = material.save_revision().as_object()
    response = preview.make_preview_request()
    html = BeautifulSoup(response.rendered_content, "html.parser")
    introduced = html.select_one(".pbgdpl-related-documents").get_text()
    assert "35/2013/QH13" in introduced and "14/2012/QH13" not in introduced
    # The live page still shows the published version.
    assert [d.number for d in MaterialPage.objects.get(pk=material.pk).introduces.all()] == [
        "14/2012/QH13"
    ]


def test_admin_forms_open(admin_client, portal):
    index = make_material_index(portal)
    material = make_material(index)
    for url in (
        reverse("wagtailadmin_pages:add", args=["pbgdpl", "materialindexpage", portal.pk]),
        reverse("wagtailadmin_pages:add", args=["pbgdpl", "materialpage", index.pk]),
        reverse("wagtailadmin_pages:edit", args=[material.pk]),
    ):
        assert admin_client.get(url).status_code == 200, url


def test_material_in_another_language_marks_its_content(client, catalogue):
    _, materials, _ = catalogue
    english = materials["english"]
    english.body = [{"type": "paragraph", "value": "<p>Mediation teams work in villages.</p>"}]
    english.save_revision().publish()
    html = soup(client.get(english.url))
    assert html.html["lang"] == "vi"
    assert html.select_one(".pbgdpl-stream")["lang"] == "en"
    assert html.select_one(".pbgdpl-lead")["lang"] == "en"
    vietnamese = soup(client.get(materials["leaflet"].url))
    assert not vietnamese.select("main [lang]")
    listing = soup(client.get(english.get_parent().url))
    link = listing.find("a", string="Grassroots mediation in brief")
    assert link["lang"] == "en"


def test_language_choices_follow_the_sites_languages(settings):
    field = MaterialPage._meta.get_field("language")
    assert [code for code, _ in field.choices] == ["vi", "en", "tyz"]
    settings.LANGUAGES = [("vi", "Tiếng Việt"), ("tyz", "Tày")]
    assert [code for code, _ in field.choices] == ["vi", "tyz"]


# The feed block


def render_feed(value, rf=None):
    block = MaterialsFeedBlock()
    return BeautifulSoup(block.render(block.to_python(value)), "html.parser")


def feed_value(**kwargs):
    value = {
        "title": "Tài liệu mới",
        "index": None,
        "material_type": None,
        "field": None,
        "target_group": None,
        "count": 5,
    }
    value.update(kwargs)
    return value


def feed_titles(html):
    return [a.get_text() for a in html.select(".pbgdpl-feed__item a")]


@pytest.mark.parametrize(
    "value, expected",
    [
        (lambda t, i: feed_value(), ["leaflet", "situation", "english", "other"]),
        (lambda t, i: feed_value(count=2), ["leaflet", "situation"]),
        (lambda t, i: feed_value(material_type=t["situation"].pk), ["situation"]),
        (lambda t, i: feed_value(target_group=t["minorities"].pk), ["leaflet"]),
        (lambda t, i: feed_value(field=t["dissemination"].pk), ["english"]),
        (
            lambda t, i: feed_value(index=i.pk, material_type=t["leaflet"].pk),
            ["leaflet", "english"],
        ),
    ],
)
def test_feed_block_filters(catalogue, value, expected):
    index, materials, things = catalogue
    materials["other"] = MaterialPage.objects.get(title="Tài liệu của danh sách khác")
    MaterialPage.objects.filter(pk=materials["other"].pk).update(
        published_date=datetime.date(2020, 1, 1)
    )
    html = render_feed(value(things, index))
    assert feed_titles(html) == [materials[key].title for key in expected]
    assert "Bản nháp" not in html.get_text()


def test_feed_block_field_includes_its_subfields(catalogue):
    index, materials, things = catalogue
    topic = LegalFieldFactory(code="37", name="Tố tụng và các phương thức giải quyết tranh chấp")
    things["mediation"].parent = topic
    things["mediation"].save()
    html = render_feed(feed_value(field=topic.pk))
    assert feed_titles(html) == [materials["leaflet"].title, materials["situation"].title]


def test_feed_block_links_to_its_listing(catalogue):
    index, _, _ = catalogue
    html = render_feed(feed_value(index=index.pk))
    assert html.select_one(".pbgdpl-feed__more a")["href"] == index.url
    assert not render_feed(feed_value()).select_one(".pbgdpl-feed__more")


def test_feed_block_is_in_the_content_stream():
    assert isinstance(ContentStreamBlock().child_blocks["materials_feed"], MaterialsFeedBlock)


# Queries stay the same whatever the number of materials.


def many_materials(portal, count):
    index = make_material_index(portal, per_page=50)
    material_type = MaterialTypeFactory()
    field = LegalFieldFactory()
    for number in range(count):
        make_material(
            index,
            material_type=material_type,
            legal_fields=[field],
            image=SmallImageFactory(),
            language="en" if number % 2 else "vi",
        )
    return index


# Site, routing, page (menu, breadcrumbs, citations: page tree cache), the filters' choices,
# count, a page of materials with their types, images and renditions.
LISTING_QUERIES = 15
FEED_QUERIES = 9


@pytest.mark.parametrize("count", [5, 50])
def test_listing_queries_do_not_grow_with_materials(
    client, portal, count, django_assert_num_queries
):
    index = many_materials(portal, count)
    client.get(index.url)  # warm caches and make the renditions
    with django_assert_num_queries(LISTING_QUERIES):
        response = client.get(index.url)
    assert len(titles(response)) == count
    assert len(soup(response).select(".pbgdpl-item-list__image")) == count


@pytest.mark.parametrize("count", [5, 50])
def test_feed_block_queries_do_not_grow_with_materials(
    client, portal, count, django_assert_num_queries
):
    index = many_materials(portal, count)
    section = make_section(
        portal,
        title="Tài liệu mới",
        slug="tai-lieu-moi",
        body=[{"type": "materials_feed", "value": feed_value(index=index.pk, count=20)}],
    )
    client.get(section.url)
    with django_assert_num_queries(FEED_QUERIES):
        response = client.get(section.url)
    assert len(soup(response).select(".pbgdpl-feed__item")) == min(count, 20)
