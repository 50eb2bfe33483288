"""Reporting periods: a year, or one of its halves (TT 03/2019/TT-BTP: 6 tháng / năm)."""

import datetime
from dataclasses import dataclass

from django.utils.translation import gettext as _


@dataclass(frozen=True)
class Period:
    year: int
    half: int | None = None  # 1: January–June, 2: July–December

    @property
    def start(self):
        return datetime.date(self.year, 7 if self.half == 2 else 1, 1)

    @property
    def end(self):
        return (
            datetime.date(self.year, 6, 30) if self.half == 1 else datetime.date(self.year, 12, 31)
        )

    @property
    def label(self):
        if self.half == 1:
            return _("first 6 months of %(year)d") % {"year": self.year}
        if self.half == 2:
            return _("last 6 months of %(year)d") % {"year": self.year}
        return _("year %(year)d") % {"year": self.year}

    @property
    def slug(self):
        return f"{self.year}-h{self.half}" if self.half else str(self.year)
