from io import StringIO

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from pbgdpl_wagtail.library import ffmpeg, webvtt
from pbgdpl_wagtail.models import (
    AdministrativeUnit,
    Agency,
    Book,
    BookcasePage,
    DocumentIndexPage,
    GuidancePage,
    LegalDocument,
    LegalField,
    LegalSituation,
    LibraryPage,
    MaterialPage,
    PortalHomePage,
    Question,
    SectionPage,
    Video,
    VideoCaption,
)
from pbgdpl_wagtail.snippets.situations import LegalSituationCitation

pytestmark = pytest.mark.django_db


def counts():
    """Rows of every kind seed_demo creates, and which pages are translations."""
    return {
        model.__name__: model.objects.count()
        for model in (
            Page,
            PortalHomePage,
            SectionPage,
            AdministrativeUnit,
            Agency,
            LegalDocument,
            MaterialPage,
            GuidancePage,
            Book,
            Video,
            VideoCaption,
            LegalSituation,
            LegalSituationCitation,
            LibraryPage,
            Question,
        )
    } | {
        "translated pages": set(
            Page.objects.exclude(locale=Locale.get_default()).values_list("pk", flat=True)
        )
    }


# The most queries a page of each public type of the demo may take when rendered afresh: issue
# #10 asks for 20 at most, and on a site the content cache reads its version first (one more
# query on a first view; example_site/benchmarks/pages.py prints both). A page type that needs
# more gets its own ceiling here, and the README says why.
MAX_QUERIES = 19
QUERY_CEILINGS = {}


