"""Shipments drawn against approved licences, and what each licence has left."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from datetime import date

from remonitor.core.figures import number_text
from remonitor.core.licence import (
    LicenceTerms,
    Shipment,
    Status,
)
from remonitor.store.audit import now_iso, write_history
from remonitor.store.connection import transaction


def licence_terms(conn: sqlite3.Connection, ids: Sequence[int] | None = None
                  ) -> dict[int, LicenceTerms]:
    """For each approved application (all, or those in ``ids``): its licence and how much
    has been shipped."""
    # A page of ids is its own statement: under "? IS NULL OR id IN (…)" PostgreSQL
    # planned for every approved licence (20 ms a page over 100,000 applications).
    sql = """SELECT a.id, a.licence_number, a.valid_from, a.valid_until, a.approved_quantity,
                    coalesce((SELECT sum(quantity) FROM licence_shipment s
                              WHERE s.application_id = a.id), 0)
             FROM licence_application a WHERE a.status = 'approved'"""
    if ids is None:
        rows = conn.execute(sql).fetchall()
    else:
        rows = conn.execute(sql + " AND a.id IN (SELECT value FROM json_each(?))",
                            (json.dumps(list(ids)),)).fetchall()
    return {r[0]: LicenceTerms(r[1], date.fromisoformat(r[2]) if r[2] else None,
                               date.fromisoformat(r[3]) if r[3] else None, r[4], r[5])
            for r in rows}


def add_shipment(conn: sqlite3.Connection, app_id: int, shipped_on: date, quantity: float,
                 reference: str = "") -> float:
    """Draw a shipment against an approved licence; returns what is left. One transaction."""
    from remonitor.core.workflow import check_shipment

    with transaction(conn):
        row = conn.execute(
            "SELECT reference, status, approved_quantity, valid_from, valid_until "
            "FROM licence_application WHERE id = ?", (app_id,)).fetchone()
        if row is None:
            raise KeyError(f"no licence application {app_id}")
        ref, status, approved, valid_from, valid_until = row
        if status != Status.APPROVED.value or not approved:
            raise ValueError(f"{ref}: shipments are drawn only against an approved licence.")
        if (valid_from and shipped_on < date.fromisoformat(valid_from)) or \
                (valid_until and shipped_on > date.fromisoformat(valid_until)):
            raise ValueError(f"{ref}: {shipped_on} is outside the licence's validity "
                             f"({valid_from} to {valid_until}).")
        shipped = [r[0] for r in conn.execute(
            "SELECT quantity FROM licence_shipment WHERE application_id = ?", (app_id,))]
        left = check_shipment(approved, shipped, quantity)
        conn.execute("INSERT INTO licence_shipment (application_id, shipped_on, quantity, "
                     "reference) VALUES (?, ?, ?, ?)",
                     (app_id, shipped_on.isoformat(), quantity, reference))
        stamp = now_iso()
        conn.execute("UPDATE licence_application SET updated_at = ?, "
                     "row_version = row_version + 1 WHERE id = ?",
                     (stamp, app_id))
        shipped = f"{shipped_on} {number_text(quantity)} {reference}".strip()
        write_history(conn, app_id, [("shipment", None, shipped)], "", stamp)
    return left


def shipments(conn: sqlite3.Connection, app_id: int) -> list[Shipment]:
    return [Shipment(date.fromisoformat(r[0]), r[1], r[2]) for r in conn.execute(
        "SELECT shipped_on, quantity, reference FROM licence_shipment "
        "WHERE application_id = ? ORDER BY shipped_on, id", (app_id,))]
