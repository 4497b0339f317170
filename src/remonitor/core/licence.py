"""Export-licence applications: their fields and the statuses a user can set."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


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

    def problems(self) -> list[str]:
        """Reasons this application cannot be saved; empty when it can."""
        out = []
        if not self.reference.strip():
            out.append("Internal reference is required.")
        if self.quantity is not None and self.quantity <= 0:
            out.append("Quantity must be positive.")
        if self.value is not None and self.value < 0:
            out.append("Value cannot be negative.")
        if self.submitted_on and self.accepted_on and self.accepted_on < self.submitted_on:
            out.append("Accepted date is before the submitted date.")
        return out
