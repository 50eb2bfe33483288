"""1.2a — Tủ sách pháp luật: the Book record, its rules, the bookcase page and the shelf block."""

import csv
import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation
from wagtail.models import GroupApprovalTask, Workflow, WorkflowContentType, WorkflowTask

from pbgdpl_wagtail.blocks import BookcaseShelfBlock, ContentStreamBlock
from pbgdpl_wagtail.models import Book
from pbgdpl_wagtail.snippets.books import BookType
from pbgdpl_wagtail.snippets.legal_documents import ValidityStatus

from .factories import LegalDocumentFactory, LegalFieldFactory, make_section
from .factories_materials import BookFactory, DocumentFactory, SmallImageFactory, make_bookcase

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def errors_of(book):
    with translation.override("vi"), pytest.raises(ValidationError) as error:
        book.full_clean()
    return error.value.message_dict


# The information QĐ 14/2019/QĐ-TTg Điều 8 khoản 2 điểm c requires


def test_a_complete_book_is_valid_with_a_link_or_a_file():
    BookFactory.build().full_clean()
    BookFactory.build(external_url="", file=DocumentFactory()).full_clean()


MISSING = {
    "title": "Hãy nhập tên sách, tài liệu.",
    "compiler": "Hãy nhập cơ quan, tổ chức, cá nhân chủ trì biên soạn.",
    "release_date": "Hãy nhập thời gian phát hành.",
    "validity_note": "Hãy nêu hiệu lực của văn bản pháp luật mà sách giới thiệu.",
    "purpose": "Hãy giới thiệu mục đích của sách.",
    "main_content": "Hãy giới thiệu nội dung chính của sách.",
    "book_type": "Hãy chọn loại sách.",
}


@pytest.mark.parametrize("name", list(MISSING))
def test_each_required_item_is_refused_when_missing(name):
    book = BookFactory.build(**{name: None if name == "release_date" else ""})
    assert errors_of(book) == {name: [MISSING[name]]}


@pytest.mark.parametrize("name", ["title", "compiler", "validity_note", "purpose", "main_content"])
def test_spaces_are_not_information(name):
    book = BookFactory.build(**{name: "   \n "})
    assert errors_of(book) == {name: [MISSING[name]]}


def test_file_or_link_exactly_one():
    neither = BookFactory.build(external_url="", file=None)
    assert errors_of(neither) == {
        "file": ["Hãy đính kèm tệp của sách hoặc nhập liên kết đến nơi đọc sách."]
    }
    both = BookFactory.build(file=DocumentFactory())
    assert errors_of(both) == {"external_url": ["Chỉ nhập một trong hai: tệp hoặc liên kết."]}


def test_link_must_be_an_address():
    assert "external_url" in errors_of(BookFactory.build(external_url="tu-sach"))


def test_unknown_type_and_language_are_refused():
    assert "book_type" in errors_of(BookFactory.build(book_type="sach-la"))
    assert "language" in errors_of(BookFactory.build(language="xx"))


# In the admin: drafts may be incomplete, publishing checks everything


def book_form_data(**overrides):
    data = {
        "title": "Hỏi đáp Luật Hòa giải ở cơ sở",
        "compiler": "Sở Tư pháp tỉnh An Thịnh",
        "release_date": "2025-11-09",
        "validity_note": "Luật Hòa giải ở cơ sở số 35/2013/QH13, còn hiệu lực",
        "purpose": "Giúp hòa giải viên nắm vững quy định.",
        "main_content": "Câu hỏi và trả lời về hòa giải ở cơ sở.",
        "book_type": BookType.EXPLANATION,
        "language": "vi",
        "external_url": "https://example.gov.vn/tu-sach/hoi-dap",
    }
    data.update(overrides)
    return data


def test_admin_forms_open(admin_client, portal):
    book = BookFactory()
    for url in (
        reverse("wagtailsnippets_pbgdpl_book:add"),
        reverse("wagtailsnippets_pbgdpl_book:edit", args=[book.pk]),
        reverse("wagtailadmin_pages:add", args=["pbgdpl", "bookcasepage", portal.pk]),
    ):
        assert admin_client.get(url).status_code == 200, url


