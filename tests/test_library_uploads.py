"""Every upload of the library is checked: video type by content, size, WebVTT captions."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.utils import translation

from pbgdpl_wagtail.library import webvtt
from pbgdpl_wagtail.library.uploads import validate_caption_file, validate_video_file
from pbgdpl_wagtail.models import Video

from .factories_library import VTT, video_bytes


def upload(name, content):
    return SimpleUploadedFile(name, content)


def messages(error):
    return " ".join(error.messages)


@pytest.mark.parametrize("name", ["clip.mp4", "clip.webm"])
def test_real_mp4_and_webm_videos_are_accepted(name):
    validate_video_file(upload(name, video_bytes(name)))


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("clip.avi", b"RIFF....AVI LIST", "MP4 or WebM"),
        ("clip.mov", video_bytes("clip.mp4"), "MP4 or WebM"),
        ("report.mp4", b"%PDF-1.4\n" * 100, "is not a MP4 video"),
        ("clip.webm", video_bytes("clip.mp4"), "is not a WEBM video"),
        ("clip.mp4", video_bytes("clip.webm"), "is not a MP4 video"),
        ("clip.mp4", b"", "empty"),
    ],
)
def test_wrong_video_files_are_refused_with_a_reason(name, content, expected):
    with translation.override("en"), pytest.raises(ValidationError) as error:
        validate_video_file(upload(name, content))
    assert expected in messages(error.value)


def test_an_oversized_video_is_refused_with_both_sizes():
    content = video_bytes("clip.mp4")
    with (
        override_settings(PBGDPL={"VIDEO_MAX_UPLOAD_SIZE": 1024}),
        translation.override("en"),
        pytest.raises(ValidationError) as error,
    ):
        validate_video_file(upload("clip.mp4", content))
    text = messages(error.value)
    assert "1.0\xa0KB" in text and "the largest accepted" in text


def test_errors_are_in_vietnamese_for_a_vietnamese_editor():
    with translation.override("vi"), pytest.raises(ValidationError) as error:
        validate_video_file(upload("clip.avi", b"x"))
    assert "MP4 hoặc WebM" in messages(error.value)


def test_a_valid_caption_file_is_parsed_into_cues():
    cues = webvtt.parse(VTT)
    assert [(cue.start, cue.end) for cue in cues] == [(0.0, 1.0), (1.0, 2.0)]
    assert cues[1].text == "Hòa giải ở cơ sở giúp giữ tình làng nghĩa xóm."


def test_caption_files_may_have_a_bom_hours_identifiers_notes_and_settings():
    text = (
        "\ufeffWEBVTT - Phụ đề\nKind: captions\n\nNOTE do Sở Tư pháp biên soạn\n\n"
        "1\n01:00:00.000 --> 01:00:02.500 align:start\nDòng một\n\n"
        "2\n01:00:02.500 --> 01:00:04.000\nDòng hai\n"
    )
    assert len(webvtt.parse(text)) == 2
    validate_caption_file(upload("phu-de.vtt", text.encode("utf-8")))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("00:00.000 --> 00:01.000\nKhông có dòng WEBVTT\n", "must begin with the line"),
        ("WEBVTT\n\n00:00.000 -> 00:01.000\nMũi tên sai\n", "timing line"),
        ("WEBVTT\n\n00:00 --> 00:01.000\nThiếu mili giây\n", "Line 3"),
        ("WEBVTT\n\n00:02.000 --> 00:01.000\nKết thúc trước\n", "must end after it starts"),
        (
            "WEBVTT\n\n00:05.000 --> 00:06.000\nA\n\n00:01.000 --> 00:02.000\nB\n",
            "in the order of their start times",
        ),
        ("WEBVTT\n\n", "has no cues"),
        ("WEBVTT\n\n00:00.000 --> 00:61.000\nGiây sai\n", "not a valid cue timing"),
    ],
)
def test_broken_caption_files_are_refused_naming_the_fault(text, expected):
    with translation.override("en"), pytest.raises(ValidationError) as error:
        validate_caption_file(upload("phu-de.vtt", text.encode("utf-8")))
    assert expected in messages(error.value)


def test_caption_files_must_be_vtt_and_utf8():
    with translation.override("en"), pytest.raises(ValidationError) as error:
        validate_caption_file(upload("phu-de.srt", VTT.encode()))
    assert "WebVTT file" in messages(error.value)
    with translation.override("en"), pytest.raises(ValidationError) as error:
        validate_caption_file(upload("phu-de.vtt", VTT.encode("cp1258", errors="replace")))
    assert "UTF-8" in messages(error.value)


def test_an_oversized_caption_file_is_refused():
    with (
        override_settings(PBGDPL={"CAPTION_MAX_UPLOAD_SIZE": 10}),
        translation.override("en"),
        pytest.raises(ValidationError) as error,
    ):
        validate_caption_file(upload("phu-de.vtt", VTT.encode()))
    assert "the largest accepted" in messages(error.value)


@pytest.mark.django_db
def test_a_video_needs_exactly_one_source():
    with translation.override("en"):
        with pytest.raises(ValidationError) as error:
            Video(title="Không có nguồn").full_clean()
        assert "Upload a video file or give the address" in str(error.value)
    video = Video(
        title="Hai nguồn",
        file=upload("clip.mp4", video_bytes()),
        external_url="https://www.youtube.com/watch?v=abc",
    )
    with translation.override("en"):
        with pytest.raises(ValidationError) as error:
            video.full_clean()
        assert "not both" in str(error.value)
