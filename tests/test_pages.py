import pytest
from bs4 import BeautifulSoup
from django.test import override_settings
from wagtail.models import Page, Site

from pbgdpl_wagtail.models import (
    AboutPage,
    BookcasePage,
    DocumentIndexPage,
    GuidanceIndexPage,
    LibraryPage,
    MaterialIndexPage,
    NewsIndexPage,
    PortalHomePage,
    QuestionIndexPage,
    RegistryPage,
    SearchPage,
    SectionPage,
    StatisticsPage,
)

from .factories import make_section

pytestmark = pytest.mark.django_db

# Queries to serve a page (site, locale, routing, listing; the menu, breadcrumbs and cited
# documents come from the page tree cache): the same whatever the number of sections listed.
PORTAL_QUERIES = 7
SECTION_QUERIES = 9


def soup_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_parent_and_subpage_rules(root_page, portal):
    section = make_section(portal)
    assert SectionPage.can_create_at(portal)
    assert SectionPage.can_create_at(section)
    # One portal per parent, and never inside the portal's own sections.
    assert not PortalHomePage.can_create_at(root_page)
    assert not PortalHomePage.can_create_at(section)
    assert not PortalHomePage.can_create_at(portal)
    assert set(portal.specific_class.allowed_subpage_models()) == {
        AboutPage,
        NewsIndexPage,
        SectionPage,
        DocumentIndexPage,
        MaterialIndexPage,
        GuidanceIndexPage,
        BookcasePage,
        LibraryPage,
        RegistryPage,
        StatisticsPage,
        SearchPage,
        QuestionIndexPage,
    }


def test_portal_can_live_under_a_sites_own_home_page(client, root_page):
    site_home = Page(title="Cổng thông tin tỉnh", slug="cong-thong-tin")
    root_page.add_child(instance=site_home)
    # save(), not update(): Wagtail clears its cached site root paths when a site is saved.
    site = Site.objects.get(is_default_site=True)
    site.root_page = site_home
    site.save()
    assert PortalHomePage.can_create_at(site_home)
    assert SectionPage.can_create_at(site_home)
    portal = PortalHomePage(title="Phổ biến, giáo dục pháp luật", slug="pbgdpl")
    site_home.add_child(instance=portal)
    portal.save_revision().publish()
    section = make_section(portal, title="Hòa giải ở cơ sở", slug="hoa-giai", show_in_menus=True)
    page = soup_of(client.get("/pbgdpl/hoa-giai/"))
    crumbs = [a.get_text() for a in page.select(".pbgdpl-breadcrumbs a")]
    assert crumbs == ["Cổng thông tin tỉnh", "Phổ biến, giáo dục pháp luật"]
    # The menu belongs to the portal, not to the site's own home page.
    menu = [a["href"] for a in page.select("nav.pbgdpl-main-menu a")]
    assert menu == ["/pbgdpl/", section.url]


def test_portal_home_page_renders_sections_and_chrome(client, portal):
    make_section(portal, title="Giới thiệu", slug="gioi-thieu", show_in_menus=True, intro="Vị trí")
    make_section(portal, title="Ẩn khỏi menu", slug="an", show_in_menus=False)
    page = soup_of(client.get("/"))
    assert page.html["lang"] == "vi"
    assert len(page.find_all("main")) == 1
    assert [h.get_text() for h in page.find_all("h1")] == [portal.title]
    skip = page.select_one("a.pbgdpl-skip-link")
    assert skip["href"] == "#main-content" and page.find(id="main-content")
    menu = page.select_one("nav.pbgdpl-main-menu")
    assert [a.get_text() for a in menu.find_all("a")][1:] == ["Giới thiệu"]
    cards = [a.get_text() for a in page.select(".pbgdpl-sections .pbgdpl-card__title a")]
    assert cards == ["Giới thiệu"]
    footer = page.select_one("footer.pbgdpl-site-footer")
    assert "Sở Tư pháp tỉnh An Thịnh" in footer.get_text()
    assert footer.select_one('a[href="tel:02003812345"]')
    assert page.select_one('link[href$="pbgdpl_wagtail/css/pbgdpl.css"]')