def test_admin_refuses_to_publish_an_incomplete_book_in_vietnamese(admin_client):
    url = reverse("wagtailsnippets_pbgdpl_book:add")
    data = book_form_data(title="", purpose="  ", external_url="", **{"action-publish": "1"})
    response = admin_client.post(url, data, HTTP_ACCEPT_LANGUAGE="vi")
    assert response.status_code == 200
    content = response.content.decode()
    assert MISSING["title"] in content
    assert MISSING["purpose"] in content
    assert "Hãy đính kèm tệp của sách hoặc nhập liên kết đến nơi đọc sách." in content
    assert not Book.objects.exists()


def test_admin_saves_an_incomplete_draft_then_checks_it_on_publishing(admin_client):
    url = reverse("wagtailsnippets_pbgdpl_book:add")
    draft = book_form_data(purpose="", main_content="", external_url="")
    response = admin_client.post(url, draft)
    assert response.status_code == 302
    book = Book.objects.get()
    assert not book.live
    edit_url = reverse("wagtailsnippets_pbgdpl_book:edit", args=[book.pk])
    response = admin_client.post(
        edit_url, {**draft, "action-publish": "1"}, HTTP_ACCEPT_LANGUAGE="vi"
    )
    assert response.status_code == 200
    assert MISSING["main_content"] in response.content.decode()
    book.refresh_from_db()
    assert not book.live
    # Even a draft cannot give both a file and a link.
    document = DocumentFactory()
    response = admin_client.post(edit_url, {**book_form_data(), "file": document.pk})
    assert response.status_code == 200
    response = admin_client.post(edit_url, {**book_form_data(), "action-publish": "1"})
    assert response.status_code == 302
    book.refresh_from_db()
    assert book.live and book.purpose == "Giúp hòa giải viên nắm vững quy định."


def test_publication_goes_through_moderation(django_user_model):
    """QĐ 14/2019 Điều 8 khoản 4: the head of the unit approves before a book is published."""
    editor = django_user_model.objects.create_user("bientap", "b@example.com", "x")
    head = django_user_model.objects.create_user("lanhdao", "l@example.com", "x")
    approvers = Group.objects.create(name="Lãnh đạo Sở")
    head.groups.add(approvers)
    approvers.permissions.set(
        Permission.objects.filter(
            content_type=ContentType.objects.get_for_model(Book),
            codename__in=["change_book", "publish_book"],
        )
    )
    task = GroupApprovalTask.objects.create(name="Lãnh đạo duyệt")
    task.groups.set([approvers])
    workflow = Workflow.objects.create(name="Duyệt, đăng tải sách")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowContentType.objects.create(
        workflow=workflow, content_type=ContentType.objects.get_for_model(Book)
    )
    book = BookFactory(live=False)
    book.save_revision(user=editor)
    assert book.get_workflow() == workflow
    state = workflow.start(book, editor)
    assert state.status == "in_progress" and not Book.objects.get(pk=book.pk).live
    state.current_task_state.approve(user=head)
    assert Book.objects.get(pk=book.pk).live


def test_an_incomplete_book_cannot_be_submitted_for_approval(admin_client):
    workflow = Workflow.objects.create(name="Duyệt, đăng tải sách")
    WorkflowTask.objects.create(
        workflow=workflow, task=GroupApprovalTask.objects.create(name="Duyệt"), sort_order=0
    )
    WorkflowContentType.objects.create(
        workflow=workflow, content_type=ContentType.objects.get_for_model(Book)
    )
    book = BookFactory(live=False, main_content="")
    url = reverse("wagtailsnippets_pbgdpl_book:edit", args=[book.pk])
    data = book_form_data(main_content="", **{"action-submit": "1"})
    response = admin_client.post(url, data, HTTP_ACCEPT_LANGUAGE="vi")
    assert response.status_code == 200
    assert MISSING["main_content"] in response.content.decode()
    assert not book.workflow_states.exists()
    response = admin_client.post(url, {**book_form_data(), "action-submit": "1"})
    assert response.status_code == 302
    assert book.workflow_states.get().status == "in_progress"
    assert not Book.objects.get(pk=book.pk).live


