"""Moving applications through the status workflow (approval included), and the dates
each status took effect, which the review clock counts by."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Sequence
from datetime import date

from remonitor.core.figures import number_text
from remonitor.core.licence import (
    Approval,
    Status,
)
from remonitor.core.text import label, translate
from remonitor.store.applications import get_application
from remonitor.store.audit import now_iso, write_history
from remonitor.store.connection import transaction
from remonitor.store.dialect import dialect_of

STATUS_DATE_FIELD = "status_on"
"""History field holding the date a status change took effect (the clock counts by it)."""


def change_status(conn: sqlite3.Connection, app_ids: list[int], target: Status, on: date,
                  reason: str = "") -> list[int]:
    """Move applications to ``target`` in one transaction: all of them or none.

    Each change is checked against the workflow; the first refusal names the application
    and the allowed statuses, and nothing is written.
    """
    with transaction(conn):
        _apply_status(conn, app_ids, Status(target), on, reason, now_iso())
    return app_ids


def _apply_status(conn: sqlite3.Connection, app_ids: list[int], target: Status, on: date,
                  reason: str, stamp: str) -> None:
    from remonitor.core.workflow import InvalidTransition, check_transition

    for app_id in app_ids:
        row = conn.execute(
            "SELECT reference, status, submitted_on, accepted_on FROM licence_application "
            "WHERE id = ?", (app_id,)).fetchone()
        if row is None:
            raise KeyError(f"no licence application {app_id}")
        reference, current, submitted, accepted = row
        try:
            check_transition(Status(current), target)
        except InvalidTransition as exc:
            raise InvalidTransition(f"{reference}: {exc}") from None
        app = dataclasses.replace(
            get_application(conn, app_id), status=target,
            submitted_on=date.fromisoformat(submitted) if submitted else
            (on if target is Status.SUBMITTED else None),
            accepted_on=date.fromisoformat(accepted) if accepted else
            (on if target is Status.ACCEPTED else None))
        missing = app.missing_for(target)
        if missing:
            raise ValueError(translate("Licence", "{reference}: to be {status} it needs "
                                       "{fields}. Fill them in first (Enter opens it).").format(
                reference=reference, status=label(target),
                fields=", ".join(missing)))
        changes = [("status", current, target.value),
                   (STATUS_DATE_FIELD, None, on.isoformat())]
        sets = {"status": target.value}
        if target is Status.SUBMITTED and not submitted:
            sets["submitted_on"] = on.isoformat()
            changes.append(("submitted_on", None, on.isoformat()))
        if target is Status.ACCEPTED and not accepted:
            sets["accepted_on"] = on.isoformat()
            changes.append(("accepted_on", None, on.isoformat()))
        assignments = ", ".join(f"{k} = ?" for k in sets)
        conn.execute(f"UPDATE licence_application SET {assignments}, updated_at = ?, "
                     "row_version = row_version + 1 WHERE id = ?",
                     (*sets.values(), stamp, app_id))
        write_history(conn, app_id, changes, reason, stamp)


def status_dates(conn: sqlite3.Connection, ids: Sequence[int] | None = None
                 ) -> dict[int, list[tuple[Status, date]]]:
    """Per application (all, or those in ``ids``), each status it entered and the date that
    took effect, in order."""
    out: dict[int, list[tuple[Status, date]]] = {}
    pending: dict[int, Status] = {}
    if ids is None:
        rows = conn.execute("SELECT application_id, field, new_value FROM licence_history "
                            "WHERE field IN ('status', ?) ORDER BY id", (STATUS_DATE_FIELD,))
    else:
        rows = conn.execute(
            "SELECT h.application_id, h.field, h.new_value FROM "
            f"{dialect_of(conn).json_texts('?', 'j')} "
            "JOIN licence_history h ON h.application_id = CAST(j.value AS BIGINT) "
            "WHERE h.field IN ('status', ?) ORDER BY h.id",
            (json.dumps(list(ids)), STATUS_DATE_FIELD))
    for app_id, field, value in rows:
        if field == "status":
            pending[app_id] = Status(value)
        elif app_id in pending:
            out.setdefault(app_id, []).append((pending.pop(app_id), date.fromisoformat(value)))
    return out


def approve(conn: sqlite3.Connection, app_id: int, approval: Approval, on: date,
            reason: str = "") -> None:
    """Approve with the licence's number, validity and quantity, in one transaction."""
    problems = approval.problems()
    if problems:
        raise ValueError(" ".join(problems))
    stamp = now_iso()
    with transaction(conn):
        _apply_status(conn, [app_id], Status.APPROVED, on, reason, stamp)
        conn.execute(
            """UPDATE licence_application SET licence_number = ?, valid_from = ?,
                      valid_until = ?, approved_quantity = ?, updated_at = ?,
                      row_version = row_version + 1 WHERE id = ?""",
            (approval.licence_number.strip(), approval.valid_from.isoformat(),
             approval.valid_until.isoformat(), approval.approved_quantity, stamp, app_id))
        write_history(conn, app_id, [
            ("licence_number", None, approval.licence_number.strip()),
            ("valid_from", None, approval.valid_from.isoformat()),
            ("valid_until", None, approval.valid_until.isoformat()),
            ("approved_quantity", None, number_text(approval.approved_quantity)),
        ], reason, stamp)
