"""Settings of the demo province: a Wagtail project that uses pbgdpl-wagtail as any site would.

Everything that differs between machines comes from the environment (see production.py).
"""

import os
from pathlib import Path

import dj_database_url

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "demo-only-not-secret")
DEBUG = os.environ.get("DJANGO_DEBUG", "") == "1"
ALLOWED_HOSTS = [
    h for h in os.environ.get("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost").split(",") if h
]

INSTALLED_APPS = [
    "demo",
    # The package and what it needs beside a standard Wagtail project.
    "pbgdpl_wagtail",
    # Vietnamese admin: before the Wagtail apps so its catalogue wins over theirs.
    "pbgdpl_wagtail.admin_vi",
    "wagtail.contrib.typed_table_block",
    "wagtail_localize",
    "wagtail_localize.locales",
    "csp",
    # A standard Wagtail project (as `wagtail start` makes it).
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Content-Security-Policy on every response (the admin gets its own, looser policy).
    "demo.middleware.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "demo.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "demo.wsgi.application"

# Django's default cache, one per process; several app servers need a shared one (Redis, see
# docs/deployment.md). It holds Wagtail's renditions and the package's page tree facts: Django's
# default of 300 entries is soon full, and culling drops entries at random.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "OPTIONS": {"MAX_ENTRIES": 10_000},
    }
}

# SQLite by default; DATABASE_URL (postgres://user:pass@host/name) for PostgreSQL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=600
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several server processes writing at once (a citizen's question while another is asked):
    # by default SQLite starts a transaction as a reader and fails at once with "database is
    # locked" when it must become a writer. IMMEDIATE takes the write lock at BEGIN, and the
    # timeout makes a writer wait for the other instead of failing.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"transaction_mode": "IMMEDIATE", "timeout": 20}
    )

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Vietnamese first: the admin and the site speak Vietnamese unless a user chooses otherwise.
LANGUAGE_CODE = "vi"
# Tày (tyz) is one of the ethnic-minority languages the package knows (pbgdpl_wagtail.languages):
# Django gets its name and a catalogue from the package, so /tyz/... works.
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English"), ("tyz", "Tiếng Tày")]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
USE_THOUSAND_SEPARATOR = True

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# The admin is translated into Vietnamese (and English is Wagtail's own), not into Tày.
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES[:2]

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATIC_ROOT = BASE_DIR / "static"
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
# The demo serves uploads itself (with range requests, for videos); production leaves it to the
# web server or object storage.
DEMO_SERVE_MEDIA = DEBUG

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Sở Tư pháp tỉnh An Thịnh (demo)"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Django's SMTP backend unless set: the benchmark discards mail (Wagtail notifies approvers when
# seed_demo puts answers into the Q&A workflow, and there is no mail server).
EMAIL_BACKEND = os.environ.get(
    "DJANGO_EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend"
)
# Wagtail's database backend; on PostgreSQL with the package's faster indexer (docs/search.md).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "pbgdpl_wagtail.search.backends.database"}}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Accent-insensitive full text (created by the package's migrations; docs/search.md).
    WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"] = "vi_unaccent"
WAGTAILDOCS_EXTENSIONS = [
    "csv",
    "doc",
    "docx",
    "odt",
    "pdf",
    "pptx",
    "rtf",
    "txt",
    "xls",
    "xlsx",
    "zip",
]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024

# Security headers. SecurityMiddleware sends X-Content-Type-Options: nosniff and this
# Referrer-Policy; XFrameOptionsMiddleware sends X-Frame-Options: DENY except on the library's
# embeds, which other sites frame on purpose (frame-ancestors: PBGDPL["EMBED_FRAME_ANCESTORS"]).
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
# django-csp. The public pages load only the site's own scripts and styles (no inline code);
# images may come from elsewhere (a province's logo), and an external video plays in its
# provider's iframe (any oEmbed provider Wagtail knows, all on HTTPS).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", "https:"],
        "media-src": ["'self'"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'", "https:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# Wagtail's admin (and Django's) write inline scripts and style attributes in many of their own
# templates, so they get 'unsafe-inline' for those two. Only signed-in staff use them, and the
# rest of the policy still holds; the admin's previews frame pages of the same site.
CONTENT_SECURITY_POLICY_ADMIN_PREFIXES = ("/admin/", "/django-admin/")
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:", "https:"],
        "media-src": ["'self'", "blob:"],
        "frame-ancestors": ["'self'"],
    }
}

# The package's settings (all keys and defaults: pbgdpl_wagtail/conf.py and the README).
PBGDPL = {
    "UNIT_NAME": "Sở Tư pháp tỉnh An Thịnh",
    "UNIT_ADDRESS": "Số 8 đường Lê Lợi, phường Trung Tâm, tỉnh An Thịnh",
    "UNIT_PHONE": "0200 3 812 345",
    "UNIT_EMAIL": "pbgdpl@sotuphap.anthinh.example",
    "LANGUAGES": ["vi", "en", "tyz"],
}
# Benchmarks and load tests raise the API's per-client limit (the default answers 429 past it).
if os.environ.get("PBGDPL_API_THROTTLE_RATE"):
    PBGDPL["API_THROTTLE_RATE"] = os.environ["PBGDPL_API_THROTTLE_RATE"]

# The rendered content cache's lifetime (pbgdpl_wagtail.content_cache); the benchmark also
# measures pages rendered afresh on every request (PBGDPL_CONTENT_CACHE_SECONDS=0).
if os.environ.get("PBGDPL_CONTENT_CACHE_SECONDS"):
    PBGDPL["CONTENT_CACHE_SECONDS"] = int(os.environ["PBGDPL_CONTENT_CACHE_SECONDS"])

# A caching proxy (Varnish) purged by Wagtail when pages and the package's records are published
# (docs/deployment.md), e.g. PBGDPL_FRONTEND_CACHE_URL=http://127.0.0.1:6081.
if os.environ.get("PBGDPL_FRONTEND_CACHE_URL"):
    INSTALLED_APPS += ["wagtail.contrib.frontend_cache"]
    WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ["PBGDPL_FRONTEND_CACHE_URL"],
        },
    }

# Whole-page cache for anonymous readers, in seconds (0: off). Production sites usually put a
# caching proxy in front instead, purged by Wagtail's frontend cache (docs/deployment.md).
PAGE_CACHE_SECONDS = int(os.environ.get("DJANGO_PAGE_CACHE_SECONDS", "0"))
if PAGE_CACHE_SECONDS:
    MIDDLEWARE = [
        "django.middleware.cache.UpdateCacheMiddleware",
        *MIDDLEWARE,
        "django.middleware.cache.FetchFromCacheMiddleware",
    ]
    CACHE_MIDDLEWARE_SECONDS = PAGE_CACHE_SECONDS
    CACHE_MIDDLEWARE_KEY_PREFIX = "pages"
