"""Export-licence applications: their fields and the statuses a user can set."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from remonitor.core.text import QT_TRANSLATE_NOOP, label, translate


class Status(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    ACCEPTED = "accepted"
    INFO_REQUESTED = "info_requested"
    APPROVED = "approved"
    DENIED = "denied"
    WITHDRAWN = "withdrawn"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    Status.DRAFT: "Draft",
    Status.SUBMITTED: "Submitted",
    Status.ACCEPTED: "Accepted",
    Status.INFO_REQUESTED: "Information requested",
    Status.APPROVED: "Approved",
    Status.DENIED: "Denied",
    Status.WITHDRAWN: "Withdrawn",
}


class LicenceType(StrEnum):
    SINGLE = "single"
    GENERAL = "general"


@dataclass(frozen=True, slots=True)
class LicenceApplication:
    """The fields a user fills in; the store adds id and timestamps."""

    reference: str
    applicant: str = ""
    item: str = ""
    control_code: str = ""
    hs_code: str = ""
    elements: tuple[str, ...] = ()
    quantity: float | None = None
    quantity_unit: str = "kg"
    value: float | None = None
    currency: str = "USD"
    destination: str = ""
    consignee: str = ""
    end_user: str = ""
    end_use: str = ""
    licence_type: LicenceType = LicenceType.SINGLE
    status: Status = Status.DRAFT
    mofcom_number: str = ""
    contract_number: str = ""
    submitted_on: date | None = None
    accepted_on: date | None = None
    green_channel: bool = False
    notes: str = ""
    end_users: tuple[tuple[str, str], ...] = ()
    """A general licence's end users, each with its destination country."""

    def problems(self) -> list[str]:
        """Reasons this application cannot be saved; empty when it can."""
        out = []
        if not self.reference.strip():
            out.append(translate("Licence", "Internal reference is required."))
        if self.quantity is not None and self.quantity <= 0:
            out.append(translate("Licence", "Quantity must be positive."))
        if self.value is not None and self.value < 0:
            out.append(translate("Licence", "Value cannot be negative."))
        if self.submitted_on and self.accepted_on and self.accepted_on < self.submitted_on:
            out.append(translate("Licence", "Accepted date is before the submitted date."))
        if self.licence_type is LicenceType.SINGLE and len(self.end_users) > 1:
            out.append(translate("Licence", "A single licence has one end user; choose a "
                                 "general licence for several."))
        for name, country in self.end_users:
            if not name.strip() or not country.strip():
                out.append(translate("Licence", "Every end user of a general licence needs "
                                     "a name and a destination."))
                break
        missing = self.missing_for(self.status)
        if missing:
            out.append(translate("Licence", "{status} applications need: {fields}.").format(
                status=label(self.status), fields=", ".join(missing)))
        return out

    def missing_for(self, status: Status) -> list[str]:
        """Labels of the fields ``status`` requires that this application leaves empty."""
        return [translate("Licence", FIELD_LABELS[f])
                for f in required_fields(status, self.licence_type)
                if getattr(self, f) in (None, "", ())]


FIELD_LABELS = {
    "reference": QT_TRANSLATE_NOOP("Licence", "internal reference"),
    "applicant": QT_TRANSLATE_NOOP("Licence", "applicant"),
    "item": QT_TRANSLATE_NOOP("Licence", "item"),
    "control_code": QT_TRANSLATE_NOOP("Licence", "control code"),
    "quantity": QT_TRANSLATE_NOOP("Licence", "quantity"),
    "destination": QT_TRANSLATE_NOOP("Licence", "destination"),
    "end_user": QT_TRANSLATE_NOOP("Licence", "end user"),
    "end_users": QT_TRANSLATE_NOOP("Licence", "end users"),
    "end_use": QT_TRANSLATE_NOOP("Licence", "end use"),
    "submitted_on": QT_TRANSLATE_NOOP("Licence", "submitted date"),
    "mofcom_number": QT_TRANSLATE_NOOP("Licence", "MOFCOM application number"),
    "accepted_on": QT_TRANSLATE_NOOP("Licence", "accepted date"),
    "quantity_unit": QT_TRANSLATE_NOOP("Licence", "quantity unit"),
    "hs_code": QT_TRANSLATE_NOOP("Licence", "HS code"),
    "elements": QT_TRANSLATE_NOOP("Licence", "elements"),
    "value": QT_TRANSLATE_NOOP("Licence", "value"),
    "currency": QT_TRANSLATE_NOOP("Licence", "currency"),
    "licence_type": QT_TRANSLATE_NOOP("Licence", "licence type"),
    "green_channel": QT_TRANSLATE_NOOP("Licence", "green channel"),
    "notes": QT_TRANSLATE_NOOP("Licence", "notes"),
    "contract_number": QT_TRANSLATE_NOOP("Licence", "contract number"),
    "consignee": QT_TRANSLATE_NOOP("Licence", "consignee"),
    "status": QT_TRANSLATE_NOOP("Licence", "status"),
    "created": QT_TRANSLATE_NOOP("Licence", "created"),
    "document": QT_TRANSLATE_NOOP("Licence", "document"),
    "shipment": QT_TRANSLATE_NOOP("Licence", "shipment"),
    "approved_quantity": QT_TRANSLATE_NOOP("Licence", "approved quantity"),
    "licence_number": QT_TRANSLATE_NOOP("Licence", "licence number"),
    "valid_from": QT_TRANSLATE_NOOP("Licence", "valid from"),
    "valid_until": QT_TRANSLATE_NOOP("Licence", "valid until"),
}
"""Fields as named in messages and the history (English here; translated where shown)."""


