"""A site that mounts the API and the package's URLs under prefixes of its own."""

from django.urls import include, path

from pbgdpl_wagtail.api import api_router

urlpatterns = [
    path("portal/", include("pbgdpl_wagtail.urls")),
    path("data/", api_router.urls),
]
