"""Listing columns shared by the package's admin listings."""

from django.utils.translation import gettext
from wagtail.admin.ui.tables import Column


class YesNoColumn(Column):
    """A yes/no field in words of the admin's language: Wagtail would print the field's raw
    ``True``/``False`` (or, with its BooleanColumn, title the icon in English)."""

    def get_value(self, instance):
        value = super().get_value(instance)
        if value is None:
            return ""
        return gettext("Yes") if value else gettext("No")


def yes_no(model, name):
    """The column of the boolean field ``name`` of ``model``, labelled and sortable like it."""
    return YesNoColumn(name, label=model._meta.get_field(name).verbose_name, sort_key=name)
