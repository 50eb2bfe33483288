"""The taxonomies in the Wagtail admin: listing, filters, search, export and translated errors."""

import csv
import io
import json

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from openpyxl import load_workbook

from pbgdpl_wagtail.models import AdministrativeUnit, LegalField
from pbgdpl_wagtail.snippets.choices import AdministrativeLevel

from .factories import CommuneFactory, LegalFieldFactory, ProvinceFactory

pytestmark = pytest.mark.django_db


def listing_url(model):
    return reverse(f"wagtailsnippets_pbgdpl_{model._meta.model_name}:list")


def test_taxonomy_menu_groups_the_lists(admin_client):
    response = admin_client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    for model in (
        "legalfield",
        "administrativeunit",
        "targetgroup",
        "agency",
        "documenttype",
        "materialtype",
    ):
        assert reverse(f"wagtailsnippets_pbgdpl_{model}:list").encode() in response.content


def test_legal_field_listing_filters_by_parent(admin_client):
    topic = LegalFieldFactory(code="44", name="Xây dựng pháp luật và thi hành pháp luật")
    LegalFieldFactory(code="44.8", name="Phổ biến, giáo dục pháp luật", parent=topic)
    LegalFieldFactory(code="11", name="Đất đai")
    response = admin_client.get(listing_url(LegalField), {"parent": topic.pk})
    assert response.status_code == 200
    rows = BeautifulSoup(response.content, "html.parser").select("table.listing tbody tr")
    assert [row.select_one("td a").get_text(strip=True) for row in rows] == ["44.8"]


def test_administrative_unit_search(admin_client):
    province = ProvinceFactory(name="An Thịnh", code="99")
    CommuneFactory(name="Tân Lập", parent=province)
    CommuneFactory(name="Hòa Bình", parent=province)
    response = admin_client.get(listing_url(AdministrativeUnit), {"q": "Tân Lập"})
    assert response.status_code == 200
    rows = BeautifulSoup(response.content, "html.parser").select("table.listing tbody tr")
    assert len(rows) == 1 and "Tân Lập" in rows[0].get_text()


def test_export_csv_and_xlsx(admin_client):
    province = ProvinceFactory(name="An Thịnh", code="99")
    CommuneFactory(name="Tân Lập", code="99004", parent=province)
    url = listing_url(AdministrativeUnit)
    response = admin_client.get(url, {"export": "csv", "level": AdministrativeLevel.COMMUNE})
    assert response.status_code == 200
    assert "don-vi-hanh-chinh.csv" in response["Content-Disposition"]
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(content)))
    assert len(rows) == 2 and "Tân Lập" in rows[1] and "99004" in rows[1]
    response = admin_client.get(url, {"export": "xlsx"})
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    values = [[cell.value for cell in row] for row in workbook.active.iter_rows()]
    assert len(values) == 3
    assert any("Tân Lập" in str(value) for row in values for value in row)


def test_bad_commune_is_refused_with_a_vietnamese_error_and_nothing_saved(admin_client):
    admin_client.cookies["django_language"] = "vi"
    url = reverse("wagtailsnippets_pbgdpl_administrativeunit:add")
    response = admin_client.post(
        url,
        {"name": "Tân Lập", "unit_type": "Xã", "level": "xa", "code": "90001", "parent": ""},
        HTTP_ACCEPT_LANGUAGE="vi",
    )
    assert response.status_code == 200
    assert "Xã hoặc huyện phải thuộc một đơn vị hành chính cấp trên." in response.content.decode()
    assert not AdministrativeUnit.objects.exists()


def test_page_type_choice_under_portal_offers_only_portal_types(admin_client, portal):
    response = admin_client.get(reverse("wagtailadmin_pages:add_subpage", args=[portal.pk]))
    assert response.status_code == 200
    links = {
        a["href"]
        for a in BeautifulSoup(response.content, "html.parser").select("a[href*='/add/']")
        if "/pages/add/" in a["href"]
    }
    assert {link.split("/pages/add/")[1].split("/")[1] for link in links} == {
        "sectionpage",
        "documentindexpage",
        "aboutpage",
        "newsindexpage",
        "materialindexpage",
        "guidanceindexpage",
        "bookcasepage",
        "librarypage",
        "registrypage",
        "statisticspage",
        "searchpage",
        "questionindexpage",
    }


def test_admin_speaks_vietnamese(admin_client):
    response = admin_client.get(reverse("wagtailadmin_home"), HTTP_ACCEPT_LANGUAGE="vi")
    page = BeautifulSoup(response.content, "html.parser")
    assert page.html["lang"] == "vi"
    # The sidebar menu arrives as JSON for the admin's script, non-ASCII escaped.
    content = response.content.decode()
    assert json.dumps("Danh mục dùng chung")[1:-1] in content
    assert "Trang tổng quan" in content or json.dumps("Trang tổng quan")[1:-1] in content


def test_yes_no_columns_are_words_of_the_admins_language(admin_client):
    from .factories_registries import LegalReporterFactory

    LegalReporterFactory(full_name="Nguyễn Văn Công Khai", is_public=True)
    url = reverse("wagtailsnippets_pbgdpl_legalreporter:list")
    response = admin_client.get(url, HTTP_ACCEPT_LANGUAGE="vi")
    cells = [td.get_text(strip=True) for td in BeautifulSoup(response.content, "html.parser")("td")]
    assert "Có" in cells
    assert "True" not in cells and "False" not in cells
    assert admin_client.get(url + "?ordering=is_public").status_code == 200
