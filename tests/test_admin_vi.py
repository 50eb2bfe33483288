"""pbgdpl_wagtail.admin_vi: a complete, correct Vietnamese catalogue for the Wagtail admin."""

import collections
import json
import re
import shutil
import subprocess

import polib
import pytest
from django.apps import apps
from django.utils import translation

from pbgdpl_wagtail import checks
from tests.admin_vi_msgids import CATALOGUE_DIR, django_msgids, djangojs_msgids, key

DOMAINS = ["django", "djangojs"]

# %(name)s, %(count)d, %s and str.format's {name} / {} / {0}.
PLACEHOLDER = re.compile(r"%\([^)]+\)[-#0 +]*\d*(?:\.\d+)?[sdifr]|%[sdif]|\{\w*\}")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def catalogue(domain):
    return polib.pofile(str(CATALOGUE_DIR / f"{domain}.po"))


def translated(entry):
    return entry.msgstr_plural[0] if entry.msgid_plural else entry.msgstr


@pytest.mark.parametrize("domain", DOMAINS)
def test_catalogue_has_no_empty_fuzzy_or_obsolete_entries(domain):
    po = catalogue(domain)
    assert po.metadata["Plural-Forms"] == "nplurals=1; plural=0;"
    assert not po.metadata_is_fuzzy
    assert [e.msgid for e in po.untranslated_entries()] == []
    assert [e.msgid for e in po.fuzzy_entries()] == []
    assert [e.msgid for e in po.obsolete_entries()] == []
    # nplurals=1: one form, never more.
    assert [e.msgid for e in po if e.msgid_plural and list(e.msgstr_plural) != [0]] == []


@pytest.mark.parametrize("domain", DOMAINS)
def test_every_placeholder_and_tag_is_kept(domain):
    wrong = []
    for entry in catalogue(domain):
        text = translated(entry)
        if entry.msgid_plural:
            # The one Vietnamese form stands for both English forms: it may use a placeholder
            # of either, and must keep those they share.
            either = set(PLACEHOLDER.findall(entry.msgid + entry.msgid_plural))
            shared = set(PLACEHOLDER.findall(entry.msgid)) & set(
                PLACEHOLDER.findall(entry.msgid_plural)
            )
            used = set(PLACEHOLDER.findall(text))
            if not (shared <= used <= either):
                wrong.append((entry.msgid, text))
            source = entry.msgid_plural
        else:
            if collections.Counter(PLACEHOLDER.findall(entry.msgid)) != collections.Counter(
                PLACEHOLDER.findall(text)
            ):
                wrong.append((entry.msgid, text))
            source = entry.msgid
        if sorted(TAG.findall(source)) != sorted(TAG.findall(text)):
            wrong.append((entry.msgid, text))
        # A leading or trailing space joins the text to what Wagtail writes next to it.
        if (source[:1].isspace(), source[-1:].isspace()) != (
            text[:1].isspace(),
            text[-1:].isspace(),
        ):
            wrong.append((entry.msgid, text))
    assert wrong == []


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext is not installed")
@pytest.mark.parametrize("domain", DOMAINS)
def test_catalogue_compiles_and_the_shipped_mo_is_current(domain, tmp_path):
    po_path = CATALOGUE_DIR / f"{domain}.po"
    completed = subprocess.run(
        ["msgfmt", "--check", "-o", str(tmp_path / "out.mo"), str(po_path)],
        capture_output=True,
        text=True,
    )
    assert completed.returncode == 0, completed.stderr
    source = {key(e): translated(e) for e in catalogue(domain)}
    shipped = {
        key(e): translated(e) for e in polib.mofile(str(po_path.with_suffix(".mo"))) if e.msgid
    }
    assert shipped == source, "run `make admin-vi-messages` to recompile the catalogue"


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="GNU gettext is not installed")
def test_django_catalogue_covers_every_admin_string_of_the_installed_wagtail():
    wanted = django_msgids()
    shipped = {key(e) for e in catalogue("django")}
    missing = sorted(
        f"{app}: {msgid}"
        for (_c, msgid, _p), app in wanted.items()
        if ((_c, msgid, _p) not in shipped)
    )
    assert missing == [], "run `make admin-vi-messages` and translate the new strings"
    assert len(wanted) > 1500


def test_djangojs_catalogue_covers_every_admin_javascript_string():
    wanted = djangojs_msgids()
    shipped = {key(e) for e in catalogue("djangojs")}
    assert sorted(msgid for (_c, msgid, _p) in wanted.keys() - shipped) == []
    assert len(wanted) > 100


def test_admin_vi_wins_over_wagtails_own_catalogue():
    with translation.override("vi"):
        # Wagtail's vi catalogue says "Tùy chỉnh" and "Biên tập"; its documents are "văn bản",
        # which in this package means a legal document.
        assert translation.gettext("Settings") == "Cài đặt"
        assert translation.gettext("Edit") == "Sửa"
        assert translation.gettext("Add a document") == "Thêm tài liệu"
        # Untranslated by Wagtail.
        assert translation.gettext("Save draft") == "Lưu bản nháp"
        assert translation.gettext("Bulk actions") == "Thao tác hàng loạt"
        moved = translation.ngettext("Moved down 1 place.", "Moved down %(counter)s places.", 3)
        assert moved == "Đã chuyển xuống %(counter)s vị trí."


def js_string(text):
    """``text`` as Django's JavaScriptCatalog writes it (JSON, non-ASCII escaped)."""
    return json.dumps(text)


def test_admin_javascript_catalogue_is_vietnamese_without_login(client, db):
    response = client.get("/admin/jsi18n/", HTTP_ACCEPT_LANGUAGE="vi")
    assert response.status_code == 200
    assert js_string("Ghim thanh công cụ") in response.content.decode()


def test_wagtail_localize_javascript_catalogue_is_vietnamese(admin_client):
    response = admin_client.get("/admin/localize/jsi18n/", HTTP_ACCEPT_LANGUAGE="vi")
    assert response.status_code == 200
    body = response.content.decode()
    assert js_string("Tải xuống tệp PO") in body
    assert js_string("Chưa dịch") in body


def _reordered(names_first):
    configs = list(apps.get_app_configs())
    first = [c for c in configs if c.name in names_first]
    return first + [c for c in configs if c not in first]


def test_admin_vi_after_wagtail_is_an_error(monkeypatch):
    assert checks.check_admin_vi_order(None) == []
    reordered = _reordered({"wagtail.admin"})
    monkeypatch.setattr(apps, "get_app_configs", lambda: reordered)
    messages = checks.check_admin_vi_order(None)
    assert [m.id for m in messages] == ["pbgdpl.E004"]
    assert "wagtail.admin" in messages[0].msg


def test_missing_admin_vi_is_an_error(monkeypatch):
    is_installed = apps.is_installed
    monkeypatch.setattr(
        apps, "is_installed", lambda name: name != checks.ADMIN_VI_APP and is_installed(name)
    )
    messages = checks.check_required_apps(None)
    assert [m.id for m in messages] == ["pbgdpl.E001"]
    assert checks.ADMIN_VI_APP in messages[0].msg


def test_fields_wagtail_leaves_unlabelled_get_a_vietnamese_label(db):
    from wagtail.admin.forms.auth import LoginForm
    from wagtail.admin.forms.choosers import LocaleFilterMixin, SearchFilterMixin

    class ChooserFilters(LocaleFilterMixin, SearchFilterMixin):
        pass

    with translation.override("vi"):
        assert str(LoginForm().fields["password"].label) == "Mật khẩu"
        assert str(ChooserFilters().fields["locale"].label) == "Ngôn ngữ"
