"""The package's settings: one ``PBGDPL`` dict, read through ``pbgdpl_settings``.

Every key has a default below; a site sets only what differs. The values are read again whenever
``PBGDPL`` changes (``override_settings`` in tests included).
"""

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver

DEFAULTS = {
    # Template every page of the package extends. It must define the blocks ``title``,
    # ``extra_css``, ``content`` and ``extra_js``, as the base.html of ``wagtail start`` does.
    "BASE_TEMPLATE": "pbgdpl_wagtail/base.html",
    # The unit that runs the page (usually the province's Sở Tư pháp) and how to reach it;
    # shown in the default header and footer.
    "UNIT_NAME": "Sở Tư pháp",
    "UNIT_ADDRESS": "",
    "UNIT_PHONE": "",
    "UNIT_EMAIL": "",
    # A static file path (``pbgdpl_wagtail/img/logo.svg``) or an absolute URL; empty for none.
    "UNIT_LOGO": "",
    # Codes of the languages readers are offered, first one the default, in the order the
    # language switcher lists them. Each must be one of Django's LANGUAGES. The major
    # ethnic-minority languages (Tày ``tyz``, Thái ``blt``/``twh``, H'Mông ``hmn``, Khmer ``km``,
    # … see ``pbgdpl_wagtail.languages``) are known to Django and have a catalogue out of the box.
    "LANGUAGES": ["vi"],
    # Languages the package does not know yet, or different names for known ones:
    # ``{"pcc": {"name": "Bouyei", "name_local": "Tiếng Bố Y"}}`` (``bidi`` defaults to False).
    # Such a language still needs a catalogue of its own (LOCALE_PATHS) for its URLs to work.
    "LANGUAGE_INFO": {},
    # The video library. Uploads larger than this many bytes are refused with a clear message;
    # a web server in front of Django usually has its own limit, which must not be lower.
    "VIDEO_MAX_UPLOAD_SIZE": 500 * 1024 * 1024,
    "CAPTION_MAX_UPLOAD_SIZE": 1024 * 1024,
    # ffmpeg reads an uploaded video's duration and a poster frame. None: look for ``ffmpeg`` on
    # the PATH, then for the binary of the ``imageio-ffmpeg`` package (the ``video`` extra);
    # a path: use that binary; False: never run ffmpeg.
    "FFMPEG_BINARY": None,
    # Sites allowed to show the library's embeds in an iframe, as CSP ``frame-ancestors``
    # sources (e.g. ``["https://*.anthinh.gov.vn"]``); ``["*"]`` allows every site.
    "EMBED_FRAME_ANCESTORS": ["*"],
    # Hỏi đáp: how many questions (and, separately, tracking look-ups) one IP address may send
    # per window of seconds, counted in Django's default cache. None for no limit.
    "QUESTION_RATE_LIMIT": (5, 3600),
    "QUESTION_TRACK_RATE_LIMIT": (30, 3600),
    # Files a citizen may attach to a question (the limits of the Ministry's Q&A module).
    "QUESTION_ATTACHMENT_MAX_COUNT": 10,
    "QUESTION_ATTACHMENT_MAX_SIZE": 20 * 1024 * 1024,
    "QUESTION_ATTACHMENTS_MAX_TOTAL": 100 * 1024 * 1024,
    # Days within which a question should be answered; older open questions are marked overdue.
    "QUESTION_DEADLINE_DAYS": 15,
    # Seconds the menu, the private sections and the other facts about the page tree stay in
    # Django's default cache at most. Editing pages renews them at once in a cache the app
    # servers share; with a cache per process, other processes may show them this long.
    "PAGE_TREE_CACHE_SECONDS": 300,
    # Seconds the rendered content of a page stays in Django's default cache for readers who are
    # not logged in (``pbgdpl_wagtail.content_cache``); any change of content renews it at once,
    # on every app server. 0: rendered on every request.
    "CONTENT_CACHE_SECONDS": 600,
    # The Q&A exchange: the name this site gives the questions it serves (default: its host
    # name), and the Bearer token its endpoint requires (empty: the endpoint is open; it serves
    # only what is published anyway).
    "EXCHANGE_SOURCE": "",
    "EXCHANGE_TOKEN": "",
    # Where ``pbgdpl_qa_sync --pull`` reads shared Q&A (an exchange endpoint: the central
    # database's, or another site's running this package) and the token it sends; the timeout in
    # seconds and how often a failed request is tried again, waiting 1, 2, 4… seconds.
    "EXCHANGE_PULL_URL": "",
    "EXCHANGE_PULL_TOKEN": "",
    # Where ``pbgdpl_qa_sync --push`` sends the site's own published answers, the token it sends
    # and how many answers go in one request. Pushing needs EXCHANGE_SOURCE.
    "EXCHANGE_PUSH_URL": "",
    "EXCHANGE_PUSH_TOKEN": "",
    "EXCHANGE_PUSH_BATCH": 100,
    # A site acting as a hub: the tokens other sites push with, each mapped to the one source name
    # it may write ({"token": "tinh-a"}). Empty: pushes are refused.
    "EXCHANGE_PUSH_TOKENS": {},
    "EXCHANGE_TIMEOUT": 30,
    "EXCHANGE_RETRIES": 3,
    # Who is emailed when a question arrives; empty: every active user who may answer questions.
    "QUESTION_NOTIFY_EMAILS": [],
    # The public read-only API (``pbgdpl_wagtail.api.api_router``): how many requests one client
    # (IP address) may make, as Django REST framework writes a rate ("120/minute", "5000/day");
    # None for no limit. Counted in Django's default cache.
    "API_THROTTLE_RATE": "120/minute",
    # Web origins whose pages may read the API from a browser (CORS), e.g.
    # ``["https://xa-an-binh.gov.vn"]``; ``["*"]`` for any origin; empty for none.
    "API_CORS_ALLOWED_ORIGINS": [],
}


class PbgdplSettings:
    """Attribute access to ``settings.PBGDPL`` merged over ``DEFAULTS``."""

    def __init__(self):
        self._cache = None

    def _load(self):
        user = getattr(settings, "PBGDPL", None) or {}
        unknown = set(user) - set(DEFAULTS)
        merged = {**DEFAULTS, **user}
        merged["_unknown_keys"] = sorted(unknown)
        return merged

    def as_dict(self):
        if self._cache is None:
            self._cache = self._load()
        return self._cache

    def __getattr__(self, name):
        values = self.as_dict()
        if name not in values:
            raise AttributeError(f"Unknown PBGDPL setting: {name}")
        return values[name]

    def reload(self):
        self._cache = None


pbgdpl_settings = PbgdplSettings()


@receiver(setting_changed)
def _reload_pbgdpl_settings(*, setting, **kwargs):
    if setting == "PBGDPL":
        pbgdpl_settings.reload()
        from .languages import register_languages

        register_languages()
