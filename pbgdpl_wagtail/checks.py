"""System checks that tell an integrator what the package needs from the site's settings."""

from django.conf import settings
from django.core.checks import Error, Info, Tags, Warning, register
from django.template import TemplateDoesNotExist
from django.template.loader import get_template
from django.utils.translation import gettext as _
from django.utils.translation import to_locale

ADMIN_VI_APP = "pbgdpl_wagtail.admin_vi"

REQUIRED_APPS = [
    ADMIN_VI_APP,
    "wagtail",
    "wagtail.admin",
    "wagtail.documents",
    "wagtail.embeds",
    "wagtail.images",
    "wagtail.search",
    "wagtail.snippets",
    "wagtail.contrib.typed_table_block",
    "modelcluster",
    "taggit",
]


@register(Tags.compatibility)
def check_required_apps(app_configs, **kwargs):
    from django.apps import apps

    missing = [name for name in REQUIRED_APPS if not apps.is_installed(name)]
    return [
        Error(
            _("The app %(app)s must be in INSTALLED_APPS for pbgdpl_wagtail.") % {"app": name},
            hint=_("Add it as the README's installation steps show."),
            id="pbgdpl.E001",
        )
        for name in missing
    ]


def _overridden_by_admin_vi(name):
    """The apps whose Vietnamese catalogue pbgdpl_wagtail.admin_vi completes."""
    return name.split(".")[0] in {"wagtail", "wagtail_localize"}


@register(Tags.compatibility)
def check_admin_vi_order(app_configs, **kwargs):
    """Django lets the first app in INSTALLED_APPS win a translation; admin_vi must be first."""
    from django.apps import apps

    names = [config.name for config in apps.get_app_configs()]
    if ADMIN_VI_APP not in names:
        return []  # check_required_apps reports it
    position = names.index(ADMIN_VI_APP)
    before = [name for name in names[:position] if _overridden_by_admin_vi(name)]
    if not before:
        return []
    return [
        Error(
            _(
                "%(app)s must come before %(apps)s in INSTALLED_APPS, or the admin stays "
                "partly in English."
            )
            % {"app": ADMIN_VI_APP, "apps": ", ".join(before)},
            hint=_("Move it up, next to pbgdpl_wagtail, as the README's installation steps show."),
            id="pbgdpl.E004",
        )
    ]


@register(Tags.templates)
def check_base_template(app_configs, **kwargs):
    from .conf import pbgdpl_settings

    name = pbgdpl_settings.BASE_TEMPLATE
    try:
        get_template(name)
    except TemplateDoesNotExist:
        return [
            Error(
                _("PBGDPL['BASE_TEMPLATE'] names a template that does not exist: %(name)s")
                % {"name": name},
                id="pbgdpl.E002",
            )
        ]
    return []


@register(Tags.compatibility)
def check_settings_keys(app_configs, **kwargs):
    from .conf import pbgdpl_settings

    messages = []
    for key in pbgdpl_settings.as_dict()["_unknown_keys"]:
        messages.append(
            Warning(
                _("PBGDPL has an unknown key %(key)s; it is ignored.") % {"key": key},
                id="pbgdpl.W001",
            )
        )
    known = {code for code, _name in settings.LANGUAGES}
    for code in pbgdpl_settings.LANGUAGES:
        if code not in known:
            messages.append(
                Error(
                    _("PBGDPL['LANGUAGES'] lists %(code)s, which is not in LANGUAGES.")
                    % {"code": code},
                    id="pbgdpl.E003",
                )
            )
    return messages


def _site_languages():
    """Codes of LANGUAGES and WAGTAIL_CONTENT_LANGUAGES, each once, in order."""
    codes = [code for code, _name in settings.LANGUAGES]
    codes += [code for code, _name in getattr(settings, "WAGTAIL_CONTENT_LANGUAGES", None) or []]
    return list(dict.fromkeys(code.lower() for code in codes))


