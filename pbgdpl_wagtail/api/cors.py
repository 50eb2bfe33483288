"""Cross-origin reads of the public API, for the origins in ``PBGDPL["API_CORS_ALLOWED_ORIGINS"]``.

The API is read-only and needs no cookies, so the headers of a simple GET and of its preflight
are all it takes. They are added by the API's own views (no middleware): a site enables CORS for
these endpoints only, without a new dependency or a change to its MIDDLEWARE.
"""

from ..conf import pbgdpl_settings

ALLOWED_METHODS = "GET, HEAD, OPTIONS"
PREFLIGHT_MAX_AGE = str(24 * 3600)


def allowed_origin(origin):
    """The value of Access-Control-Allow-Origin for ``origin``, or None."""
    allowed = pbgdpl_settings.API_CORS_ALLOWED_ORIGINS
    if "*" in allowed:
        return "*"
    if origin and origin in allowed:
        return origin
    return None


def add_cors_headers(request, response):
    response.setdefault("Vary", "Origin")
    if "Origin" not in response.get("Vary", ""):
        response["Vary"] = f"{response['Vary']}, Origin"
    origin = allowed_origin(request.headers.get("Origin"))
    if origin is None:
        return response
    response["Access-Control-Allow-Origin"] = origin
    if request.method == "OPTIONS":
        response["Access-Control-Allow-Methods"] = ALLOWED_METHODS
        requested = request.headers.get("Access-Control-Request-Headers")
        if requested:
            response["Access-Control-Allow-Headers"] = requested
        response["Access-Control-Max-Age"] = PREFLIGHT_MAX_AGE
    return response
