"""Template tags of the default chrome: the unit's details, the sections menu and breadcrumbs."""

from django import template
from wagtail.models import Page, Site

from ..conf import pbgdpl_settings
from ..content_cache import render_cached
from ..page_tree_cache import remember
from ..visibility import menu_pages

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


def _ancestors(page, request):
    """The page's ancestors and the page itself, shallowest first: for the portal root, the menu
    and the breadcrumbs, kept per request and with the other facts about the page tree."""
    cache = getattr(request, "_pbgdpl_cache", None) if request is not None else None
    key = ("_pbgdpl_ancestors", page.pk)
    if cache is not None and key in cache:
        return cache[key]
    steplen = Page.steplen
    paths = [page.path[:i] for i in range(steplen, len(page.path) + 1, steplen)]
    ancestors = remember(
        f"ancestors:{page.path}",
        lambda: list(Page.objects.filter(path__in=paths).order_by("depth")),
    )
    if request is not None:
        request._pbgdpl_cache = cache if cache is not None else {}
        request._pbgdpl_cache[key] = ancestors
    return ancestors


@register.simple_tag(takes_context=True)
def pbgdpl_portal_root(context):
    """The nearest PortalHomePage above (or at) the current page, else the site's root page.

    A plain ``Page``: the chrome needs only its address and children."""
    from ..page_models import PortalHomePage

    page = context.get("page")
    request = context.get("request")
    if isinstance(page, Page) and page.path:
        for ancestor in reversed(_ancestors(page, request)):
            if issubclass(ancestor.specific_class or Page, PortalHomePage):
                return ancestor
    if request is not None:
        site = Site.find_for_request(request)
        return site.root_page if site else None
    return None


@register.inclusion_tag("pbgdpl_wagtail/includes/main_menu.html", takes_context=True)
def pbgdpl_main_menu(context):
    root = pbgdpl_portal_root(context)
    page = context.get("page")
    items = []
    if root is not None:
        current_path = getattr(page, "path", "")
        for child in menu_pages(root):
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
        crumbs = [
            ancestor
            for ancestor in _ancestors(page, context.get("request"))
            if ancestor.depth >= 2 and ancestor.pk != page.pk
        ]
    if current_title and isinstance(page, Page):
        crumbs.append(page)
    return {
        "crumbs": crumbs,
        "current_title": current_title or getattr(page, "title", ""),
        "request": context.get("request"),
    }


class CachedContentNode(template.Node):
    def __init__(self, nodelist, name):
        self.nodelist = nodelist
        self.name = name

    def render(self, context):
        return render_cached(context, self.name, lambda: self.nodelist.render(context))


@register.tag
def pbgdpl_cached_content(parser, token):
    """``{% pbgdpl_cached_content "name" %}…{% endpbgdpl_cached_content %}``: the fragment, kept
    in the cache for readers who are not logged in (``pbgdpl_wagtail.content_cache``)."""
    bits = token.split_contents()
    if len(bits) != 2 or bits[1][0] not in "\"'" or bits[1][0] != bits[1][-1]:
        raise template.TemplateSyntaxError(f"'{bits[0]}' takes one quoted name.")
    nodelist = parser.parse(("endpbgdpl_cached_content",))
    parser.delete_first_token()
    return CachedContentNode(nodelist, bits[1][1:-1])
