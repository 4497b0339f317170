"""Period strings as publishers write them → spans of months.

``2025年1-5月``, ``2025年5月``, ``1至2月`` (with the year given elsewhere), ``Jan-May 2025``,
``May 2025``, ``202505``, ``2025-05``, ``2025M05``, ``2025Q4``, ``2025``. Full-width
characters are normalised first (NFKC). dateutil and ``pd.Period`` misread these forms.
"""

from __future__ import annotations

import calendar
import re
import unicodedata

from remonitor.core.periods import MonthSpan, parse_span

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
_MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS["sept"] = 9
_DASH = r"\s*(?:-|–|—|~|至|到)\s*"
_MON = r"([A-Za-z]{3,9})\.?"

_DATE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]00:00(?::00(?:\.0+)?)?)?$")
"""A month written as a date, as pandas and spreadsheets write monthly tables: its first
day (2017-05-01), its last (2017-05-31), or 2017/5/1; a spreadsheet's midnight allowed."""

_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^(\d{4})年$"), "year"),
    (re.compile(r"^(\d{4})年?(\d{1,2})月(?:份)?$"), "year_month"),
    (re.compile(rf"^(\d{{4}})年(\d{{1,2}}){_DASH}(\d{{1,2}})月(?:份)?$"), "year_months"),
    (re.compile(rf"^(\d{{1,2}}){_DASH}(\d{{1,2}})月(?:份)?$"), "months"),
    (re.compile(r"^(\d{1,2})月(?:份)?$"), "month"),
    (re.compile(r"^(\d{4})(\d{2})$"), "year_month"),
    (re.compile(r"^(\d{4})[-/.](\d{1,2})$"), "year_month"),
    (re.compile(r"^(\d{4})\s*M(\d{1,2})$", re.IGNORECASE), "year_month"),
    (re.compile(r"^(\d{4})\s*-?\s*Q([1-4])$", re.IGNORECASE), "quarter"),
    (re.compile(rf"^{_MON}{_DASH}{_MON}\s*,?\s*(\d{{4}})$"), "names_year"),
    (re.compile(rf"^{_MON}\s*,?\s*(\d{{4}})$"), "name_year"),
    (re.compile(rf"^{_MON}{_DASH}{_MON}$"), "names"),
    (re.compile(rf"^{_MON}$"), "name"),
    (re.compile(rf"^(\d{{4}})\s*{_MON}$"), "year_name"),
]


def _month_name(text: str) -> int:
    month = _MONTHS.get(text.lower())
    if month is None:
        raise ValueError(f"{text!r} is not a month name")
    return month


def parse_period(text: str, year: int | None = None) -> MonthSpan:
    """Parse a publisher's period; ``year`` fills in forms such as ``1至2月``.

    Raises ValueError with the text when the form is not recognised or impossible.
    """
    original = text
    text = unicodedata.normalize("NFKC", str(text)).strip()
    text = re.sub(r"\s+", " ", text)
    try:
        return parse_span(text)
    except ValueError:
        pass
    day = _DATE.match(text)
    if day:
        y, m, d = (int(g) for g in day.groups())
        if not 1 <= m <= 12 or not 1 <= d <= calendar.monthrange(y, m)[1]:
            raise ValueError(f"{original!r} is not a date")
        if d not in (1, calendar.monthrange(y, m)[1]):
            raise ValueError(f"{original!r} is a day, not a month: a monthly table writes the "
                             "month's first or last day (2017-05-01 or 2017-05-31)")
        return MonthSpan.month(y, m)
    for pattern, kind in _PATTERNS:
        m = pattern.match(text)
        if not m:
            continue
        g = m.groups()
        try:
            if kind == "year":
                return MonthSpan.year(int(g[0]))
            if kind == "year_month":
                return MonthSpan.month(int(g[0]), int(g[1]))
            if kind == "year_months":
                return MonthSpan.months(int(g[0]), int(g[1]), int(g[2]))
            if kind in ("months", "month"):
                if year is None:
                    raise ValueError(f"{original!r} gives no year")
                first = int(g[0])
                last = int(g[1]) if kind == "months" else first
                return MonthSpan.months(year, first, last)
            if kind == "quarter":
                q = int(g[1])
                return MonthSpan.months(int(g[0]), 3 * q - 2, 3 * q)
            if kind in ("names", "name"):
                if year is None:
                    raise ValueError(f"{original!r} gives no year")
                first = _month_name(g[0])
                return MonthSpan.months(year, first, _month_name(g[-1]))
            if kind == "names_year":
                return MonthSpan.months(int(g[2]), _month_name(g[0]), _month_name(g[1]))
            if kind == "name_year":
                return MonthSpan.month(int(g[1]), _month_name(g[0]))
            if kind == "year_name":
                return MonthSpan.month(int(g[0]), _month_name(g[1]))
        except ValueError as exc:
            raise ValueError(f"{original!r}: {exc}") from None
    raise ValueError(f"{original!r} is not a period remonitor can read "
                     "(e.g. 2025-05, 202505, 2025年1-5月, Jan-May 2025, 2025)")


