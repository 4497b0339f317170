"""The tracker's columns: what each shows of an application, its tooltip, colour and the
key it sorts by in SQL."""

from __future__ import annotations

from remonitor.core.licence import LicenceApplication
from remonitor.ui import theme
from remonitor.ui.table_model import Column
from remonitor.ui.tracker_data import TrackerRow

WIDTHS = {"reference": 110, "status": 110, "days_left": 70, "due": 130, "licence": 170,
          "remaining": 80, "applicant": 170, "item": 140, "elements": 70, "quantity": 80,
          "quantity_unit": 45, "destination": 80, "end_user": 170}
"""Starting widths in pixels; the user's own are remembered with the window."""


def _a(row: TrackerRow) -> LicenceApplication:
    return row.application


def _due(row: TrackerRow) -> str:
    d = row.clock.deadline
    if d is None:
        return ""
    if d.stopped:
        return "clock stopped"
    return d.due.isoformat() + (" (est.)" if d.estimated else "")


def _clock_tip(row: TrackerRow) -> str:
    d = row.clock.deadline
    if d is None:
        return "No review clock: the application is not under review."
    if d.stopped:
        return (f"Information requested: the clock is stopped after {d.days_used} working "
                "days.")
    text = (f"Decision due by the end of working day 45 after acceptance: {d.due}. "
            f"{row.clock.days_left} working days left.")
    if d.estimated:
        text += " Estimated: the holiday calendar does not cover the whole period."
    return text


def _licence_text(row: TrackerRow) -> str:
    if row.licence is None:
        return ""
    text = row.licence.state.value
    if row.licence.state.value == "valid" and row.licence.days_to_expiry is not None:
        text += f", {row.licence.days_to_expiry} d to expiry"
    return text


def _licence_tip(row: TrackerRow) -> str:
    lic = row.licence
    if lic is None:
        return "No licence yet."
    return (f"Licence {lic.number}: {lic.approved:g} {row.application.quantity_unit} "
            f"approved, {lic.remaining:g} left; {lic.state.value}"
            + (f", expires in {lic.days_to_expiry} days" if lic.days_to_expiry is not None
               else ""))


def _licence_colour(row: TrackerRow):
    lic = row.licence
    if lic is None:
        return None
    if lic.state.value in ("expired", "used up"):
        return theme.muted()
    if lic.days_to_expiry is not None and lic.days_to_expiry <= 30:
        return theme.near_due()
    return None


def _clock_colour(row: TrackerRow):
    if row.clock.state == "overdue":
        return theme.overdue()
    if row.clock.state == "near due":
        return theme.near_due()
    return None


def _destinations(row: TrackerRow) -> str:
    a = row.application
    return a.destination or ", ".join(dict.fromkeys(c for _, c in a.end_users))


def _end_users(row: TrackerRow) -> str:
    a = row.application
    return a.end_user or "; ".join(n for n, _ in a.end_users)


def tracker_columns(tr) -> list[Column]:
    """Every column, titles through ``tr`` (the panel's translation)."""
    return [
        Column(tr("Reference"), lambda r: _a(r).reference, key="reference"),
        Column(tr("Status"), lambda r: _a(r).status.label, key="status"),
        Column(tr("Days left"), lambda r: r.clock.days_left, _clock_tip,
               colour=_clock_colour, align_right=True, key="days_left"),
        Column(tr("Decision due"), _due, _clock_tip, colour=_clock_colour, key="due"),
        Column(tr("Licence"), _licence_text, _licence_tip, colour=_licence_colour,
               key="licence"),
        Column(tr("Remaining"), lambda r: r.licence.remaining if r.licence else None,
               _licence_tip, align_right=True, key="remaining"),
        Column(tr("Applicant"), lambda r: _a(r).applicant, key="applicant"),
        Column(tr("Item"), lambda r: _a(r).item, key="item"),
        Column(tr("Control code"), lambda r: _a(r).control_code, key="control_code"),
        Column(tr("Elements"), lambda r: _a(r).elements, key="elements"),
        Column(tr("Quantity"), lambda r: _a(r).quantity, align_right=True,
               key="quantity"),
        Column(tr("Unit"), lambda r: _a(r).quantity_unit, key="quantity_unit"),
        Column(tr("Destination"), _destinations, key="destination"),
        Column(tr("End user"), _end_users, key="end_user"),
        Column(tr("MOFCOM no."), lambda r: _a(r).mofcom_number, key="mofcom_number"),
        Column(tr("HS code"), lambda r: _a(r).hs_code, key="hs_code"),
        Column(tr("Value"), lambda r: _a(r).value, align_right=True, key="value"),
        Column(tr("Currency"), lambda r: _a(r).currency, key="currency"),
        Column(tr("Licence type"), lambda r: _a(r).licence_type.value,
               key="licence_type"),
        Column(tr("Green channel"), lambda r: "yes" if _a(r).green_channel else "",
               key="green_channel"),
        Column(tr("Contract"), lambda r: _a(r).contract_number,
               key="contract_number"),
        Column(tr("Submitted"), lambda r: _a(r).submitted_on, key="submitted_on"),
        Column(tr("Accepted"), lambda r: _a(r).accepted_on, key="accepted_on"),
        Column(tr("Updated"), lambda r: r.stored.updated_at.replace("T", " ")[:16],
               key="updated_at"),
    ]
