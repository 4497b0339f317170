"""Exchange rates the user imported: units of a currency per US dollar, by month. The
newest release of a month's rate wins, as with figures; undoing the batch removes them."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from decimal import Decimal

from remonitor.core.units import RateTable


def insert_rates(conn: sqlite3.Connection, batch_id: int, currency: str,
                 per_usd: Mapping[int, Decimal]) -> int:
    """A rate (a monthly average of daily rates, not a published figure) is kept to a
    double's 15 digits."""
    conn.executemany(
        "INSERT INTO exchange_rate (currency, month, per_usd, batch_id) VALUES (?, ?, ?, ?)",
        [(currency, month, float(rate), batch_id) for month, rate in sorted(per_usd.items())])
    return len(per_usd)


def rate_tables(conn: sqlite3.Connection) -> dict[str, RateTable]:
    """Every currency's table, each month at its newest release (later batch on a tie)."""
    rows = conn.execute(
        """SELECT r.currency, r.month, r.per_usd, b.file_name
           FROM exchange_rate r JOIN import_batch b ON b.id = r.batch_id
           ORDER BY r.currency, r.month, b.release_date, b.id""").fetchall()
    tables: dict[str, tuple[dict[int, Decimal], set[str]]] = {}
    for currency, month, rate, file_name in rows:
        months, files = tables.setdefault(currency, ({}, set()))
        months[month] = Decimal(repr(rate))  # ordered by release: the last one written wins
        files.add(file_name)
    return {c: RateTable(c, months, ", ".join(sorted(files)))
            for c, (months, files) in tables.items()}
