"""The package's one URLconf: the library's embeds, oEmbed, the Q&A exchange endpoint and the
OpenAPI description of the public API (the API itself is ``pbgdpl_wagtail.api.api_router``).

Include it once, outside ``i18n_patterns`` and before Wagtail's own URLs::

    path("pbgdpl/", include("pbgdpl_wagtail.urls")),
"""

from django.urls import path

from .exchange import views as exchange
from .views import embeds, oembed, openapi

app_name = "pbgdpl"

urlpatterns = [
    path("embed/video/<int:pk>/", embeds.video_embed, name="video_embed"),
    path("embed/situation/<int:pk>/", embeds.situation_embed, name="situation_embed"),
    path("oembed/", oembed.oembed, name="oembed"),
    path("exchange/v1/questions/", exchange.questions, name="exchange_questions"),
    path("api/openapi.json", openapi.openapi_document, name="openapi"),
]
