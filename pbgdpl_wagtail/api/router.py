"""The package's API router. A site serves it with::

from pbgdpl_wagtail.api import api_router

urlpatterns = [path("api/v2/", api_router.urls), ...]
"""

from wagtail.api.v2.router import WagtailAPIRouter

from .endpoints import (
    BooksEndpoint,
    LegalDocumentsEndpoint,
    PagesEndpoint,
    QuestionsEndpoint,
    SituationsEndpoint,
    VideosEndpoint,
)
from .registries import REGISTRY_ENDPOINTS, StatisticsEndpoint

api_router = WagtailAPIRouter("pbgdpl_api")
api_router.register_endpoint("pages", PagesEndpoint)
api_router.register_endpoint("legal-documents", LegalDocumentsEndpoint)
api_router.register_endpoint("videos", VideosEndpoint)
api_router.register_endpoint("situations", SituationsEndpoint)
api_router.register_endpoint("questions", QuestionsEndpoint)
api_router.register_endpoint("books", BooksEndpoint)
for endpoint in REGISTRY_ENDPOINTS:
    api_router.register_endpoint(f"registries/{endpoint.name}", endpoint)
api_router.register_endpoint("statistics", StatisticsEndpoint)
