"""The ask form: validation, attachments, spam and rate limits, CSRF, one question per form."""

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.cache import cache
from django.test import Client, override_settings

from pbgdpl_wagtail.models import Question
from pbgdpl_wagtail.snippets.questions import Channel, QuestionStatus

from .questions_support import JPG, OLE2, PDF, PNG, ask_data, office_zip, upload

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def ask(client, page, data):
    return client.post(page.url + "ask/", data)


def errors(response):
    return soup(response).select_one(".pbgdpl-form").select(".pbgdpl-field__error li")


def test_the_form_has_csrf_a_submission_token_and_a_hidden_honeypot(client, qa_page, field):
    page = soup(client.get(qa_page.url + "ask/"))
    form = page.select_one("form.pbgdpl-form")
    assert form.select_one("input[name=csrfmiddlewaretoken]")
    assert form.select_one("input[name=submission][type=hidden]")["value"]
    honeypot = form.select_one(".pbgdpl-honeypot")
    assert honeypot.has_attr("hidden") and honeypot["aria-hidden"] == "true"
    assert form["enctype"] == "multipart/form-data"
    assert "Hôn nhân và gia đình" in form.select_one("select[name=legal_field]").get_text()


def test_a_question_is_received_with_a_code_and_staff_are_told(
    client, qa_page, field, django_user_model, django_capture_on_commit_callbacks
):
    django_user_model.objects.create_superuser("truong", "truong@sotuphap.example", "x")
    data = ask_data(field, attachments=[upload("don.pdf", PDF), upload("anh.png", PNG)])
    with django_capture_on_commit_callbacks(execute=True):
        response = ask(client, qa_page, data)
    assert response.status_code == 302 and response["Location"].endswith("/hoi-dap/ask/done/")
    question = Question.objects.get()
    assert question.status == QuestionStatus.PENDING and question.channel == Channel.WEB
    assert question.asker_phone == "0987 654 321" and question.consent_at is not None
    assert question.submitted_text == question.text
    assert sorted(a.original_name for a in question.attachments.all()) == ["anh.png", "don.pdf"]
    assert all(a.file.name.startswith("pbgdpl/questions/") for a in question.attachments.all())
    done = soup(client.get(response["Location"]))
    assert done.select_one(".pbgdpl-tracking-code").get_text() == question.code
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["truong@sotuphap.example"] and question.code in message.subject
    assert "Câu hỏi mới" in message.subject
    assert "Trần Thị Bình" not in message.body and "0987" not in message.body


def test_the_configured_staff_addresses_are_told(
    client, qa_page, field, django_capture_on_commit_callbacks
):
    with (
        override_settings(PBGDPL={"QUESTION_NOTIFY_EMAILS": ["hoidap@sotuphap.example"]}),
        django_capture_on_commit_callbacks(execute=True),
    ):
        ask(client, qa_page, ask_data(field))
    assert [m.to for m in mail.outbox] == [["hoidap@sotuphap.example"]]


def test_submitting_the_same_form_twice_saves_one_question(client, qa_page, field):
    data = ask_data(field)
    first = ask(client, qa_page, data)
    second = ask(client, qa_page, data)
    assert first.status_code == second.status_code == 302
    assert Question.objects.count() == 1
    done = soup(client.get(second["Location"]))
    assert done.select_one(".pbgdpl-tracking-code").get_text() == Question.objects.get().code


def test_many_citizens_at_once_get_different_codes(client, qa_page, field):
    for _ in range(5):
        assert ask(client, qa_page, ask_data(field)).status_code == 302
    codes = list(Question.objects.values_list("code", flat=True))
    assert len(set(codes)) == 5


@pytest.mark.parametrize(
    "overrides, field_name, message",
    [
        ({"consent": None}, "consent", "Hãy đồng ý"),
        ({"asker_email": "", "asker_phone": ""}, "asker_email", "thư điện tử hoặc số điện thoại"),
        ({"asker_phone": "12ab"}, "asker_phone", "số điện thoại"),
        ({"asker_email": "khong-phai-email"}, "asker_email", "Nhập địa chỉ email"),
        ({"asker_name": "   "}, "asker_name", "bắt buộc"),
        ({"title": ""}, "title", "bắt buộc"),
        ({"text": ""}, "text", "bắt buộc"),
        ({"legal_field": ""}, "legal_field", "bắt buộc"),
        ({"text": "x" * 5001}, "text", "5000"),
        ({"asker_type": "nguoi_ngoai_hanh_tinh"}, "asker_type", "không phải là một trong"),
    ],
)
def test_bad_input_is_refused_in_vietnamese_and_saves_nothing(
    client, qa_page, field, overrides, field_name, message
):
    response = ask(client, qa_page, ask_data(field, **overrides))
    assert response.status_code == 200
    page = soup(response)
    error = page.select_one(f"#id_{field_name}-error")
    assert error is not None and message in error.get_text(), page.select(".pbgdpl-field__error")
    assert not Question.objects.exists() and not mail.outbox


