"""Series and their reported observations."""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from remonitor.core.periods import MonthSpan
from remonitor.core.series import Flow, Measure, NewObservation, Observation, SeriesKey

_KEY_COLUMNS = "flow, reporter, partner, product, measure, unit, source, definition"
INSERT_OBSERVATION = """INSERT INTO observation (series_id, first_month, last_month, value,
                        decimals, batch_id, note) VALUES (?, ?, ?, ?, ?, ?, ?)"""


@dataclass(frozen=True, slots=True)
class SeriesSummary:
    id: int
    key: SeriesKey
    observations: int
    first_month: int
    last_month: int
    latest_release: date


def _key_values(key: SeriesKey) -> tuple:
    return (key.flow.value, key.reporter, key.partner, key.product, key.measure.value,
            key.unit, key.source, key.definition)


def series_id(conn: sqlite3.Connection, key: SeriesKey) -> int:
    """The id of a series, created if it is new."""
    values = _key_values(key)
    row = conn.execute(
        f"SELECT id FROM series WHERE ({_KEY_COLUMNS}) = (?, ?, ?, ?, ?, ?, ?, ?)", values
    ).fetchone()
    if row:
        return int(row[0])
    cur = conn.execute(
        f"INSERT INTO series ({_KEY_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", values
    )
    return int(cur.lastrowid)


def insert_observations(
    conn: sqlite3.Connection, batch_id: int, rows: Iterable[NewObservation]
) -> tuple[int, frozenset[int]]:
    """Insert figures of one batch; returns (rows inserted, series touched). In a transaction."""
    ids: dict[SeriesKey, int] = {}
    params = []
    for row in rows:
        sid = ids.get(row.key)
        if sid is None:
            sid = ids[row.key] = series_id(conn, row.key)
        params.append((sid, row.span.first, row.span.last, row.value, row.decimals,
                       batch_id, row.note))
    conn.executemany(INSERT_OBSERVATION, params)
    return len(params), frozenset(ids.values())


def insert_columns(conn: sqlite3.Connection, batch_id: int, series_ids: Iterable[int],
                   first: Iterable[int], last: Iterable[int], values: Iterable[float],
                   decimals: Iterable[int], notes: Iterable[str]) -> None:
    """Insert figures given column by column (the fast path for big files)."""
    conn.executemany(INSERT_OBSERVATION, zip(series_ids, first, last, values, decimals,
                                             itertools.repeat(batch_id), notes))


def list_series(conn: sqlite3.Connection) -> list[SeriesSummary]:
    rows = conn.execute(
        f"""SELECT s.id, {', '.join('s.' + c.strip() for c in _KEY_COLUMNS.split(','))},
                   count(*), min(o.first_month), max(o.last_month), max(b.release_date)
            FROM series s
            JOIN observation o ON o.series_id = s.id
            JOIN import_batch b ON b.id = o.batch_id
            GROUP BY s.id ORDER BY s.source, s.product, s.partner, s.measure"""
    ).fetchall()
    return [
        SeriesSummary(
            r[0],
            SeriesKey(Flow(r[1]), r[2], r[3], r[4], Measure(r[5]), r[6], r[7], r[8]),
            r[9], r[10], r[11], date.fromisoformat(r[12]),
        )
        for r in rows
    ]


def observations_for(conn: sqlite3.Connection, series: int) -> list[Observation]:
    """Every vintage of every figure of a series, with its batch's release date and file."""
    rows = conn.execute(
        """SELECT o.first_month, o.last_month, o.value, o.decimals, b.release_date,
                  o.batch_id, b.file_name, o.note
           FROM observation o JOIN import_batch b ON b.id = o.batch_id
           WHERE o.series_id = ? ORDER BY o.first_month, o.last_month, b.release_date""",
        (series,),
    ).fetchall()
    return [
        Observation(MonthSpan(r[0], r[1]), r[2], r[3], date.fromisoformat(r[4]), r[5], r[6], r[7])
        for r in rows
    ]


@dataclass(frozen=True, slots=True)
class Revision:
    series: SeriesKey
    span: MonthSpan
    old_value: float
    new_value: float


def drop_unchanged(conn: sqlite3.Connection, batch_id: int) -> int:
    """Remove figures of a new batch that another batch already holds with the same value."""
    cur = conn.execute(
        """DELETE FROM observation WHERE batch_id = :b AND EXISTS (
               SELECT 1 FROM observation o
               WHERE o.series_id = observation.series_id
                 AND o.first_month = observation.first_month
                 AND o.last_month = observation.last_month
                 AND o.batch_id != :b AND o.value = observation.value)""",
        {"b": batch_id},
    )
    return cur.rowcount


def overlaps_other_batches(conn: sqlite3.Connection, batch_id: int) -> bool:
    """Whether any series of this batch already has figures from another batch."""
    return bool(conn.execute(
        """SELECT EXISTS (
               SELECT 1 FROM (SELECT DISTINCT series_id FROM observation WHERE batch_id = :b)
               AS mine JOIN observation o ON o.series_id = mine.series_id
               WHERE o.batch_id != :b)""", {"b": batch_id}).fetchone()[0])


def revisions_in(conn: sqlite3.Connection, batch_id: int, limit: int | None = None
                 ) -> tuple[int, list[Revision]]:
    """How many figures of a batch revise a figure held before, and (some of) which."""
    where = """FROM observation n
               JOIN observation o ON o.series_id = n.series_id
                AND o.first_month = n.first_month AND o.last_month = n.last_month
                AND o.batch_id != n.batch_id
               WHERE n.batch_id = ?"""
    count = conn.execute(
        f"SELECT count(*) FROM (SELECT DISTINCT n.series_id, n.first_month, n.last_month "
        f"{where})", (batch_id,)).fetchone()[0]
    rows = conn.execute(
        f"""SELECT s.flow, s.reporter, s.partner, s.product, s.measure, s.unit, s.source,
                   s.definition, n.first_month, n.last_month, max(o.value), n.value
            {where.replace('WHERE', 'JOIN series s ON s.id = n.series_id WHERE')}
            GROUP BY n.series_id, n.first_month, n.last_month
            ORDER BY n.series_id, n.first_month LIMIT ?""",
        (batch_id, -1 if limit is None else limit),
    ).fetchall()
    return count, [
        Revision(SeriesKey(Flow(r[0]), r[1], r[2], r[3], Measure(r[4]), r[5], r[6], r[7]),
                 MonthSpan(r[8], r[9]), r[10], r[11])
        for r in rows
    ]