def test_admin_listing_filters_searches_and_exports(admin_client):
    BookFactory(title="Đề cương giới thiệu Luật Phổ biến", book_type=BookType.LAW_INTRODUCTION)
    BookFactory(title="Sổ tay hòa giải viên", book_type=BookType.PROFESSIONAL_GUIDANCE)
    url = reverse("wagtailsnippets_pbgdpl_book:list")
    rows = soup(admin_client.get(url, {"book_type": BookType.PROFESSIONAL_GUIDANCE})).select(
        "table.listing tbody tr"
    )
    assert len(rows) == 1 and "Sổ tay hòa giải viên" in rows[0].get_text()
    rows = soup(admin_client.get(url, {"q": "Đề cương"})).select("table.listing tbody tr")
    assert len(rows) == 1 and "Đề cương" in rows[0].get_text()
    response = admin_client.get(url, {"export": "csv"})
    assert "tu-sach-phap-luat.csv" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert len(rows) == 3 and "Sổ tay hòa giải viên" in {row[0] for row in rows}


# The bookcase page


@pytest.fixture
def shelf(portal):
    mediation = LegalFieldFactory(code="37.1", name="Hòa giải ở cơ sở")
    dissemination = LegalFieldFactory(code="44.8", name="Phổ biến, giáo dục pháp luật")
    books = {
        "qa": BookFactory(
            title="Hỏi đáp Luật Hòa giải ở cơ sở",
            book_type=BookType.EXPLANATION,
            release_date=datetime.date(2026, 1, 5),
            legal_fields=[mediation],
            cover=SmallImageFactory(),
        ),
        "outline": BookFactory(
            title="Đề cương giới thiệu Luật Phổ biến, giáo dục pháp luật",
            book_type=BookType.LAW_INTRODUCTION,
            release_date=datetime.date(2025, 3, 1),
            legal_fields=[dissemination],
            file=DocumentFactory(title="De cuong"),
            external_url="",
        ),
        "english": BookFactory(
            title="Grassroots mediation: questions and answers",
            book_type=BookType.EXPLANATION,
            release_date=datetime.date(2024, 11, 9),
            language="en",
            legal_fields=[mediation],
        ),
    }
    draft = BookFactory(title="Sách chờ duyệt", live=False)
    page = make_bookcase(portal, per_page=10)
    return page, books, {"mediation": mediation, "dissemination": dissemination, "draft": draft}


def shelf_titles(response):
    return [a.get_text() for a in soup(response).select(".pbgdpl-book__title a")]


def test_bookcase_lists_published_books_newest_first(client, shelf):
    page, books, _ = shelf
    response = client.get(page.url)
    assert shelf_titles(response) == [
        "Hỏi đáp Luật Hòa giải ở cơ sở",
        "Đề cương giới thiệu Luật Phổ biến, giáo dục pháp luật",
        "Grassroots mediation: questions and answers",
    ]
    html = soup(response)
    assert html.select_one(".pbgdpl-book img.pbgdpl-book__cover")["alt"] == ""
    assert html.select(".pbgdpl-book__cover--none")  # a book without a cover still has one
    link = html.find("a", string="Grassroots mediation: questions and answers")
    assert link["lang"] == "en" and link["href"] == page.url_for_book(books["english"])