@pytest.mark.parametrize(
    "name, content",
    [
        ("don.pdf", PDF),
        ("anh.jpg", JPG),
        ("anh.jpeg", JPG),
        ("anh.png", PNG),
        ("don.doc", OLE2),
        ("bang.xls", OLE2),
        ("don.docx", office_zip("word")),
        ("bang.xlsx", office_zip("xl")),
    ],
)
def test_accepted_attachment_types(client, qa_page, field, name, content):
    response = ask(client, qa_page, ask_data(field, attachments=[upload(name, content)]))
    assert response.status_code == 302
    assert Question.objects.get().attachments.get().size == len(content)


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("rong.pdf", b"", "trống"),
        ("gia.pdf", b"MZ\x90\x00 an executable", "không phải tệp được chấp nhận"),
        ("anh.pdf", PNG, "không phải tệp được chấp nhận"),
        ("don.docx", office_zip("xl"), "không phải tệp được chấp nhận"),
        ("hong.docx", b"PK\x03\x04 broken", "không phải tệp được chấp nhận"),
        ("script.html", b"<html></html>", "không phải tệp được chấp nhận"),
        ("khong-duoi", PDF, "không phải tệp được chấp nhận"),
    ],
)
def test_refused_attachments(client, qa_page, field, name, content, message):
    response = ask(client, qa_page, ask_data(field, attachments=[upload(name, content)]))
    assert response.status_code == 200
    assert message in soup(response).select_one("#id_attachments-error").get_text()
    assert not Question.objects.exists()


def test_attachment_count_size_and_total_limits(client, qa_page, field):
    limits = {
        "QUESTION_ATTACHMENT_MAX_COUNT": 2,
        "QUESTION_ATTACHMENT_MAX_SIZE": 100,
        "QUESTION_ATTACHMENTS_MAX_TOTAL": 150,
    }
    with override_settings(PBGDPL=limits):
        too_many = [upload(f"{n}.pdf", PDF) for n in range(3)]
        response = ask(client, qa_page, ask_data(field, attachments=too_many))
        assert "tối đa 2 tệp" in soup(response).select_one("#id_attachments-error").get_text()
        too_big = [upload("lon.pdf", PDF + b"0" * 100)]
        response = ask(client, qa_page, ask_data(field, attachments=too_big))
        assert "lớn hơn" in soup(response).select_one("#id_attachments-error").get_text()
        total = [upload("a.pdf", PDF + b"0" * 40), upload("b.pdf", PDF + b"0" * 40)]
        response = ask(client, qa_page, ask_data(field, attachments=total))
        assert "Tổng dung lượng" in soup(response).select_one("#id_attachments-error").get_text()
    assert not Question.objects.exists()


def test_the_honeypot_looks_like_success_and_keeps_nothing(client, qa_page, field):
    response = ask(client, qa_page, ask_data(field, website="http://spam.example"))
    assert response.status_code == 302
    assert not Question.objects.exists() and not mail.outbox


def test_the_rate_limit_per_address(client, qa_page, field):
    with override_settings(PBGDPL={"QUESTION_RATE_LIMIT": (2, 60)}):
        assert ask(client, qa_page, ask_data(field)).status_code == 302
        assert ask(client, qa_page, ask_data(field)).status_code == 302
        refused = ask(client, qa_page, ask_data(field))
        assert refused.status_code == 429
        assert "Quá nhiều câu hỏi" in soup(refused).select_one("[role=alert]").get_text()
        other = Client(REMOTE_ADDR="10.0.0.9")
        assert ask(other, qa_page, ask_data(field)).status_code == 302
    assert Question.objects.count() == 3


def test_no_limit_when_the_setting_is_none(client, qa_page, field):
    with override_settings(PBGDPL={"QUESTION_RATE_LIMIT": None}):
        for _ in range(7):
            assert ask(client, qa_page, ask_data(field)).status_code == 302


def test_a_post_without_the_csrf_token_is_refused(qa_page, field):
    client = Client(enforce_csrf_checks=True)
    response = ask(client, qa_page, ask_data(field))
    assert response.status_code == 403
    assert not Question.objects.exists()
