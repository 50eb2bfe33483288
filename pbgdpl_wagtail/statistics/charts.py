"""A horizontal bar chart drawn on the server as SVG: no JavaScript, readable by screen readers.

The SVG names itself with a <title> and a <desc> that states every value in words; the table
next to it carries the same figures for anyone the picture does not reach.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _

BAR_HEIGHT = 22
GAP = 8
LABEL_WIDTH = 220
BAR_WIDTH = 360
VALUE_WIDTH = 60


@dataclass
class Bar:
    label: str
    value: float
    y: int
    width: float
    text_y: int
    text_x: float


@dataclass
class BarChart:
    title: str
    description: str
    bars: list
    width: int
    height: int
    label_width: int = LABEL_WIDTH
    label_x: int = LABEL_WIDTH - 8


def bar_chart(title, values):
    """``values``: (label, number) pairs. Returns what the chart template draws."""
    numbers = [float(value or 0) for _label, value in values]
    highest = max(numbers, default=0) or 1
    bars = []
    for index, ((label, _value), number) in enumerate(zip(values, numbers, strict=True)):
        y = GAP + index * (BAR_HEIGHT + GAP)
        bars.append(
            Bar(
                label=str(label),
                value=_format(number),
                y=y,
                width=round(BAR_WIDTH * number / highest, 1),
                text_y=y + BAR_HEIGHT // 2 + 5,
                text_x=round(LABEL_WIDTH + 6 + BAR_WIDTH * number / highest, 1),
            )
        )
    description = "; ".join(f"{bar.label}: {bar.value}" for bar in bars) or _("No data.")
    return BarChart(
        title=title,
        description=description,
        bars=bars,
        width=LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH,
        height=GAP + len(bars) * (BAR_HEIGHT + GAP),
    )


def _format(number):
    return int(number) if float(number).is_integer() else round(number, 1)
