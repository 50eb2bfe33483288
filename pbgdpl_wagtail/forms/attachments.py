"""Which files a citizen may attach to a question, judged by their content, not their name.

A file is accepted when its first bytes show one of the allowed formats and its extension names
that same format; Office Open XML files are ZIP archives holding ``word/`` or ``xl/``.
"""

import zipfile

from django import forms
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from ..conf import pbgdpl_settings

ALLOWED_EXTENSIONS = ("pdf", "doc", "docx", "xls", "xlsx", "jpg", "jpeg", "png")
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# A Word or Excel file unpacks to a few times its size; far more is a zip bomb, which would
# stall the office software of the staff who open it.
MAX_UNPACK_RATIO = 100
MAX_UNPACKED = 200 * 1024 * 1024


def sniff(upload):
    """The format the file's content shows: "pdf", "ole2", "docx", "xlsx", "jpg", "png" or None."""
    upload.seek(0)
    head = upload.read(8)
    upload.seek(0)
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head == OLE2:
        return "ole2"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpg"
    if head == b"\x89PNG\r\n\x1a\n":
        return "png"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(upload) as archive:
                members = archive.infolist()
        except (zipfile.BadZipFile, ValueError, OSError):
            return None
        finally:
            upload.seek(0)
        unpacked = sum(member.file_size for member in members)
        if unpacked > min(MAX_UNPACKED, MAX_UNPACK_RATIO * upload.size + 1024 * 1024):
            return None
        names = [member.filename for member in members]
        if any(name.startswith("word/") for name in names):
            return "docx"
        if any(name.startswith("xl/") for name in names):
            return "xlsx"
    return None


# The content formats each extension may hold (.doc and .xls share the OLE2 container).
EXTENSION_FORMATS = {
    "pdf": {"pdf"},
    "doc": {"ole2"},
    "xls": {"ole2"},
    "docx": {"docx"},
    "xlsx": {"xlsx"},
    "jpg": {"jpg"},
    "jpeg": {"jpg"},
    "png": {"png"},
}


def validate_attachment(upload):
    name = upload.name or ""
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if upload.size == 0:
        raise ValidationError(gettext("“%(name)s” is empty.") % {"name": name})
    max_size = pbgdpl_settings.QUESTION_ATTACHMENT_MAX_SIZE
    if upload.size > max_size:
        raise ValidationError(
            gettext("“%(name)s” is larger than %(size)s.")
            % {"name": name, "size": filesizeformat(max_size)}
        )
    if extension not in EXTENSION_FORMATS or sniff(upload) not in EXTENSION_FORMATS[extension]:
        raise ValidationError(
            gettext(
                "“%(name)s” is not an accepted file. Attach PDF, Word, Excel, JPG or PNG files."
            )
            % {"name": name}
        )


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class AttachmentsField(forms.FileField):
    """Several files at once, within the count, size and total limits of the settings."""

    widget = MultipleFileInput

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("label", _("Attachments"))
        super().__init__(*args, **kwargs)
        self.widget.attrs["accept"] = ",".join(f".{ext}" for ext in ALLOWED_EXTENSIONS)

    def clean(self, data, initial=None):
        files = [f for f in (data or []) if f is not None] if isinstance(data, list | tuple) else []
        if data and not isinstance(data, list | tuple):
            files = [data]
        if len(files) > pbgdpl_settings.QUESTION_ATTACHMENT_MAX_COUNT:
            raise ValidationError(
                gettext("Attach at most %(count)d files.")
                % {"count": pbgdpl_settings.QUESTION_ATTACHMENT_MAX_COUNT}
            )
        errors = []
        for upload in files:
            try:
                validate_attachment(upload)
            except ValidationError as error:
                errors.extend(error.messages)
        if errors:
            raise ValidationError(errors)
        total = sum(upload.size for upload in files)
        if total > pbgdpl_settings.QUESTION_ATTACHMENTS_MAX_TOTAL:
            raise ValidationError(
                gettext("The attachments together are larger than %(size)s.")
                % {"size": filesizeformat(pbgdpl_settings.QUESTION_ATTACHMENTS_MAX_TOTAL)}
            )
        return files
