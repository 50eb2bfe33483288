"""Numbers written the way the reader's language writes them, thousands always grouped."""

from django import template
from django.utils import formats, numberformat

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
