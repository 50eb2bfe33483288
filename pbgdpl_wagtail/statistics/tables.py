"""A computed statistics table: what the page renders, charts and exports."""

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass
class StatTable:
    key: str
    title: str
    columns: list  # headings; the first names the rows
    rows: list = field(default_factory=list)  # [label, value, value…]
    chart_column: int = 1  # which value column the bar chart draws
    note: str = ""

    @property
    def chart_values(self):
        return [(row[0], row[self.chart_column] or 0) for row in self.rows]

    def total_row(self, label):
        """A row summing every numeric column (rates are left empty)."""
        sums = []
        for index in range(1, len(self.columns)):
            values = [row[index] for row in self.rows]
            if all(isinstance(v, int) for v in values):
                sums.append(sum(values))
            else:
                sums.append("")
        return [label, *sums]


def rate(part, whole):
    """A percentage with one decimal, or None when there is nothing to divide."""
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"))
