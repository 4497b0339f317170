"""The status workflow of a licence application, as a state machine.

Draft → Submitted → Accepted → (Information requested ⇄ Accepted) → Approved / Denied /
Withdrawn. Used up and Expired follow from the drawdown and the validity dates: they are
derived, never set.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from remonitor.core.figures import number_text
from remonitor.core.licence import Status
from remonitor.core.text import label, translate

TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.DRAFT: frozenset({Status.SUBMITTED, Status.WITHDRAWN}),
    Status.SUBMITTED: frozenset({Status.ACCEPTED, Status.WITHDRAWN}),
    Status.ACCEPTED: frozenset({Status.INFO_REQUESTED, Status.APPROVED, Status.DENIED,
                                Status.WITHDRAWN}),
    Status.INFO_REQUESTED: frozenset({Status.ACCEPTED, Status.WITHDRAWN, Status.DENIED}),
    Status.APPROVED: frozenset(),
    Status.DENIED: frozenset(),
    Status.WITHDRAWN: frozenset(),
}


class InvalidTransition(ValueError):
    """A status change the workflow does not allow; the message names the allowed ones."""


def allowed(current: Status) -> list[Status]:
    return sorted(TRANSITIONS[current], key=list(Status).index)


def check_transition(current: Status, target: Status) -> Status:
    """``target`` if the workflow allows it from ``current``; else InvalidTransition."""
    if target in TRANSITIONS[current]:
        return target
    options = allowed(current)
    where = translate("Workflow", "allowed: {statuses}").format(
        statuses=", ".join(label(s) for s in options)) if options else \
        translate("Workflow", "it is final")
    raise InvalidTransition(translate(
        "Workflow", "An application that is {current} cannot become {target} ({where})."
    ).format(current=label(current), target=label(target), where=where))



class LicenceState(StrEnum):
    """What an approved licence is now: derived from drawdown and validity."""

    VALID = "valid"
    USED_UP = "used up"
    EXPIRED = "expired"
    NOT_YET_VALID = "not yet valid"


def licence_state(approved_quantity: float, shipped: float, valid_from: date | None,
                  valid_until: date | None, today: date) -> LicenceState:
    if approved_quantity and shipped >= approved_quantity:
        return LicenceState.USED_UP
    if valid_until and today > valid_until:
        return LicenceState.EXPIRED
    if valid_from and today < valid_from:
        return LicenceState.NOT_YET_VALID
    return LicenceState.VALID


class DrawdownExceeded(ValueError):
    """A shipment would draw more than the licence has left."""


def remaining(approved_quantity: float, shipments: list[float]) -> float:
    return approved_quantity - sum(shipments)


def check_shipment(approved_quantity: float, shipments: list[float], quantity: float) -> float:
    """What is left after this shipment; refuses a non-positive or excessive one."""
    if quantity <= 0:
        raise DrawdownExceeded(translate("Workflow", "A shipment's quantity must be positive."))
    left = remaining(approved_quantity, shipments)
    if quantity > left + 1e-9:
        raise DrawdownExceeded(translate(
            "Workflow", "This shipment ({quantity}) exceeds what the licence has left ({left} "
            "of {approved}).").format(quantity=number_text(quantity), left=number_text(left),
                                      approved=number_text(approved_quantity)))
    return left - quantity
