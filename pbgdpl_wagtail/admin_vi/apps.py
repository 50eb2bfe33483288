from django.apps import AppConfig


class AdminViConfig(AppConfig):
    name = "pbgdpl_wagtail.admin_vi"
    label = "pbgdpl_admin_vi"
    # Not through gettext: this app has no strings of its own (see __init__).
    verbose_name = "PBGDPL: Wagtail admin in Vietnamese"

    def ready(self):
        from .js_catalog import use_for_wagtail_admin
        from .labels import label_unlabelled_fields

        use_for_wagtail_admin()
        label_unlabelled_fields()
