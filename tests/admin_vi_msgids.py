"""The admin strings that pbgdpl_wagtail.admin_vi must translate, read from the installed source.

Wagtail's ``en`` catalogues in site-packages can lag behind the code, so the ``django`` domain is
extracted afresh with ``makemessages`` from a copy of the installed Wagtail and wagtail-localize.
The JavaScript strings are only in minified bundles, where xgettext cannot find them; their ``en``
``djangojs`` catalogues list exactly the strings the bundles pass to gettext.

``python -m tests.admin_vi_msgids --update`` (``make admin-vi-messages``) adds new strings to
admin_vi's catalogues, untranslated, so that tests/test_admin_vi.py names them until they are
translated.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from contextlib import chdir
from pathlib import Path

import polib

import pbgdpl_wagtail

CATALOGUE_DIR = Path(pbgdpl_wagtail.__file__).parent / "admin_vi" / "locale" / "vi" / "LC_MESSAGES"

# The apps whose screens editors meet, with their ``django`` catalogue (relative to
# site-packages). Styleguide, search promotions, simple translation and the like are left out.
DJANGO_APPS = [
    "wagtail/admin",
    "wagtail",
    "wagtail/snippets",
    "wagtail/images",
    "wagtail/documents",
    "wagtail/users",
    "wagtail/locales",
    "wagtail/embeds",
    "wagtail/search",
    "wagtail/sites",
    "wagtail/contrib/typed_table_block",
    "wagtail/contrib/redirects",
    "wagtail/contrib/forms",
    "wagtail/contrib/settings",
    "wagtail_localize",
    "wagtail_localize/locales",
]
# The packages whose JavaScript catalogue the admin serves (see admin_vi/js_catalog.py).
DJANGOJS_APPS = ["wagtail/admin", "wagtail_localize"]
# Django's own strings that the admin shows and Django's vi catalogue lacks: the listings'
# "5 minutes ago" (Django 5 renamed "%d minute" to "%(num)d minute"; vi still has the old one).
DJANGO_CORE_SOURCES = {"utils/timesince.py"}


def site_packages() -> Path:
    import wagtail

    return Path(wagtail.__file__).parent.parent


def key(entry: polib.POEntry) -> tuple[str, str, str]:
    return (entry.msgctxt or "", entry.msgid, entry.msgid_plural or "")


def django_msgids() -> dict[tuple[str, str, str], str]:
    """{(context, msgid, plural): app} for every ``django`` string of DJANGO_APPS."""
    from django.core.management import call_command

    found = {}
    with tempfile.TemporaryDirectory() as work:
        for package in ("wagtail", "wagtail_localize"):
            copy = Path(work) / package
            shutil.copytree(
                site_packages() / package,
                copy,
                ignore=shutil.ignore_patterns("__pycache__", "static", "tests", "test", "*.mo"),
            )
            with chdir(copy):
                call_command("makemessages", locale=["vi"], keep_pot=True, verbosity=0)
        for app in DJANGO_APPS:
            pot = Path(work) / app / "locale" / "django.pot"
            for entry in polib.pofile(str(pot)):
                found.setdefault(key(entry), app)
    return found | django_core_msgids()


def django_core_catalogue() -> Path:
    import django

    return Path(django.__file__).parent / "conf" / "locale" / "en" / "LC_MESSAGES" / "django.po"


def django_core_msgids() -> dict[tuple[str, str, str], str]:
    """{(context, msgid, plural): "django"} for Django's strings from DJANGO_CORE_SOURCES."""
    return {
        key(entry): "django"
        for entry in polib.pofile(str(django_core_catalogue()))
        if any(path in DJANGO_CORE_SOURCES for path, _line in entry.occurrences)
        and entry.msgid.strip(", ")
    }


def djangojs_msgids() -> dict[tuple[str, str, str], str]:
    """{(context, msgid, plural): app} for every ``djangojs`` string of DJANGOJS_APPS."""
    found = {}
    for app in DJANGOJS_APPS:
        po = site_packages() / app / "locale" / "en" / "LC_MESSAGES" / "djangojs.po"
        for entry in polib.pofile(str(po)):
            if not entry.obsolete:
                found.setdefault(key(entry), app)
    return found


def update() -> None:
    for domain, wanted in (("django", django_msgids()), ("djangojs", djangojs_msgids())):
        path = CATALOGUE_DIR / f"{domain}.po"
        catalogue = polib.pofile(str(path), wrapwidth=79)
        have = {key(entry) for entry in catalogue}
        added = 0
        for context, msgid, plural in sorted(wanted.keys() - have):
            entry = polib.POEntry(msgid=msgid, msgctxt=context or None, msgstr="")
            if "%" in msgid + plural:
                entry.flags.append("python-format")
            if plural:
                entry.msgid_plural = plural
                entry.msgstr_plural = {0: ""}
            catalogue.append(entry)
            added += 1
        catalogue.save()
        print(f"{path.name}: {added} new strings to translate")


if __name__ == "__main__":
    import sys

    import django

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "example_site"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "demo.settings.base")
    django.setup()
    if "--update" in sys.argv:
        update()
    else:
        django_keys, js_keys = django_msgids(), djangojs_msgids()
        print(f"django: {len(django_keys)} strings; djangojs: {len(js_keys)} strings")
