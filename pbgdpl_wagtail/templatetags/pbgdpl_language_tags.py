"""The reader's languages: which translations a page has, the language switcher, hreflang links,
the notice on a page shown in another language than the reader asked for, and ``lang``
attributes on content written in another language than the page around it.

A site's base template can use them directly::

    {% load pbgdpl_language_tags %}
    <html lang="{% pbgdpl_html_lang %}">  …  {% pbgdpl_alternate_links %}  …
    {% pbgdpl_language_switcher %}

Each tag takes the page from the template context when none is given.
"""

import unicodedata

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import get_language, get_language_info, gettext

from ..page_tree_cache import remember

register = template.Library()


def _page(context, page):
    page = page if page is not None else context.get("page")
    # Only Wagtail pages have translations; a plain view's context has no page.
    return page if getattr(page, "translation_key", None) and getattr(page, "pk", None) else None


def _request(context):
    return context.get("request")


def _offered_languages():
    from ..conf import pbgdpl_settings

    return [code.lower() for code in pbgdpl_settings.LANGUAGES]


def page_translations(page):
    """The page's live translations (itself included when it is not an alias), in the order of
    ``PBGDPL["LANGUAGES"]``; one query, kept on the page for the other tags."""
    cached = getattr(page, "_pbgdpl_translations", None)
    if cached is not None:
        return cached
    from wagtail.models import Page

    offered = _offered_languages()
    # Aliases (wagtail-localize's synchronised trees) show another language's content: they are
    # not translations, so they are neither listed nor given an hreflang.
    pages = remember(
        f"translations:{page.translation_key}",
        lambda: list(
            Page.objects.filter(
                translation_key=page.translation_key, live=True, alias_of__isnull=True
            )
            .select_related("locale")
            .order_by()
        ),
    )
    found = [p for p in pages if p.locale.language_code.lower() in offered]
    found.sort(key=lambda p: offered.index(p.locale.language_code.lower()))
    page._pbgdpl_translations = found
    return found


def content_language(page):
    """The language the page's content is written in: its own locale's, or for an alias the
    language of the page it mirrors."""
    source_id = page.alias_of_id or page.pk
    for candidate in page_translations(page):
        if candidate.pk == source_id:
            return candidate.locale.language_code
    if page.alias_of_id:
        from wagtail.models import Page

        source = Page.objects.filter(pk=page.alias_of_id).select_related("locale").first()
        if source is not None:
            return source.locale.language_code
    return page.locale.language_code


def language_name(code, *, in_sentence=False):
    """The language's name in the reader's language (``Tiếng Tày`` in Vietnamese)."""
    try:
        name = str(get_language_info(code)["name_translated"])
    except KeyError:
        return code
    if in_sentence and name.startswith("Tiếng "):
        # Vietnamese names are capitalised as labels ("Tiếng Anh"), not inside a sentence.
        return "t" + name[1:]
    return name


def local_name(code):
    try:
        name = get_language_info(code)["name_local"]
    except KeyError:
        return code
    # Django writes some names in decomposed Unicode (Tiếng Việt); pages are NFC throughout.
    return unicodedata.normalize("NFC", name)


@register.simple_tag(takes_context=True)
def pbgdpl_html_lang(context):
    """The ``lang`` of the <html> element: the language the reader asked for (the URL's)."""
    return get_language() or settings.LANGUAGE_CODE


@register.simple_tag(takes_context=True)
def pbgdpl_content_language(context, page=None):
    page = _page(context, page)
    return content_language(page) if page else get_language()


@register.inclusion_tag("pbgdpl_wagtail/includes/language_switcher.html", takes_context=True)
def pbgdpl_language_switcher(context, page=None):
    """Plain links to the page in every language it is translated into."""
    page = _page(context, page)
    current = (get_language() or "").lower()
    items = []
    if page is not None:
        request = _request(context)
        for candidate in page_translations(page):
            code = candidate.locale.language_code
            items.append(
                {
                    "code": code,
                    "name": local_name(code),
                    "url": candidate.get_url(request=request),
                    "current": code.lower() == current,
                }
            )
    # Nothing to switch to when the page exists only in the reader's language.
    return {"languages": items if any(not item["current"] for item in items) else []}


@register.inclusion_tag("pbgdpl_wagtail/includes/alternate_links.html", takes_context=True)
def pbgdpl_alternate_links(context, page=None):
    """``<link rel="alternate" hreflang>`` for each translation, and x-default for the version in
    the site's default language (search engines send other readers there)."""
    page = _page(context, page)
    links = []
    if page is not None:
        request = _request(context)
        translations = page_translations(page)
        if len(translations) > 1:
            default = settings.LANGUAGE_CODE.lower()
            for candidate in translations:
                url = candidate.get_full_url(request=request)
                links.append({"hreflang": candidate.locale.language_code, "url": url})
                if candidate.locale.language_code.lower() == default:
                    links.append({"hreflang": "x-default", "url": url})
    return {"links": links}


def fallback_notice(page):
    """The notice for a page shown in another language than the reader's, as
    ``(text, language of the text)``, or None when the page is in the reader's language."""
    wanted = get_language() or settings.LANGUAGE_CODE
    shown = content_language(page)
    if shown.lower() == wanted.lower():
        return None

    def text():
        return gettext(
            "This content is not yet available in %(language)s; showing the %(shown)s version."
        ) % {
            "language": language_name(wanted, in_sentence=True),
            "shown": language_name(shown, in_sentence=True),
        }

    notice = text()
    # Without a translation in the reader's catalogue Django falls back to the default
    # language's: the notice is then in that language and says so with its lang attribute.
    notice_language = wanted
    if wanted.lower() != settings.LANGUAGE_CODE.lower():
        with translation.override(settings.LANGUAGE_CODE):
            if text() == notice:
                notice_language = settings.LANGUAGE_CODE
    return notice, notice_language


@register.inclusion_tag("pbgdpl_wagtail/includes/fallback_notice.html", takes_context=True)
def pbgdpl_fallback_notice(context, page=None):
    page = _page(context, page)
    notice = fallback_notice(page) if page is not None else None
    if notice is None:
        return {"notice": None}
    text, notice_language = notice
    # Always marked: the notice sits inside content of another language.
    return {"notice": text, "notice_lang": notice_language}


@register.simple_tag(takes_context=True)
def pbgdpl_lang_attr(context, code, base=None):
    """` lang="en"` when ``code`` differs from the surrounding language, else nothing.

    The surrounding language is ``base`` if given, else the page content's (``page.html`` sets
    ``pbgdpl_content_language``: Vietnamese on a page shown untranslated), else the reader's.
    Screen readers then read a Tày or English material with the right voice, while a material
    in the surrounding language needs no attribute.
    """
    current = (base or context.get("pbgdpl_content_language") or get_language() or "").lower()
    if not code or code.lower() == current:
        return ""
    return format_html(' lang="{}"', code)
