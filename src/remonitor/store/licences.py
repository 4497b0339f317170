"""Licence applications, written together with their append-only audit trail."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from remonitor.core.licence import LicenceApplication, LicenceType, Status
from remonitor.core.text import label, translate
from remonitor.store.audit import current_user, now_iso
from remonitor.store.connection import transaction

_FIELDS = [f.name for f in dataclasses.fields(LicenceApplication)]


@dataclass(frozen=True, slots=True)
class StoredApplication:
    id: int
    application: LicenceApplication
    created_at: str
    updated_at: str


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    id: int
    application_id: int
    changed_at: str
    changed_by: str
    field: str
    old_value: str | None
    new_value: str | None
    reason: str


def _to_db(name: str, value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return json.dumps(list(value), ensure_ascii=False)
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, LicenceType | Status):
        return value.value
    return value


def _history_text(value: object) -> str | None:
    value = _to_db("", value)
    return None if value is None else str(value)


def create_application(
    conn: sqlite3.Connection, app: LicenceApplication, reason: str = ""
) -> int:
    """Insert an application and its creation in the history. Call inside a transaction."""
    problems = app.problems()
    if problems:
        raise ValueError(" ".join(problems))
    stamp = now_iso()
    values = [_to_db(name, getattr(app, name)) for name in _FIELDS]
    cur = conn.execute(
        f"INSERT INTO licence_application ({', '.join(_FIELDS)}, created_at, updated_at) "
        f"VALUES ({', '.join('?' * len(_FIELDS))}, ?, ?)",
        (*values, stamp, stamp),
    )
    app_id = int(cur.lastrowid)
    default = LicenceApplication(reference="")
    entries = [("created", None, app.reference)] + [
        (name, None, _history_text(getattr(app, name)))
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
    """The columns :func:`stored_from_row` reads after ``id, created_at, updated_at``."""
    return ", ".join(_FIELDS)


def stored_from_row(row: sqlite3.Row | tuple) -> StoredApplication:
    return StoredApplication(row[0], _from_row(row[3:]), row[1], row[2])


def list_applications(conn: sqlite3.Connection) -> list[StoredApplication]:
    rows = conn.execute(
        f"SELECT id, created_at, updated_at, {application_columns()} "
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
        conn.execute(f"UPDATE licence_application SET {assignments}, updated_at = ? "
                     "WHERE id = ?", (*sets.values(), stamp, app_id))
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
            "SELECT h.application_id, h.field, h.new_value FROM json_each(?) j "
            "JOIN licence_history h ON h.application_id = j.value "
            "WHERE h.field IN ('status', ?) ORDER BY h.id",
            (json.dumps(list(ids)), STATUS_DATE_FIELD))
    for app_id, field, value in rows:
        if field == "status":
            pending[app_id] = Status(value)
        elif app_id in pending:
            out.setdefault(app_id, []).append((pending.pop(app_id), date.fromisoformat(value)))
    return out


@dataclass(frozen=True, slots=True)
class Approval:
    licence_number: str
    valid_from: date
    valid_until: date
    approved_quantity: float

    def problems(self) -> list[str]:
        out = []
        if not self.licence_number.strip():
            out.append("The licence number is required.")
        if self.valid_until < self.valid_from:
            out.append("The licence expires before it becomes valid.")
        if self.approved_quantity <= 0:
            out.append("The approved quantity must be positive.")
        return out


def write_history(conn: sqlite3.Connection, app_id: int, changes: list[tuple], reason: str,
             stamp: str) -> None:
    who = current_user()
    conn.executemany(
        """INSERT INTO licence_history (application_id, changed_at, changed_by, field,
                                        old_value, new_value, reason)
           VALUES (?, ?, ?, ?, ?, ?, ?)""",
        [(app_id, stamp, who, f, old, new, reason) for f, old, new in changes])


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
                      valid_until = ?, approved_quantity = ?, updated_at = ? WHERE id = ?""",
            (approval.licence_number.strip(), approval.valid_from.isoformat(),
             approval.valid_until.isoformat(), approval.approved_quantity, stamp, app_id))
        write_history(conn, app_id, [
            ("licence_number", None, approval.licence_number.strip()),
            ("valid_from", None, approval.valid_from.isoformat()),
            ("valid_until", None, approval.valid_until.isoformat()),
            ("approved_quantity", None, f"{approval.approved_quantity:g}"),
        ], reason, stamp)


@dataclass(frozen=True, slots=True)
class LicenceTerms:
    licence_number: str
    valid_from: date | None
    valid_until: date | None
    approved_quantity: float | None
    shipped: float