def test_section_page_breadcrumbs_and_current_item(client, portal):
    section = make_section(portal, title="Hòa giải ở cơ sở", slug="hoa-giai", show_in_menus=True)
    child = make_section(section, title="Tổ hòa giải", slug="to-hoa-giai", intro="Danh sách tổ")
    page = soup_of(client.get(child.url))
    crumbs = page.select(".pbgdpl-breadcrumbs li")
    assert [li.get_text(strip=True) for li in crumbs] == [portal.title, section.title, child.title]
    assert crumbs[-1].select_one('[aria-current="page"]')
    active = page.select_one(".pbgdpl-main-menu__item--active a")
    assert active.get_text() == "Hòa giải ở cơ sở"
    section_page = soup_of(client.get(section.url))
    assert section_page.select_one('nav.pbgdpl-main-menu a[aria-current="page"]').get_text() == (
        "Hòa giải ở cơ sở"
    )
    assert "Tổ hòa giải" in section_page.select_one(".pbgdpl-subsections").get_text()


def test_pages_extend_the_configured_base_template(client, portal):
    section = make_section(portal, title="Giới thiệu", slug="gioi-thieu")
    with override_settings(PBGDPL={"BASE_TEMPLATE": "province/base.html"}):
        page = soup_of(client.get(section.url))
    assert page.find(id="province-chrome")
    assert page.title.get_text() == "Giới thiệu | Cổng thông tin tỉnh"
    assert page.select_one(".pbgdpl-breadcrumbs")
    assert page.select_one('link[href$="pbgdpl_wagtail/css/pbgdpl.css"]')
    assert not page.select_one(".pbgdpl-site-header")


@pytest.mark.parametrize("sections", [3, 30])
def test_portal_query_count_does_not_grow_with_sections(
    client, portal, sections, django_assert_num_queries
):
    for number in range(sections):
        make_section(portal, title=f"Chuyên mục {number}", slug=f"cm-{number}", show_in_menus=True)
    client.get("/")  # warm the site and content type caches
    with django_assert_num_queries(PORTAL_QUERIES):
        response = client.get("/")
    assert response.content.count(b"pbgdpl-card__title") == sections


@pytest.mark.parametrize("children", [2, 20])
def test_section_query_count_does_not_grow_with_children(
    client, portal, children, django_assert_num_queries
):
    section = make_section(portal, title="Cha", slug="cha", show_in_menus=True)
    for number in range(children):
        make_section(section, title=f"Con {number}", slug=f"con-{number}")
    client.get(section.url)
    with django_assert_num_queries(SECTION_QUERIES):
        response = client.get(section.url)
    assert response.content.count(b"pbgdpl-card__title") == children


def test_cards_show_rich_text_summaries_as_plain_text(client, portal):
    from .factories import make_document_index

    make_document_index(portal, intro="<p>Văn bản <b>chỉ đạo</b></p>", show_in_menus=True)
    page = soup_of(client.get("/"))
    card = page.select_one(".pbgdpl-sections .pbgdpl-card__text")
    assert card.get_text() == "Văn bản chỉ đạo"
    assert "&lt;p&gt;" not in str(card)


def test_cards_prefer_the_search_description_and_skip_reading_each_page_type(
    client, portal, django_assert_num_queries
):
    from .factories import make_document_index

    make_section(
        portal,
        title="Hòa giải",
        slug="hoa-giai",
        show_in_menus=True,
        intro="Giới thiệu dài",
        search_description="Tổ hòa giải và hòa giải viên",
    )
    make_document_index(
        portal, intro="<p>Văn bản chỉ đạo</p>", search_description="Văn bản", show_in_menus=True
    )
    client.get("/")
    # Every section has a description: the sections are not read again as their own page types
    # (two queries for one type in PORTAL_QUERIES).
    with django_assert_num_queries(PORTAL_QUERIES - 2):
        page = soup_of(client.get("/"))
    texts = [p.get_text() for p in page.select(".pbgdpl-sections .pbgdpl-card__text")]
    assert texts == ["Tổ hòa giải và hòa giải viên", "Văn bản"]


