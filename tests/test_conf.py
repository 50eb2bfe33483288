from django.test import override_settings

from pbgdpl_wagtail.conf import DEFAULTS, pbgdpl_settings


def test_defaults_apply_to_missing_keys():
    with override_settings(PBGDPL={}):
        assert pbgdpl_settings.BASE_TEMPLATE == DEFAULTS["BASE_TEMPLATE"]
        assert pbgdpl_settings.UNIT_NAME == "Sở Tư pháp"
        assert pbgdpl_settings.LANGUAGES == ["vi"]


def test_site_values_override_defaults_and_reload():
    with override_settings(PBGDPL={"UNIT_NAME": "Sở Tư pháp tỉnh Thử Nghiệm"}):
        assert pbgdpl_settings.UNIT_NAME == "Sở Tư pháp tỉnh Thử Nghiệm"
        assert pbgdpl_settings.UNIT_EMAIL == ""
    # Leaving the override reloads the demo's own values.
    assert pbgdpl_settings.UNIT_NAME == "Sở Tư pháp tỉnh An Thịnh"


def test_unknown_key_is_reported_by_the_system_check():
    from pbgdpl_wagtail.checks import check_settings_keys

    with override_settings(PBGDPL={"UNIT_NAM": "typo"}):
        messages = check_settings_keys(None)
    assert [m.id for m in messages] == ["pbgdpl.W001"]
    assert "UNIT_NAM" in messages[0].msg


def test_language_not_offered_by_django_is_an_error():
    from pbgdpl_wagtail.checks import check_settings_keys

    with override_settings(PBGDPL={"LANGUAGES": ["vi", "nut"]}):
        messages = check_settings_keys(None)
    assert [m.id for m in messages] == ["pbgdpl.E003"]


def test_missing_base_template_is_an_error():
    from pbgdpl_wagtail.checks import check_base_template

    with override_settings(PBGDPL={"BASE_TEMPLATE": "no/such/base.html"}):
        messages = check_base_template(None)
    assert [m.id for m in messages] == ["pbgdpl.E002"]
    with override_settings(PBGDPL={}):
        assert check_base_template(None) == []


def test_missing_required_app_is_an_error(monkeypatch):
    from django.apps import apps

    from pbgdpl_wagtail.checks import check_required_apps

    assert check_required_apps(None) == []
    is_installed = apps.is_installed
    monkeypatch.setattr(
        apps,
        "is_installed",
        lambda name: name != "wagtail.contrib.typed_table_block" and is_installed(name),
    )
    messages = check_required_apps(None)
    assert [m.id for m in messages] == ["pbgdpl.E001"]
    assert "wagtail.contrib.typed_table_block" in messages[0].msg