@pytest.mark.parametrize(
    "params, expected",
    [
        (lambda t: {"book_type": BookType.LAW_INTRODUCTION}, ["outline"]),
        (lambda t: {"field": t["mediation"].pk}, ["qa", "english"]),
        (lambda t: {"language": "en"}, ["english"]),
        (lambda t: {"year": 2025}, ["outline"]),
        (lambda t: {"q": "hỏi đáp"}, ["qa"]),
        (lambda t: {"book_type": BookType.EXPLANATION, "language": "vi"}, ["qa"]),
    ],
)
def test_each_filter(client, shelf, params, expected):
    page, books, things = shelf
    assert shelf_titles(client.get(page.url, params(things))) == [
        books[key].title for key in expected
    ]


def test_filters_offer_only_the_types_present(client, shelf):
    page, _, _ = shelf
    html = soup(client.get(page.url))
    types = [o["value"] for o in html.select("select[name=book_type] option")]
    assert types == ["", BookType.LAW_INTRODUCTION, BookType.EXPLANATION]


@pytest.mark.parametrize(
    "params",
    [
        {"book_type": "khong-co"},
        {"field": "abc"},
        {"language": "<b>"},
        {"year": "3000"},
        {"q": "x" * 300},
    ],
)
def test_bad_filter_values_give_an_error_not_a_crash(client, shelf, params):
    page, _, _ = shelf
    response = client.get(page.url, params)
    assert soup(response).select_one(".pbgdpl-field__error")
    assert shelf_titles(response) == []


def test_pagination(client, shelf):
    page, _, _ = shelf
    page.per_page = 2
    page.save_revision().publish()
    assert len(shelf_titles(client.get(page.url))) == 2
    assert len(shelf_titles(client.get(page.url, {"page": 2}))) == 1
    assert client.get(page.url, {"page": 5}).status_code == 404


def test_book_page_shows_the_required_information(client, shelf):
    page, books, _ = shelf
    html = soup(client.get(page.url_for_book(books["outline"])))
    assert html.find("h1").get_text() == books["outline"].title
    assert html.title.get_text().startswith(books["outline"].title)
    properties = dict(
        zip(
            [dt.get_text() for dt in html.select(".pbgdpl-properties dt")],
            [dd.get_text() for dd in html.select(".pbgdpl-properties dd")],
            strict=True,
        )
    )
    assert properties["Cơ quan, tổ chức, cá nhân chủ trì biên soạn"] == "Sở Tư pháp tỉnh An Thịnh"
    assert properties["Thời gian phát hành"] == "01/03/2025"
    assert properties["Hiệu lực văn bản"] == books["outline"].validity_note
    assert properties["Loại"].startswith("a) Tài liệu, đề cương giới thiệu luật")
    text = html.select_one("main").get_text()
    assert books["outline"].purpose in text and books["outline"].main_content in text
    download = html.select_one(".pbgdpl-book-detail__read a")
    assert download.has_attr("download")
    assert "PDF" in html.select_one(".pbgdpl-book-detail__read").get_text()
    crumbs = [li.get_text(strip=True) for li in html.select(".pbgdpl-breadcrumbs li")]
    assert crumbs[-2:] == [page.title, books["outline"].title]


def test_book_with_a_link_sends_readers_there(client, shelf):
    page, books, _ = shelf
    html = soup(client.get(page.url_for_book(books["qa"])))
    link = html.select_one(".pbgdpl-book-detail__read a")
    assert link["href"] == books["qa"].external_url and not link.has_attr("download")


def test_drafts_and_unknown_books_are_not_found(client, shelf):
    page, _, things = shelf
    assert client.get(page.url_for_book(things["draft"])).status_code == 404
    assert "Sách chờ duyệt" not in client.get(page.url).content.decode()
    assert client.get(page.url + "999999/").status_code == 404
    assert client.get(page.url + "abc/").status_code == 404


