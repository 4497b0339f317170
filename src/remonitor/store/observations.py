"""Series and their reported figures, stored exactly: each figure as an integer mantissa
(value × 10^decimals), the label its file gave it, and the release it belongs to."""

from __future__ import annotations

import itertools
import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from remonitor.core.figures import from_mantissa, mantissa
from remonitor.core.periods import MonthSpan
from remonitor.core.series import Flow, Label, Measure, NewObservation, Observation, SeriesKey
from remonitor.core.turns import taking_turns
from remonitor.store.dialect import dialect_of

_KEY_COLUMNS = "flow, reporter, partner, product, measure, unit, source"
OBSERVATION_COLUMNS = ("series_id", "first_month", "last_month", "mantissa", "decimals",
                       "label_id", "released", "release_approximate", "batch_id", "note")
INSERT_OBSERVATION = (f"INSERT INTO observation ({', '.join(OBSERVATION_COLUMNS)}) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
RELEASE = "coalesce(o.released, b.release_date)"
"""A figure's release: its own when its file says per figure, else its batch's."""
VINTAGE_DAY = ("CASE WHEN o.release_approximate = 1 THEN substr(o.released, 1, 8) || '01' "
               f"ELSE {RELEASE} END")
"""The day a figure ranks by: its release, or for a release known only as "on or before"
the start of that month (core.series.Observation.vintage)."""


@dataclass(frozen=True, slots=True)
class SeriesSummary:
    id: int
    key: SeriesKey
    observations: int
    first_month: int
    last_month: int
    latest_release: date
    label: Label
    """How the newest figure's file named it."""


def _key_values(key: SeriesKey) -> tuple:
    return (key.flow.value, key.reporter, key.partner, key.product, key.measure.value,
            key.unit, key.source)


_MATCHABLE = ("flow", "reporter", "partner", "product", "measure", "unit", "source")


def series_matching(conn: sqlite3.Connection, **columns: str) -> list[int]:
    """Ids of the series whose key columns have these values (the product always given:
    the series_by_product index answers it)."""
    names = [c for c in _MATCHABLE if c in columns]
    if set(columns) - set(names) or "product" not in names:
        raise ValueError(f"series_matching: {sorted(columns)}")
    where = " AND ".join(f"{c} = ?" for c in names)
    return [r[0] for r in conn.execute(f"SELECT id FROM series WHERE {where}",
                                       [str(columns[c]) for c in names])]


def series_ids(conn: sqlite3.Connection, keys: Sequence[SeriesKey]) -> list[int]:
    """The ids of the series ``keys`` name, those new created (inside the caller's
    transaction): three statements however many keys — a team store's server is a round
    trip away, and a Comtrade download names tens of thousands of series."""
    values = [_key_values(k) for k in keys]
    found = _held_series(conn, values)
    missing = [v for v in dict.fromkeys(values) if v not in found]
    if missing:
        insert_from_json(conn, "series", _MATCHABLE, missing, ignore_held=True)
        found.update(_held_series(conn, missing))
    return [found[v] for v in values]


def insert_from_json(conn: sqlite3.Connection, table: str, columns: Sequence[str],
                     rows: Sequence[Sequence], *, integers: Sequence[str] = (),
                     ignore_held: bool = False) -> None:
    """``rows`` into ``table`` in one statement, given as one JSON parameter: a team
    store's server is a round trip away, and executemany of 10,000 rows took 0.2 s there.
    ``integers``: the columns cast from the JSON's numbers; ``ignore_held``: a row whose
    key is held already is left out. Table and column names are the store's own."""
    picked = ", ".join(f"CAST(j.value ->> {i} AS BIGINT)" if c in integers
                       else f"j.value ->> {i}" for i, c in enumerate(columns))
    # SQLite reads ON CONFLICT after a bare SELECT as a join's ON: a WHERE settles it.
    held = " WHERE true ON CONFLICT DO NOTHING" if ignore_held else ""
    conn.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {picked} "
                 f"FROM {dialect_of(conn).json_items('?', 'j')}{held}",
                 (json.dumps(rows, ensure_ascii=False),))


