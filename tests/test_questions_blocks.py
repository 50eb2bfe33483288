"""The Q&A blocks in a page of the package's stream, and the policy-law dialogue page."""

import datetime

import pytest
from bs4 import BeautifulSoup

from pbgdpl_wagtail.blocks import ContentStreamBlock
from pbgdpl_wagtail.models import DialogueExchange, DialoguePage, QuestionIndexPage, SectionPage

from .factories import LegalFieldFactory
from .factories_questions import QuestionFactory, publish_answer
from .questions_support import make_question_page

pytestmark = pytest.mark.django_db


def render(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_user(username="canbo", password="x")


def test_latest_questions_by_field_and_the_call_to_ask(client, portal, staff):
    qa_page = make_question_page(portal)
    land = LegalFieldFactory(name="Đất đai")
    wanted = publish_answer(QuestionFactory(legal_field=land, title="Cấp sổ đỏ"), staff)
    publish_answer(QuestionFactory(title="Kết hôn"), staff)
    QuestionFactory(legal_field=land, title="Chưa trả lời")
    page = SectionPage(
        title="Bài viết",
        slug="bai-viet",
        body=[
            {"type": "latest_questions", "value": {"title": "Hỏi đáp đất đai", "field": land.pk}},
            {"type": "ask_question", "value": {"title": "Bạn cần hỏi?", "button_label": "Hỏi"}},
        ],
    )
    portal.add_child(instance=page)
    page.save_revision().publish()
    html = render(client, page)
    links = html.select(".pbgdpl-questions-feed a")
    assert [a.get_text() for a in links] == ["Cấp sổ đỏ"]
    assert links[0]["href"] == qa_page.url + f"{wanted.code}-{wanted.slug}/"
    assert html.select_one(".pbgdpl-ask-cta a")["href"] == qa_page.url + "ask/"
    assert "Nguyễn Văn An" not in str(html)


def test_the_package_stream_offers_the_question_blocks():
    names = set(ContentStreamBlock().child_blocks)
    assert {"latest_questions", "ask_question"} <= names


def test_a_dialogue_page_under_the_questions_page(client, portal):
    qa_page = make_question_page(portal)
    assert DialoguePage in QuestionIndexPage.allowed_subpage_models()
    dialogue = DialoguePage(
        title="Đối thoại với doanh nghiệp về thuế",
        slug="doi-thoai-thue",
        event_date=datetime.date(2026, 5, 20),
        location="Hội trường UBND tỉnh",
        hosts="Phó Chủ tịch UBND tỉnh",
    )
    dialogue.exchanges = [
        DialogueExchange(
            question="Thủ tục hoàn thuế có rút ngắn được không?",
            asked_by="Một doanh nghiệp khu công nghiệp",
            answer="<p>Cục Thuế sẽ giải quyết trong 6 ngày làm việc.</p>",
            answered_by="Cục Thuế tỉnh",
        )
    ]
    qa_page.add_child(instance=dialogue)
    dialogue.save_revision().publish()
    html = render(client, dialogue)
    exchange = html.select_one(".pbgdpl-dialogue__exchange")
    assert "hoàn thuế" in exchange.select_one("h3").get_text()
    assert "6 ngày làm việc" in exchange.get_text()
    assert "20/05/2026" in html.select_one(".pbgdpl-page-header").get_text()
