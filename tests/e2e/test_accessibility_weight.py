"""Every public page type of the demo in a real Chromium, on a 360×640 phone screen: accessible
(axe-core, no serious or critical violation), no sideways scrolling, and light enough for a slow
link (issue #10, parts 2 and 3); plus the main flows with the keyboard alone.

axe-core comes from npm, pinned in tests/e2e/package-lock.json (``make test`` runs ``npm ci``).
"""

import gzip
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from .test_home_navigation import PHONE, active, assert_fits_width, assert_focus_visible  # noqa: F401

pytestmark = pytest.mark.browser

AXE_JS = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"
BUDGET = 100 * 1024  # gzip bytes of HTML + CSS + JS of the first view
SEARCH_QUERY = "hoa giai"

# Routes that answer something other than an HTML page for a reader (files, feeds, JSON).
NOT_PAGES = {"export", "feed", "rss", "atom", "autocomplete"}

# Every page type of the package and every HTML route of its routable pages, each with the
# name of its entry in ``public_pages``. A new page model or route without an entry fails
# test_every_page_type_has_an_entry.
COVERAGE = {
    ("PortalHomePage", None): "portal home",
    ("SectionPage", None): "section page",
    ("AboutPage", None): "about",
    ("NewsIndexPage", None): "news index",
    ("NewsIndexPage", "year"): "news archive, year",
    ("NewsIndexPage", "month"): "news archive, month",
    ("NewsPage", None): "news article",
    ("EventPage", None): "event",
    ("MaterialIndexPage", None): "materials index",
    ("MaterialPage", None): "material page",
    ("GuidanceIndexPage", None): "guidance index",
    ("GuidancePage", None): "guidance page",
    ("DocumentIndexPage", None): "legal documents",
    ("DocumentIndexPage", "document"): "legal document detail",
    ("LibraryPage", None): "library",
    ("LibraryPage", "video"): "library video",  # and "library external video"
    ("LibraryPage", "situation"): "library situation",
    ("BookcasePage", None): "bookcase",
    ("BookcasePage", "book"): "book",
    ("QuestionIndexPage", None): "questions",
    ("QuestionIndexPage", "ask"): "ask form",
    ("QuestionIndexPage", "ask_done"): "question sent",
    ("QuestionIndexPage", "detail"): "question detail",
    ("QuestionIndexPage", "track"): "question tracking",
    ("DialoguePage", None): "dialogue",
    ("RegistryPage", None): "registry",
    ("StatisticsPage", None): "statistics",
    ("SearchPage", None): "search results",
}


def package_page_routes():
    """(model name, route name or None) of every concrete page model of the package."""
    from wagtail.contrib.routable_page.models import RoutablePageMixin
    from wagtail.models import get_page_models

    found = set()
    for model in get_page_models():
        if model._meta.app_label != "pbgdpl" or model._meta.abstract:
            continue
        if issubclass(model, RoutablePageMixin):
            for pattern in model.get_subpage_urls():
                if pattern.name in NOT_PAGES:
                    continue
                # The route at the page's own address (Wagtail's index_route or one of the
                # page's) is the page itself.
                own = str(pattern.pattern) in ("", "^$")
                found.add((model.__name__, None if own else pattern.name))
        else:
            found.add((model.__name__, None))
    return found


EMBED_URL = "https://www.youtube.com/watch?v=pbgdpl-a11y"
EMBED_FRAME = "https://www.youtube-nocookie.com/embed/pbgdpl-a11y"


def add_external_embeds(section, library):
    """The demo needs no network, so it has no content from another site: give the section page
    an embed block and the library an external video, with the provider's answer cached as
    Wagtail stores it, so that their first view can be checked too."""
    import uuid

    from wagtail.embeds.embeds import get_embed_hash
    from wagtail.embeds.models import Embed

    Embed.objects.get_or_create(
        hash=get_embed_hash(EMBED_URL),
        defaults={
            "url": EMBED_URL,
            "max_width": None,
            "type": "video",
            "html": f'<iframe src="{EMBED_FRAME}" width="640" height="360"></iframe>',
            "title": "Hòa giải ở cơ sở",
            "provider_name": "YouTube",
            "width": 640,
            "height": 360,
        },
    )
    block = section.body.stream_block.child_blocks["embed"]
    raw = {"url": EMBED_URL, "title": "Phim: hòa giải ở cơ sở", "caption": ""}
    section.body.append(("embed", block.to_python(raw)))
    section.save_revision().publish()

    video = library.videos().exclude(poster=None).first()
    video.pk = video.id = None
    video.translation_key = uuid.uuid4()
    video.latest_revision = video.live_revision = None
    video.title = "Phim hòa giải trên YouTube"
    video.file = ""
    video.external_url = EMBED_URL
    video.save()
    return video