def test_book_resting_on_an_ended_document_warns(client, admin_client, shelf):
    page, books, _ = shelf
    law = LegalDocumentFactory(number="35/2013/QH13", abstract="Luật Hòa giải ở cơ sở")
    book = BookFactory(title="Sổ tay tổ hòa giải", legal_documents=[law])
    html = soup(client.get(page.url_for_book(book)))
    assert html.select_one(".pbgdpl-related-documents .pbgdpl-badge").get_text() == "Còn hiệu lực"
    assert not html.select_one(".pbgdpl-validity-warning")
    law.status = ValidityStatus.EXPIRED
    law.save()
    html = soup(client.get(page.url_for_book(book)))
    assert "35/2013/QH13" in html.select_one(".pbgdpl-validity-warning").get_text()
    report = soup(admin_client.get(reverse("pbgdpl_outdated_citations")))
    assert "Sổ tay tổ hòa giải" in report.select_one("table.listing tbody").get_text()


# The shelf block


def shelf_value(**kwargs):
    value = {"title": "Tủ sách", "books": [], "book_type": "", "count": 6, "bookcase": None}
    value.update(kwargs)
    return value


def render_shelf(value, request=None):
    block = BookcaseShelfBlock()
    html = block.render(block.to_python(value), context={"request": request})
    return BeautifulSoup(html, "html.parser")


def test_shelf_shows_the_newest_books_or_the_chosen_ones(shelf):
    page, books, things = shelf
    titles = [a.get_text() for a in render_shelf(shelf_value()).select(".pbgdpl-book__title a")]
    assert titles == [books[key].title for key in ("qa", "outline", "english")]
    html = render_shelf(shelf_value(count=1))
    assert [a.get_text() for a in html.select(".pbgdpl-book__title a")] == [books["qa"].title]
    html = render_shelf(shelf_value(book_type=BookType.LAW_INTRODUCTION))
    assert [a.get_text() for a in html.select(".pbgdpl-book__title a")] == [books["outline"].title]
    chosen = [books["english"].pk, things["draft"].pk, books["qa"].pk]
    html = render_shelf(shelf_value(books=chosen))
    assert [a.get_text() for a in html.select(".pbgdpl-book__title a")] == [
        books["english"].title,
        books["qa"].title,
    ]
    # Covers lead to the book's page on the bookcase, which the shelf also links to.
    assert html.select_one(".pbgdpl-book__title a")["href"] == page.url_for_book(books["english"])
    assert html.select_one(".pbgdpl-feed__more a")["href"] == page.url


def test_shelf_without_a_bookcase_page_links_to_the_books_themselves(portal):
    outline = BookFactory(file=DocumentFactory(), external_url="")
    online = BookFactory(release_date=datetime.date(2020, 1, 1))
    links = [a["href"] for a in render_shelf(shelf_value()).select(".pbgdpl-book__title a")]
    assert links == [outline.file.url, online.external_url]


def test_shelf_block_is_in_the_content_stream():
    assert isinstance(ContentStreamBlock().child_blocks["bookcase_shelf"], BookcaseShelfBlock)


# Queries stay the same whatever the number of books.

# Site, routing, page (menu, breadcrumbs, citations: page tree cache), the filters' choices,
# count, books with their covers and renditions.
BOOKCASE_QUERIES = 14
SHELF_QUERIES = 10


def many_books(count):
    return [BookFactory(cover=SmallImageFactory()) for _ in range(count)]


@pytest.mark.parametrize("count", [5, 50])
def test_bookcase_queries_do_not_grow(client, portal, count, django_assert_num_queries):
    many_books(count)
    page = make_bookcase(portal, per_page=50)
    client.get(page.url)
    with django_assert_num_queries(BOOKCASE_QUERIES):
        response = client.get(page.url)
    assert len(soup(response).select("img.pbgdpl-book__cover")) == count


@pytest.mark.parametrize("count", [5, 50])
def test_shelf_queries_do_not_grow(client, portal, count, django_assert_num_queries):
    books = many_books(count)
    make_bookcase(portal)
    section = make_section(
        portal,
        slug="tu-sach-moi",
        body=[{"type": "bookcase_shelf", "value": shelf_value(books=[b.pk for b in books])}],
    )
    client.get(section.url)
    with django_assert_num_queries(SHELF_QUERIES):
        response = client.get(section.url)
    assert len(soup(response).select("img.pbgdpl-book__cover")) == count
