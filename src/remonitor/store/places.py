"""Reporter and partner codes held, kept up with the country table.

An import keeps a code the country table does not know as the file wrote it (``GAC:999``,
a name). When a newer table (its version in resources/countries/meta.json) knows it, the
next start maps it: the series takes the table's code, and where a series of that code is
already held the two become one (the figures of both kept; the same figure of the same
batch once). Done once per table version, in one transaction.
"""

from __future__ import annotations

import sqlite3

from remonitor.core.countries import CountryTable
from remonitor.resources import country_table
from remonitor.store.batches import get_meta, set_meta
from remonitor.store.connection import transaction
from remonitor.store.observations import summarise_series

META_KEY = "countries_version"
_KEY = "flow, reporter, partner, product, measure, unit, source"


def _code(table: CountryTable, written: str) -> str:
    if written in table.by_code:
        return written
    found = table.place(written)
    return found.code if found is not None else written


def remap_places(conn: sqlite3.Connection, table: CountryTable | None = None
                 ) -> frozenset[int]:
    """Map held codes the table now knows; the series changed (empty when nothing did)."""
    table = table or country_table()
    held = get_meta(conn, META_KEY)
    if held is not None and int(held) >= table.version:
        return frozenset()
    touched: set[int] = set()
    removed: set[int] = set()
    with transaction(conn):
        rows = conn.execute(f"SELECT id, {_KEY} FROM series").fetchall()
        for sid, flow, reporter, partner, *rest in rows:
            mapped = (_code(table, reporter), _code(table, partner))
            if mapped == (reporter, partner):
                continue
            key = (flow, *mapped, *rest)
            target = conn.execute(f"SELECT id FROM series WHERE ({_KEY}) = "
                                  "(?, ?, ?, ?, ?, ?, ?)", key).fetchone()
            if target is None:
                conn.execute("UPDATE series SET reporter = ?, partner = ? WHERE id = ?",
                             (*mapped, sid))
                touched.add(sid)
                continue
            conn.execute(
                """INSERT INTO observation (series_id, first_month, last_month,
                       batch_id, mantissa, decimals, label_id, released,
                       release_approximate, note)
                   SELECT ?, first_month, last_month, batch_id, mantissa, decimals, label_id,
                          released, release_approximate, note
                   FROM observation WHERE series_id = ? ON CONFLICT DO NOTHING""",
                (target[0], sid))
            conn.execute("DELETE FROM observation WHERE series_id = ?", (sid,))
            conn.execute("DELETE FROM series_summary WHERE series_id = ?", (sid,))
            conn.execute("DELETE FROM series WHERE id = ?", (sid,))
            removed.add(sid)
            touched.add(target[0])
        summarise_series(conn, touched | removed)
        set_meta(conn, META_KEY, str(table.version))
    return frozenset(touched)