def test_a_section_made_private_leaves_the_menu_at_the_next_request(client, portal):
    from wagtail.models import PageViewRestriction

    private = make_section(portal, title="Nội bộ", slug="noi-bo", show_in_menus=True)
    make_section(portal, title="Công khai", slug="cong-khai", show_in_menus=True)
    menu = [a.get_text() for a in soup_of(client.get("/")).select("nav.pbgdpl-main-menu a")]
    assert "Nội bộ" in menu
    restriction = PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    page = soup_of(client.get("/"))
    menu = [a.get_text() for a in page.select("nav.pbgdpl-main-menu a")]
    assert "Nội bộ" not in menu and "Công khai" in menu
    assert "Nội bộ" not in [a.get_text() for a in page.select(".pbgdpl-card__title a")]
    restriction.delete()
    menu = [a.get_text() for a in soup_of(client.get("/")).select("nav.pbgdpl-main-menu a")]
    assert "Nội bộ" in menu


def test_public_outside_a_request_reads_the_restrictions_each_time(portal):
    from wagtail.models import PageViewRestriction

    from pbgdpl_wagtail.visibility import public

    private = make_section(portal, title="Nội bộ", slug="noi-bo")
    assert public(SectionPage.objects.live()).filter(pk=private.pk).exists()
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    assert not public(SectionPage.objects.live()).filter(pk=private.pk).exists()


@pytest.mark.parametrize(
    ("title", "slug", "expected"),
    [
        ("Pháp luật cho người lao động", "", "phap-luat-cho-nguoi-lao-dong"),
        ("Hòa giải", "hòa-giải-ở-cơ-sở", "hoa-giai-o-co-so"),
        # Decomposed input (combining marks) and đ, which Unicode does not decompose.
        ("Đất đai", "", "dat-dai"),
        ("x", "đa\u0300t-đai", "dat-dai"),
        ("Trang", "tin-tuc", "tin-tuc"),
        # Nothing Latin to fold: Wagtail's own (Unicode) slug stays.
        ("ច្បាប់", "", None),
    ],
)
def test_package_pages_get_ascii_addresses(client, portal, title, slug, expected):
    page = make_section(portal, title=title, slug=slug)
    page.refresh_from_db()
    if expected is None:
        assert page.slug and not page.slug.isascii()
    else:
        assert page.slug == expected
    assert client.get(page.url).status_code == 200


def test_the_admin_saves_an_ascii_address_for_a_vietnamese_slug(admin_client, portal):
    from django.urls import reverse
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    url = reverse("wagtailadmin_pages:add", args=["pbgdpl", "sectionpage", portal.pk])
    data = nested_form_data(
        {
            "title": "Phổ biến pháp luật cho đồng bào dân tộc thiểu số",
            "slug": "phổ-biến-pháp-luật-đồng-bào",
            "intro": "",
            "body": streamfield([]),
            "comments": inline_formset([]),
        }
    )
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    assert (
        SectionPage.objects.get(title__startswith="Phổ biến").slug == "pho-bien-phap-luat-dong-bao"
    )


def test_a_page_saved_before_ascii_slugs_gets_them_on_republishing_and_keeps_its_old_link(
    client, portal, django_capture_on_commit_callbacks
):
    from wagtail.contrib.redirects.models import Redirect

    page = make_section(portal, title="Hòa giải", slug="hoa-giai")
    # As a page created by an earlier version, with its Vietnamese address.
    Page.objects.filter(pk=page.pk).update(slug="hòa-giải", url_path=f"{portal.url_path}hòa-giải/")
    page.refresh_from_db()
    old_url = page.url
    # Wagtail announces a changed slug once the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    page.refresh_from_db()
    assert page.slug == "hoa-giai"
    assert Redirect.objects.filter(redirect_page=page).exists()
    response = client.get(old_url)
    assert response.status_code in (301, 302) and response.url.endswith("/hoa-giai/")