def licence_terms(conn: sqlite3.Connection, ids: Sequence[int] | None = None
                  ) -> dict[int, LicenceTerms]:
    """For each approved application (all, or those in ``ids``): its licence and how much
    has been shipped."""
    rows = conn.execute(
        """SELECT a.id, a.licence_number, a.valid_from, a.valid_until, a.approved_quantity,
                  coalesce((SELECT sum(quantity) FROM licence_shipment s
                            WHERE s.application_id = a.id), 0)
           FROM licence_application a WHERE a.status = 'approved'
            AND (? IS NULL OR a.id IN (SELECT value FROM json_each(?)))""",
        (None, None) if ids is None else (1, json.dumps(list(ids)))).fetchall()
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
        conn.execute("UPDATE licence_application SET updated_at = ? WHERE id = ?",
                     (stamp, app_id))
        write_history(conn, app_id, [("shipment", None,
                                 f"{shipped_on} {quantity:g} {reference}".strip())], "", stamp)
    return left


EDITABLE = [f for f in _FIELDS if f != "status"]
"""Fields an edit may change; the status moves only through the workflow."""


def get_application(conn: sqlite3.Connection, app_id: int) -> LicenceApplication:
    row = conn.execute(f"SELECT {', '.join(_FIELDS)} FROM licence_application WHERE id = ?",
                       (app_id,)).fetchone()
    if row is None:
        raise KeyError(f"no licence application {app_id}")
    return _from_row(row)


def update_application(conn: sqlite3.Connection, app_id: int, app: LicenceApplication,
                       reason: str = "") -> list[str]:
    """Write the fields that differ, each with its old and new value in the history, in one
    transaction; returns the fields changed. The status is not editable here."""
    problems = app.problems()
    if problems:
        raise ValueError(" ".join(problems))
    with transaction(conn):
        current = get_application(conn, app_id)
        if app.reference != current.reference and reference_exists(conn, app.reference):
            raise ValueError(f"An application with reference {app.reference!r} already "
                             "exists.")
        changed = [f for f in EDITABLE if getattr(app, f) != getattr(current, f)]
        if not changed:
            return []
        stamp = now_iso()
        assignments = ", ".join(f"{f} = ?" for f in changed)
        conn.execute(f"UPDATE licence_application SET {assignments}, updated_at = ? "
                     "WHERE id = ?",
                     (*(_to_db(f, getattr(app, f)) for f in changed), stamp, app_id))
        write_history(conn, app_id, [(f, _history_text(getattr(current, f)),
                                 _history_text(getattr(app, f))) for f in changed],
                 reason, stamp)
    return changed


@dataclass(frozen=True, slots=True)
class Shipment:
    shipped_on: date
    quantity: float
    reference: str


def shipments(conn: sqlite3.Connection, app_id: int) -> list[Shipment]:
    return [Shipment(date.fromisoformat(r[0]), r[1], r[2]) for r in conn.execute(
        "SELECT shipped_on, quantity, reference FROM licence_shipment "
        "WHERE application_id = ? ORDER BY shipped_on, id", (app_id,))]


@dataclass(frozen=True, slots=True)
class Document:
    id: int
    name: str
    stored_as: str
    """Path relative to the data folder."""
    sha256: str
    size: int
    added_at: str
    added_by: str


def documents(conn: sqlite3.Connection, app_id: int) -> list[Document]:
    return [Document(*r) for r in conn.execute(
        "SELECT id, name, stored_as, sha256, size, added_at, added_by FROM licence_document "
        "WHERE application_id = ? ORDER BY id", (app_id,))]


def add_document(conn: sqlite3.Connection, app_id: int, name: str, stored_as: str,
                 sha256: str, size: int) -> int:
    """Record a document already copied into the data folder, with its history entry, in
    one transaction."""
    with transaction(conn):
        if conn.execute("SELECT 1 FROM licence_application WHERE id = ?",
                        (app_id,)).fetchone() is None:
            raise KeyError(f"no licence application {app_id}")
        stamp = now_iso()
        cur = conn.execute(
            "INSERT INTO licence_document (application_id, name, stored_as, sha256, size, "
            "added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (app_id, name, stored_as, sha256, size, stamp, current_user()))
        conn.execute("UPDATE licence_application SET updated_at = ? WHERE id = ?",
                     (stamp, app_id))
        write_history(conn, app_id, [("document", None, f"{name} (sha256 {sha256[:12]})")], "",
                 stamp)
        return int(cur.lastrowid)


@dataclass(frozen=True, slots=True)
class ApplicationsImported:
    added: int
    already_present: list[str]
    """References already in the store: left as they are, never overwritten."""


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
