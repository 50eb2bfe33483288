"""Settings for the test suite: the demo settings with fast hashing and throwaway media."""

import tempfile

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "tests-only"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
DEMO_SERVE_MEDIA = True
MEDIA_ROOT = tempfile.mkdtemp(prefix="pbgdpl-test-media-")
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
ALLOWED_HOSTS = ["*"]
WAGTAILADMIN_BASE_URL = "http://testserver"

# Templates that only the tests use (e.g. a province's own base template).
TEMPLATES[0]["DIRS"] = [*TEMPLATES[0]["DIRS"], BASE_DIR.parent / "tests" / "templates"]  # noqa: F405

# Pages rendered afresh on every request, so that the tests' query counts measure rendering. The
# content cache has tests of its own (tests/test_content_cache.py); the demo served by gunicorn
# for the load and caching-proxy tests keeps it on (tests/load_site_settings.py).
PBGDPL = {**PBGDPL, "CONTENT_CACHE_SECONDS": 0}  # noqa: F405
