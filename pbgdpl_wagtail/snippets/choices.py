"""Choice lists shared by several records (domain.md: the common ``level`` choice)."""

import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _

# The district level was abolished by the two-tier local government reform from 01/07/2025;
# district records are kept only for history up to the day before.
LAST_DAY_OF_DISTRICT_LEVEL = datetime.date(2025, 6, 30)


class Level(models.TextChoices):
    CENTRAL = "trung_uong", _("Central")
    PROVINCE = "tinh", _("Province")
    DISTRICT = "huyen", _("District (before 01/07/2025)")
    COMMUNE = "xa", _("Commune")


class AdministrativeLevel(models.TextChoices):
    PROVINCE = "tinh", _("Province")
    DISTRICT = "huyen", _("District (before 01/07/2025)")
    COMMUNE = "xa", _("Commune")


class DocumentKind(models.TextChoices):
    LEGAL_NORMATIVE = "legal_normative", _("Legal normative document")
    ADMINISTRATIVE = "administrative", _("Administrative document")


def content_language_choices():
    """The languages content can be written in: the site's ``LANGUAGES``.

    A callable, so that migrations name it instead of freezing one site's languages.
    """
    from django.conf import settings

    return [(code, name) for code, name in settings.LANGUAGES]
