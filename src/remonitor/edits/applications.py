"""Writes to the licence register: each saved with its append-only history, in one
transaction."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from remonitor.core.changes import StoreChange
from remonitor.core.licence import Approval, LicenceApplication, Status, StoredApplication
from remonitor.core.text import translate
from remonitor.edits import Edit
from remonitor.store import applications, documents, event_matches, shipments, workflow

APPLICATIONS = StoreChange(applications=True)


def new_application(app: LicenceApplication) -> Edit:
    """Record a new application (its reference must be new)."""
    return Edit(translate("Edits", "save application"),
                lambda conn, ctx: applications.save_new_application(conn, app), APPLICATIONS)


def edit_application(app_id: int, app: LicenceApplication, reason: str,
                     base: StoredApplication | None = None) -> Edit:
    """Write the changed fields of an application; the result names them. With ``base``
    (the application as the form read it), refused if someone saved it meanwhile."""
    return Edit(translate("Edits", "edit application"),
                lambda conn, ctx: applications.update_application(conn, app_id, app, reason,
                                                                  base),
                APPLICATIONS)


def change_status(app_ids: list[int], target: Status, on: date, reason: str) -> Edit:
    """Move applications through the workflow: all of them, or none."""
    return Edit(translate("Edits", "change status"),
                lambda conn, ctx: workflow.change_status(conn, app_ids, target, on, reason),
                APPLICATIONS)


def approve(app_id: int, approval: Approval, on: date, reason: str) -> Edit:
    """Approve, with the licence's number, validity and quantity."""
    return Edit(translate("Edits", "change status"),
                lambda conn, ctx: workflow.approve(conn, app_id, approval, on, reason),
                APPLICATIONS)


def record_shipment(app_id: int, on: date, quantity: float, reference: str) -> Edit:
    """Draw a shipment against an approved licence; the result is what is left."""
    return Edit(translate("Edits", "record shipment"),
                lambda conn, ctx: shipments.add_shipment(conn, app_id, on, quantity, reference),
                APPLICATIONS)


def attach_document(data_dir: Path, app_id: int, path: Path) -> Edit:
    """Keep a copy of a file with the application, in the data folder."""
    return Edit(translate("Edits", "attach {file}").format(file=path.name),
                lambda conn, ctx: documents.attach_document(conn, data_dir, app_id,
                                                                    path), APPLICATIONS)


def import_applications(apps: list[LicenceApplication], file_name: str) -> Edit:
    """Add every application whose reference is new; the others are left as they are."""
    return Edit(translate("Edits", "import applications"),
                lambda conn, ctx: applications.import_applications(conn, apps, file_name),
                APPLICATIONS)


def decide_match(event_key: str, app_id: int, state: str) -> Edit:
    """The desk's verdict on an event that may touch an application (confirmed, dismissed)."""
    return Edit(translate("Edits", "record an event match"),
                lambda conn, ctx: event_matches.decide_match(conn, event_key, app_id, state),
                APPLICATIONS)