def assert_query_ceilings(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from demo.public_pages import demo_urls

    urls = demo_urls()
    assert len(urls) >= 20
    too_many = {}
    for name, url in urls:
        client.get(url)  # warm the per-process caches (content types, site root paths)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200, url
        if len(queries) > QUERY_CEILINGS.get(name, MAX_QUERIES):
            too_many[f"{name} {url}"] = len(queries)
    assert too_many == {}


def test_seed_demo_builds_the_province_once(client, demo_province):
    """A second run adds nothing: no page, record, library item, question or translation."""
    assert "pbgdpl-demo-2026" in demo_province
    first = counts()
    call_command("seed_demo", stdout=StringIO())
    assert counts() == first
    # The Vietnamese home page, and its English and Tày translations.
    assert first["PortalHomePage"] == 3 and first["SectionPage"] >= 4

    home = PortalHomePage.objects.get(locale=Locale.get_default())
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    # The province's own lĩnh vực beside the Bộ pháp điển's (docs/extending.md).
    assert LegalField.objects.filter(code="AT.1", locale=home.locale).count() == 1
    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser and admin.check_password("pbgdpl-demo-2026")
    # An editor and a reviewer, to show the page workflow and the Q&A workspace.
    editor = get_user_model().objects.get(username="bientap")
    reviewer = get_user_model().objects.get(username="lanhdao")
    assert not editor.is_superuser and editor.check_password("pbgdpl-demo-2026")
    assert editor.has_perm("pbgdpl.answer_question")
    assert not editor.has_perm("pbgdpl.approve_question")
    assert reviewer.has_perm("pbgdpl.approve_question")
    assert {g.name for g in editor.groups.all()} >= {"Editors"}
    assert {g.name for g in reviewer.groups.all()} >= {"Moderators"}
    assert "“bientap”" in demo_province and "“lanhdao”" in demo_province

    # Every page of the demo renders, with content from its blocks.
    for page in Page.objects.live().filter(depth__gte=2).specific():
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = BeautifulSoup(response.content, "html.parser")
        assert html.find("h1").get_text() == page.title
    body_types = {block.block_type for page in SectionPage.objects.all() for block in page.body} | {
        block.block_type for block in home.body
    }
    assert {
        "heading",
        "paragraph",
        "image",
        "gallery",
        "callout",
        "accordion",
        "table",
        "documents",
        "link_cards",
        "app_links",
        "contact",
        "legal_document",
    } <= body_types

    # Queries of one page of each public type (the page benchmark prints the same).
    assert_query_ceilings(client)

    # Real national documents with their relations, listed and linked both ways.
    old = LegalDocument.objects.get(number="619/QĐ-TTg")
    assert old.is_out_of_force()
    listing = DocumentIndexPage.objects.get(slug="van-ban-phap-luat", locale=Locale.get_default())
    detail = client.get(listing.url_for_document(old)).content.decode()
    assert "25/2021/QĐ-TTg" in detail and "pbgdpl-validity-warning" in detail
    law = LegalDocument.objects.get(number="14/2012/QH13")
    assert law.issued_date.isoformat() == "2012-06-20"


def test_seed_demo_materials_guidance_and_bookcase(client, demo_province):
    home = PortalHomePage.objects.get(locale=Locale.get_default())
    assert {"legal_document_list", "materials_feed", "bookcase_shelf"} <= {
        block.block_type for block in home.body
    }
    home_html = BeautifulSoup(client.get(home.url).content, "html.parser")
    assert home_html.select(".pbgdpl-feed__item") and home_html.select(".pbgdpl-shelf .pbgdpl-book")

    # Materials introduce the demo's real laws, found by their number.
    leaflet = MaterialPage.objects.get(slug="to-gap-hoa-giai-o-co-so")
    assert [str(d.number) for d in leaflet.introduces.all()] == ["35/2013/QH13"]
    assert MaterialPage.objects.live().count() >= 5
    assert MaterialPage.objects.filter(language="en").exists()

    # Guidance pages show procedure steps with the time limits the texts set.
    guide = GuidancePage.objects.get(slug="cong-nhan-chuan-tiep-can-phap-luat")
    html = BeautifulSoup(client.get(guide.url).content, "html.parser")
    steps = html.select(".pbgdpl-procedure__step")
    assert len(steps) == 6
    text = html.get_text()
    assert "Ít nhất 05 ngày" in text and "Trước ngày 10 tháng 01 năm sau" in text
    assert html.select_one(".pbgdpl-forms__code").get_text() == "Mẫu 01–10"
    assert {block.block_type for page in GuidancePage.objects.all() for block in page.body} >= {
        "procedure_steps",
        "forms",
    }

    # The bookcase: published books with their page, the draft awaiting approval nowhere.
    bookcase = BookcasePage.objects.get()
    books = Book.objects.filter(live=True)
    assert books.count() == 6
    for book in books:
        response = client.get(bookcase.url_for_book(book))
        assert response.status_code == 200, book.title
        book.full_clean()
    draft = Book.objects.get(live=False)
    assert client.get(bookcase.url_for_book(draft)).status_code == 404
    assert draft.get_workflow() is not None

    # Component databases: several communes and years, shown on registry and statistics pages.
    from pbgdpl_wagtail.models import (
        AccessAssessment,
        LegalPropagandist,
        LegalReporter,
        MediationCase,
        MediationTeam,
        RegistryPage,
        StatisticsPage,
    )

    assert LegalReporter.objects.count() >= 10
    assert LegalPropagandist.objects.values("commune").distinct().count() >= 4
    assert MediationCase.objects.dates("received_date", "year").count() >= 2
    assert AccessAssessment.objects.values("year").distinct().count() >= 3
    assert AccessAssessment.objects.filter(result="dat_chuan").exists()
    assert any(team.composition_warnings() for team in MediationTeam.objects.all())
    for record in LegalReporter.objects.all():
        record.full_clean()
    assert RegistryPage.objects.live().count() == 5
    stats = StatisticsPage.objects.get()
    html = BeautifulSoup(client.get(stats.url, {"year": "2025"}).content, "html.parser")
    assert len(html.select("svg[role=img]")) >= 4
    assert html.select(".pbgdpl-statistics-table tbody tr")


def test_seed_demo_library(client, demo_province):
    assert LibraryPage.objects.count() == 2  # Vietnamese and Tày
    vi = Locale.get_default()

    # Videos: a file, Vietnamese captions that a browser can parse, a poster, and the
    # duration when ffmpeg is there to read it.
    videos = Video.objects.filter(live=True, locale=vi)
    assert videos.count() >= 3
    for video in videos:
        assert video.file and video.mime_type in ("video/mp4", "video/webm"), video.title
        assert video.poster_id and video.transcript and video.legal_documents.exists()
        captions = {(caption.language, caption.kind): caption for caption in video.captions.all()}
        assert ("vi", "captions") in captions, video.title
        for caption in captions.values():
            with caption.file.open("rb") as handle:
                cues = webvtt.parse(handle.read().decode("utf-8"))
            assert cues and cues[-1].end <= 6.5
        if ffmpeg.ffmpeg_binary():
            assert video.duration and 5 <= video.duration.total_seconds() <= 7, video.title
    assert VideoCaption.objects.filter(language="en", kind="subtitles").exists()

    # Situations: a question, an answer and a legal basis in real documents of the demo.
    situations = LegalSituation.objects.filter(live=True, locale=vi)
    assert situations.count() >= 12
    for situation in situations:
        assert situation.question.strip() and situation.answer.strip(), situation.title
        assert situation.citations.exists(), situation.title
        assert situation.compiled_by and situation.reviewed_by
    assert situations.exclude(video=None).count() >= 2
    assert situations.exclude(introduced_document=None).exists()
    land = LegalDocument.objects.get(number="31/2024/QH15")
    assert land.issued_date.isoformat() == "2024-01-18"
    assert LegalSituationCitation.objects.filter(document=land, articles__contains="235").exists()

    # The library lists everything, on the menu and on the home page.
    library = LibraryPage.objects.get(locale=vi)
    assert library.live and library.show_in_menus
    html = client.get(library.url).content.decode()
    for item in [*videos, *situations]:
        assert item.title in html, item.title
    for item in [videos.first(), situations.first()]:
        response = client.get(library.url_for_item(item))
        assert response.status_code == 200 and item.title in response.content.decode()
    home = PortalHomePage.objects.get(locale=vi)
    assert "library_feed" in {block.block_type for block in home.body}
    home_html = BeautifulSoup(client.get(home.url).content, "html.parser")
    assert library.url in {link.get("href") for link in home_html.select("nav a")}


def test_seed_demo_questions(client, demo_province):
    from pbgdpl_wagtail.models import QuestionIndexPage
    from pbgdpl_wagtail.snippets.questions import QuestionStatus

    published = Question.objects.published()
    # A few dozen answers across fields, as a province's page would have.
    assert published.count() >= 30
    assert published.values("legal_field").distinct().count() >= 10
    for question in published:
        assert question.citations.exists() and question.legal_field_id, question.title
    # Nothing received or published in the future: a new answer is listed first.
    now = timezone.now()
    assert not Question.objects.filter(received_at__gt=now).exists()
    assert not published.filter(published_at__gt=now).exists()
    assert set(Question.objects.values_list("status", flat=True)) == set(QuestionStatus.values)
    # The answers awaiting approval wait in the Q&A workflow, for the approving group.
    awaiting = Question.objects.filter(status=QuestionStatus.AWAITING_APPROVAL)
    assert awaiting and all(question.workflow_in_progress for question in awaiting)
    assert not Question.objects.exclude(status=QuestionStatus.COMPLETED).filter(live=True)
    page = QuestionIndexPage.objects.get()
    listing = client.get(page.url)
    assert listing.status_code == 200
    html = BeautifulSoup(listing.content, "html.parser")
    link = html.select_one(".pbgdpl-item-list__title a")["href"]
    detail = client.get(link)
    assert detail.status_code == 200
    for response in (listing, detail):
        assert "@example.vn" not in response.content.decode()


def test_seed_demo_translations(client, demo_province):
    """English for the main pages and news, Tày for the home page, the library and two library
    items; everything else in Vietnamese with a notice."""
    english = {p.url: p.title for p in Page.objects.filter(locale__language_code="en").live()}
    assert english["/en/"] == "Legal dissemination and education in An Thịnh province"
    assert "/en/tin-tuc-su-kien/" in english and len(english) == 6
    html = BeautifulSoup(client.get("/en/").content, "html.parser")
    assert html.html["lang"] == "en"
    assert [a.get_text() for a in html.select(".pbgdpl-language-switcher a")] == [
        "Tiếng Việt",
        "English",
        "Tiếng Tày",
    ]

    tay = BeautifulSoup(client.get("/tyz/thu-vien/").content, "html.parser")
    titles = [a.get_text(strip=True) for a in tay.select(".pbgdpl-item-list__title a")]
    assert len(titles) == 2 and all(t.startswith("[Văn bản mẫu]") for t in titles)
    assert Video.objects.filter(locale__language_code="tyz", live=True).count() == 1
    assert LegalSituation.objects.filter(locale__language_code="tyz", live=True).count() == 1

    fallback = BeautifulSoup(client.get("/tyz/tin-tuc-su-kien/").content, "html.parser")
    assert fallback.h1.get_text(strip=True) == "Tin tức – Sự kiện"
    assert "chưa có bản tiếng Tày" in fallback.select_one(".pbgdpl-fallback-notice").get_text()