def _held_series(conn: sqlite3.Connection, values: list[tuple]) -> dict[tuple, int]:
    if not values:
        return {}
    wanted = dialect_of(conn).json_items("?", "j")
    picked = ", ".join(f"j.value ->> {i} AS {c}" for i, c in enumerate(_MATCHABLE))
    rows = conn.execute(
        f"SELECT s.id, {', '.join('s.' + c for c in _MATCHABLE)} FROM series s "
        f"JOIN (SELECT {picked} FROM {wanted}) AS k "
        f"ON ({', '.join('s.' + c for c in _MATCHABLE)}) = "
        f"({', '.join('k.' + c for c in _MATCHABLE)})",
        (json.dumps(values, ensure_ascii=False),)).fetchall()
    return {tuple(r[1:]): r[0] for r in rows}


def series_id(conn: sqlite3.Connection, key: SeriesKey) -> int:
    """The id of the series ``key`` names, created if new (inside the caller's transaction)."""
    values = _key_values(key)
    row = conn.execute(
        f"SELECT id FROM series WHERE ({_KEY_COLUMNS}) = (?, ?, ?, ?, ?, ?, ?)", values
    ).fetchone()
    if row:
        return int(row[0])
    cur = conn.execute(f"INSERT INTO series ({_KEY_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING id", values)
    return int(cur.fetchone()[0])


def label_id(conn: sqlite3.Connection, label: Label) -> int | None:
    """The id of a label (created if new); None for the empty label."""
    if not (label.edition or label.description):
        return None
    row = conn.execute("SELECT id FROM label WHERE edition = ? AND description = ?",
                       (label.edition, label.description)).fetchone()
    if row:
        return int(row[0])
    return int(conn.execute("INSERT INTO label (edition, description) VALUES (?, ?) "
                            "RETURNING id", (label.edition, label.description)).fetchone()[0])


def insert_observations(
    conn: sqlite3.Connection, batch_id: int, rows: Iterable[NewObservation],
    summarise: bool = True,
) -> tuple[int, frozenset[int]]:
    """Insert figures of one batch; returns (rows inserted, series touched). In a
    transaction. ``summarise=False``: the caller inserts in chunks and calls
    :func:`summarise` once for every series it touched."""
    rows = list(rows)
    keys = list(dict.fromkeys(row.key for row in rows))
    ids = dict(zip(keys, series_ids(conn, keys), strict=True))
    labels: dict[Label, int | None] = {}
    params = []
    for row in rows:
        sid = ids[row.key]
        if row.label not in labels:
            labels[row.label] = label_id(conn, row.label)
        params.append((sid, row.span.first, row.span.last, mantissa(row.value, row.decimals),
                       row.decimals, labels[row.label],
                       row.released.isoformat() if row.released else None,
                       int(row.release_approximate and row.released is not None), batch_id,
                       row.note))
    _insert_figures(conn, params)
    touched = frozenset(ids.values())
    if summarise:
        summarise_series(conn, touched)
    return len(params), touched


def summarise_series(conn: sqlite3.Connection, series: Iterable[int]) -> None:
    """Bring ``series_summary`` up to date for these series, in the caller's transaction
    (every write that adds or removes figures calls it, so the catalogue reads one row per
    series instead of grouping every figure). Costs the figures of these series only."""
    ids = json.dumps(sorted(set(series)))
    conn.execute("DELETE FROM series_summary WHERE series_id IN (SELECT value FROM "
                 "json_each(?))", (ids,))
    conn.execute(SUMMARISE, (ids,))


