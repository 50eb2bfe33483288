"""Tracking, the public list and the answer page; personal data never reaches the public."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.test import override_settings
from django.utils import timezone

from pbgdpl_wagtail.models import Question
from pbgdpl_wagtail.snippets.legal_documents import ValidityStatus

from .factories import LegalDocumentFactory, LegalFieldFactory
from .factories_questions import QuestionFactory, cite, publish_answer

pytestmark = pytest.mark.django_db

PERSONAL = ["Nguyễn Văn An", "nguoihoi", "0912345678", "Xóm Bãi Sậy", "N.V.A."]


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_user(username="canbo", password="x")


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def assert_no_personal_data(response):
    html = response.content.decode()
    for value in PERSONAL:
        assert value not in html


def published(staff, when=None, **kwargs):
    question = publish_answer(QuestionFactory(**kwargs), staff)
    if when:
        Question.objects.filter(pk=question.pk).update(published_at=when)
        question.refresh_from_db()
    return question


# Tracking -----------------------------------------------------------------------------------


def track(client, page, code, contact):
    return client.post(page.url + "track/", {"code": code, "contact": contact})


def test_tracking_with_the_email_or_the_phone_shows_only_the_status(client, qa_page, staff):
    question = QuestionFactory(asker_email="An@Example.vn", asker_phone="0912 345 678")
    for contact in ["an@example.vn", "0912345678", "+84 912 345 678", "0912.345.678"]:
        response = track(client, qa_page, question.code.lower(), contact)
        result = soup(response).select_one(".pbgdpl-track__result")
        assert result is not None, contact
        assert "Chờ tiếp nhận" in result.get_text()
        assert question.title not in response.content.decode()
        assert "Nguyễn Văn An" not in response.content.decode()
    question.receive(staff)
    response = track(client, qa_page, question.code, "an@example.vn")
    assert "Đang xử lý" in soup(response).select_one(".pbgdpl-track__result").get_text()


def test_a_wrong_contact_and_an_unknown_code_get_the_same_answer(client, qa_page):
    question = QuestionFactory()
    wrong_contact = soup(track(client, qa_page, question.code, "khac@example.vn"))
    unknown_code = soup(track(client, qa_page, "HD-20200101-999", question.asker_email))
    for page in (wrong_contact, unknown_code):
        assert page.select_one(".pbgdpl-track__result") is None
        assert "Không tìm thấy câu hỏi" in page.select_one("[role=alert]").get_text()


def test_a_malformed_code_is_a_form_error(client, qa_page):
    page = soup(track(client, qa_page, "abc", "x@example.vn"))
    assert "HD-20260305-001" in page.select_one("#id_code-error").get_text()


def test_a_published_answer_is_linked_from_tracking(client, qa_page, staff):
    question = published(staff)
    page = soup(track(client, qa_page, question.code, question.asker_email))
    link = page.select_one(".pbgdpl-track__result a")
    assert link["href"] == qa_page.url + f"{question.code}-{question.slug}/"


def test_tracking_is_rate_limited(client, qa_page):
    question = QuestionFactory()
    with override_settings(PBGDPL={"QUESTION_TRACK_RATE_LIMIT": (2, 60)}):
        track(client, qa_page, question.code, "x@example.vn")
        track(client, qa_page, question.code, "y@example.vn")
        response = track(client, qa_page, question.code, question.asker_email)
    assert response.status_code == 429
    assert soup(response).select_one(".pbgdpl-track__result") is None


# The public list ----------------------------------------------------------------------------


def test_only_published_answers_are_listed(client, qa_page, staff):
    shown = published(staff, title="Thủ tục ly hôn thuận tình")
    QuestionFactory(title="Câu hỏi đang chờ")
    hidden = published(staff, title="Câu hỏi đã hủy công khai")
    hidden.unpublish(staff)
    response = client.get(qa_page.url)
    titles = [a.get_text(strip=True) for a in soup(response).select(".pbgdpl-item-list__title a")]
    assert titles == ["Thủ tục ly hôn thuận tình"]
    assert (
        soup(response)
        .select_one(".pbgdpl-item-list__title a")["href"]
        .endswith(f"/{shown.code}-{shown.slug}/")
    )
    assert_no_personal_data(response)


def test_filters_by_field_and_year_and_search(client, qa_page, staff):
    land = LegalFieldFactory(name="Đất đai")
    family = LegalFieldFactory(name="Hôn nhân")
    old = timezone.make_aware(datetime.datetime(2024, 6, 1))
    published(staff, legal_field=land, title="Cấp sổ đỏ lần đầu", when=old)
    published(staff, legal_field=land, title="Tranh chấp lối đi chung")
    published(staff, legal_field=family, title="Đăng ký kết hôn")

    def titles(**query):
        page = soup(client.get(qa_page.url, query))
        return sorted(a.get_text(strip=True) for a in page.select(".pbgdpl-item-list__title a"))

    assert titles(field=land.pk) == ["Cấp sổ đỏ lần đầu", "Tranh chấp lối đi chung"]
    assert titles(field=land.pk, year=2024) == ["Cấp sổ đỏ lần đầu"]
    assert titles(q="kết hôn") == ["Đăng ký kết hôn"]
    assert titles(q="Nguyễn Văn An") == []
    bad = soup(client.get(qa_page.url, {"field": 999999}))
    assert bad.select_one("#id_field-error") is not None


def test_the_list_is_paginated_without_n_plus_one(
    client, qa_page, staff, django_assert_max_num_queries
):
    qa_page.per_page = 3
    qa_page.save_revision().publish()
    for n in range(7):
        published(staff, title=f"Câu hỏi số {n}")
    with django_assert_max_num_queries(25):
        response = client.get(qa_page.url, {"page": 2})
    assert len(soup(response).select(".pbgdpl-item-list__title")) == 3
    with django_assert_max_num_queries(25):
        client.get(qa_page.url, {"page": 1})
    assert client.get(qa_page.url, {"page": 9}).status_code == 404


# The answer page ----------------------------------------------------------------------------


def test_the_answer_page_with_legal_basis_warning_and_related(client, qa_page, staff):
    field = LegalFieldFactory(name="Hòa giải")
    law = LegalDocumentFactory(number="35/2013/QH13", abstract="Luật Hòa giải ở cơ sở")
    old = LegalDocumentFactory(
        number="05/2012/NĐ-CP", abstract="Nghị định cũ", status=ValidityStatus.EXPIRED
    )
    question = QuestionFactory(legal_field=field, title="Hòa giải tranh chấp đất")
    cite(question, law, "Điều 5, khoản 1")
    cite(question, old, "Điều 2")
    publish_answer(question, staff)
    other = published(staff, legal_field=field, title="Hòa giải viên là ai")
    response = client.get(qa_page.url + f"{question.code}-{question.slug}/")
    assert response.status_code == 200
    page = soup(response)
    assert page.select_one("h1").get_text() == "Hòa giải tranh chấp đất"
    assert "Theo Điều 5" in page.select_one(".pbgdpl-question__answer").get_text()
    assert "Điều 5, khoản 1" in page.select_one(".pbgdpl-situation__basis").get_text()
    assert "05/2012/NĐ-CP" in page.select_one(".pbgdpl-validity-warning").get_text()
    assert [a.get_text() for a in page.select(".pbgdpl-related a")] == [other.title]
    assert page.select_one(".pbgdpl-question__asker") is None
    assert_no_personal_data(response)


def test_initials_only_when_the_asker_agreed(client, qa_page, staff):
    question = published(staff, show_initials=True, asker_name="Lò Văn Sáng")
    page = soup(client.get(qa_page.url + f"{question.code}-{question.slug}/"))
    assert page.select_one(".pbgdpl-question__asker").get_text() == "Người hỏi: L.V.S."
    assert "Lò Văn Sáng" not in str(page)


def test_a_wrong_slug_redirects_and_unpublished_is_not_found(client, qa_page, staff):
    question = published(staff)
    response = client.get(qa_page.url + f"{question.code}-ten-cu/")
    assert response.status_code == 302
    assert response["Location"].endswith(f"/{question.code}-{question.slug}/")
    pending = QuestionFactory()
    assert client.get(qa_page.url + f"{pending.code}-{pending.slug}/").status_code == 404
    question.unpublish(staff)
    assert client.get(qa_page.url + f"{question.code}-{question.slug}/").status_code == 404


def test_the_search_index_holds_no_personal_data(staff):
    published(staff, title="Thừa kế nhà đất")
    assert list(Question.objects.search("Thừa kế")) != []
    for value in ["Nguyễn Văn An", "nguoihoi0@example.vn", "0912345678", "Bãi Sậy"]:
        assert list(Question.objects.search(value)) == []


def test_the_site_search_finds_published_answers_folded_and_nothing_personal(
    client, qa_page, portal, staff
):
    from pbgdpl_wagtail.models import SearchPage

    search = SearchPage(title="Tìm kiếm", slug="tim-kiem")
    portal.add_child(instance=search)
    search.save_revision().publish()
    answered = publish_answer(QuestionFactory(title="Thời hiệu hòa giải tranh chấp đất đai"), staff)
    QuestionFactory(title="Thời hiệu hòa giải chưa trả lời")  # open: never searched
    response = client.get(search.url, {"q": "THOI HIEU HOA GIAI", "type": "questions"})
    html = soup(response)
    links = [a["href"] for a in html.select(".pbgdpl-search__title a")]
    assert links == [qa_page.url_for_question(answered)]
    assert "chưa trả lời" not in response.content.decode()
    # The asker's name, address and email are not indexed: searching for them finds nothing.
    for personal in ("Nguyen Van An", "Xom Bai Say", "nguoihoi0"):
        response = client.get(search.url, {"q": personal, "type": "questions"})
        assert not soup(response).select(".pbgdpl-search__result")
        assert "Nguyễn Văn An" not in response.content.decode()
