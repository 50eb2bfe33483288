"""Blocks for professional guidance (group 4 of letter 5015): procedure steps and forms."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from .preview import PREVIEW_TEMPLATE, latest_document
from .text import INLINE_FEATURES


class ProcedureStepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"), max_length=255)
    description = blocks.RichTextBlock(
        label=_("What to do"), features=INLINE_FEATURES, required=False
    )
    responsible = blocks.CharBlock(
        label=_("Responsible"),
        required=False,
        max_length=255,
        help_text=_("Who does it, e.g. Ủy ban nhân dân cấp xã."),
    )
    deadline = blocks.CharBlock(
        label=_("Time limit"),
        required=False,
        max_length=255,
        help_text=_("As the legal text states it, e.g. “trước ngày 10 tháng 01 năm sau”."),
    )
    documents = blocks.StreamBlock(
        [
            ("document", DocumentChooserBlock(label=_("File"), icon="doc-full")),
            ("text", blocks.CharBlock(label=_("Document named"), max_length=255, icon="pilcrow")),
        ],
        label=_("Documents needed"),
        required=False,
        help_text=_("Choose a file to download, or name a document."),
    )

    class Meta:
        icon = "list-ol"
        label = _("Step")


class ProcedureStepsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=255)
    steps = blocks.ListBlock(ProcedureStepBlock(), label=_("Steps"), min_num=1)
    legal_basis = blocks.CharBlock(
        label=_("Legal basis"),
        required=False,
        max_length=255,
        help_text=_("The texts the steps follow, e.g. Thông tư 09/2021/TT-BTP, Điều 6."),
    )

    class Meta:
        icon = "list-ol"
        label = _("Procedure steps")
        template = "pbgdpl_wagtail/blocks/procedure_steps.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {
            "title": "Trình tự thực hiện",
            "steps": [
                {
                    "title": "Niêm yết công khai kết quả tự đánh giá",
                    "description": "<p>Niêm yết kết quả đánh giá các tiêu chí tiếp cận pháp "
                    "luật để lấy ý kiến.</p>",
                    "responsible": "Ủy ban nhân dân cấp xã",
                    "deadline": "Ít nhất 05 ngày",
                    "documents": [],
                },
                {
                    "title": "Gửi hồ sơ đề nghị công nhận",
                    "description": "",
                    "responsible": "Ủy ban nhân dân cấp xã",
                    "deadline": "Trước ngày 10 tháng 01 năm sau",
                    "documents": [
                        {"type": "text", "value": "Báo cáo đánh giá"},
                        {"type": "text", "value": "Bản tổng hợp điểm số"},
                    ],
                },
            ],
            "legal_basis": "Quyết định 25/2021/QĐ-TTg; Thông tư 09/2021/TT-BTP",
        }
        description = _("Numbered steps with who does what, by when, and the documents needed.")


class FormItemBlock(blocks.StructBlock):
    code = blocks.CharBlock(
        label=_("Form code"),
        required=False,
        max_length=50,
        help_text=_("As the legal text numbers it, e.g. Mẫu 01."),
    )
    title = blocks.CharBlock(
        label=_("Title"),
        required=False,
        max_length=255,
        help_text=_("Leave empty to use the document's own title."),
    )
    document = DocumentChooserBlock(label=_("File"))
    description = blocks.TextBlock(label=_("Description"), required=False, max_length=500)

    class Meta:
        icon = "form"
        label = _("Form")


def _forms_preview():
    document = latest_document()
    items = (
        [{"code": "Mẫu 01", "title": "", "document": document, "description": ""}]
        if document
        else []
    )
    return {"title": "Biểu mẫu", "forms": items}


class FormsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=255)
    forms = blocks.ListBlock(FormItemBlock(), label=_("Forms"), min_num=1)

    class Meta:
        icon = "form"
        label = _("Forms to download")
        template = "pbgdpl_wagtail/blocks/forms.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = staticmethod(_forms_preview)
        description = _("Forms (biểu mẫu) with their code, file type and size.")
