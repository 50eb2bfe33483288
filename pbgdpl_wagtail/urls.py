"""The package's one URLconf: the library's embeds and oEmbed endpoint.

Include it once, outside ``i18n_patterns`` and before Wagtail's own URLs::

    path("pbgdpl/", include("pbgdpl_wagtail.urls")),
"""

from django.urls import path

from .views import embeds, oembed

app_name = "pbgdpl"

urlpatterns = [
    path("embed/video/<int:pk>/", embeds.video_embed, name="video_embed"),
    path("embed/situation/<int:pk>/", embeds.situation_embed, name="situation_embed"),
    path("oembed/", oembed.oembed, name="oembed"),
]
