"""The demo province's Q&A page (group 5 of letter 5015): published answers and open questions.

The askers are fictional like the province; their contact data uses reserved example domains and
numbers. Answers point to the national documents the demo holds, citing an article only where
the domain reference names it (Luật PBGDPL Điều 13, 35–37); otherwise the document as a whole.
Some questions are left in each state of the workflow, to show the admin workspace. Idempotent:
a question is found again by its title.
"""

import datetime

from django.utils import timezone

from pbgdpl_wagtail.models import (
    DialogueExchange,
    DialoguePage,
    LegalDocument,
    LegalField,
    Question,
    QuestionCitation,
    QuestionIndexPage,
)
from pbgdpl_wagtail.snippets.questions import Channel, QuestionStatus

from .demo_question_texts import OPEN_MORE, PUBLISHED_MORE

PAGE = {
    "title": "Hỏi đáp pháp luật",
    "slug": "hoi-dap-phap-luat",
    "intro": "<p>Câu hỏi của người dân, doanh nghiệp và câu trả lời của Sở Tư pháp tỉnh An Thịnh "
    "(trang demo; tỉnh và người hỏi là giả định).</p>",
    "ask_intro": "<p>Mọi câu hỏi về pháp luật đều được tiếp nhận. Thông tin liên hệ chỉ dùng để "
    "trả lời và không bao giờ được công khai.</p>",
}
PBGDPL, MEDIATION = "44.8", "37.1"

DIALOGUE = {
    "title": "Đối thoại chính sách về hòa giải ở cơ sở năm 2026",
    "slug": "doi-thoai-hoa-giai-o-co-so-2026",
    "location": "Hội trường UBND xã Thịnh Lộc",
    "hosts": "Phó Giám đốc Sở Tư pháp; Trưởng phòng Phổ biến, giáo dục pháp luật",
    "participants": "Hòa giải viên, trưởng thôn và người dân các thôn của xã Thịnh Lộc",
    "intro": "<p>Buổi đối thoại giữa Sở Tư pháp với hòa giải viên và người dân về chính sách hỗ "
    "trợ hòa giải ở cơ sở (trang demo; nội dung là giả định).</p>",
}
DIALOGUE_EXCHANGES = [
    (
        "Hòa giải viên được hỗ trợ bao nhiêu cho mỗi vụ việc?",
        "Mức chi cụ thể do Hội đồng nhân dân tỉnh quyết định trong khung của Bộ Tài chính; Sở Tư "
        "pháp sẽ đăng bảng mức chi trên trang này.",
        "Ông Lò Văn P., hòa giải viên thôn Bản Mới",
    ),
    (
        "Tổ hòa giải có được cấp tài liệu bằng tiếng dân tộc không?",
        "Có. Năm 2026 Sở biên soạn tài liệu song ngữ Việt – Tày và Việt – H'Mông, phát về các tổ "
        "hòa giải trong quý III.",
        "Bà Hoàng Thị M., tổ trưởng tổ hòa giải",
    ),
]

