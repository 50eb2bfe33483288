from decimal import Decimal

from django.template import Context, Template
from django.utils import translation


def render(value, language):
    with translation.override(language):
        return Template("{% load pbgdpl_format %}{{ value|pbgdpl_number }}").render(
            Context({"value": value})
        )


def test_numbers_are_grouped_the_vietnamese_way():
    assert render(1234567, "vi") == "1.234.567"
    assert render(Decimal("1234.5"), "vi") == "1.234,5"
    assert render(1234567, "en") == "1,234,567"
    assert render(None, "vi") == ""
