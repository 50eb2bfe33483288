"""Serve this app's ``djangojs`` catalogue through the admin's JavaScript catalogues.

Unlike the ``django`` domain, a JavaScriptCatalog only reads the ``locale`` folders of the
packages it names: Wagtail's admin names ``wagtail.admin`` and wagtail-localize names
``wagtail_localize``. Both are served again here with this app added last, so its entries win.
"""

from django.views.i18n import JavaScriptCatalog
from wagtail.admin.localization import get_localized_response

APP = "pbgdpl_wagtail.admin_vi"

_admin_catalog = JavaScriptCatalog.as_view(packages=["wagtail.admin", APP])
_localize_catalog = JavaScriptCatalog.as_view(packages=["wagtail_localize", APP])


def use_for_wagtail_admin():
    """Point Wagtail's ``wagtailadmin_javascript_catalog`` view at the merged catalogue.

    That view (``wagtail.admin.views.i18n.localized_js_catalog``) looks up the module-level
    ``js_catalog`` on every request, and the URL must stay where it is: it is served without
    login, for the sign-in and password-reset screens. Swapping the attribute is the one place
    where that can be done without the site changing its URLconf.
    """
    from wagtail.admin.views import i18n

    i18n.js_catalog = _admin_catalog


def localize_catalog(request, *args, **kwargs):
    """wagtail-localize's catalogue plus this app's, in the editor's admin language."""
    return get_localized_response(_localize_catalog, request, *args, **kwargs)