@pytest.fixture
def public_pages(demo_url):
    """One demo address per entry of COVERAGE, found before the browser starts (see conftest)."""
    from pbgdpl_wagtail import models

    def live(model):
        return model.objects.live().public().filter(locale__language_code="vi").first()

    news_index = live(models.NewsIndexPage)
    news = (
        models.NewsPage.objects.live()
        .public()
        .filter(locale__language_code="vi")
        .not_type(models.EventPage)
        .exclude(featured_image=None)
        .first()
    )
    published = news.first_published_at
    documents = live(models.DocumentIndexPage)
    library = live(models.LibraryPage)
    bookcase = live(models.BookcasePage)
    questions = live(models.QuestionIndexPage)
    search = live(models.SearchPage)
    question = models.Question.objects.published().first()

    def route(name):
        return questions.url + questions.reverse_subpage(name)

    section = live(models.SectionPage)
    external_video = add_external_embeds(section, library)

    return {
        "portal home": live(models.PortalHomePage).url,
        "section page": section.url,
        "about": live(models.AboutPage).url,
        "news index": news_index.url,
        "news archive, year": news_index.archive_url(published.year),
        "news archive, month": news_index.archive_url(published.year, published.month),
        "news article": news.url,
        "event": live(models.EventPage).url,
        "materials index": live(models.MaterialIndexPage).url,
        "material page": live(models.MaterialPage).url,
        "guidance index": live(models.GuidanceIndexPage).url,
        "guidance page": live(models.GuidancePage).url,
        "legal documents": documents.url,
        "legal document detail": documents.url_for_document(documents.documents().first()),
        "library": library.url,
        # An uploaded video with a poster, and a situation that shows a video.
        "library video": library.url_for_item(
            library.videos().exclude(file="").exclude(poster=None).first()
        ),
        "library external video": library.url_for_item(external_video),
        "library situation": library.url_for_item(library.situations().exclude(video=None).first()),
        "bookcase": bookcase.url,
        "book": bookcase.url_for_book(bookcase.books().exclude(cover=None).first()),
        "questions": questions.url,
        "ask form": route("ask"),
        "question sent": route("ask_done"),
        "question detail": questions.url_for_question(question),
        "question tracking": route("track"),
        "dialogue": live(models.DialoguePage).url,
        "registry": live(models.RegistryPage).url,
        "statistics": live(models.StatisticsPage).url,
        "search results": f"{search.url}?q={SEARCH_QUERY.replace(' ', '+')}",
    }


def test_every_page_type_has_an_entry():
    """A page model or HTML route added to the package must be added to COVERAGE (and so to
    public_pages), or its pages would escape the checks below."""
    routes = package_page_routes()
    assert routes - COVERAGE.keys() == set(), "page types without an entry in COVERAGE"
    assert COVERAGE.keys() - routes == set(), "COVERAGE names page types that do not exist"


# ---- measurements in the page ----------------------------------------------------------------

AXE_RUN_JS = """async () => {
    const results = await axe.run(document, {resultTypes: ["violations"]});
    return results.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            targets: v.nodes.slice(0, 6).map((n) => n.target.join(" ")),
            count: v.nodes.length,
        }));
}"""

# Images from the media folder: each must be a rendition in a <picture> with a WebP source that
# has a srcset and sizes, and a JPEG/PNG <img> fallback; videos must not preload.
MEDIA_JS = r"""(mediaUrl) => {
    const problems = [];
    let pictures = 0;
    const note = (text, el) => problems.push(text + ": " + el.outerHTML.slice(0, 160));
    for (const img of document.querySelectorAll("img")) {
        const src = img.getAttribute("src") || "";
        if (!new URL(src, document.baseURI).pathname.startsWith(mediaUrl)) continue;
        if (src.includes("/original_images/")) note("original image, not a rendition", img);
        if (/\.webp$/i.test(src)) note("WebP <img> without a JPEG/PNG fallback", img);
        if (!img.hasAttribute("alt")) note("no alt attribute", img);
        if (!img.getAttribute("width") || !img.getAttribute("height")) note("no size", img);
        const picture = img.parentElement.tagName === "PICTURE" ? img.parentElement : null;
        const webp = picture && picture.querySelector('source[type="image/webp"]');
        if (!webp) { note("no <picture> with a WebP <source>", img); continue; }
        pictures += 1;
        if (!webp.getAttribute("srcset") || !webp.getAttribute("sizes"))
            note("WebP source without srcset and sizes", img);
        if (!/,/.test(webp.getAttribute("srcset") || "")) note("WebP in one size only", img);
    }
    for (const video of document.querySelectorAll("video")) {
        if (video.getAttribute("preload") !== "none") problems.push("video without preload=none");
        if (!video.getAttribute("poster")) problems.push("video without a poster");
    }
    for (const frame of document.querySelectorAll("iframe")) {
        const url = new URL(frame.src || "about:blank", document.baseURI);
        if (url.origin !== location.origin) note("external iframe in the first view", frame);
    }
    return {problems, pictures, videos: document.querySelectorAll("video").length};
}"""

