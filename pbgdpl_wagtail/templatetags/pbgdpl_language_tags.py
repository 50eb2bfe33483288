"""Content written in another language than the page is marked with its own ``lang``."""

from django import template
from django.utils.html import format_html
from django.utils.translation import get_language

register = template.Library()


@register.simple_tag
def pbgdpl_lang_attr(code):
    """` lang="en"` when ``code`` differs from the page's language, else nothing.

    Screen readers then read a Tày or English material with the right voice, while a material
    in the page's own language needs no attribute.
    """
    current = (get_language() or "").lower()
    if not code or code.lower() == current:
        return ""
    return format_html(' lang="{}"', code)