# (title, field, question, answer, [(document number, articles)], asker, initials shown)
PUBLISHED = [
    (
        "Ai có thể trở thành báo cáo viên pháp luật?",
        PBGDPL,
        "Tôi là công chức của Sở, muốn biết tiêu chuẩn để được công nhận báo cáo viên pháp luật.",
        "<p>Tiêu chuẩn và việc công nhận báo cáo viên pháp luật được quy định tại Điều 35 và "
        "Điều 36 Luật Phổ biến, giáo dục pháp luật; trình tự, thủ tục công nhận, miễn nhiệm được "
        "hướng dẫn tại Thông tư 10/2016/TT-BTP.</p>",
        [("14/2012/QH13", "Điều 35, Điều 36"), ("10/2016/TT-BTP", "")],
        "Hoàng Minh Tuấn",
        True,
    ),
    (
        "Tuyên truyền viên pháp luật ở xã do ai công nhận?",
        PBGDPL,
        "Thôn tôi cần người tuyên truyền pháp luật; việc công nhận tuyên truyền viên do cấp nào?",
        "<p>Tuyên truyền viên pháp luật được quy định tại Điều 37 Luật Phổ biến, giáo dục pháp "
        "luật; Thông tư 10/2016/TT-BTP hướng dẫn việc công nhận, cho thôi làm tuyên truyền "
        "viên.</p>",
        [("14/2012/QH13", "Điều 37"), ("10/2016/TT-BTP", "")],
        "Lò Thị Mai",
        False,
    ),
    (
        "Trang thông tin của cơ quan có phải đăng hỏi đáp pháp luật không?",
        PBGDPL,
        "Cơ quan tôi có trang thông tin điện tử; pháp luật nói gì về mục hỏi đáp pháp luật?",
        "<p>Luật Phổ biến, giáo dục pháp luật (Điều 13) khuyến khích đưa thông tin pháp luật và "
        "hỏi đáp pháp luật lên trang thông tin điện tử của cơ quan nhà nước.</p>",
        [("14/2012/QH13", "Điều 13")],
        "Phạm Thu Hà",
        False,
    ),
    (
        "Xã đạt chuẩn tiếp cận pháp luật được đánh giá theo văn bản nào?",
        PBGDPL,
        "Xã chúng tôi chuẩn bị tự đánh giá chuẩn tiếp cận pháp luật; áp dụng văn bản nào?",
        "<p>Việc đánh giá, công nhận xã đạt chuẩn tiếp cận pháp luật thực hiện theo Quyết định "
        "25/2021/QĐ-TTg (thay thế Quyết định 619/QĐ-TTg) và Thông tư 09/2021/TT-BTP hướng dẫn "
        "thi hành.</p>",
        [("25/2021/QĐ-TTg", ""), ("09/2021/TT-BTP", "")],
        "Đinh Văn Quang",
        True,
    ),
    (
        "Hội đồng phối hợp phổ biến, giáo dục pháp luật hoạt động theo quy định nào?",
        PBGDPL,
        "Tôi muốn tìm hiểu về tổ chức, hoạt động của Hội đồng phối hợp PBGDPL cấp tỉnh.",
        "<p>Tổ chức và hoạt động của Hội đồng phối hợp phổ biến, giáo dục pháp luật được quy định "
        "tại Quyết định 21/2021/QĐ-TTg.</p>",
        [("21/2021/QĐ-TTg", "")],
        "Vũ Thị Lan",
        False,
    ),
    (
        "Tủ sách pháp luật ở xã được xây dựng thế nào?",
        PBGDPL,
        "Xã muốn làm mới tủ sách pháp luật; có văn bản nào hướng dẫn không?",
        "<p>Việc xây dựng, quản lý, khai thác tủ sách pháp luật thực hiện theo Quyết định "
        "14/2019/QĐ-TTg.</p>",
        [("14/2019/QĐ-TTg", "")],
        "Trần Văn Bình",
        False,
    ),
    (
        "Tranh chấp ranh giới đất với hàng xóm có được hòa giải ở thôn không?",
        MEDIATION,
        "Nhà tôi và nhà bên cạnh tranh chấp ranh giới đất vườn; tổ hòa giải thôn có giải quyết "
        "không?",
        "<p>Phạm vi, nguyên tắc và trình tự hòa giải ở cơ sở được quy định tại Luật Hòa giải ở cơ "
        "sở. Các bên có thể đề nghị tổ hòa giải ở thôn, tổ dân phố giúp hai bên tự thỏa thuận.</p>",
        [("35/2013/QH13", "")],
        "Nguyễn Thị Hồng",
        True,
    ),
    (
        "Ai có thể được bầu làm hòa giải viên?",
        MEDIATION,
        "Tôi là cựu chiến binh, muốn tham gia tổ hòa giải ở thôn. Cần điều kiện gì?",
        "<p>Tiêu chuẩn và việc bầu, công nhận hòa giải viên được quy định tại Luật Hòa giải ở cơ "
        "sở.</p>",
        [("35/2013/QH13", "")],
        "Hà Văn Thắng",
        False,
    ),
    (
        "Hòa giải ở cơ sở có mất phí không?",
        MEDIATION,
        "Khi nhờ tổ hòa giải giải quyết mâu thuẫn trong gia đình, chúng tôi có phải nộp tiền?",
        "<p>Nguyên tắc, trình tự hòa giải ở cơ sở và kinh phí cho công tác này được quy định tại "
        "Luật Hòa giải ở cơ sở và các văn bản hướng dẫn. Xin liên hệ tổ hòa giải hoặc công chức "
        "tư pháp – hộ tịch của xã để được hướng dẫn cụ thể.</p>",
        [("35/2013/QH13", "")],
        "Lê Thị Thu",
        False,
    ),
    (
        "Kết quả hòa giải thành có bắt buộc các bên thực hiện không?",
        MEDIATION,
        "Hai gia đình đã hòa giải thành ở thôn; nếu một bên không thực hiện thì sao?",
        "<p>Hiệu lực của thỏa thuận hòa giải thành và việc thực hiện được quy định tại Luật Hòa "
        "giải ở cơ sở. Câu trả lời cụ thể phụ thuộc vào nội dung tranh chấp; xin liên hệ công "
        "chức tư pháp – hộ tịch của xã.</p>",
        [("35/2013/QH13", "")],
        "Mai Văn Tiến",
        False,
    ),
]
PUBLISHED += PUBLISHED_MORE

