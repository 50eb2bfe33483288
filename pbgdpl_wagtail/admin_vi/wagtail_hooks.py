from django.apps import apps
from django.urls import path
from wagtail import hooks

from .js_catalog import localize_catalog


# order=-1: admin URLs resolve in hook order, and this path must come before wagtail-localize's
# own "localize/" URLs so that their `javascript_catalog` address reaches the merged catalogue.
@hooks.register("register_admin_urls", order=-1)
def register_localize_js_catalog():
    if not apps.is_installed("wagtail_localize"):
        return []
    return [path("localize/jsi18n/", localize_catalog, name="pbgdpl_admin_vi_localize_jsi18n")]
