"""The library in the admin: forms, choosers with filters and creation, ffmpeg, system checks."""

import datetime

import pytest
from django.core.checks import run_checks
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from django.utils import translation
from wagtail.test.utils.form_data import inline_formset

from pbgdpl_wagtail.library.ffmpeg import ffmpeg_binary
from pbgdpl_wagtail.models import LegalSituation, Video

from .factories import LegalFieldFactory
from .factories_library import VTT, LegalSituationFactory, VideoFactory, video_bytes
from .library_support import situation_form_data, video_form_data

needs_ffmpeg = pytest.mark.skipif(ffmpeg_binary() is None, reason="ffmpeg is not available")


def add_url(model):
    return reverse(f"wagtailsnippets_pbgdpl_{model}:add")


def upload(name="clip.mp4"):
    return SimpleUploadedFile(name, video_bytes(name))


def caption(language, kind="captions", text=VTT):
    return {
        "language": language,
        "kind": kind,
        "file": SimpleUploadedFile(f"{language}.vtt", text.encode()),
    }


@pytest.mark.django_db
@needs_ffmpeg
def test_an_uploaded_video_gets_its_duration_and_a_poster_frame(admin_client):
    data = video_form_data(
        file=upload("clip.webm"),
        captions=inline_formset([caption("vi")]),
        **{"action-publish": "1"},
    )
    response = admin_client.post(add_url("video"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    video = Video.objects.get()
    assert video.live
    assert datetime.timedelta(seconds=1.5) < video.duration < datetime.timedelta(seconds=2.5)
    assert video.poster is not None and (video.poster.width, video.poster.height) == (320, 180)
    assert video.captions.get().language == "vi"


@pytest.mark.django_db
def test_without_ffmpeg_everything_else_still_works(admin_client):
    with override_settings(PBGDPL={"FFMPEG_BINARY": False}):
        response = admin_client.post(add_url("video"), video_form_data(file=upload()))
        messages = [m for m in run_checks() if m.id == "pbgdpl.I001"]
    assert response.status_code == 302
    video = Video.objects.get()
    assert video.duration is None and video.poster is None
    assert video.file.name.endswith(".mp4")
    assert messages and "ffmpeg" in messages[0].msg


@pytest.mark.django_db
def test_the_ffmpeg_check_is_silent_when_ffmpeg_is_there():
    if ffmpeg_binary() is None:
        pytest.skip("ffmpeg is not available")
    assert not [m for m in run_checks() if m.id == "pbgdpl.I001"]


@pytest.mark.django_db
def test_a_bad_upload_gets_a_vietnamese_error_and_changes_nothing(admin_client):
    pdf = SimpleUploadedFile("clip.mp4", b"%PDF-1.4\n" * 50)
    broken_caption = caption("vi", text="00:00.000 --> 00:01.000\nthiếu WEBVTT\n")
    data = video_form_data(file=pdf, captions=inline_formset([broken_caption]))
    response = admin_client.post(add_url("video"), data, HTTP_ACCEPT_LANGUAGE="vi")
    assert response.status_code == 200
    text = response.content.decode()
    assert "không phải là video MP4" in text
    assert "WEBVTT" in text
    assert not Video.objects.exists()


@pytest.mark.django_db
def test_two_caption_files_of_the_same_language_and_kind_are_refused(admin_client):
    data = video_form_data(file=upload(), captions=inline_formset([caption("vi"), caption("vi")]))
    response = admin_client.post(add_url("video"), data, HTTP_ACCEPT_LANGUAGE="vi")
    assert response.status_code == 200
    assert "Đã có một tệp phụ đề" in response.content.decode()
    assert not Video.objects.exists()
    data = video_form_data(
        file=upload(),
        captions=inline_formset([caption("vi"), caption("vi", kind="subtitles"), caption("en")]),
    )
    assert admin_client.post(add_url("video"), data).status_code == 302
    assert Video.objects.get().captions.count() == 3


@pytest.mark.django_db
def test_a_situation_is_saved_as_draft_then_published_with_revisions(admin_client):
    response = admin_client.post(add_url("legalsituation"), situation_form_data())
    assert response.status_code == 302
    situation = LegalSituation.objects.get()
    assert not situation.live and situation.revisions.count() == 1
    edit = reverse("wagtailsnippets_pbgdpl_legalsituation:edit", args=[situation.pk])
    response = admin_client.post(edit, situation_form_data(**{"action-publish": "1"}))
    assert response.status_code == 302
    situation.refresh_from_db()
    assert situation.live and situation.revisions.count() == 2
    assert "tranh chấp" in situation.scenario


@pytest.mark.django_db
def test_the_video_chooser_filters_by_kind_field_language_and_search(admin_client):
    field = LegalFieldFactory(name="Giao thông")
    skit = VideoFactory(title="Tiểu phẩm đội mũ bảo hiểm", kind="tieu_pham")
    skit.legal_fields.set([field])
    skit.save()
    VideoFactory(title="Clip tiếng Anh", language="en")
    VideoFactory(title="Phóng sự đất đai", kind="phong_su")
    url = reverse("wagtailsnippetchoosers_pbgdpl_video:choose_results")

    def chosen(**query):
        response = admin_client.get(url, query)
        assert response.status_code == 200
        text = response.content.decode()
        return {v.title for v in Video.objects.all() if v.title in text}

    assert chosen() == {"Tiểu phẩm đội mũ bảo hiểm", "Clip tiếng Anh", "Phóng sự đất đai"}
    assert chosen(kind="tieu_pham") == {"Tiểu phẩm đội mũ bảo hiểm"}
    assert chosen(field=field.pk) == {"Tiểu phẩm đội mũ bảo hiểm"}
    assert chosen(language="en") == {"Clip tiếng Anh"}
    assert chosen(q="đất đai") == {"Phóng sự đất đai"}
    page = admin_client.get(reverse("wagtailsnippetchoosers_pbgdpl_video:choose"))
    assert page.status_code == 200


@pytest.mark.django_db
def test_the_situation_chooser_filters_and_creates_a_draft(admin_client):
    LegalSituationFactory(title="Tình huống tiếng Việt")
    LegalSituationFactory(title="Situation in English", language="en")
    results = admin_client.get(
        reverse("wagtailsnippetchoosers_pbgdpl_legalsituation:choose_results"), {"language": "en"}
    ).content.decode()
    assert "Situation in English" in results and "Tình huống tiếng Việt" not in results
    create = reverse("wagtailsnippetchoosers_pbgdpl_legalsituation:create")
    response = admin_client.post(
        create,
        {
            "title": "Tạo trong hộp chọn",
            "scenario": "Ông A <b>đào</b> mương.\n\nÔng B phản đối.",
            "question": "Ai đúng?",
            "answer": "Theo Luật Đất đai…",
            "language": "vi",
        },
    )
    assert response.status_code == 200
    assert response.json()["step"] == "chosen"
    created = LegalSituation.objects.get(title="Tạo trong hộp chọn")
    assert not created.live and created.revisions.count() == 1
    assert created.scenario == "<p>Ông A &lt;b&gt;đào&lt;/b&gt; mương.</p><p>Ông B phản đối.</p>"


@pytest.mark.django_db
def test_the_video_chooser_creates_a_draft_from_an_upload(admin_client):
    create = reverse("wagtailsnippetchoosers_pbgdpl_video:create")
    with override_settings(PBGDPL={"FFMPEG_BINARY": False}):
        response = admin_client.post(
            create,
            {
                "title": "Tải lên trong hộp chọn",
                "kind": "video_clip",
                "language": "vi",
                "file": upload(),
                "external_url": "",
            },
        )
    assert response.json()["step"] == "chosen"
    video = Video.objects.get()
    assert not video.live and video.revisions.count() == 1
    bad = admin_client.post(
        create,
        {
            "title": "Sai",
            "kind": "video_clip",
            "language": "vi",
            "file": SimpleUploadedFile("x.mp4", b"not a video"),
            "external_url": "",
        },
    )
    assert bad.json()["step"] == "reshow_creation_form"
    assert Video.objects.count() == 1


@pytest.mark.django_db
def test_admin_listings_and_exports_open(admin_client):
    VideoFactory(title="Clip trong danh sách")
    LegalSituationFactory(title="Tình huống trong danh sách")
    for model, title in (
        ("video", "Clip trong danh sách"),
        ("legalsituation", "Tình huống trong danh sách"),
    ):
        listing = admin_client.get(reverse(f"wagtailsnippets_pbgdpl_{model}:list"))
        assert title in listing.content.decode()
        export = admin_client.get(
            reverse(f"wagtailsnippets_pbgdpl_{model}:list"), {"export": "csv"}
        )
        assert title in export.getvalue().decode("utf-8")


def test_the_urls_check_reports_a_missing_include():
    with translation.override("en"), override_settings(ROOT_URLCONF="tests.urls_without_package"):
        errors = [m for m in run_checks() if m.id == "pbgdpl.E005"]
    assert errors and 'include("pbgdpl_wagtail.urls")' in errors[0].hint


@pytest.mark.django_db
def test_videos_go_through_the_moderation_workflow(admin_client, django_user_model):
    from django.contrib.auth.models import Group
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import GroupApprovalTask, Workflow, WorkflowContentType, WorkflowTask

    workflow = Workflow.objects.create(name="Duyệt thư viện")
    task = GroupApprovalTask.objects.create(name="Lãnh đạo phòng duyệt")
    task.groups.set(Group.objects.filter(name="Moderators"))
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowContentType.objects.create(
        workflow=workflow, content_type=ContentType.objects.get_for_model(Video)
    )
    response = admin_client.post(
        add_url("video"),
        video_form_data(file=upload(), **{"action-submit": "1"}),
    )
    assert response.status_code == 302
    video = Video.objects.get()
    assert not video.live
    state = video.current_workflow_state
    assert state is not None and state.status == "in_progress"
    reviewer = django_user_model.objects.get(username="editor")
    state.current_task_state.task.specific.on_action(state.current_task_state, reviewer, "approve")
    video.refresh_from_db()
    assert video.live
