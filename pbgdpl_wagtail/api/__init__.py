"""The public read-only API on Wagtail's API v2: ``api_router`` (see docs/api.md).

Imported lazily, so that importing this package (e.g. from a page model) does not load the
endpoints, which need the models.
"""


def __getattr__(name):
    if name == "api_router":
        from .router import api_router

        return api_router
    raise AttributeError(name)
