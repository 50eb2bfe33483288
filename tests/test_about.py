"""The about page (giới thiệu): organisation chart, staff and their contacts, and the admin."""

import csv
import io

import pytest
from bs4 import BeautifulSoup
from django.test import override_settings
from django.urls import reverse
from wagtail.models import Page

from pbgdpl_wagtail.blocks import OrgUnitBlock
from pbgdpl_wagtail.models import AboutPage, StaffMember

from .factories import AgencyFactory, ImageFactory, make_section
from .factories_news import StaffMemberFactory, make_about, make_news_index

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


ORG_CHART = [
    {
        "type": "unit",
        "value": {
            "name": "Sở Tư pháp tỉnh An Thịnh",
            "head": "Giám đốc Sở",
            "description": "Cơ quan thường trực Hội đồng phối hợp.",
            "units": [
                {
                    "name": "Phòng Phổ biến, giáo dục pháp luật",
                    "head": "Trưởng phòng",
                    "description": "",
                    "units": [
                        {"name": "Tổ biên tập", "head": "", "description": "Cập nhật tin."},
                        {"name": "Tổ thư ký", "head": "", "description": ""},
                    ],
                },
                {"name": "Văn phòng Sở", "head": "", "description": "", "units": []},
            ],
        },
    }
]


def test_where_about_pages_can_go(root_page, portal):
    section = make_section(portal)
    index = make_news_index(portal)
    site_page = Page(title="Trang của tỉnh", slug="trang-cua-tinh")
    root_page.add_child(instance=site_page)
    assert AboutPage.can_create_at(portal) and AboutPage.can_create_at(section)
    assert not AboutPage.can_create_at(site_page) and not AboutPage.can_create_at(index)
    make_about(portal)
    # One per parent: a second about page goes elsewhere.
    assert not AboutPage.can_create_at(portal)
    assert AboutPage.can_create_at(section)
    assert AboutPage.allowed_subpage_models() == []


def test_org_chart_is_nested_lists_with_headings_in_order(client, portal):
    about = make_about(
        portal,
        position_and_role="<p>Sở Tư pháp giúp Ủy ban nhân dân tỉnh.</p>",
        structure=ORG_CHART,
    )
    page = soup(client.get(about.url))
    headings = [
        (h.name, h.get_text()) for h in page.select("main h1, main h2, main h3, main h4, main h5")
    ]
    assert headings[:8] == [
        ("h1", about.title),
        ("h2", "Vị trí, vai trò"),
        ("h2", "Cơ cấu tổ chức"),
        ("h3", "Sở Tư pháp tỉnh An Thịnh"),
        ("h4", "Phòng Phổ biến, giáo dục pháp luật"),
        ("h5", "Tổ biên tập"),
        ("h5", "Tổ thư ký"),
        ("h4", "Văn phòng Sở"),
    ]
    chart = page.select_one("ul.pbgdpl-org-chart")
    top = chart.find("li", recursive=False)
    departments = top.find("ul").find_all("li", recursive=False)
    assert [li.find("h4").get_text() for li in departments] == [
        "Phòng Phổ biến, giáo dục pháp luật",
        "Văn phòng Sở",
    ]
    teams = departments[0].find("ul").find_all("li", recursive=False)
    assert [li.find("h5").get_text() for li in teams] == ["Tổ biên tập", "Tổ thư ký"]
    assert top.select_one(".pbgdpl-org-unit__head").get_text() == "Giám đốc Sở"
    # An empty level leaves no empty list behind.
    assert departments[1].find("ul") is None


def test_org_chart_stops_at_three_levels():
    block = OrgUnitBlock()
    level_two = block.child_blocks["units"].child_block
    level_three = level_two.child_blocks["units"].child_block
    assert "units" not in level_three.child_blocks
    value = block.to_python(ORG_CHART[0]["value"])
    assert value["units"][0]["units"][1]["name"] == "Tổ thư ký"


def test_staff_contacts_are_shown_only_when_public(client, portal):
    agency = AgencyFactory(name="Sở Tư pháp tỉnh An Thịnh")
    public = StaffMemberFactory(
        full_name="Phạm Thị Dung",
        position="Trưởng phòng",
        phone="0200 3 812 346",
        email="dung@sotuphap.example",
        contact_is_public=True,
        agency=agency,
        photo=ImageFactory(),
    )
    private = StaffMemberFactory(
        full_name="Hoàng Minh Đức",
        phone="0900 000 111",
        email="duc.riengtu@example.org",
        contact_is_public=False,
    )
    about = make_about(portal, staff=[private, public])
    response = client.get(about.url)
    html = response.content.decode()
    page = soup(response)
    cards = page.select(".pbgdpl-staff-card")
    # In the editor's order, not alphabetically.
    assert [card.find("h3").get_text() for card in cards] == ["Hoàng Minh Đức", "Phạm Thị Dung"]
    assert cards[1].select_one('a[href="tel:02003812346"]').get_text() == "0200 3 812 346"
    assert cards[1].select_one('a[href="mailto:dung@sotuphap.example"]')
    assert (
        "Trưởng phòng" in cards[1].get_text() and "Sở Tư pháp tỉnh An Thịnh" in cards[1].get_text()
    )
    assert cards[1].find("img")["alt"] == ""
    # A private contact appears nowhere in the page, not even in an attribute.
    assert not cards[0].select_one(".pbgdpl-staff-card__contact")
    assert "0900 000 111" not in html and "09000" not in html
    assert "duc.riengtu@example.org" not in html
    # Unticking the box hides the public one too.
    public.contact_is_public = False
    public.save()
    html = client.get(about.url).content.decode()
    assert "0200 3 812 346" not in html and "dung@sotuphap.example" not in html