SUMMARISE = f"""INSERT INTO series_summary (series_id, figures, first_month, last_month,
                    latest_release, label)
                SELECT o.series_id, count(*), min(o.first_month), max(o.last_month),
                       max({RELEASE}),
                       (SELECT l.edition || char(31) || l.description FROM observation x
                        JOIN label l ON l.id = x.label_id WHERE x.series_id = o.series_id
                        ORDER BY x.last_month DESC LIMIT 1)
                FROM observation o JOIN import_batch b ON b.id = o.batch_id
                WHERE o.series_id IN (SELECT value FROM json_each(?))
                GROUP BY o.series_id"""
"""One summary row per series of a JSON list of ids."""


_SUMMARY_COLUMNS = ("series_id", "figures", "first_month", "last_month", "latest_release",
                    "label")


class FreshSummaries:
    """The summary rows of series that held no figures before a write, tallied from its
    figures as they are written (a chunk at a time: memory follows the series, not the
    figures). :func:`summarise_series` would read back and group every figure just
    written: 1.5 s of a million-figure import on a team store, ~0.05 s here. The rows are
    those its statement makes: the count, the first and last month, the batch's release
    (these figures carry none of their own) and the label of the newest labelled figure.

    ``series_ids``: the store's id of each series, by the slot :meth:`add` is given."""

    def __init__(self, series_ids) -> None:
        import numpy as np

        self.series_ids = np.asarray(series_ids, dtype=np.int64)
        n = len(self.series_ids)
        self.count = np.zeros(n, dtype=np.int64)
        self.first = np.full(n, np.iinfo(np.int64).max)
        self.last = np.full(n, np.iinfo(np.int64).min)
        self.labelled_last = np.full(n, np.iinfo(np.int64).min)
        self.label_ids = np.full(n, -1, dtype=np.int64)

    def add(self, slots, first, last, label_ids) -> None:
        """Figures written: each one's series slot, first and last month and label id
        (negative for none), as integer arrays."""
        import numpy as np

        self.count += np.bincount(slots, minlength=len(self.count))
        np.minimum.at(self.first, slots, first)
        np.maximum.at(self.last, slots, last)
        labelled = label_ids >= 0
        slots, last, label_ids = slots[labelled], last[labelled], label_ids[labelled]
        order = np.lexsort((last, slots))  # each slot's newest figure ends its run
        slots, last, label_ids = slots[order], last[order], label_ids[order]
        ends = np.flatnonzero(np.append(slots[1:] != slots[:-1], True)) if len(slots) else []
        slots, last, label_ids = slots[ends], last[ends], label_ids[ends]
        newer = last > self.labelled_last[slots]
        self.labelled_last[slots[newer]] = last[newer]
        self.label_ids[slots[newer]] = label_ids[newer]

    def write(self, conn: sqlite3.Connection, release: date) -> None:
        """Insert the summary rows, in the transaction of the figures."""
        import numpy as np

        held = np.flatnonzero(self.count)
        chosen = sorted(set(self.label_ids[held].tolist()) - {-1})
        texts = dict(conn.execute(
            "SELECT id, edition || char(31) || description FROM label WHERE id IN "
            "(SELECT value FROM json_each(?))", (json.dumps(chosen),)).fetchall())
        rows = list(zip(self.series_ids[held].tolist(), self.count[held].tolist(),
                        self.first[held].tolist(), self.last[held].tolist(),
                        itertools.repeat(release.isoformat()),
                        [texts.get(i) for i in self.label_ids[held].tolist()], strict=False))
        insert_from_json(conn, "series_summary", _SUMMARY_COLUMNS, rows,
                         integers=_SUMMARY_COLUMNS[:4])


def held_figures(conn: sqlite3.Connection, series: Iterable[int]) -> bool:
    """Whether any of these series held figures when the summary was last brought up to
    date: inside a write, before its :func:`summarise_series`, whether it added to series
    that held figures already. Reads one summary row a series, never the figures."""
    return bool(conn.execute(
        "SELECT EXISTS (SELECT 1 FROM series_summary WHERE series_id IN "
        "(SELECT value FROM json_each(?)))", (json.dumps(sorted(set(series))),)
    ).fetchone()[0])


