"""When the next GAC release is expected, from the latest month held.

Preliminary headline figures appear around the 7th–14th of the month after the one they
cover, the detail by HS code and partner around the 20th. January is never released alone:
after December comes Jan–Feb, in March. A release two days past its window without a new
file is late — said quietly, never as an error.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from remonitor.core.periods import month_of, month_start, year_of
from remonitor.core.text import translate

HEADLINE_DAYS = (7, 14)
DETAIL_DAYS = (18, 22)
GRACE = timedelta(days=2)


@dataclass(frozen=True, slots=True)
class ExpectedRelease:
    covers: str
    """The period the next release covers, e.g. 'Mar 2026' or 'Jan–Feb 2027'."""
    first: date
    last: date

    def state(self, today: date) -> str:
        """'expected' before the window, 'due' within it (and two days after), 'late'."""
        if today < self.first:
            return "expected"
        return "due" if today <= self.last + GRACE else "late"

    def describe(self, today: date) -> str:
        window = translate("Freshness", "{first:%d}–{last:%d %b}").format(
            first=self.first, last=self.last)
        state = self.state(today)
        if state == "late":
            return translate("Freshness", "{period} was due {window}: no new file yet").format(
                period=self.covers, window=window)
        text = translate("Freshness", "{period} due {window}") if state == "due" else \
            translate("Freshness", "{period} expected {window}")
        return text.format(period=self.covers, window=window)


def next_gac_release(last_month: int, detail: bool = False) -> ExpectedRelease:
    """The release after the one covering ``last_month`` (a month index)."""
    nxt = last_month + 1
    covers = translate("Freshness", "{month:%b %Y}").format(month=month_start(nxt))
    if month_of(nxt) == 1:  # January comes out with February
        nxt += 1
        covers = translate("Freshness", "Jan–Feb {year}").format(year=year_of(nxt))
    out = nxt + 1
    days = DETAIL_DAYS if detail else HEADLINE_DAYS
    year, month = year_of(out), month_of(out)
    return ExpectedRelease(covers, date(year, month, days[0]), date(year, month, days[1]))
