"""The working-day calendar: the bundled 2024–2026 file, extended by the user's own, and
estimated beyond them.

A ``calendar.csv`` in the data folder (same columns: date, kind = holiday|workday, name)
adds years or corrects days; its rows win over the bundled ones. For the years after the
last one covered, China's statutory holidays come from the ``holidays`` library (an
estimate, marked so: the make-up weekends are only known from the State Council's notice).
"""

from __future__ import annotations

import csv
from datetime import date
from functools import lru_cache
from pathlib import Path

from remonitor.core.working_days import WorkingCalendar
from remonitor.importers.problems import ImportFailed, ImportProblem
from remonitor.resources import resource

USER_FILE = "calendar.csv"


def _rows(path: Path) -> dict[date, str]:
    days: dict[date, str] = {}
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for number, row in enumerate(csv.DictReader(fh), start=2):
            try:
                day = date.fromisoformat((row.get("date") or "").strip())
            except ValueError:
                raise ImportFailed([ImportProblem(path.name, number, "date",
                                                  f"{row.get('date')!r} is not YYYY-MM-DD")]
                                   ) from None
            kind = (row.get("kind") or "").strip().lower()
            if kind not in ("holiday", "workday"):
                raise ImportFailed([ImportProblem(path.name, number, "kind",
                                                  f"{kind!r} must be holiday or workday")])
            days[day] = kind
    return days


@lru_cache(maxsize=4)
def _load(bundled: Path, user: Path | None, user_mtime: float) -> WorkingCalendar:
    days = _rows(bundled)
    if user is not None:
        days |= _rows(user)
    calendar = WorkingCalendar.from_rows(days.items())
    last = max(calendar.years, default=date.today().year - 1)
    return calendar.with_estimates(statutory_holidays(
        range(last + 1, max(last, date.today().year) + ESTIMATED_YEARS + 1)))


ESTIMATED_YEARS = 3
"""How many years past the last one covered (or this year) are estimated."""


def statutory_holidays(years) -> list[date]:
    """China's public holidays in ``years`` as the ``holidays`` library knows them (the
    festival days and their observed days; the library's "day off (substituted …)" days
    are only listed where the notice is out, and those years are covered anyway)."""
    import holidays

    return sorted(holidays.country_holidays("CN", years=list(years)))


def working_calendar(data_dir: Path | None = None) -> WorkingCalendar:
    bundled = resource("calendar", "cn_working_calendar.csv")
    user = data_dir / USER_FILE if data_dir and (data_dir / USER_FILE).is_file() else None
    return _load(bundled, user, user.stat().st_mtime if user else 0.0)
