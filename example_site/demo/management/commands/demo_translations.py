"""Translations of part of the demo: English for the main pages and news, Tày for the home page,
the library page and two library items.

Made the plain Wagtail way (``copy_for_translation``, then the translated text), so they can be
edited in the admin like any page or record; wagtail-localize's "Translate" action does the same
with its translation editor. Pages without a translation are served in Vietnamese with a notice
(``PbgdplPage.route``). The Tày texts are placeholders marked "[Văn bản mẫu]": the demo does not
pretend to write Tày. Idempotent: a translation that exists is left as it is.
"""

from wagtail.models import Locale, Page

from pbgdpl_wagtail.models import LegalSituation, LibraryPage, NewsCategory

SAMPLE = "[Văn bản mẫu]"

ENGLISH_PAGES = [
    (
        "trang-chu-pbgdpl",
        {
            "title": "Legal dissemination and education in An Thịnh province",
            "groups_heading": "Sections",
            "intro": f"<p>{SAMPLE} Sample English text: the province's legal dissemination "
            "page, maintained by the Department of Justice.</p>",
        },
    ),
    (
        "hoa-giai-o-co-so",
        {
            "title": "Grassroots mediation",
            "intro": f"{SAMPLE} Sample English text: how mediation teams in villages and "
            "residential groups help neighbours settle disputes.",
        },
    ),
    (
        "tiep-can-phap-luat",
        {
            "title": "Access to law",
            "intro": f"{SAMPLE} Sample English text: how communes meet the standard of access "
            "to law.",
        },
    ),
    (
        "tin-tuc-su-kien",
        {
            "title": "News and events",
            "intro": f"{SAMPLE} Sample English text: legal dissemination news of the province.",
        },
    ),
    (
        "ke-hoach-pbgdpl-nam-2026",
        {
            "title": "The province's legal dissemination plan for 2026",
            "intro": f"{SAMPLE} Sample English text: summary of the plan.",
        },
    ),
    (
        "huong-ung-ngay-phap-luat-nam-2026",
        {
            "title": "Viet Nam Law Day 2026 in the province",
            "intro": f"{SAMPLE} Sample English text: activities for Law Day.",
        },
    ),
]
ENGLISH_CATEGORIES = {
    "hoat-dong-pbgdpl-o-trung-uong": "Legal dissemination at central level",
    "hoat-dong-pbgdpl-cap-tinh": "Legal dissemination in the province",
    "gioi-thieu-van-ban-phap-luat-moi": "New legislation explained",
}

TAY_NOTE = f"{SAMPLE} Bản tiếng Tày do người biết tiếng Tày biên soạn; đây là chỗ dành cho bản đó."
TAY_PAGES = ["trang-chu-pbgdpl", "thu-vien"]


def seed(home):
    """Hook of ``seed_demo``, after every Vietnamese page and record exists."""
    english, _ = Locale.objects.get_or_create(language_code="en")
    tay, _ = Locale.objects.get_or_create(language_code="tyz")
    _translate_categories(english)
    for slug, values in ENGLISH_PAGES:
        _translate_page(_page(home, slug), english, values)
    for slug in TAY_PAGES:
        page = _page(home, slug)
        _translate_page(page, tay, {"title": f"{SAMPLE} {page.title} (tiếng Tày)"}, note=TAY_NOTE)
    _translate_library_items(tay)


def _page(home, slug):
    if home.slug == slug:
        return home.specific
    return Page.objects.descendant_of(home).get(slug=slug, locale=home.locale).specific


def _sample_body(page, text):
    """A translated page's blocks hold Vietnamese text; the sample replaces them with one
    paragraph (a translator would translate them block by block)."""
    return [("paragraph", f"<p>{text}</p>")]


def _translate_page(page, locale, values, note=None):
    if page.get_translation_or_none(locale) is not None:
        return
    translation = page.copy_for_translation(locale)
    for name, value in values.items():
        setattr(translation, name, value)
    if note is not None:
        for name in ("intro", "summary"):
            if hasattr(translation, name):
                rich = translation._meta.get_field(name).get_internal_type() != "TextField"
                setattr(translation, name, f"<p>{note}</p>" if rich else note)
    if hasattr(translation, "body"):
        text = note or values.get("intro", "")
        translation.body = _sample_body(translation, text.removeprefix("<p>").removesuffix("</p>"))
    category = getattr(translation, "category", None)
    if category is not None:
        translation.category = category.get_translation_or_none(locale) or category
    translation.save_revision().publish()


def _translate_categories(locale):
    for category in NewsCategory.objects.filter(locale=Locale.get_default()):
        if category.slug in ENGLISH_CATEGORIES and not category.has_translation(locale):
            translation = category.copy_for_translation(locale)
            translation.name = ENGLISH_CATEGORIES[category.slug]
            translation.save()


def _translate_library_items(locale):
    """One video and the situation built on it, in Tày, so the Tày library lists them."""
    library = LibraryPage.objects.filter(locale=Locale.get_default()).first()
    situation = (
        LegalSituation.objects.filter(locale=Locale.get_default(), live=True, video__isnull=False)
        .order_by("pk")
        .first()
    )
    if library is None or situation is None:
        return
    video = situation.video
    tay_video = video.get_translation_or_none(locale)
    if tay_video is None:
        tay_video = video.copy_for_translation(locale)
        tay_video.title = f"{SAMPLE} {video.title} (tiếng Tày)"
        tay_video.description = TAY_NOTE
        tay_video.transcript = ""
        tay_video.save()
        tay_video.legal_fields.set(video.legal_fields.all())
        tay_video.target_groups.set(video.target_groups.all())
        tay_video.save_revision().publish()
    if situation.get_translation_or_none(locale) is None:
        tay_situation = situation.copy_for_translation(locale)
        tay_situation.title = f"{SAMPLE} {situation.title} (tiếng Tày)"
        tay_situation.scenario = f"<p>{TAY_NOTE}</p>"
        tay_situation.question = TAY_NOTE
        tay_situation.answer = f"<p>{TAY_NOTE}</p>"
        tay_situation.language = locale.language_code
        tay_situation.video = tay_video
        tay_situation.save()
        tay_situation.legal_fields.set(situation.legal_fields.all())
        tay_situation.target_groups.set(situation.target_groups.all())
        tay_situation.save_revision().publish()
