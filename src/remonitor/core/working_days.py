"""China's working days: weekdays, minus official holidays, plus make-up working weekends.

The calendar is data (years covered, holidays, make-up days), shipped for 2024–2026 and
extendable by the user. Beyond the years it covers, the statutory holidays a maintained
library knows (``holidays``: the 2027 festivals, not yet the make-up weekends, which only
the State Council's notice fixes) stand in, and results say they are estimated.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property


@dataclass(frozen=True)
class WorkingCalendar:
    holidays: frozenset[date] = field(default_factory=frozenset)
    workdays: frozenset[date] = field(default_factory=frozenset)
    """Make-up working days (weekends that are worked)."""
    years: frozenset[int] = field(default_factory=frozenset)
    """Years the official notices cover; a day outside them is an estimate."""
    estimated: frozenset[date] = field(default_factory=frozenset)
    """Statutory holidays of years not covered (an estimate: the make-up weekends of those
    years are not known until the State Council's notice)."""

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[date, str]]) -> WorkingCalendar:
        holidays, workdays = set(), set()
        for day, kind in rows:
            if kind == "holiday":
                holidays.add(day)
            elif kind == "workday":
                workdays.add(day)
            else:
                raise ValueError(f"{day}: kind must be holiday or workday, not {kind!r}")
        both = holidays & workdays
        if both:
            raise ValueError(f"{min(both)} is both a holiday and a working day")
        years = {d.year for d in holidays | workdays}
        return cls(frozenset(holidays), frozenset(workdays), frozenset(years))

    def covers(self, day: date) -> bool:
        return day.year in self.years

    def with_estimates(self, days: Iterable[date]) -> WorkingCalendar:
        """This calendar with statutory holidays for the years it does not cover."""
        extra = frozenset(d for d in days if d.year not in self.years)
        return WorkingCalendar(self.holidays, self.workdays, self.years, extra)

    def is_working_day(self, day: date) -> bool:
        if day in self.workdays:
            return True
        if day in self.holidays or day in self.estimated:
            return False
        return day.weekday() < 5

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after ``start`` up to and including ``end`` (negative if before)."""
        return self._working_days_to(end) - self._working_days_to(start)

    @cached_property
    def _exceptions(self) -> tuple[list[int], list[int]]:
        """Ordinals of holidays on weekdays and of make-up days on weekends, sorted: the
        only days where the plain weekday rule is wrong."""
        return (sorted(d.toordinal() for d in self.holidays | self.estimated
                       if d.weekday() < 5 and d not in self.workdays),
                sorted(d.toordinal() for d in self.workdays if d.weekday() >= 5))

    def _working_days_to(self, day: date) -> int:
        """Working days from 0001-01-01 (a Monday) up to and including ``day``: O(log n),
        so the tracker can count clocks for many applications at once."""
        n = day.toordinal()
        weeks, rest = divmod(n, 7)
        off, on = self._exceptions
        return weeks * 5 + min(rest, 5) - bisect_right(off, n) + bisect_right(on, n)
