"""Publishing a record purges the addresses that show it from a caching proxy (Wagtail's frontend
cache), over real HTTP to a small recording proxy on 127.0.0.1."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.test import override_settings

from .factories import LegalDocumentFactory, LegalFieldFactory, make_document_index
from .factories_library import VideoFactory, make_library
from .factories_questions import QuestionFactory
from .questions_support import make_question_page

pytestmark = pytest.mark.django_db


class _PurgeRecorder(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
        self.server.purged.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()


@pytest.fixture
def proxy():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _PurgeRecorder)
    server.purged = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    cache_settings = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_address[1]}",
        }
    }
    try:
        with override_settings(WAGTAILFRONTENDCACHE=cache_settings):
            yield server
    finally:
        server.shutdown()
        server.server_close()


def test_publishing_a_legal_document_purges_its_page_its_listing_and_the_home_page(
    proxy, portal, django_capture_on_commit_callbacks
):
    listing = make_document_index(portal, slug="van-ban")
    document = LegalDocumentFactory(live=False)
    with django_capture_on_commit_callbacks(execute=True):
        document.save_revision().publish()
    assert set(proxy.purged) == {
        ("localhost", f"{listing.url}{document.pk}/"),
        ("localhost", listing.url),
        ("localhost", "/"),
    }


def test_unpublishing_a_video_purges_its_library_address(
    proxy, portal, django_capture_on_commit_callbacks
):
    library = make_library(portal, slug="thu-vien")
    video = VideoFactory()
    with django_capture_on_commit_callbacks(execute=True):
        video.unpublish()
    assert ("localhost", f"{library.url}video/{video.pk}/") in proxy.purged


def test_an_answer_purges_the_questions_address_once_published(
    proxy, portal, admin_user, django_capture_on_commit_callbacks
):
    qa_page = make_question_page(portal)
    question = QuestionFactory(legal_field=LegalFieldFactory())
    with django_capture_on_commit_callbacks(execute=True):
        question.receive(admin_user)
        question.answer = "<p>Theo Điều 5 Luật Hòa giải ở cơ sở…</p>"
        question.send_for_approval(admin_user)
    assert proxy.purged == []  # not public yet: nothing of it can be cached
    with django_capture_on_commit_callbacks(execute=True):
        question.approve(admin_user)
    detail = qa_page.url_for_question(question)
    assert ("localhost", detail) in proxy.purged
    assert ("localhost", qa_page.url) in proxy.purged


def test_nothing_is_sent_without_a_frontend_cache(portal, django_capture_on_commit_callbacks):
    # No WAGTAILFRONTENDCACHE: publishing must not fail nor try to reach anything.
    make_document_index(portal, slug="van-ban")
    document = LegalDocumentFactory(live=False)
    with django_capture_on_commit_callbacks(execute=True):
        document.save_revision().publish()
    document.refresh_from_db()
    assert document.live