STYLE_OR_CODE = {"document", "stylesheet", "script"}


def gzip_size(body):
    return len(gzip.compress(body, compresslevel=6))


def measure_first_view(page, url, demo_url):
    """Open ``url`` and return (problems, weights) of its first view, up to the load event."""
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(demo_url))
    third_party, responses = [], []

    def route(route_):
        if route_.request.url.startswith(origin):
            route_.fallback()
        else:
            # Tests stay on 127.0.0.1; the request is what matters, so it is noted and refused.
            third_party.append(f"{route_.request.resource_type} {route_.request.url}")
            route_.abort()

    page.route("**/*", route)

    def record(response):
        responses.append(response)

    page.on("response", record)
    response = page.goto(url, wait_until="load")
    page.remove_listener("response", record)
    problems = []
    if response is None or response.status != 200:
        problems.append(f"answered {response and response.status}")
    problems += [f"request to another origin before load: {item}" for item in third_party]
    weights = {"html": 0, "css": 0, "js": 0}
    for item in responses:
        kind = item.request.resource_type
        content_type = item.headers.get("content-type", "")
        if kind == "media" or content_type.startswith(("video/", "audio/")):
            problems.append(f"media fetched in the first view: {item.url}")
        if kind not in STYLE_OR_CODE or not 200 <= item.status < 300:
            continue
        body = item.body()
        # What travels: the server's encoding if it compressed, else what gzip would give.
        size = int(item.headers["content-length"]) if item.headers.get("content-encoding") else 0
        weights[{"document": "html", "stylesheet": "css", "script": "js"}[kind]] += (
            size or gzip_size(body)
        )
    total = sum(weights.values())
    if total >= BUDGET:
        problems.append(f"first view weighs {total} gzip bytes ({weights}), budget {BUDGET}")
    page.unroute("**/*", route)
    return problems, weights


def run_axe(page):
    """axe's serious and critical violations, and the lesser ones (printed, not failed on)."""
    # Evaluated through the DevTools protocol rather than added as a <script>: the site's
    # Content-Security-Policy rightly refuses inline scripts, and the test must not loosen it.
    page.evaluate(AXE_JS.read_text(encoding="utf-8") + "\n;undefined")
    found = {"fail": [], "note": []}
    for v in page.evaluate(AXE_RUN_JS):
        line = f"axe {v['impact']} {v['id']} ({v['help']}) on {v['count']} node(s): " + " | ".join(
            v["targets"]
        )
        found["fail" if v["impact"] in ("serious", "critical") else "note"].append(line)
    return found


def check_click_to_load(page):
    """The provider's iframe appears, and is requested, only once the reader asks for it."""
    requested = []

    def provider(route):
        requested.append(route.request.url)
        route.fulfill(status=200, body="<p>video</p>", content_type="text/html")

    page.route(f"{EMBED_FRAME}**", provider)
    link = page.locator("a[data-pbgdpl-play]").first
    if link.count() == 0:
        return ["no click-to-load link for the external content"]
    link.focus()
    assert_focus_visible(page)
    page.keyboard.press("Enter")
    frame = page.locator(f'iframe[src^="{EMBED_FRAME}"]')
    frame.wait_for()
    page.wait_for_timeout(300)
    page.unroute(f"{EMBED_FRAME}**", provider)
    problems = []
    if not frame.get_attribute("title"):
        problems.append("the loaded iframe has no title")
    if not requested:
        problems.append("Enter on the link did not load the provider's iframe")
    return problems


