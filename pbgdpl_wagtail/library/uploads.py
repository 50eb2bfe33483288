"""Checks on uploaded video and caption files: type by content, not by name alone, and size.

A file is read from its first bytes (``filetype``), so a renamed document or image is refused
whatever its extension says; the messages say what is accepted.
"""

import os

import filetype
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from ..conf import pbgdpl_settings
from . import webvtt

VIDEO_TYPES = {".mp4": "video/mp4", ".webm": "video/webm"}
CAPTION_EXTENSION = ".vtt"


def _extension(name):
    return os.path.splitext(name or "")[1].lower()


def _check_size(file, limit, what):
    if file.size == 0:
        raise ValidationError(_("The file is empty."), code="empty")
    if file.size > limit:
        raise ValidationError(
            _("%(what)s is %(size)s; the largest accepted is %(limit)s.")
            % {"what": what, "size": filesizeformat(file.size), "limit": filesizeformat(limit)},
            code="file_too_large",
        )


def _head(file, length=8192):
    position = file.tell() if hasattr(file, "tell") else 0
    file.seek(0)
    head = file.read(length)
    file.seek(position)
    return head


def video_mime_type(name):
    return VIDEO_TYPES.get(_extension(name), "")


def validate_video_file(file):
    """An MP4 or WebM video within ``VIDEO_MAX_UPLOAD_SIZE``, whose content matches its name."""
    extension = _extension(file.name)
    if extension not in VIDEO_TYPES:
        raise ValidationError(
            _("Upload a video in MP4 or WebM format (a file ending in .mp4 or .webm)."),
            code="video_extension",
        )
    _check_size(file, pbgdpl_settings.VIDEO_MAX_UPLOAD_SIZE, _("The video"))
    kind = filetype.guess(_head(file))
    if kind is None or kind.mime != VIDEO_TYPES[extension]:
        raise ValidationError(
            _("The file is not a %(format)s video, whatever its name says.")
            % {"format": extension[1:].upper()},
            code="video_content",
        )


def validate_caption_file(file):
    """A UTF-8 WebVTT file within ``CAPTION_MAX_UPLOAD_SIZE``."""
    if _extension(file.name) != CAPTION_EXTENSION:
        raise ValidationError(
            _("Upload captions as a WebVTT file (a file ending in .vtt)."),
            code="caption_extension",
        )
    _check_size(file, pbgdpl_settings.CAPTION_MAX_UPLOAD_SIZE, _("The caption file"))
    file.seek(0)
    raw = file.read()
    file.seek(0)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ValidationError(
            _("Save the caption file as UTF-8 text: other encodings lose Vietnamese letters."),
            code="caption_encoding",
        ) from None
    webvtt.parse(text)
