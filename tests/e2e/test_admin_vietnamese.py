"""The editors' daily admin screens in a real Chromium, in Vietnamese: no English left visible.

Every text on the screen (text nodes, placeholders and ARIA labels of visible elements) is
compared with the English strings of the catalogues the admin uses: Wagtail's and
wagtail-localize's, and Django's own time strings. A text that is one of them, with anything in
place of its placeholders, is English left on the screen. Content (page titles, file names) is
free text and is not judged; strings that Vietnamese writes the same way (URL, ID, Email) are
allowed.
"""

import re

import polib
import pytest
from django.urls import reverse

from tests.admin_vi_msgids import (
    CATALOGUE_DIR,
    DJANGO_APPS,
    DJANGOJS_APPS,
    django_core_catalogue,
    site_packages,
)

pytestmark = pytest.mark.browser

# Texts that may stay: the name of a language in that language, and what the installed versions
# hard-code outside gettext, where no catalogue reaches (listed by where they are written).
ALLOWED = {
    "English",  # the "en" locale's name, from settings.LANGUAGES
    "Actions",  # aria-label of wagtailadmin/shared/headers/_actions.html (Wagtail 8.0)
    "More actions",  # screen-reader text of the translation editor's menu (wagtail-localize 1.14)
}

# Visible text nodes plus the placeholder and label attributes of visible elements.
VISIBLE_TEXT = """
(root) => {
  const texts = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const parent = node.parentElement;
    const text = node.textContent.trim();
    if (!text || !parent || parent.closest('script, style, template, noscript, [hidden]')) continue;
    if (parent.closest('[contenteditable=true], textarea')) continue;
    if (!parent.checkVisibility({visibilityProperty: true})) continue;
    texts.push(text);
  }
  for (const element of root.querySelectorAll('[placeholder], [aria-label]')) {
    if (!element.checkVisibility({visibilityProperty: true})) continue;
    for (const name of ['placeholder', 'aria-label']) {
      const value = (element.getAttribute(name) || '').trim();
      if (value) texts.push(value);
    }
  }
  return texts;
}
"""

PLACEHOLDER = re.compile(r"%\([^)]+\)[sdif]|%[sdif]|\{\w*\}")
TAG = re.compile(r"<[^>]+>")
LETTERS = re.compile(r"[A-Za-z]{3,}")


def _english_catalogues():
    for app in DJANGO_APPS:
        yield site_packages() / app / "locale" / "en" / "LC_MESSAGES" / "django.po"
    for app in DJANGOJS_APPS:
        yield site_packages() / app / "locale" / "en" / "LC_MESSAGES" / "djangojs.po"
    yield django_core_catalogue()


def _pattern(fragment):
    """A regex matching ``fragment`` with any text in place of its placeholders."""
    pieces = PLACEHOLDER.split(" ".join(fragment.split()))
    return ".+?".join(re.escape(piece) for piece in pieces)


@pytest.fixture(scope="module")
def english():
    """One regex matching a whole text that is an English string of the admin's catalogues."""
    same_in_vietnamese = set()
    for path in CATALOGUE_DIR.glob("*.po"):
        for entry in polib.pofile(str(path)):
            if entry.msgstr == entry.msgid or entry.msgstr_plural.get(0) == entry.msgid_plural:
                same_in_vietnamese.add(entry.msgid)
    patterns = set()
    for path in _english_catalogues():
        for entry in polib.pofile(str(path)):
            if entry.msgid in same_in_vietnamese:
                continue
            for text in (entry.msgid, entry.msgid_plural):
                # Tags split a string into several text nodes: each piece is judged alone.
                for fragment in TAG.split(text or ""):
                    if LETTERS.search(PLACEHOLDER.sub("", fragment)):
                        patterns.add(_pattern(fragment.strip(" :")))
    return re.compile("|".join(sorted(patterns, key=len, reverse=True)), re.IGNORECASE)