def field_label(name: str) -> str:
    """A field as a person reads it, in the window's language (``submitted_on`` →
    "submitted date"); an event match (``event mofcom-2025-18``) as "event …"."""
    if name.startswith("event "):
        return translate("Licence", "event {key}").format(key=name[6:])
    found = FIELD_LABELS.get(name)
    return translate("Licence", found) if found else name.replace("_", " ")

_TO_SUBMIT = ("applicant", "item", "control_code", "quantity", "end_use", "submitted_on")
_ONCE_ACCEPTED = ("mofcom_number", "accepted_on")


def required_fields(status: Status, licence_type: LicenceType = LicenceType.SINGLE
                    ) -> tuple[str, ...]:
    """What an application must carry to be in ``status``: a draft (or a withdrawn one,
    which may never have been sent) only its reference; what MOFCOM needs once submitted;
    its number and acceptance date once accepted. A single licence names its end user and
    destination, a general one its list of end users."""
    if status in (Status.DRAFT, Status.WITHDRAWN):
        return ("reference",)
    parties = (("end_users",) if licence_type is LicenceType.GENERAL
               else ("end_user", "destination"))
    fields = ("reference", *_TO_SUBMIT, *parties)
    if status is Status.SUBMITTED:
        return fields
    return (*fields, *_ONCE_ACCEPTED)


# -- the records of an application, as the store keeps them ----------------------------


@dataclass(frozen=True, slots=True)
class StoredApplication:
    id: int
    application: LicenceApplication
    created_at: str
    updated_at: str
    version: int = 1
    """Counts the application's changes: a save names the version it was edited from and
    is refused if another has been saved meanwhile (store.applications)."""


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


@dataclass(frozen=True, slots=True)
class Approval:
    """What MOFCOM granted: the licence's number, validity and quantity."""

    licence_number: str
    valid_from: date
    valid_until: date
    approved_quantity: float

    def problems(self) -> list[str]:
        out = []
        if not self.licence_number.strip():
            out.append(translate("Licence", "The licence number is required."))
        if self.valid_until < self.valid_from:
            out.append(translate("Licence", "The licence expires before it becomes valid."))
        if self.approved_quantity <= 0:
            out.append(translate("Licence", "The approved quantity must be positive."))
        return out


@dataclass(frozen=True, slots=True)
class LicenceTerms:
    licence_number: str
    valid_from: date | None
    valid_until: date | None
    approved_quantity: float | None
    shipped: float


@dataclass(frozen=True, slots=True)
class Shipment:
    shipped_on: date
    quantity: float
    reference: str


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


@dataclass(frozen=True, slots=True)
class ApplicationsImported:
    added: int
    already_present: list[str]
    """References already in the store: left as they are, never overwritten."""


RUNNABLE = frozenset({
    ".app", ".bat", ".cmd", ".com", ".cpl", ".desktop", ".exe", ".hta", ".jar", ".js",
    ".jse", ".lnk", ".msi", ".msp", ".ps1", ".py", ".pyw", ".reg", ".scr", ".sh", ".vbe",
    ".vbs", ".wsf", ".command", ".appimage", ".run", ".bin",
})
"""Extensions a system viewer would run rather than show: such files are kept, never
opened; the user is shown their folder instead."""


def is_runnable(path: Path | str) -> bool:
    """A file a system viewer would run rather than show (a program, a script)."""
    return Path(path).suffix.lower() in RUNNABLE
