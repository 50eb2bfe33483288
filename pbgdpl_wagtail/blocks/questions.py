"""Q&A blocks: the latest published answers (by field) and a call to ask a question.

Both link to a questions-and-answers page: the one chosen in the block, or else the first live
one of the page's language.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from .preview import PREVIEW_TEMPLATE


def _question_page(value, parent_context):
    from ..page_models.questions import QuestionIndexPage

    chosen = value.get("page")
    if chosen is not None and chosen.live:
        return chosen.specific
    pages = QuestionIndexPage.objects.live()
    page = (parent_context or {}).get("page")
    if page is not None and getattr(page, "locale_id", None):
        pages = pages.filter(locale_id=page.locale_id)
    return pages.first()


class LatestQuestionsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=255)
    field = SnippetChooserBlock("pbgdpl.LegalField", label=_("Legal field"), required=False)
    count = blocks.IntegerBlock(
        label=_("Number of questions"), default=5, min_value=1, max_value=20
    )
    page = blocks.PageChooserBlock(
        label=_("Questions and answers page"),
        page_type="pbgdpl.QuestionIndexPage",
        required=False,
    )

    class Meta:
        icon = "help"
        label = _("Latest answered questions")
        template = "pbgdpl_wagtail/blocks/latest_questions.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {"title": "Hỏi đáp pháp luật mới", "field": None, "count": 5}
        description = _("The newest published answers, of one legal field or of all.")

    def get_context(self, value, parent_context=None):
        from ..snippets.questions import Question

        context = super().get_context(value, parent_context=parent_context)
        questions = Question.objects.published().select_related("legal_field")
        if value.get("field") is not None:
            questions = questions.filter(legal_field__in=value["field"].with_subfields())
        questions = list(questions.order_by("-published_at", "-pk")[: value.get("count") or 5])
        qa_page = _question_page(value, parent_context)
        request = (parent_context or {}).get("request")
        for question in questions:
            question.public_url = qa_page.url_for_question(question, request) if qa_page else ""
        context["questions"] = questions
        return context


class AskQuestionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), default=_("Have a legal question?"))
    text = blocks.TextBlock(label=_("Text"), required=False)
    button_label = blocks.CharBlock(label=_("Button label"), default=_("Ask a question"))
    page = blocks.PageChooserBlock(
        label=_("Questions and answers page"),
        page_type="pbgdpl.QuestionIndexPage",
        required=False,
    )

    class Meta:
        icon = "help"
        label = _("Ask a question")
        template = "pbgdpl_wagtail/blocks/ask_question.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {"title": "Bạn có câu hỏi về pháp luật?", "button_label": "Gửi câu hỏi"}
        description = _("A call to send a legal question, linking to the ask form.")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        qa_page = _question_page(value, parent_context)
        request = (parent_context or {}).get("request")
        context["ask_url"] = (
            qa_page.get_url(request) + qa_page.reverse_subpage("ask") if qa_page else ""
        )
        return context
