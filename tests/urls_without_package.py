"""A site's URLconf that forgot to include the package's URLs (for the system check test)."""

from django.urls import include, path
from wagtail import urls as wagtail_urls

urlpatterns = [path("", include(wagtail_urls))]
