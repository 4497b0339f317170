"""Figures across partners: one product's sum over all partners, the partners ranked by
what they took, and the figures of the top ones — each in one pass over the primary key.

Only the newest vintage of a figure counts. When one batch holds all of a product's figures
(one download) there is nothing to choose; when the batches holding them run in release
order (files imported as they come out) the newest vintage is the largest batch id, which
SQLite picks while it walks the key; otherwise each row's release date is looked up.
Aggregate partners (World, EU-27, …) are never summed in.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
from dataclasses import dataclass
from datetime import date

from remonitor.core.periods import MonthSpan
from remonitor.core.series import Observation, SeriesKey, is_aggregate_partner


@dataclass(frozen=True, slots=True)
class PartnerSeries:
    key: SeriesKey
    """The product's key; its partner is left as the one asked with."""
    ids: dict[int, str]
    """Series id → partner, aggregates left out."""
    world_id: int | None


def partner_series(conn: sqlite3.Connection, key: SeriesKey) -> PartnerSeries:
    rows = conn.execute(
        """SELECT id, partner FROM series WHERE product = ? AND source = ? AND flow = ?
           AND reporter = ? AND measure = ? AND unit = ?""",
        (key.product, key.source, key.flow.value, key.reporter, key.measure.value, key.unit),
    ).fetchall()
    ids = {sid: partner for sid, partner in rows if not is_aggregate_partner(partner)}
    world = next((sid for sid, partner in rows if partner in ("WLD", "W00")), None)
    return PartnerSeries(key, ids, world)


def _vintages(conn: sqlite3.Connection, ids: str) -> tuple[str, list[date]]:
    """How to read the newest vintage of the series in ``ids`` (a JSON list): the rows as
    they are when one batch holds them all (no revision is possible), the largest batch id
    when the batches holding them run in release order, else each row's release date."""
    held = conn.execute(
        """SELECT release_date FROM import_batch b WHERE EXISTS (
               SELECT 1 FROM observation o WHERE o.batch_id = b.id
               AND o.series_id IN (SELECT value FROM json_each(?))) ORDER BY id""",
        (ids,)).fetchall()
    releases = [date.fromisoformat(r[0]) for r in held]
    if len(held) <= 1:
        return """SELECT series_id, first_month, last_month, value, decimals, batch_id
                  FROM observation WHERE series_id IN (SELECT value FROM json_each(:ids))""", \
            releases
    if all(a[0] <= b[0] for a, b in itertools.pairwise(held)):
        return """SELECT series_id, first_month, last_month, value, decimals,
                         max(batch_id) AS batch_id
                  FROM observation WHERE series_id IN (SELECT value FROM json_each(:ids))
                  GROUP BY series_id, first_month, last_month""", releases
    return """SELECT o.series_id, o.first_month, o.last_month, o.value, o.decimals,
                     o.batch_id, max(b.release_date || printf('%012d', o.batch_id))
              FROM observation o JOIN import_batch b ON b.id = o.batch_id
              WHERE o.series_id IN (SELECT value FROM json_each(:ids))
              GROUP BY o.series_id, o.first_month, o.last_month""", releases


def _batches(conn: sqlite3.Connection) -> dict[int, tuple[date, str]]:
    return {i: (date.fromisoformat(d), f) for i, d, f in
            conn.execute("SELECT id, release_date, file_name FROM import_batch")}


def partner_sum(conn: sqlite3.Connection, found: PartnerSeries) -> list[Observation]:
    """The product's figures summed over every partner, span by span (never the World row).
    Sum the figures of one granularity: a partner reporting only years adds to the years."""
    ids = json.dumps(list(found.ids))
    sql, releases = _vintages(conn, ids)
    rows = conn.execute(
        f"""SELECT first_month, last_month, sum(value), min(decimals)
            FROM ({sql}) GROUP BY first_month, last_month""", {"ids": ids}).fetchall()
    if not rows:
        return []
    released = max(releases)  # of the newest file holding any of them
    what = f"sum of {len(found.ids)} partners"
    return [Observation(MonthSpan(f, la), v, d, released, None, what, "")
            for f, la, v, d in rows]


def partner_ranking(conn: sqlite3.Connection, found: PartnerSeries,
                    first: int | None = None, last: int | None = None
                    ) -> list[tuple[str, float]]:
    """Every partner with its total over the months ``first``..``last``, largest first.
    Months and Jan–Feb buckets are added when a partner has them; else whole years."""
    ids = json.dumps(list(found.ids))
    rows = conn.execute(
        f"""SELECT series_id, sum(value), min(last_month - first_month)
            FROM ({_vintages(conn, ids)[0]})
            WHERE first_month >= :lo AND last_month <= :hi
              AND (last_month - first_month <= 1 OR last_month - first_month = 11)
            GROUP BY series_id, last_month - first_month <= 1""",
        {"ids": ids, "lo": first if first is not None else -1,
         "hi": last if last is not None else 10**9}).fetchall()
    best: dict[int, tuple[bool, float]] = {}
    for sid, total, shortest in rows:
        fine = shortest <= 1
        held = best.get(sid)
        if held is None or (fine and not held[0]):
            best[sid] = (fine, total)
    ranked = [(found.ids[sid], total) for sid, (_, total) in best.items()]
    return sorted(ranked, key=lambda item: (-item[1], item[0]))


def partner_observations(conn: sqlite3.Connection, found: PartnerSeries, partners: list[str]
                         ) -> dict[str, list[Observation]]:
    """The newest figures of the named partners."""
    wanted = json.dumps([sid for sid, p in found.ids.items() if p in set(partners)])
    rows = conn.execute(_vintages(conn, wanted)[0] + " ORDER BY 1, 2, 3",
                        {"ids": wanted}).fetchall()
    batches = _batches(conn)
    out: dict[str, list[Observation]] = {p: [] for p in partners}
    for sid, f, la, v, d, b, *_ in rows:
        released, file_name = batches[b]
        out[found.ids[sid]].append(Observation(MonthSpan(f, la), v, d, released, b, file_name))
    return out