@register(Tags.translation)
def check_language_catalogues(app_configs, **kwargs):
    """Django's LocaleMiddleware and i18n_patterns ignore a language without a compiled
    catalogue: /tyz/... would answer 404 and the admin would not offer it."""
    from django.conf.locale import LANG_INFO
    from django.utils.translation import check_for_language

    messages = []
    for code in _site_languages():
        if code not in LANG_INFO and code.split("-")[0] not in LANG_INFO:
            messages.append(
                Warning(
                    _("Django knows nothing about the language %(code)s.") % {"code": code},
                    hint=_(
                        "Give its name in PBGDPL['LANGUAGE_INFO'], e.g. "
                        '{"%(code)s": {"name": "…", "name_local": "…"}}.'
                    )
                    % {"code": code},
                    id="pbgdpl.W002",
                )
            )
        if not check_for_language(code):
            messages.append(
                Warning(
                    _(
                        "No translation catalogue is installed for the language %(code)s, so "
                        "its addresses (/%(code)s/…) do not work."
                    )
                    % {"code": code},
                    hint=_(
                        "Add a compiled catalogue locale/%(locale)s/LC_MESSAGES/django.mo to a "
                        "folder of LOCALE_PATHS (an untranslated one is enough), or run "
                        "compilemessages if the .po file is there."
                    )
                    % {"locale": to_locale(code)},
                    id="pbgdpl.W003",
                )
            )
    return messages


@register(Tags.urls)
def check_urls_included(app_configs, **kwargs):
    from django.urls import NoReverseMatch, reverse

    try:
        reverse("pbgdpl:oembed")
    except NoReverseMatch:
        return [
            Error(
                _("The package's URLs are not included, so the library's embeds do not work."),
                hint=_(
                    'Add path("pbgdpl/", include("pbgdpl_wagtail.urls")) to the site\'s urls.py, '
                    "outside i18n_patterns and before Wagtail's URLs."
                ),
                id="pbgdpl.E005",
            )
        ]
    return []


@register()
def check_ffmpeg(app_configs, **kwargs):
    from .library.ffmpeg import ffmpeg_binary

    if ffmpeg_binary() is None:
        return [
            Info(
                _(
                    "ffmpeg was not found: uploaded videos will not get their duration and a "
                    "poster frame automatically; editors enter them by hand."
                ),
                hint=_(
                    "Install ffmpeg (apt-get install ffmpeg), or pip install "
                    "\"pbgdpl-wagtail[video]\", or set PBGDPL['FFMPEG_BINARY']."
                ),
                id="pbgdpl.I001",
            )
        ]
    return []


def _api_included():
    from django.urls import NoReverseMatch, reverse

    try:
        reverse("pbgdpl_api:pages:listing")
    except NoReverseMatch:
        return False
    return True


@register(Tags.compatibility)
def check_api(app_configs, **kwargs):
    """The public API's settings, checked only on a site that serves the API: a throttle rate
    Django REST framework can read, and CORS origins written as browsers send them."""
    from urllib.parse import urlsplit

    from .conf import pbgdpl_settings

    if not _api_included():
        return []
    messages = []
    rate = pbgdpl_settings.API_THROTTLE_RATE
    if rate is not None:
        from rest_framework.throttling import SimpleRateThrottle

        try:
            SimpleRateThrottle.parse_rate(None, rate)
        except (AttributeError, IndexError, KeyError, TypeError, ValueError):
            messages.append(
                Error(
                    _(
                        "PBGDPL['API_THROTTLE_RATE'] must be a rate such as \"120/minute\" or "
                        "None, not %(rate)r."
                    )
                    % {"rate": rate},
                    id="pbgdpl.E006",
                )
            )
    for origin in pbgdpl_settings.API_CORS_ALLOWED_ORIGINS:
        parts = urlsplit(origin) if isinstance(origin, str) else None
        if origin == "*" or (parts and parts.scheme and parts.netloc and not parts.path):
            continue
        messages.append(
            Warning(
                _(
                    "PBGDPL['API_CORS_ALLOWED_ORIGINS'] lists %(origin)r, which no browser sends "
                    "as an origin; it is never matched."
                )
                % {"origin": origin},
                hint=_('Write scheme and host only, e.g. "https://xa-an-binh.gov.vn".'),
                id="pbgdpl.W004",
            )
        )
    return messages