OPEN = [
    ("Thủ tục đăng ký làm tuyên truyền viên pháp luật", PBGDPL, QuestionStatus.PENDING),
    ("Hòa giải tranh chấp lối đi chung giữa ba hộ", MEDIATION, QuestionStatus.IN_PROGRESS),
    ("Báo cáo viên pháp luật có được hưởng thù lao?", PBGDPL, QuestionStatus.AWAITING_APPROVAL),
    ("Hỏi về giá đất bồi thường dự án đường tỉnh", None, QuestionStatus.REJECTED),
]


OPEN += [(title, field, QuestionStatus[status]) for title, field, status in OPEN_MORE]

DRAFT = "<p>Dự thảo câu trả lời.</p>"


def seed(home):
    page = QuestionIndexPage.objects.child_of(home).filter(slug=PAGE["slug"]).first()
    if page is None:
        page = QuestionIndexPage(**PAGE, show_in_menus=True)
        home.add_child(instance=page)
        page.save_revision().publish()
    codes = {entry[1] for entry in PUBLISHED + OPEN if entry[1]}
    fields = {f.code: f for f in LegalField.objects.filter(code__in=codes)}
    documents = {d.number: d for d in LegalDocument.objects.all()}
    # Five days apart, the newest published some days ago: no date lies in the future.
    start = timezone.now() - datetime.timedelta(days=5 * len(PUBLISHED) + 10)
    for number, (title, field, text, answer, basis, asker, initials) in enumerate(PUBLISHED):
        if Question.objects.filter(title=title).exists():
            continue
        received = start + datetime.timedelta(days=number * 5)
        question = Question.objects.create(
            title=title,
            legal_field=fields.get(field),
            text=text,
            submitted_text=text,
            asker_name=asker,
            asker_email=f"nguoihoi{number + 1}@example.vn",
            show_initials=initials,
            channel=Channel.WEB if number % 3 else Channel.PHONE,
            received_at=received,
            consent_at=received,
            answer=answer,
            status=QuestionStatus.COMPLETED,
            answered_at=received + datetime.timedelta(days=3),
            approved_at=received + datetime.timedelta(days=4),
            published_at=received + datetime.timedelta(days=4),
        )
        for position, (doc_number, articles) in enumerate(basis):
            if doc_number in documents:
                QuestionCitation.objects.create(
                    question=question,
                    document=documents[doc_number],
                    articles=articles,
                    sort_order=position,
                )
        # Published through Wagtail: a revision, made live (published_at is kept).
        question.publish(None)
    for number, (title, field, status) in enumerate(OPEN):
        if Question.objects.filter(title=title).exists():
            continue
        Question.objects.create(
            title=title,
            legal_field=fields.get(field),
            text=f"{title}. Xin Sở Tư pháp hướng dẫn giúp.",
            submitted_text=f"{title}. Xin Sở Tư pháp hướng dẫn giúp.",
            asker_name="Người hỏi minh họa",
            asker_phone=f"090000000{number}",
            received_at=timezone.now() - datetime.timedelta(days=2 + number * 9),
            status=status,
            answer="<p>Dự thảo câu trả lời.</p>"
            if status == QuestionStatus.AWAITING_APPROVAL
            else "",
            reject_reason="Câu hỏi về một dự án cụ thể; xin liên hệ cơ quan quản lý đất đai."
            if status == QuestionStatus.REJECTED
            else "",
        )
    seed_dialogue(page)
    return page


def start_approvals(user):
    """The answers awaiting approval wait in the approvers' "Awaiting your review" panel: the
    workflow that ``pbgdpl_qa_groups`` assigned to questions is started on each (once)."""
    for question in Question.objects.filter(status=QuestionStatus.AWAITING_APPROVAL, source=""):
        workflow = question.get_workflow()
        if workflow is None or question.current_workflow_state is not None:
            continue
        question.answered_by = question.answered_by or user
        question.save()
        question.save_revision(user=user, clean=False)
        workflow.start(question, user)


def seed_dialogue(index):
    if DialoguePage.objects.child_of(index).filter(slug=DIALOGUE["slug"]).exists():
        return
    exchanges = [
        DialogueExchange(
            question=question,
            asked_by=asked_by,
            answer=f"<p>{answer}</p>",
            answered_by="Phó Giám đốc Sở Tư pháp",
            sort_order=position,
        )
        for position, (question, answer, asked_by) in enumerate(DIALOGUE_EXCHANGES)
    ]
    dialogue = DialoguePage(
        **DIALOGUE,
        event_date=timezone.localdate() - datetime.timedelta(days=20),
        exchanges=exchanges,
    )
    index.add_child(instance=dialogue)
    dialogue.save_revision().publish()
