"""Factories and builders for the video and legal-situation library."""

import datetime
from pathlib import Path

import factory
from django.core.files.base import ContentFile

from pbgdpl_wagtail.models import LegalSituation, LibraryPage, Video, VideoCaption
from pbgdpl_wagtail.snippets.situations import LegalSituationCitation
from pbgdpl_wagtail.snippets.videos import VideoKind

FIXTURES = Path(__file__).parent / "fixtures"
VIDEO_FIXTURES = FIXTURES / "videos"

VTT = (
    "WEBVTT\n\n"
    "00:00.000 --> 00:01.000\nXin chào bà con.\n\n"
    "00:01.000 --> 00:02.000\nHòa giải ở cơ sở giúp giữ tình làng nghĩa xóm.\n"
)


def video_bytes(name="clip.mp4"):
    return (VIDEO_FIXTURES / name).read_bytes()


class VideoFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Video phổ biến pháp luật {n}")
    description = "Giới thiệu những điểm mới của pháp luật cho bà con."
    kind = VideoKind.CLIP
    file = factory.LazyFunction(lambda: ContentFile(video_bytes(), name="clip.mp4"))
    published_date = datetime.date(2025, 6, 1)
    live = True

    class Meta:
        model = Video


class LegalSituationFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Tình huống pháp luật {n}")
    scenario = "<p>Hai gia đình ông A và ông B tranh chấp lối đi chung.</p>"
    question = "Tranh chấp này có được hòa giải ở cơ sở không?"
    answer = "<p>Có. Theo Điều 3 Luật Hòa giải ở cơ sở, tranh chấp này được hòa giải.</p>"
    compiled_by = "Phòng Phổ biến, giáo dục pháp luật"
    reviewed_by = "Sở Tư pháp"
    published_date = datetime.date(2025, 6, 2)
    live = True

    class Meta:
        model = LegalSituation


def add_caption(video, language="vi", text=VTT):
    caption = VideoCaption(video=video, language=language)
    caption.file.save(f"phu-de-{language}.vtt", ContentFile(text.encode()), save=False)
    caption.save()
    return caption


def cite(situation, document, articles="Điều 3"):
    return LegalSituationCitation.objects.create(
        situation=situation, document=document, articles=articles
    )


def make_library(parent, **kwargs):
    kwargs.setdefault("title", "Thư viện video và tình huống pháp luật")
    kwargs.setdefault("slug", "thu-vien")
    page = LibraryPage(**kwargs)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page
