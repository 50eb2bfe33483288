"""Template tags of the default chrome: the unit's details, the sections menu and breadcrumbs."""

from django import template
from wagtail.models import Page, Site

from ..conf import pbgdpl_settings

register = template.Library()


@register.simple_tag
def pbgdpl_unit():
    """The unit that runs the page, as configured in ``PBGDPL``."""
    values = pbgdpl_settings.as_dict()
    return {
        "name": values["UNIT_NAME"],
        "address": values["UNIT_ADDRESS"],
        "phone": values["UNIT_PHONE"],
        "email": values["UNIT_EMAIL"],
        "logo": values["UNIT_LOGO"],
    }


def _ancestor_paths(page):
    steplen = Page.steplen
    return [page.path[:i] for i in range(steplen, len(page.path) + 1, steplen)]


@register.simple_tag(takes_context=True)
def pbgdpl_portal_root(context):
    """The nearest PortalHomePage above (or at) the current page, else the site's root page."""
    from ..page_models import PortalHomePage

    page = context.get("page")
    request = context.get("request")
    cache_key = ("_pbgdpl_portal_root", getattr(page, "pk", None))
    cached = getattr(request, "_pbgdpl_cache", {}) if request is not None else {}
    if cache_key in cached:
        return cached[cache_key]
    root = None
    if isinstance(page, Page) and page.path:
        root = (
            PortalHomePage.objects.filter(path__in=_ancestor_paths(page)).order_by("-depth").first()
        )
    if root is None and request is not None:
        site = Site.find_for_request(request)
        root = site.root_page if site else None
    if request is not None:
        cached[cache_key] = root
        request._pbgdpl_cache = cached
    return root


@register.inclusion_tag("pbgdpl_wagtail/includes/main_menu.html", takes_context=True)
def pbgdpl_main_menu(context):
    root = pbgdpl_portal_root(context)
    page = context.get("page")
    items = []
    if root is not None:
        current_path = getattr(page, "path", "")
        for child in root.get_children().live().public().in_menu().order_by("path"):
            items.append(
                {
                    "page": child,
                    "is_current": current_path == child.path,
                    "is_ancestor": current_path.startswith(child.path)
                    and current_path != child.path,
                }
            )
    return {"root": root, "items": items, "request": context.get("request"), "page": page}


@register.inclusion_tag("pbgdpl_wagtail/includes/breadcrumbs.html", takes_context=True)
def pbgdpl_breadcrumbs(context):
    page = context.get("page")
    # A routable page's sub-view (a document, an item) names itself; the page becomes a crumb.
    current_title = context.get("pbgdpl_current_title")
    crumbs = []
    if isinstance(page, Page) and page.depth and page.depth > 2:
        crumbs = list(Page.objects.ancestor_of(page).filter(depth__gte=2).order_by("depth"))
    if current_title and isinstance(page, Page):
        crumbs.append(page)
    return {
        "crumbs": crumbs,
        "current_title": current_title or getattr(page, "title", ""),
        "request": context.get("request"),
    }
