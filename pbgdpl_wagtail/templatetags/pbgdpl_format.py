"""Numbers and dates written the way the reader's language writes them (Vietnamese: 1.234.567,5;
ngày 18 tháng 12 năm 2019)."""

import datetime

from django import template
from django.utils import formats, numberformat, timezone
from django.utils.translation import get_language

register = template.Library()


@register.filter
def pbgdpl_number(value, decimal_places=None):
    """1234567.5 → "1.234.567,5" in Vietnamese, "1,234,567.5" in English."""
    if value in (None, ""):
        return ""
    return numberformat.format(
        value,
        formats.get_format("DECIMAL_SEPARATOR"),
        decimal_pos=int(decimal_places) if decimal_places not in (None, "") else None,
        grouping=3,
        thousand_sep=formats.get_format("THOUSAND_SEPARATOR"),
        force_grouping=True,
    )


@register.filter
def pbgdpl_duration(value):
    """A timedelta as a clock reads it: 0:45, 12:05, 1:02:03."""
    if value is None or value == "":
        return ""
    total = int(round(value.total_seconds()))
    hours, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{seconds:02d}"
    return f"{minutes}:{seconds:02d}"


@register.filter
def pbgdpl_date(value):
    """A date as running text writes it: "ngày 18 tháng 12 năm 2019" in Vietnamese.

    Django's Vietnamese DATE_FORMAT gives "Ngày 08 tháng 12 năm 2019": capitalised for the start
    of a sentence and with a zero-padded day. Other languages keep Django's DATE_FORMAT.
    """
    if value in (None, ""):
        return ""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    if (get_language() or "").lower() == "vi":
        return f"ngày {value.day} tháng {value.month} năm {value.year}"
    return formats.date_format(value, "DATE_FORMAT")
