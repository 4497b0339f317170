"""Licence applications: created, edited and imported, each change written with its lines in
the audit trail in one transaction."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Sequence
from datetime import date

from remonitor.core.licence import (
    ApplicationsImported,
    HistoryEntry,
    LicenceApplication,
    LicenceType,
    Status,
    StoredApplication,
)
from remonitor.store.audit import current_user, history_text, now_iso, to_db, write_history
from remonitor.store.connection import transaction

_FIELDS = [f.name for f in dataclasses.fields(LicenceApplication)]


def create_application(
    conn: sqlite3.Connection, app: LicenceApplication, reason: str = ""
) -> int:
    """Insert an application and its creation in the history. Call inside a transaction."""
    problems = app.problems()
    if problems:
        raise ValueError(" ".join(problems))
    stamp = now_iso()
    values = [to_db(name, getattr(app, name)) for name in _FIELDS]
    cur = conn.execute(
        f"INSERT INTO licence_application ({', '.join(_FIELDS)}, created_at, updated_at) "
        f"VALUES ({', '.join('?' * len(_FIELDS))}, ?, ?) RETURNING id",
        (*values, stamp, stamp),
    )
    app_id = int(cur.fetchone()[0])
    default = LicenceApplication(reference="")
    entries = [("created", None, app.reference)] + [
        (name, None, history_text(getattr(app, name)))
        for name in _FIELDS
        if name != "reference" and getattr(app, name) != getattr(default, name)
    ]
    who = current_user()
    conn.executemany(
        """INSERT INTO licence_history (application_id, changed_at, changed_by, field,
                                        old_value, new_value, reason)
           VALUES (?, ?, ?, ?, ?, ?, ?)""",
        [(app_id, stamp, who, f, old, new, reason) for f, old, new in entries],
    )
    return app_id


def _from_row(row: sqlite3.Row | tuple) -> LicenceApplication:
    kwargs = dict(zip(_FIELDS, row, strict=True))
    for name in ("submitted_on", "accepted_on"):
        kwargs[name] = date.fromisoformat(kwargs[name]) if kwargs[name] else None
    kwargs["elements"] = tuple(json.loads(kwargs["elements"]))
    kwargs["end_users"] = tuple(tuple(p) for p in json.loads(kwargs["end_users"]))
    kwargs["green_channel"] = bool(kwargs["green_channel"])
    kwargs["licence_type"] = LicenceType(kwargs["licence_type"])
    kwargs["status"] = Status(kwargs["status"])
    return LicenceApplication(**kwargs)


def application_columns() -> str:
    """The columns :func:`stored_from_row` reads after ``id, created_at, updated_at,
    row_version``."""
    return ", ".join(_FIELDS)


def stored_from_row(row: sqlite3.Row | tuple) -> StoredApplication:
    return StoredApplication(row[0], _from_row(row[4:]), row[1], row[2], row[3])


def list_applications(conn: sqlite3.Connection) -> list[StoredApplication]:
    rows = conn.execute(
        f"SELECT id, created_at, updated_at, row_version, {application_columns()} "
        "FROM licence_application ORDER BY id"
    ).fetchall()
    return [stored_from_row(r) for r in rows]


def history(conn: sqlite3.Connection, application_id: int) -> list[HistoryEntry]:
    rows = conn.execute(
        """SELECT id, application_id, changed_at, changed_by, field, old_value, new_value,
                  reason FROM licence_history WHERE application_id = ? ORDER BY id""",
        (application_id,),
    ).fetchall()
    return [HistoryEntry(*r) for r in rows]


def reference_exists(conn: sqlite3.Connection, reference: str) -> bool:
    return bool(
        conn.execute(
            "SELECT EXISTS (SELECT 1 FROM licence_application WHERE reference = ?)",
            (reference,),
        ).fetchone()[0]
    )


def save_new_application(conn: sqlite3.Connection, app: LicenceApplication) -> int:
    """Create an application with its history in one transaction; refuses a reused reference."""
    with transaction(conn):
        if reference_exists(conn, app.reference):
            raise ValueError(f"An application with reference {app.reference!r} already exists.")
        return create_application(conn, app)


EDITABLE = [f for f in _FIELDS if f != "status"]
"""Fields an edit may change; the status moves only through the workflow."""


def get_application(conn: sqlite3.Connection, app_id: int) -> LicenceApplication:
    row = conn.execute(f"SELECT {', '.join(_FIELDS)} FROM licence_application WHERE id = ?",
                       (app_id,)).fetchone()
    if row is None:
        raise KeyError(f"no licence application {app_id}")
    return _from_row(row)


class EditConflict(ValueError):
    """Someone saved the application after this edit read it: the edit is refused, never
    written over theirs; the message says who changed what."""


def update_application(conn: sqlite3.Connection, app_id: int, app: LicenceApplication,
                       reason: str = "", base: StoredApplication | None = None) -> list[str]:
    """Write the fields that differ, each with its old and new value in the history, in one
    transaction; returns the fields changed. The status is not editable here.

    ``base``: the application as the edit read it. If it has been saved since (a colleague
    on a team store, another window), EditConflict — checked by the UPDATE itself, so two
    saves racing cannot both pass."""
    problems = app.problems()
    if problems:
        raise ValueError(" ".join(problems))
    with transaction(conn):
        current = get_application(conn, app_id)
        if base is not None:
            _refuse_if_changed(conn, base, current)
        if app.reference != current.reference and reference_exists(conn, app.reference):
            raise ValueError(f"An application with reference {app.reference!r} already "
                             "exists.")
        changed = [f for f in EDITABLE if getattr(app, f) != getattr(current, f)]
        if not changed:
            return []
        stamp = now_iso()
        assignments = ", ".join(f"{f} = ?" for f in changed)
        version = "" if base is None else " AND row_version = ?"
        written = conn.execute(
            f"UPDATE licence_application SET {assignments}, updated_at = ?, "
            f"row_version = row_version + 1 WHERE id = ?{version}",
            (*(to_db(f, getattr(app, f)) for f in changed), stamp, app_id,
             *(() if base is None else (base.version,)))).rowcount
        if not written:  # saved by another between our reading and this write
            _refuse_if_changed(conn, base, get_application(conn, app_id), force=True)
        write_history(conn, app_id, [(f, history_text(getattr(current, f)),
                                 history_text(getattr(app, f))) for f in changed],
                 reason, stamp)
    return changed


def _refuse_if_changed(conn: sqlite3.Connection, base: StoredApplication,
                       current: LicenceApplication, force: bool = False) -> None:
    held = conn.execute("SELECT row_version FROM licence_application WHERE id = ?",
                        (base.id,)).fetchone()[0]
    if held == base.version and not force:
        return
    theirs = [f for f in _FIELDS if getattr(current, f) != getattr(base.application, f)]
    who = conn.execute("SELECT changed_by, changed_at FROM licence_history WHERE "
                       "application_id = ? ORDER BY id DESC LIMIT 1", (base.id,)).fetchone()
    what = "; ".join(f"{f}: {history_text(getattr(base.application, f)) or '—'} → "
                     f"{history_text(getattr(current, f)) or '—'}" for f in theirs)
    raise EditConflict(
        f"{current.reference} was saved by {who[0]} at {who[1]} while you edited it"
        + (f" ({what})" if what else "") + ". Yours were not saved and are still in the "
        "form: Save again writes them over theirs; Cancel keeps theirs.")


def import_applications(conn: sqlite3.Connection, apps: Sequence[LicenceApplication],
                        file_name: str) -> ApplicationsImported:
    """Add every application whose reference is new, each with its history ("imported from
    <file>"), in one transaction: all of them or none."""
    reason = f"imported from {file_name}"
    present = []
    with transaction(conn):
        for app in apps:
            if reference_exists(conn, app.reference):
                present.append(app.reference)
            else:
                create_application(conn, app, reason)
    return ApplicationsImported(len(apps) - len(present), present)
