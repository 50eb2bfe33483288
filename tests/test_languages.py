"""Readers' languages: minority languages known to Django, their catalogues, locale-prefixed
addresses, the fallback to Vietnamese with its notice, the switcher, hreflang and formats."""

import datetime
from pathlib import Path

import polib
import pytest
from bs4 import BeautifulSoup
from django.conf.locale import LANG_INFO
from django.template import Context, Template
from django.test import override_settings
from django.utils import translation
from django.utils.translation import check_for_language, get_language_info
from wagtail.models import Locale

import pbgdpl_wagtail
from pbgdpl_wagtail.languages import MINORITY_LANGUAGES
from pbgdpl_wagtail.models import NewsIndexPage, SectionPage

from . import minority_catalogues
from .factories import make_section

DOMAIN_CODES = [
    "tyz",
    "blt",
    "twh",
    "mtq",
    "nut",
    "hmn",
    "mww",
    "hnj",
    "ium",
    "km",
    "cjm",
    "cja",
    "rad",
    "jra",
    "bdq",
    "sed",
    "kpm",
    "rog",
    "mng",
    "cmo",
    "mlc",
    "hre",
    "cje",
    "sti",
    "zh",
]


def test_the_major_minority_languages_are_built_in():
    assert sorted(MINORITY_LANGUAGES) == sorted(DOMAIN_CODES)


@pytest.mark.parametrize("code", DOMAIN_CODES)
def test_django_knows_each_language_and_activates_it(code):
    info = get_language_info(code)
    assert info["bidi"] is False and info["name"] and info["name_local"]
    # LocaleMiddleware and i18n_patterns only accept a language with a catalogue.
    assert check_for_language(code)


def test_language_names_read_in_vietnamese():
    with translation.override("vi"):
        assert get_language_info("tyz")["name_translated"] == "Tiếng Tày"
        assert get_language_info("vi")["name_translated"] == "Tiếng Việt"
    assert get_language_info("tyz")["name_local"] == "Tiếng Tày"
    assert LANG_INFO["km"]["name_local"] == "Khmer"  # Django's own entry is kept


def test_a_site_can_add_a_language():
    with override_settings(PBGDPL={"LANGUAGE_INFO": {"pcc": {"name": "Bouyei"}}}):
        assert get_language_info("pcc")["name"] == "Bouyei"
        assert get_language_info("pcc")["bidi"] is False


@pytest.mark.parametrize("code", sorted(MINORITY_LANGUAGES))
def test_minority_catalogues_are_shipped_and_compiled(code):
    path = minority_catalogues.catalogue_path(code)
    catalogue = polib.pofile(str(path))
    assert {entry.msgid for entry in catalogue} == set(minority_catalogues.MSGIDS)
    assert catalogue.metadata["Language"] == code
    compiled = {e.msgid: e.msgstr for e in polib.mofile(str(path.with_suffix(".mo"))) if e.msgid}
    assert compiled == {e.msgid: e.msgstr for e in catalogue if e.msgstr}
    vi = Path(pbgdpl_wagtail.__file__).parent / "locale/vi/LC_MESSAGES/django.po"
    assert set(minority_catalogues.MSGIDS) <= {e.msgid for e in polib.pofile(str(vi))}


def test_check_warns_about_a_language_without_catalogue_or_name():
    from pbgdpl_wagtail.checks import check_language_catalogues

    assert check_language_catalogues(None) == []
    languages = [("vi", "Tiếng Việt"), ("tyz", "Tày"), ("xyz", "Unknown")]
    with override_settings(LANGUAGES=languages, WAGTAIL_CONTENT_LANGUAGES=languages):
        messages = check_language_catalogues(None)
    assert sorted(m.id for m in messages) == ["pbgdpl.W002", "pbgdpl.W003"]
    assert all("xyz" in m.msg for m in messages)


def test_vietnamese_dates_and_numbers():
    template = Template("{% load pbgdpl_format %}{{ day|pbgdpl_date }} {{ n|pbgdpl_number }}")
    context = Context({"day": datetime.date(2019, 12, 8), "n": 1234567})
    with translation.override("vi"):
        assert template.render(context) == "ngày 8 tháng 12 năm 2019 1.234.567"
    with translation.override("en"):
        assert template.render(context) == "Dec. 8, 2019 1,234,567"


# Pages in several languages


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def locales(db):
    return {
        "en": Locale.objects.create(language_code="en"),
        "tyz": Locale.objects.create(language_code="tyz"),
    }


def translate_page(page, locale, title):
    translation_ = page.copy_for_translation(locale)
    translation_.title = title
    translation_.save_revision().publish()
    return translation_


