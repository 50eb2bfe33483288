"""The OpenAPI description of the public API and of the Q&A exchange endpoint.

The document is ``pbgdpl_wagtail/api/openapi.json`` (``docs/api/openapi.json`` is the same
file). Its paths use the prefixes the demo site mounts (``/api/v2/``, ``/pbgdpl/``); a site
that mounts them elsewhere gets the paths rewritten to its own prefixes.
"""

import json
from functools import cache
from importlib import resources

from django.http import HttpResponse
from django.urls import NoReverseMatch, reverse
from django.views.decorators.http import require_GET

DOCUMENTED_API_PREFIX = "/api/v2/"
DOCUMENTED_PACKAGE_PREFIX = "/pbgdpl/"


@cache
def document_bytes():
    return resources.files("pbgdpl_wagtail").joinpath("api", "openapi.json").read_bytes()


def mounted_prefixes():
    """Where this site serves the API and the package's URLconf."""
    package = reverse("pbgdpl:oembed").removesuffix("oembed/")
    try:
        api = reverse("pbgdpl_api:pages:listing").removesuffix("pages/")
    except NoReverseMatch:
        api = DOCUMENTED_API_PREFIX
    return api, package


def _moved(path, api, package):
    if path.startswith(DOCUMENTED_API_PREFIX):
        return api + path.removeprefix(DOCUMENTED_API_PREFIX)
    return package + path.removeprefix(DOCUMENTED_PACKAGE_PREFIX)


@require_GET
def openapi_document(request):
    api, package = mounted_prefixes()
    content = document_bytes()
    if (api, package) != (DOCUMENTED_API_PREFIX, DOCUMENTED_PACKAGE_PREFIX):
        document = json.loads(content)
        document["paths"] = {
            _moved(path, api, package): item for path, item in document["paths"].items()
        }
        content = json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")
    response = HttpResponse(content, content_type="application/json; charset=utf-8")
    # Any page may read the description, as it may read the endpoints it describes.
    response["Access-Control-Allow-Origin"] = "*"
    return response
