"""Files for the ask form's attachment rules, and the ask form's data."""

import io
import uuid
import zipfile

from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Page

from pbgdpl_wagtail.models import QuestionIndexPage

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
JPG = b"\xff\xd8\xff\xe0" + b"\x00" * 32
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 56


def office_zip(folder):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(f"{folder}/document.xml", "<document/>")
    return buffer.getvalue()


def upload(name, content):
    return SimpleUploadedFile(name, content)


def ask_data(legal_field, /, **overrides):
    data = {
        "asker_name": "Trần Thị Bình",
        "asker_type": "ca_nhan",
        "asker_email": "tranthibinh@example.vn",
        "asker_phone": "0987 654 321",
        "asker_address": "Thôn Đông, xã Bình Minh",
        "legal_field": legal_field.pk,
        "title": "Thủ tục đăng ký kết hôn",
        "text": "Tôi muốn đăng ký kết hôn với người nước ngoài thì cần giấy tờ gì?",
        "consent": "on",
        "submission": str(uuid.uuid4()),
        "website": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def make_question_page(parent: Page, **kwargs):
    kwargs.setdefault("title", "Hỏi đáp pháp luật")
    kwargs.setdefault("slug", "hoi-dap")
    page = QuestionIndexPage(**kwargs)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page