@override_settings(
    PBGDPL={
        "UNIT_NAME": "Sở Tư pháp tỉnh An Thịnh",
        "UNIT_ADDRESS": "Số 8 đường Lê Lợi",
        "UNIT_PHONE": "0200 3 812 345",
        "UNIT_EMAIL": "pbgdpl@sotuphap.example",
    }
)
def test_contact_falls_back_to_the_unit(client, portal):
    about = make_about(portal)
    contact = soup(client.get(about.url)).select_one(".pbgdpl-about__contact")
    assert contact.find("h2").get_text() == "Liên hệ"
    assert "Số 8 đường Lê Lợi" in contact.get_text()
    about.contact_phone = "0200 3 999 999"
    about.save_revision().publish()
    contact = soup(client.get(about.url)).select_one(".pbgdpl-about__contact")
    assert contact.select_one('a[href="tel:02003999999"]')
    assert "Số 8 đường Lê Lợi" not in contact.get_text()


@pytest.mark.parametrize("count", [2, 12])
def test_staff_queries_do_not_grow(client, portal, count, django_assert_num_queries):
    photos = [ImageFactory(), ImageFactory()]
    agency = AgencyFactory()
    staff = [
        StaffMemberFactory(agency=agency, photo=photos[n % 2], contact_is_public=bool(n % 2))
        for n in range(count)
    ]
    about = make_about(portal, staff=staff, structure=ORG_CHART)
    client.get(about.url)
    with django_assert_num_queries(ABOUT_QUERIES):
        response = client.get(about.url)
    assert len(soup(response).select(".pbgdpl-staff-card")) == count


# Site, routing (menu, breadcrumbs, cited documents: page tree cache), staff links with
# agencies, photos and their renditions.
ABOUT_QUERIES = 9


# Admin


def test_staff_listing_filters_searches_and_exports(admin_client):
    agency = AgencyFactory(name="Sở Tư pháp tỉnh An Thịnh")
    StaffMemberFactory(full_name="Phạm Thị Dung", contact_is_public=True, agency=agency)
    StaffMemberFactory(full_name="Hoàng Minh Đức", contact_is_public=False)
    url = reverse("wagtailsnippets_pbgdpl_staffmember:list")
    rows = soup(admin_client.get(url, {"contact_is_public": "true"})).select(
        "table.listing tbody tr"
    )
    assert len(rows) == 1 and "Phạm Thị Dung" in rows[0].get_text()
    rows = soup(admin_client.get(url, {"agency": agency.pk})).select("table.listing tbody tr")
    assert len(rows) == 1 and "Phạm Thị Dung" in rows[0].get_text()
    rows = soup(admin_client.get(url, {"q": "Đức"})).select("table.listing tbody tr")
    assert len(rows) == 1 and "Hoàng Minh Đức" in rows[0].get_text()
    response = admin_client.get(url, {"export": "csv"})
    assert "doi-ngu.csv" in response["Content-Disposition"]
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    exported = list(csv.reader(io.StringIO(content)))
    assert len(exported) == 3
    response = admin_client.get(url, {"export": "xlsx"})
    assert response.status_code == 200


def test_news_category_listing_and_menu(admin_client):
    from .factories_news import NewsCategoryFactory

    NewsCategoryFactory(name="Hoạt động PBGDPL cấp tỉnh", slug="cap-tinh")
    response = admin_client.get(reverse("wagtailsnippets_pbgdpl_newscategory:list"))
    assert "Hoạt động PBGDPL cấp tỉnh" in soup(response).select_one("table.listing").get_text()
    home = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("wagtailsnippets_pbgdpl_staffmember:list") in home


def test_staff_member_contact_properties():
    member = StaffMember(full_name="A", phone="1", email="a@example.org")
    assert (member.public_phone, member.public_email) == ("", "")
    member.contact_is_public = True
    assert (member.public_phone, member.public_email) == ("1", "a@example.org")


def test_org_chart_block_preview(admin_client):
    block = OrgUnitBlock()
    response = admin_client.get(
        reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
    )
    assert response.status_code == 200
    assert soup(response).select_one(".pbgdpl-block-preview .pbgdpl-org-chart h4")


def test_a_new_about_page_can_be_previewed_with_its_staff(admin_client, portal):
    from wagtail.test.utils.form_data import (
        inline_formset,
        nested_form_data,
        rich_text,
        streamfield,
    )

    public = StaffMemberFactory(full_name="Phạm Thị Dung", contact_is_public=True)
    private = StaffMemberFactory(full_name="Hoàng Minh Đức", phone="0900 000 111")
    url = reverse("wagtailadmin_pages:preview_on_add", args=["pbgdpl", "aboutpage", portal.pk])
    data = nested_form_data(
        {
            "title": "Giới thiệu",
            "slug": "gioi-thieu",
            "intro": "",
            "position_and_role": rich_text("<p>Sở Tư pháp</p>"),
            "structure": streamfield([]),
            "staff_links": inline_formset(
                [{"staff_member": private.pk}, {"staff_member": public.pk}]
            ),
            "contact_address": "",
            "contact_phone": "",
            "contact_email": "",
            "contact_hours": "",
            "comments": inline_formset([]),
        }
    )
    assert admin_client.post(url, data).json()["is_valid"]
    page = soup(admin_client.get(url))
    assert [h.get_text() for h in page.select(".pbgdpl-staff-card h3")] == [
        "Hoàng Minh Đức",
        "Phạm Thị Dung",
    ]
    assert "0900 000 111" not in str(page)
