"""One address of every public page type of the demo province, for the page benchmark
(example_site/benchmarks/pages.py) and the query ceilings of
tests/demo_province/test_seed_demo.py."""

import re

# A URL of every public page type: a page model's own URL, or a link found on it (sub-pages of a
# routable page, whose ids only the listing knows).
SUBPAGE_LINKS = {
    "DocumentIndexPage": [("legal document", r'href="([^"]*/\d+/)"')],
    "LibraryPage": [
        ("library video", r'href="([^"]*/video/\d+/)"'),
        ("library situation", r'href="([^"]*/situation/\d+/)"'),
    ],
    "BookcasePage": [("book", r'href="([^"]*/\d+/)"')],
    "QuestionIndexPage": [
        ("published question", r'href="([^"]*/HD-\d{8}-\d+-[^"/]*/)"'),
        ("ask form", r'href="([^"]*/ask/)"'),
        ("tracking form", r'href="([^"]*/track/)"'),
    ],
}
SEARCH_QUERY = "?q=hoa+giai+o+co+so"


def demo_urls():
    """(page type, URL) of every public page type of the demo, Vietnamese locale."""
    from django.test import Client
    from wagtail.models import Locale, Page

    from pbgdpl_wagtail.page_models.base import PbgdplPage

    client = Client()
    vietnamese = Locale.objects.get(language_code="vi")
    urls = []
    seen = set()
    pages = Page.objects.live().public().filter(locale=vietnamese).specific().order_by("path")
    for page in pages:
        name = type(page).__name__
        if name in seen or not isinstance(page, PbgdplPage):
            continue
        seen.add(name)
        url = page.get_url()
        urls.append((name, url + (SEARCH_QUERY if name == "SearchPage" else "")))
        if name in SUBPAGE_LINKS:
            html = client.get(url).content.decode()
            for label, pattern in SUBPAGE_LINKS[name]:
                match = re.search(pattern, html)
                if match:
                    urls.append((label, match.group(1)))
                else:
                    print(f"  (no {label} link on {url})")
    urls.append(("API listing", "/api/v2/legal-documents/"))
    return urls
