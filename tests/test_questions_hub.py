"""Two sites over real HTTP on 127.0.0.1: a province pushes its answers to a hub running this
package and pulls the hub's shared Q&A back; the hub pulls from the province; re-runs change
nothing. The hub is a separate process with its own database."""

import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from loopback import free_port  # example_site/, on the tests' path
from wagtail.models import Locale

from pbgdpl_wagtail.models import Question

from .factories import LegalDocumentFactory
from .factories_questions import QuestionFactory, cite, publish_answer

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parent.parent
TOKEN = "bi-mat-tinh-a"

HUB_OWN_QUESTION = """
from django.utils import timezone
from pbgdpl_wagtail.models import Question
Question.objects.create(
    title="Hỏi về thời hạn hòa giải ở cơ sở", text="Hòa giải viên phải hòa giải trong bao lâu?",
    asker_name="Trần Thị Bình", asker_email="binh@example.vn", status="hoan_thanh",
    answer="<p>Theo Điều 24 Luật Hòa giải ở cơ sở…</p>", published=True,
    published_at=timezone.now(),
)
"""


def run(hub_env, *args, **kwargs):
    return subprocess.run(
        [sys.executable, str(ROOT / "example_site/manage.py"), *args],
        env=hub_env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
        **kwargs,
    )


@pytest.fixture
def hub(tmp_path):
    """The hub site: migrated, holding one answer of its own, served by runserver."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.hub_site_settings",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'hub.sqlite3'}",
        "PYTHONPATH": os.pathsep.join([str(ROOT / "example_site"), str(ROOT)]),
    }
    run(env, "migrate", "--no-input")
    run(env, "shell", "-c", HUB_OWN_QUESTION)
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "example_site/manage.py"),
            "runserver",
            "--noreload",
            f"127.0.0.1:{port}",
        ],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(base + "/pbgdpl/exchange/v1/questions/", timeout=2)
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.3)
        yield env, base + "/pbgdpl/exchange/v1/questions/"
    finally:
        server.terminate()
        server.wait(timeout=20)


def feed(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.loads(response.read())["items"]


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("fresh_content_types")
def test_a_province_and_a_hub_exchange_answers_both_ways(hub, live_server, django_user_model):
    hub_env, hub_url = hub
    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    staff = django_user_model.objects.create_user(username="canbo", password="x")
    law = LegalDocumentFactory(number="35/2013/QH13")
    for _number in range(3):
        cite(publish_answer(QuestionFactory(), staff), law)
    QuestionFactory()  # still open: stays at home

    with override_settings(PBGDPL={"EXCHANGE_SOURCE": "tinh-a"}):
        call_command("pbgdpl_qa_sync", "--push", "--pull", "--url", hub_url, "--token", TOKEN)
        # The hub holds the province's three answers, under the province's name, and no
        # personal data travelled.
        served = feed(hub_url)
        assert sorted(entry["source"] for entry in served) == ["tinh-a"] * 3 + ["trung-tam"]
        text = json.dumps(served, ensure_ascii=False)
        assert "nguoihoi" not in text and "binh@example.vn" not in text
        # The province pulled the hub's own answer, and not its own answers back.
        copy = Question.objects.get(source="trung-tam")
        assert copy.published and "Điều 24" in copy.answer and copy.asker_email == ""
        assert Question.objects.count() == 5

        # Running both again sends and writes nothing.
        call_command("pbgdpl_qa_sync", "--push", "--pull", "--url", hub_url, "--token", TOKEN)
        assert Question.objects.count() == 5
        assert len(feed(hub_url)) == 4

        # The hub reads the province's own endpoint: it already holds every answer.
        pulled = run(
            hub_env,
            "pbgdpl_qa_sync",
            "--pull",
            "--full",
            "--url",
            live_server.url + "/pbgdpl/exchange/v1/questions/",
        )
        assert "ghi 0 câu hỏi" in pulled.stdout
        assert len(feed(hub_url)) == 4