@pytest.fixture
def site(portal, locales):
    section = make_section(portal, title="Hòa giải ở cơ sở", slug="hoa-giai", intro="Giới thiệu")
    news = NewsIndexPage(title="Tin tức", slug="tin-tuc")
    portal.add_child(instance=news)
    news.save_revision().publish()
    return {
        "section": section,
        "news": news,
        "en_portal": translate_page(portal, locales["en"], "Legal dissemination"),
        "tyz_portal": translate_page(portal, locales["tyz"], "[Văn bản mẫu] Tày"),
        "en_section": translate_page(section, locales["en"], "Grassroots mediation"),
    }


@pytest.mark.django_db
def test_translated_page_has_switcher_hreflang_and_lang(client, site):
    html = soup(client.get("/en/hoa-giai/"))
    assert html.html["lang"] == "en"
    assert html.h1.get_text(strip=True) == "Grassroots mediation"
    links = {a.get_text(): a for a in html.select(".pbgdpl-language-switcher a")}
    assert list(links) == ["Tiếng Việt", "English"]
    assert links["English"]["aria-current"] == "true"
    assert links["Tiếng Việt"]["href"] == "/hoa-giai/"
    assert links["Tiếng Việt"]["hreflang"] == links["Tiếng Việt"]["lang"] == "vi"
    alternates = {
        link["hreflang"]: link["href"] for link in html.select('link[rel="alternate"][hreflang]')
    }
    assert alternates == {
        "vi": "http://localhost/hoa-giai/",
        "x-default": "http://localhost/hoa-giai/",
        "en": "http://localhost/en/hoa-giai/",
    }
    assert html.select(".pbgdpl-fallback-notice") == []
    assert html.select_one(".pbgdpl").get("lang") is None


@pytest.mark.django_db
def test_untranslated_page_falls_back_to_vietnamese_with_a_notice(client, site):
    """No Tày news listing: /tyz/tin-tuc/ serves the Vietnamese one, saying so in the reader's
    language where its catalogue has the notice, else in Vietnamese (marked lang="vi")."""
    html = soup(client.get("/tyz/tin-tuc/"))
    assert html.html["lang"] == "tyz"
    assert html.h1.get_text(strip=True) == "Tin tức"
    notice = html.select_one(".pbgdpl-fallback-notice")
    assert notice.get_text() == "Nội dung này chưa có bản tiếng Tày; đang hiển thị bản tiếng Việt."
    assert notice["lang"] == "vi"
    assert html.select_one(".pbgdpl")["lang"] == "vi"
    # The switcher offers the Vietnamese page, the one translation there is.
    assert [a["href"] for a in html.select(".pbgdpl-language-switcher a")] == ["/tin-tuc/"]

    english = soup(client.get("/en/tin-tuc/"))
    notice = english.select_one(".pbgdpl-fallback-notice")
    assert notice["lang"] == "en"
    assert notice.get_text() == (
        "This content is not yet available in English; showing the Vietnamese version."
    )


@pytest.mark.django_db
def test_missing_pages_still_answer_404(client, site):
    assert client.get("/tyz/khong-co/").status_code == 404
    assert client.get("/en/hoa-giai/khong-co/").status_code == 404


@pytest.mark.django_db
def test_vietnamese_pages_have_no_notice(client, site):
    html = soup(client.get("/tin-tuc/"))
    assert html.html["lang"] == "vi"
    assert html.select(".pbgdpl-fallback-notice") == []
    # Only Vietnamese exists: nothing to switch to.
    assert html.select(".pbgdpl-language-switcher") == []


@pytest.mark.django_db
def test_without_any_tay_page_the_vietnamese_home_is_served(client, portal, locales):
    html = soup(client.get("/tyz/"))
    assert html.h1.get_text(strip=True) == portal.title
    assert html.select_one(".pbgdpl-fallback-notice")["lang"] == "vi"


@pytest.mark.django_db
def test_material_in_another_language_is_marked(client, site):
    """Inside Vietnamese content shown to an English reader, an English item keeps lang="en"."""
    template = Template(
        "{% load pbgdpl_language_tags %}<p{% pbgdpl_lang_attr 'en' %}></p>"
        "<p{% pbgdpl_lang_attr 'vi' %}></p>"
    )
    with translation.override("en"):
        inside_vietnamese = template.render(Context({"pbgdpl_content_language": "vi"}))
        plain = template.render(Context({}))
    assert inside_vietnamese == '<p lang="en"></p><p></p>'
    assert plain == '<p></p><p lang="vi"></p>'
    assert SectionPage.objects.count() == 2
