"""The small catalogues the package ships for the ethnic-minority languages it knows.

Django activates a language from a URL prefix only when a catalogue for it exists, so each
built-in language (``pbgdpl_wagtail.languages``) gets one holding the strings a reader of that
language meets first. Entries stay untranslated until someone who knows the language fills them;
Django then falls back to the Vietnamese catalogue, which is what readers of the province expect.

``python -m tests.minority_catalogues --update`` (part of ``make messages``) writes any missing
entries, keeps the translations already there, and compiles each catalogue.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import polib

import pbgdpl_wagtail

PACKAGE_DIR = Path(pbgdpl_wagtail.__file__).parent
VI_CATALOGUE = PACKAGE_DIR / "locale" / "vi" / "LC_MESSAGES" / "django.po"

# The strings of the language switcher and of the notice on untranslated content.
MSGIDS = [
    "Languages",
    "This content is not yet available in %(language)s; showing the %(shown)s version.",
]


def catalogue_path(code: str) -> Path:
    from django.utils.translation import to_locale

    return PACKAGE_DIR / "locale" / to_locale(code) / "LC_MESSAGES" / "django.po"


def minority_codes() -> list[str]:
    from pbgdpl_wagtail.languages import MINORITY_LANGUAGES

    return sorted(MINORITY_LANGUAGES)


def update(code: str) -> Path:
    from pbgdpl_wagtail.languages import MINORITY_LANGUAGES

    path = catalogue_path(code)
    path.parent.mkdir(parents=True, exist_ok=True)
    catalogue = polib.pofile(str(path)) if path.exists() else polib.POFile(wrapwidth=100)
    catalogue.header = (
        f"{MINORITY_LANGUAGES[code]['name']} ({code}) strings of pbgdpl-wagtail.\n"
        "This file is distributed under the same license as the pbgdpl-wagtail package.\n"
        "Untranslated entries fall back to the Vietnamese catalogue."
    )
    catalogue.metadata = {
        "Project-Id-Version": "pbgdpl-wagtail",
        "Language": code,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
    }
    known = {entry.msgid for entry in catalogue}
    for msgid in MSGIDS:
        if msgid not in known:
            flags = ["python-format"] if "%(" in msgid else []
            catalogue.append(polib.POEntry(msgid=msgid, msgstr="", flags=flags))
    for entry in list(catalogue):
        if entry.msgid not in MSGIDS:
            catalogue.remove(entry)
    catalogue.save(str(path))
    catalogue.save_as_mofile(str(path.with_suffix(".mo")))
    return path


def main(argv: list[str]) -> int:
    import django

    if "--update" not in argv:
        print(__doc__)
        return 2
    sys.path.insert(0, str(PACKAGE_DIR.parent / "example_site"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "demo.settings.base")
    django.setup()
    vi = {entry.msgid for entry in polib.pofile(str(VI_CATALOGUE))}
    missing = [msgid for msgid in MSGIDS if msgid not in vi]
    if missing:
        print(f"Not in the Vietnamese catalogue (run makemessages first): {missing}")
        return 1
    for code in minority_codes():
        print(update(code).relative_to(PACKAGE_DIR))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
