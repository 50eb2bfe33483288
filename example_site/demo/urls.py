from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from pbgdpl_wagtail.api import api_router

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # The library's embeds and oEmbed endpoint: one address whatever the reader's language.
    path("pbgdpl/", include("pbgdpl_wagtail.urls")),
    # The package's public read-only API (docs/api.md).
    path("api/v2/", api_router.urls),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

if settings.DEMO_SERVE_MEDIA:
    from .media_views import serve_media

    media_prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns += [re_path(rf"^{media_prefix}(?P<path>.+)$", serve_media)]

# Pages: Vietnamese at the root, other languages under their prefix (/en/...).
urlpatterns += i18n_patterns(path("", include(wagtail_urls)), prefix_default_language=False)
