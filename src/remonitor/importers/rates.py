"""Monthly exchange rates the desk imports for the chart's currency conversion.

A table with a period column (``2025-05``, ``2025年5月``, ``May 2025``; or daily dates,
averaged per month) and a rate column: units of the currency per US dollar (``CNY per
USD``, ``USD/CNY``, ``人民币兑美元``, ``rate``). The currency comes from the rate's header,
a Currency column, or is CNY. Every bad cell is named by file, row and column, and nothing
is written unless the whole file is good.
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from remonitor.core.periods import month_index
from remonitor.importers.applications import parse_date
from remonitor.importers.numbers import Missing, parse_number
from remonitor.importers.periods import parse_period
from remonitor.importers.problems import ImportFailed, ImportProblem
from remonitor.importers.source import Source
from remonitor.importers.text import file_hash
from remonitor.store.batches import create_batch, find_by_hash, record_counts
from remonitor.store.connection import transaction
from remonitor.store.rates import insert_rates

PERIOD = ("month", "period", "date", "time", "月份", "日期", "时间")
RATE = ("rate", "exchange rate", "fx", "per usd", "usd/", "usd ", "汇率", "兑美元", "中间价")
_CURRENCY = re.compile(r"\b(CNY|RMB|EUR|JPY|GBP|KRW|INR|HKD)\b", re.IGNORECASE)
FORMAT = "exchange rates"


@dataclass(frozen=True, slots=True)
class RateFile:
    file: str
    currency: str
    per_usd: dict[int, float]
    daily: bool
    """Whether daily rates were averaged into months."""


def _find(header: list[str], words: tuple[str, ...]) -> int | None:
    for i, title in enumerate(header):
        low = title.strip().lower()
        if any(w in low for w in words):
            return i
    return None


def read_rates(path: Path, encoding: str | None = None) -> RateFile:
    source = Source(path, encoding)
    rows = source.first_table()
    at = next((i for i, (_, cells) in enumerate(rows[:30])
               if _find(cells, PERIOD) is not None and _find(cells, RATE) is not None), None)
    if at is None:
        source.fail("no header row with a month and a rate column (e.g. 'Month', 'CNY per "
                    "USD') in the first 30 rows")
    _, header = rows[at]
    period_col, rate_col = _find(header, PERIOD), _find(header, RATE)
    currency_col = _find(header, ("currency", "币种", "币制"))
    named = _CURRENCY.search(header[rate_col])
    currency = (named[1].upper() if named else "CNY").replace("RMB", "CNY")
    problems: list[ImportProblem] = []
    sums: dict[int, list[float]] = defaultdict(list)
    seen_months: dict[int, int] = {}
    daily = False
    for number, cells in rows[at + 1:]:
        cells = cells + [""] * (len(header) - len(cells))
        when, rate_text = cells[period_col].strip(), cells[rate_col].strip()
        if not when and not rate_text:
            continue
        if currency_col is not None and cells[currency_col].strip():
            other = cells[currency_col].strip().upper().replace("RMB", "CNY")
            if other != currency:
                problems.append(ImportProblem(path.name, number, header[currency_col],
                                              f"{other!r}: one currency per file ({currency})"))
                continue
        try:
            day = parse_date(when) if re.search(r"\d{1,2}[-/.年]\d{1,2}[-/.月]\d", when) \
                else None
            if day is not None:
                month, daily = month_index(day.year, day.month), True
            else:
                span = parse_period(when)
                if span.length != 1:
                    raise ValueError(f"{when!r} is not one month")
                month = span.first
        except ValueError as exc:
            problems.append(ImportProblem(path.name, number, header[period_col], str(exc)))
            continue
        try:
            parsed = parse_number(rate_text) if rate_text else Missing("empty")
        except ValueError:
            parsed = Missing("not a number")
        if isinstance(parsed, Missing) or parsed.value <= 0:
            problems.append(ImportProblem(path.name, number, header[rate_col],
                                          f"{rate_text!r} is not a rate above zero"))
            continue
        if day is None and month in seen_months:
            problems.append(ImportProblem(path.name, number, header[period_col],
                                          f"{when} appears twice (first on row "
                                          f"{seen_months[month]})"))
            continue
        seen_months.setdefault(month, number)
        sums[month].append(parsed.value)
    if problems:
        raise ImportFailed(problems)
    if not sums:
        source.fail("no rates below the header")
    return RateFile(path.name, currency, {m: sum(v) / len(v) for m, v in sums.items()},
                    daily)


def import_rates(conn: sqlite3.Connection, path: Path, release: date | None = None
                 ) -> tuple[RateFile, int | None]:
    """Read and store in one transaction; (the file, its batch id or None if already held)."""
    table = read_rates(path)
    digest = file_hash(path)
    if find_by_hash(conn, digest) is not None:
        return table, None
    with transaction(conn):
        batch = create_batch(conn, file_name=path.name, file_hash=digest, format=FORMAT,
                             release_date=release or date.today(),
                             note=f"{table.currency} per USD")
        n = insert_rates(conn, batch, table.currency, table.per_usd)
        record_counts(conn, batch, read=n, added=n)
    return table, batch