def summarise_all(conn: sqlite3.Connection) -> None:
    """Every series' summary afresh (the migration that brings the table)."""
    conn.execute("DELETE FROM series_summary")
    summarise_series(conn, [r[0] for r in conn.execute("SELECT id FROM series")])


def insert_columns(conn: sqlite3.Connection, batch_id: int, parts: Iterable[Sequence]
                   ) -> None:
    """Insert figures given column by column as integer arrays, a part at a time: each
    part is (series ids, first months, last months, mantissas, decimals, label ids), a
    label id negative where a figure has none. The fast path for big files: a team store
    takes every part in one binary COPY, each made while the server takes in the one
    before; SQLite through its prepared INSERT."""
    import numpy as np

    if dialect_of(conn).is_postgresql:
        conn.copy_arrays("observation", OBSERVATION_COLUMNS, (
            (series_ids, first, last, mantissas, decimals, np.ma.masked_less(label_ids, 0),
             None, 0, batch_id, "")
            for series_ids, first, last, mantissas, decimals, label_ids in parts))
        return
    for part in parts:
        conn.executemany(INSERT_OBSERVATION, zip(
            *_as_lists(*part), itertools.repeat(None), itertools.repeat(0),
            itertools.repeat(batch_id), itertools.repeat(""), strict=False))


def insert_all_or_none(conn: sqlite3.Connection, batch_id: int, parts: Iterable[Sequence]
                       ) -> bool:
    """:func:`insert_columns` for figures that may repeat one this batch already holds
    (a big file's rows are planned a chunk at a time): True when every figure went in;
    False, with none of them written, when one repeats (the caller then learns which with
    :func:`insert_columns_once`)."""
    conn.execute("SAVEPOINT figures")
    try:
        insert_columns(conn, batch_id, parts)
    except sqlite3.IntegrityError:
        conn.execute("ROLLBACK TO figures")
        conn.execute("RELEASE figures")
        return False
    conn.execute("RELEASE figures")
    return True


def _as_lists(*columns) -> list[list]:
    """The figures' columns (integer arrays, the last the labels: negative for none) as
    lists of Python values, a label None where there is none."""
    *values, label_ids = (c.tolist() for c in columns)
    return [*values, [None if i < 0 else i for i in label_ids]]


def _insert_figures(conn: sqlite3.Connection, rows: Iterable[tuple]) -> None:
    """Rows of OBSERVATION_COLUMNS into the store by its fastest bulk path: SQLite's
    prepared INSERT, a team store's COPY (one stream, no round trip per row)."""
    if dialect_of(conn).is_postgresql:
        conn.copy_rows("observation", OBSERVATION_COLUMNS, rows)
    else:
        conn.executemany(INSERT_OBSERVATION, rows)


def insert_columns_once(conn: sqlite3.Connection, batch_id: int, series_ids, first, last,
                        mantissas, decimals, label_ids) -> list[tuple[int, int, int]]:
    """One part's figures (see :func:`insert_columns`), each that repeats one this batch
    already holds left out and returned as (its index here, the held mantissa, the held
    decimals). Costs nothing more when nothing repeats."""
    columns = (series_ids, first, last, mantissas, decimals, label_ids)
    if insert_all_or_none(conn, batch_id, [columns]):
        return []
    repeats = []
    for i, row in enumerate(zip(*_as_lists(*columns), strict=True)):
        inserted = conn.execute(INSERT_OBSERVATION + " ON CONFLICT DO NOTHING",
                                (*row, None, 0, batch_id, "")).rowcount
        if not inserted:
            held = conn.execute(
                "SELECT mantissa, decimals FROM observation WHERE series_id = ? AND "
                "first_month = ? AND last_month = ? AND batch_id = ?",
                (row[0], row[1], row[2], batch_id)).fetchone()
            repeats.append((i, held[0], held[1]))
    return repeats


