"""Two labels of the Wagtail admin that no catalogue can translate, given one.

Wagtail declares these form fields without a label, so Django shows the field's name ("Password"
on the sign-in screen, "Locale" in every chooser's filters), which never passes through gettext.
Both get the label Wagtail's catalogue already has for them.
"""

from django.utils.translation import gettext_lazy as _


def label_unlabelled_fields():
    from wagtail.admin.forms.auth import LoginForm
    from wagtail.admin.forms.choosers import LocaleFilterMixin

    password = LoginForm.base_fields["password"]
    if password.label is None:
        password.label = _("Password")

    if getattr(LocaleFilterMixin.__init__, "labels_locale", False):
        return
    init = LocaleFilterMixin.__init__

    def __init__(self, *args, **kwargs):
        init(self, *args, **kwargs)
        locale = self.fields.get("locale")
        if locale is not None and locale.label is None:
            locale.label = _("Locale")

    __init__.labels_locale = True
    LocaleFilterMixin.__init__ = __init__
