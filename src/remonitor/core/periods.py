"""Months and spans of months, the time unit every figure is published in.

A month is stored as one integer, ``year * 12 + (month - 1)``, so spans compare and
subtract as integers and sort the same in SQL as in Python.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime

_ABBR = tuple(calendar.month_abbr)  # calendar's strftime per call is slow in tooltips
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_YEAR = re.compile(r"^(\d{4})$")


def month_index(year: int, month: int) -> int:
    """Integer index of a calendar month (January of year 0 is 0)."""
    if not 1 <= month <= 12:
        raise ValueError(f"month {month} is not between 1 and 12")
    return year * 12 + (month - 1)


def year_of(index: int) -> int:
    return index // 12


def month_of(index: int) -> int:
    """Calendar month (1–12) of a month index."""
    return index % 12 + 1


def month_label(index: int) -> str:
    """``2025-03`` for the month index of March 2025."""
    return f"{year_of(index):04d}-{month_of(index):02d}"


def month_start(index: int) -> date:
    return date(year_of(index), month_of(index), 1)


def utc_timestamp(day: date) -> float:
    """Seconds since the epoch at midnight UTC of ``day`` (chart axes are UTC)."""
    return datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp()


@dataclass(frozen=True, order=True, slots=True)
class MonthSpan:
    """An inclusive span of months: one month, Jan–Feb, January to M (YTD), a year."""

    first: int
    last: int

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValueError(
                f"span ends ({month_label(self.last)}) before it starts "
                f"({month_label(self.first)})"
            )

    @classmethod
    def month(cls, year: int, month: int) -> MonthSpan:
        i = month_index(year, month)
        return cls(i, i)

    @classmethod
    def months(cls, year: int, first_month: int, last_month: int) -> MonthSpan:
        return cls(month_index(year, first_month), month_index(year, last_month))

    @classmethod
    def year(cls, year: int) -> MonthSpan:
        return cls(month_index(year, 1), month_index(year, 12))

    @property
    def length(self) -> int:
        return self.last - self.first + 1

    @property
    def is_single_month(self) -> bool:
        return self.first == self.last

    @property
    def within_one_year(self) -> bool:
        return year_of(self.first) == year_of(self.last)

    @property
    def is_year_to_date(self) -> bool:
        """Starts in January and ends within the same year (a whole year counts too)."""
        return month_of(self.first) == 1 and self.within_one_year

    @property
    def is_whole_year(self) -> bool:
        return self.is_year_to_date and month_of(self.last) == 12

    def shifted_years(self, years: int) -> MonthSpan:
        return MonthSpan(self.first + 12 * years, self.last + 12 * years)

    def label(self) -> str:
        """Canonical text: ``2025``, ``2025-03`` or ``2025-01..2025-07``."""
        if self.is_whole_year:
            return f"{year_of(self.first):04d}"
        if self.is_single_month:
            return month_label(self.first)
        return f"{month_label(self.first)}..{month_label(self.last)}"

    def describe(self) -> str:
        """Human wording used in tooltips: ``Jan–Jul 2025``, ``Mar 2025``, ``2025``."""
        y = year_of(self.first)
        if self.is_whole_year:
            return str(y)
        first = _ABBR[month_of(self.first)]
        if self.is_single_month:
            return f"{first} {y}"
        last = _ABBR[month_of(self.last)]
        if self.within_one_year:
            return f"{first}–{last} {y}"
        return f"{first} {y}–{last} {year_of(self.last)}"

    def __str__(self) -> str:
        return self.label()


def _parse_month(text: str) -> int:
    m = _ISO_MONTH.match(text)
    if not m:
        raise ValueError(f"{text!r} is not a month written YYYY-MM")
    return month_index(int(m.group(1)), int(m.group(2)))


def parse_span(text: str) -> MonthSpan:
    """Parse the canonical span forms written by :meth:`MonthSpan.label`.

    ``2025`` (a whole year), ``2025-03`` (one month), ``2025-01..2025-07`` (a span).
    The many forms publishers use (``2025年1-5月``, ``Jan-May 2025``) are the importers'.
    """
    text = text.strip()
    if _YEAR.match(text):
        return MonthSpan.year(int(text))
    if ".." in text:
        first, _, last = text.partition("..")
        return MonthSpan(_parse_month(first.strip()), _parse_month(last.strip()))
    i = _parse_month(text)
    return MonthSpan(i, i)