LIST_SERIES = f"""SELECT s.id, {', '.join('s.' + c.strip() for c in _KEY_COLUMNS.split(','))},
                        m.figures, m.first_month, m.last_month, m.latest_release, m.label
                 FROM series_summary m JOIN series s ON s.id = m.series_id"""


_FLOWS = {f.value: f for f in Flow}
_MEASURES = {m.value: m for m in Measure}


def list_series(conn: sqlite3.Connection, ids: Iterable[int] | None = None,
                ordered: bool = True) -> list[SeriesSummary]:
    """Every series holding figures (or those of ``ids`` that still do), from the summary
    the writer keeps: one row a series, however many figures the store holds."""
    if ids is None:
        # A total order, bytewise on both databases: a list (and an export) comes out
        # the same from a local store and a team store holding the same figures.
        binary = dialect_of(conn).binary
        order = ", ".join(binary(f"s.{c}") for c in (
            "source", "product", "partner", "measure", "flow", "reporter", "unit"))
        rows = conn.execute(LIST_SERIES + (f" ORDER BY {order}, s.id" if ordered else "")
                            ).fetchall()
    else:  # by the summary's key: what a change names, not every series
        rows = conn.execute(LIST_SERIES + " WHERE m.series_id IN (SELECT value FROM "
                            "json_each(?))", (json.dumps(sorted(ids)),)).fetchall()
    return [
        SeriesSummary(
            r[0], SeriesKey(_FLOWS[r[1]], r[2], r[3], r[4], _MEASURES[r[5]], r[6], r[7]),
            r[8], r[9], r[10], date.fromisoformat(r[11]),
            Label(*r[12].split("\x1f", 1)) if r[12] else Label(),
        )
        for r in taking_turns(rows)
    ]


def observations_by_series(conn: sqlite3.Connection) -> dict[int, list[Observation]]:
    """:func:`observations_for` of every series, in one statement (an export reads the
    whole store: one query, not one a series)."""
    rows = conn.execute(
        f"""SELECT o.first_month, o.last_month, o.mantissa, o.decimals, {RELEASE},
                   o.batch_id, b.file_name, o.note, l.edition, l.description,
                   o.release_approximate, o.series_id
            FROM observation o JOIN import_batch b ON b.id = o.batch_id
            LEFT JOIN label l ON l.id = o.label_id
            ORDER BY o.series_id, o.first_month, o.last_month, 5""")
    out: dict[int, list[Observation]] = {}
    for r in rows:
        out.setdefault(r[11], []).append(_observation(r))
    return out


def _observation(r: Sequence) -> Observation:
    return Observation(MonthSpan(r[0], r[1]), from_mantissa(r[2], r[3]), r[3],
                       date.fromisoformat(r[4]), r[5], r[6], r[7],
                       Label(r[8], r[9]) if r[8] is not None else Label(), bool(r[10]))


def observations_for(conn: sqlite3.Connection, series: int,
                     months: tuple[int, int] | None = None) -> list[Observation]:
    """Every vintage of every figure of a series, with its release, file and label;
    ``months``: only the figures lying within these (first, last) months."""
    lo, hi = months or (-1, 10**9)
    rows = conn.execute(
        f"""SELECT o.first_month, o.last_month, o.mantissa, o.decimals, {RELEASE},
                   o.batch_id, b.file_name, o.note, l.edition, l.description,
                   o.release_approximate
            FROM observation o JOIN import_batch b ON b.id = o.batch_id
            LEFT JOIN label l ON l.id = o.label_id
            WHERE o.series_id = ? AND o.first_month >= ? AND o.last_month <= ?
            ORDER BY o.first_month, o.last_month, 5""",
        (series, lo, hi),
    ).fetchall()
    return [_observation(r) for r in rows]


