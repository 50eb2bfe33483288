"""The Vietnamese catalogue is complete, compiled and up to date with the source."""

import shutil
from pathlib import Path

import polib
import pytest
from django.core.management import call_command

import pbgdpl_wagtail

PACKAGE_DIR = Path(pbgdpl_wagtail.__file__).parent
PO_PATH = PACKAGE_DIR / "locale" / "vi" / "LC_MESSAGES" / "django.po"
MO_PATH = PO_PATH.with_suffix(".mo")


def test_catalogue_has_no_empty_or_fuzzy_entries():
    catalogue = polib.pofile(str(PO_PATH))
    assert not catalogue.metadata_is_fuzzy
    assert [e.msgid for e in catalogue.untranslated_entries()] == []
    assert [e.msgid for e in catalogue.fuzzy_entries()] == []
    assert catalogue.percent_translated() == 100


def test_compiled_catalogue_matches_the_source():
    source = {e.msgid: e.msgstr for e in polib.pofile(str(PO_PATH)) if not e.obsolete}
    compiled = {e.msgid: e.msgstr for e in polib.mofile(str(MO_PATH)) if e.msgid}
    assert compiled == source, "run `make messages` to recompile django.mo"


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="GNU gettext is not installed")
def test_catalogue_is_not_stale(tmp_path, monkeypatch):
    """Every translatable string of the source is in the catalogue, and nothing else."""
    copy = tmp_path / "pbgdpl_wagtail"
    shutil.copytree(PACKAGE_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.chdir(copy)
    call_command(
        "makemessages",
        locale=["vi"],
        no_obsolete=True,
        # admin_vi/ is Wagtail's catalogue (tests/test_admin_vi.py), not the package's strings.
        ignore_patterns=["migrations/*", "admin_vi/*"],
        verbosity=0,
    )
    fresh = {e.msgid for e in polib.pofile(str(copy / "locale/vi/LC_MESSAGES/django.po"))}
    shipped = {e.msgid for e in polib.pofile(str(PO_PATH)) if not e.obsolete}
    assert fresh - shipped == set(), "strings missing from the catalogue: run `make messages`"
    assert shipped - fresh == set(), "catalogue has strings the source no longer uses"
