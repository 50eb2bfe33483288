"""factory_boy factories for questions, and a helper that walks one to a published answer."""

import factory

from pbgdpl_wagtail.models import Question, QuestionCitation
from pbgdpl_wagtail.snippets.questions import Channel

from .factories import LegalFieldFactory


class QuestionFactory(factory.django.DjangoModelFactory):
    legal_field = factory.SubFactory(LegalFieldFactory)
    title = factory.Sequence(lambda n: f"Hỏi về thủ tục hòa giải số {n}")
    text = "Gia đình tôi tranh chấp ranh giới đất với hàng xóm; xin hỏi thủ tục hòa giải?"
    submitted_text = factory.LazyAttribute(lambda o: o.text)
    asker_name = "Nguyễn Văn An"
    asker_email = factory.Sequence(lambda n: f"nguoihoi{n}@example.vn")
    asker_phone = "0912345678"
    asker_address = "Xóm Bãi Sậy, xã Bình An"
    channel = Channel.WEB

    class Meta:
        model = Question


def publish_answer(question, user, answer="<p>Theo Điều 5 Luật Hòa giải ở cơ sở…</p>"):
    """Receive, answer, send for approval and approve ``question`` (published)."""
    question.receive(user)
    question.answer = answer
    question.send_for_approval(user)
    question.approve(user)
    return question


def cite(question, document, articles="Điều 5"):
    return QuestionCitation.objects.create(question=question, document=document, articles=articles)