def english_on(page, english, where="body"):
    texts = page.locator(where).first.evaluate(VISIBLE_TEXT)
    return sorted(
        {
            text
            for text in texts
            if text not in ALLOWED and english.fullmatch(" ".join(text.split()).strip(" :"))
        }
    )


@pytest.fixture
def screens(demo_url):
    """The admin addresses to visit, looked up (and a translation made) before the browser
    starts: the ORM cannot be used once it runs (see conftest)."""
    from django.contrib.auth import get_user_model
    from wagtail.admin.admin_url_finder import AdminURLFinder
    from wagtail.models import Locale
    from wagtail_localize.operations import TranslationCreator

    from pbgdpl_wagtail.models import NewsPage, PortalHomePage
    from pbgdpl_wagtail.snippets.legal_documents import LegalDocument

    portal = PortalHomePage.objects.first()
    news = NewsPage.objects.exclude(featured_image=None).first()
    document = LegalDocument.objects.first()
    # An English translation of the news page, whose edit view is wagtail-localize's editor.
    english, _created = Locale.objects.get_or_create(language_code="en")
    admin = get_user_model().objects.get(username="admin")
    TranslationCreator(admin, [english]).create_translations(news)
    translated = news.get_translation(english)
    finder = AdminURLFinder()
    return {
        "dashboard": reverse("wagtailadmin_home"),
        "explorer": reverse("wagtailadmin_explore", args=[portal.pk]),
        "page edit": reverse("wagtailadmin_pages:edit", args=[news.pk]),
        "page history": reverse("wagtailadmin_pages:history", args=[news.pk]),
        "snippet listing": reverse(LegalDocument.snippet_viewset.get_url_name("list")),
        "snippet edit": finder.get_edit_url(document),
        "images": reverse("wagtailimages:index"),
        "documents": reverse("wagtaildocs:index"),
        "workflows": reverse("wagtailadmin_workflows:index"),
        "workflow tasks": reverse("wagtailadmin_workflows:task_index"),
        "moderation report": reverse("wagtailadmin_reports:workflow"),
        "account": reverse("wagtailadmin_account"),
        "locales": reverse("wagtaillocales:index"),
        "submit translation": reverse("wagtail_localize:submit_page_translation", args=[portal.pk]),
        "translation editor": reverse("wagtailadmin_pages:edit", args=[translated.pk]),
    }


def open_screen(page, url):
    page.goto(url)
    # The sidebar and the translation editor are drawn by JavaScript after the load event.
    page.locator(".sidebar-main-menu").first.wait_for()
    page.wait_for_load_state("load")


def test_admin_screens_are_in_vietnamese(screens, open_page, screenshot, english):
    page = open_page()
    page.goto("/admin/login/")
    found = {"login": english_on(page, english)}
    page.fill("input[name=username]", "admin")
    page.fill("input[name=password]", "pbgdpl-demo-2026")
    page.locator("form button[type=submit]").click()
    page.wait_for_url("**/admin/")

    for name, url in screens.items():
        open_screen(page, url)
        if name == "translation editor":
            page.locator(".js-translation-editor > *").first.wait_for()
        found[name] = english_on(page, english)
        if name == "page edit":
            # The featured image's chooser, in its modal ("choose another" sits in a dropdown).
            page.locator(".image-chooser [data-chooser-action-choose]").first.dispatch_event(
                "click"
            )
            modal = page.locator(".modal-content")
            modal.locator("input[name=q]").first.wait_for()
            found["image chooser"] = english_on(page, english, ".modal-content")
            screenshot(page, "admin-vi-image-chooser")
            page.keyboard.press("Escape")

    screenshot(page, "admin-vi-translation-editor")
    leftovers = {name: texts for name, texts in found.items() if texts}
    assert leftovers == {}, "English on the admin screens:\n" + "\n".join(
        f"{name}: {texts}" for name, texts in leftovers.items()
    )
    assert page.failed_responses == []