@dataclass(frozen=True, slots=True)
class Revision:
    """A figure of a new batch beside the one held for the same span."""

    series: SeriesKey
    span: MonthSpan
    old_value: Decimal
    old_decimals: int
    new_value: Decimal
    new_decimals: int
    kind: str
    """``revision`` (a different figure), or ``more decimals`` (the same figure published
    with more precision: both agree within the coarser one's rounding)."""
    takes_effect: bool
    """Whether the new figure is now the one shown (its release is not older)."""


def drop_unchanged(conn: sqlite3.Connection, batch_id: int) -> int:
    """Remove figures of a new batch that another batch already holds: the same value, not
    published with more decimals than the one held."""
    cur = conn.execute(
        """DELETE FROM observation WHERE batch_id = :b AND EXISTS (
               SELECT 1 FROM observation o
               WHERE o.series_id = observation.series_id
                 AND o.first_month = observation.first_month
                 AND o.last_month = observation.last_month
                 AND o.batch_id != :b AND o.decimals >= observation.decimals
                 AND o.mantissa = observation.mantissa
                     * (CASE o.decimals - observation.decimals WHEN 0 THEN 1 WHEN 1 THEN 10
                        WHEN 2 THEN 100 WHEN 3 THEN 1000 ELSE NULL END))""",
        {"b": batch_id},
    )
    return cur.rowcount


def revisions_in(conn: sqlite3.Connection, batch_id: int, limit: int | None = None
                 ) -> tuple[int, int, list[Revision]]:
    """The figures of a batch that differ from a figure held for the same span: how many
    revise it, how many only add decimals, and (up to ``limit`` of) them all. Each new
    figure is set beside the held figure shown until now (the newest vintage)."""
    rows = conn.execute(
        f"""SELECT s.flow, s.reporter, s.partner, s.product, s.measure, s.unit, s.source,
                   n.first_month, n.last_month, n.mantissa, n.decimals,
                   CASE WHEN n.release_approximate = 1 THEN substr(n.released, 1, 8) || '01'
                        ELSE coalesce(n.released, nb.release_date) END,
                   o.mantissa, o.decimals, {VINTAGE_DAY}, o.batch_id
            FROM observation n
            JOIN import_batch nb ON nb.id = n.batch_id
            JOIN series s ON s.id = n.series_id
            JOIN observation o ON o.series_id = n.series_id
             AND o.first_month = n.first_month AND o.last_month = n.last_month
             AND o.batch_id != n.batch_id
            JOIN import_batch b ON b.id = o.batch_id
            WHERE n.batch_id = ?
            ORDER BY n.series_id, n.first_month, n.last_month""", (batch_id,)).fetchall()
    shown: dict[tuple, tuple] = {}
    for r in rows:
        span_key = (r[:9])
        held = (r[14], r[13], r[15], r[12])  # release, decimals, batch, mantissa
        if span_key not in shown or held[:3] > shown[span_key][1][:3]:
            shown[span_key] = (r, held)
    revised = precise = 0
    found: list[Revision] = []
    for r, held in shown.values():
        new_value, old_value = from_mantissa(r[9], r[10]), from_mantissa(held[3], held[1])
        if new_value == old_value and r[10] <= held[1]:
            continue
        coarse = min(r[10], held[1])
        agree = abs(new_value - old_value) <= Decimal(5).scaleb(-coarse - 1)
        kind = "more decimals" if agree and r[10] != held[1] else "revision"
        revised += kind == "revision"
        precise += kind == "more decimals"
        takes_effect = (date.fromisoformat(r[11]), r[10]) >= (date.fromisoformat(held[0]),
                                                               held[1])
        if limit is None or len(found) < limit:
            found.append(Revision(
                SeriesKey(Flow(r[0]), r[1], r[2], r[3], Measure(r[4]), r[5], r[6]),
                MonthSpan(r[7], r[8]), old_value, held[1], new_value, r[10], kind,
                takes_effect))
    return revised, precise, found