def test_public_pages_accessible_fit_a_phone_and_are_light(
    public_pages, open_page, screenshot, demo_url
):
    from django.conf import settings

    assert AXE_JS.is_file(), "axe-core is missing: run `make test` (npm ci in tests/e2e)"
    page = open_page(viewport=PHONE)
    failures, weights, media = {}, {}, {"pictures": 0, "videos": 0}
    for name, url in public_pages.items():
        problems, weights[name] = measure_first_view(page, url, demo_url)
        found = page.evaluate(MEDIA_JS, settings.MEDIA_URL)
        problems += found["problems"]
        media = {key: count + found[key] for key, count in media.items()}
        try:
            assert_fits_width(page, PHONE["width"])
        except pytest.fail.Exception as error:
            problems.append(str(error))
        axe = run_axe(page)
        problems += axe["fail"]
        if axe["note"]:
            print(f"\n{name} ({url}), lesser axe findings:\n  " + "\n  ".join(axe["note"]))
        if problems:
            failures[f"{name} ({url})"] = problems
        screenshot(page, "a11y-" + re.sub(r"\W+", "-", name))
        if name in ("section page", "library external video"):
            problems = check_click_to_load(page)
            if problems:
                failures.setdefault(f"{name} ({url})", []).extend(problems)
    print("\nFirst view, gzip bytes (HTML + CSS + JS):")
    for name, sizes in weights.items():
        print(f"  {name:24} {sum(sizes.values()):7} {sizes}")
    assert page.failed_responses == []
    # The image and video checks saw something: the demo shows both.
    assert media["pictures"] >= 10 and media["videos"] >= 1, media
    assert failures == {}, "\n".join(
        f"{where}:\n  " + "\n  ".join(problems) for where, problems in failures.items()
    )


# ---- the keyboard alone -----------------------------------------------------------------------

ACTIVE_ID_JS = "() => document.activeElement && document.activeElement.id"


def skip_to_main(page):
    """The first Tab stop is the skip link, and Enter on it moves focus into the main content."""
    page.keyboard.press("Tab")
    assert active(page)["href"] == "#main-content", f"first Tab stop: {active(page)}"
    assert_focus_visible(page)
    page.keyboard.press("Enter")
    page.wait_for_function("document.activeElement.id === 'main-content'")


def tab_to(page, element_id, limit=40):
    """Press Tab until the element ``element_id`` has focus; every stop on the way shows it."""
    stops = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        current = active(page)
        assert current is not None, f"focus left the page after {stops}"
        assert_focus_visible(page)
        if page.evaluate(ACTIVE_ID_JS) == element_id:
            return
        stops.append(current["id"] or current["text"][:30] or current["tag"])
    pytest.fail(f"{limit} Tab presses never reached #{element_id}; stops: {stops}")


def test_keyboard_only_search_ask_and_track(public_pages, open_page, screenshot):
    page = open_page(viewport=PHONE)

    # Search: type a query without diacritics and send it with Enter.
    page.goto(public_pages["search results"].split("?")[0])
    skip_to_main(page)
    tab_to(page, "id_q")
    page.keyboard.type(SEARCH_QUERY)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "q=hoa+giai" in page.url
    assert page.locator(".pbgdpl-search__result").count() > 0
    # The first result is reachable with Tab and opens with Enter.
    first = page.locator(".pbgdpl-search__result a").first
    first_href = first.get_attribute("href")
    first.focus()
    assert_focus_visible(page)
    screenshot(page, "keyboard-search-results")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith(first_href)

    # Ask a question: every field filled and the form sent with the keyboard only.
    page.goto(public_pages["ask form"])
    skip_to_main(page)
    tab_to(page, "id_asker_name")
    page.keyboard.type("Nguyễn Văn Bàn Phím")
    tab_to(page, "id_asker_email")
    page.keyboard.type("banphim@example.vn")
    tab_to(page, "id_legal_field")
    page.keyboard.press("ArrowDown")  # the first field after "Choose a field"
    assert page.locator("#id_legal_field").input_value() != ""
    tab_to(page, "id_title")
    page.keyboard.type("Hỏi về hòa giải ở cơ sở")
    tab_to(page, "id_text")
    page.keyboard.type("Tranh chấp lối đi chung giữa hai nhà có được hòa giải ở thôn không?")
    tab_to(page, "id_consent")
    page.keyboard.press("Space")
    assert page.locator("#id_consent").is_checked()
    screenshot(page, "keyboard-ask-form-filled")
    page.keyboard.press("Tab")
    assert active(page)["tag"] == "button", f"after the consent box: {active(page)}"
    assert_focus_visible(page)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    code = page.locator(".pbgdpl-tracking-code").inner_text().strip()
    assert re.fullmatch(r"HD-\d{8}-\d{3,}", code), code
    screenshot(page, "keyboard-ask-done")

    # Track it: the link on the confirmation, then the contact typed and sent with Enter.
    page.locator(f'a[href$="code={code}"]').focus()
    assert_focus_visible(page)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("#id_code").input_value() == code
    skip_to_main(page)
    tab_to(page, "id_contact")
    page.keyboard.type("banphim@example.vn")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("main h2").first.inner_text().strip() == code
    screenshot(page, "keyboard-track")
    assert page.failed_responses == []
