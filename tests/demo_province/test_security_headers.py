"""Security headers on every response of the demo, and `check --deploy` clean for production.

One test walks every live page of the demo province in every language, the public views of the
package, the API, the admin and the error pages.
"""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from wagtail.models import Page

from pbgdpl_wagtail.snippets.situations import LegalSituation
from pbgdpl_wagtail.snippets.videos import Video

ROOT = Path(__file__).resolve().parents[2]


def policy(response):
    """The Content-Security-Policy as {directive: [sources]}."""
    header = response.get("Content-Security-Policy")
    assert header, f"no Content-Security-Policy on {response.request['PATH_INFO']}"
    directives = {}
    for part in header.split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


def check_common(response, url):
    assert response.status_code < 500, url
    assert response["X-Content-Type-Options"] == "nosniff", url
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin", url
    return policy(response)


def check_not_framable(response, url):
    directives = check_common(response, url)
    assert response["X-Frame-Options"] == "DENY", url
    assert directives["frame-ancestors"] == ["'none'"], url
    assert "'unsafe-inline'" not in directives["script-src"], url
    assert "'unsafe-inline'" not in directives["style-src"], url
    assert directives["object-src"] == ["'none'"], url


@pytest.mark.django_db
def test_every_response_of_the_demo_carries_the_security_headers(
    client, django_user_model, demo_province
):
    pages = [page for page in Page.objects.live().specific() if page.depth > 1]
    assert len(pages) > 20
    urls = {page.get_url() for page in pages} - {None}
    urls |= {
        "/",
        "/khong-co-trang-nay/",  # 404
        "/api/v2/pages/",
        "/api/v2/documents/?page=999999",
        "/pbgdpl/api/openapi.json",
        "/pbgdpl/exchange/v1/questions/",
        "/pbgdpl/oembed/?url=https://example.com/",
    }
    for url in sorted(urls):
        response = client.get(url)
        check_not_framable(response, url)
    # A refused form post (CSRF) and a method not allowed.
    csrf_client = type(client)(enforce_csrf_checks=True)
    question_index = next(p for p in pages if type(p).__name__ == "QuestionIndexPage")
    response = csrf_client.post(question_index.get_url() + "ask/", {"title": "x"})
    assert response.status_code == 403
    check_not_framable(response, "csrf")

    # The admin, signed in: the same headers, its own policy (inline code, same-origin frames).
    admin = django_user_model.objects.create_superuser("quantri", "qt@example.vn", "x")
    admin_urls = ["/admin/", "/admin/pages/", f"/admin/pages/{question_index.pk}/edit/"]
    for url in ["/admin/login/", "/django-admin/login/", *admin_urls]:
        if url in admin_urls:
            client.force_login(admin)
        response = client.get(url)
        directives = check_common(response, url)
        assert response.status_code == 200, url
        assert response["X-Frame-Options"] == "DENY", url
        assert directives["frame-ancestors"] == ["'self'"], url
        assert directives["object-src"] == ["'none'"], url
    client.logout()

    # The library's embeds: framable by other sites, the rest of the policy unchanged.
    for url in (
        f"/pbgdpl/embed/video/{Video.objects.filter(live=True).first().pk}/",
        f"/pbgdpl/embed/situation/{LegalSituation.objects.filter(live=True).first().pk}/",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        directives = check_common(response, url)
        assert "X-Frame-Options" not in response, url
        assert directives["frame-ancestors"] == ["*"], url
        assert directives["script-src"] == ["'self'"], url


def test_check_deploy_is_clean_for_the_production_settings():
    env = {
        **os.environ,
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "pbgdpl.anthinh.gov.vn",
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    # Set by the browser tests' conftest for Playwright when they run in the same session; a
    # production server never has it, and check --deploy rightly refuses it.
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "example_site/manage.py"),
            "check",
            "--deploy",
            "--fail-level",
            "WARNING",
            "--settings=demo.settings.production",
        ],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout + result.stderr
