"""The tracker's columns: what each shows of an application, its tooltip, colour and the
key it sorts by in SQL."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from remonitor.core.figures import number_text
from remonitor.core.licence import LicenceApplication
from remonitor.ui import theme
from remonitor.ui.vocabulary import label
from remonitor.ui.widgets.table_model import Column
from remonitor.views.tracker import TrackerRow

translate = QCoreApplication.translate

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
        return translate("TrackerColumns", "clock stopped")
    return d.due.isoformat() + (translate("TrackerColumns", " (est.)") if d.estimated else "")


def _clock_tip(row: TrackerRow) -> str:
    d = row.clock.deadline
    if d is None:
        return translate("TrackerColumns",
                         "No review clock: the application is not under review.")
    if d.stopped:
        return translate("TrackerColumns", "Information requested: the clock is stopped "
                         "after {n} working days.").format(n=d.days_used)
    text = translate("TrackerColumns", "Decision due by the end of working day 45 after "
                     "acceptance: {due}. {n} working days left.").format(
        due=d.due, n=row.clock.days_left)
    if d.estimated:
        text += translate("TrackerColumns", " Estimated: the State Council's holiday notice "
                          "for {years} is not in the calendar, so its statutory holidays "
                          "are counted but not its make-up working weekends. Add the "
                          "notice's days to calendar.csv in the data folder (date, kind = "
                          "holiday or workday, name) to make it exact.").format(
            years=", ".join(map(str, d.uncovered)))
    return text


def _licence_text(row: TrackerRow) -> str:
    if row.licence is None:
        return ""
    text = label(row.licence.state)
    if row.licence.state.value == "valid" and row.licence.days_to_expiry is not None:
        text += translate("TrackerColumns", ", {n} d to expiry").format(
            n=row.licence.days_to_expiry)
    return text


def _licence_tip(row: TrackerRow) -> str:
    lic = row.licence
    if lic is None:
        return translate("TrackerColumns", "No licence yet.")
    text = translate("TrackerColumns", "Licence {number}: {approved} {unit} approved, "
                     "{remaining} left; {state}").format(
        number=lic.number, approved=number_text(lic.approved), unit=row.application.quantity_unit,
        remaining=number_text(lic.remaining), state=label(lic.state))
    if lic.days_to_expiry is not None:
        text += translate("TrackerColumns", ", expires in {n} days").format(
            n=lic.days_to_expiry)
    return text


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


TITLES = {
    "reference": QT_TRANSLATE_NOOP("TrackerColumns", "Reference"),
    "status": QT_TRANSLATE_NOOP("TrackerColumns", "Status"),
    "days_left": QT_TRANSLATE_NOOP("TrackerColumns", "Days left"),
    "due": QT_TRANSLATE_NOOP("TrackerColumns", "Decision due"),
    "licence": QT_TRANSLATE_NOOP("TrackerColumns", "Licence"),
    "remaining": QT_TRANSLATE_NOOP("TrackerColumns", "Remaining"),
    "applicant": QT_TRANSLATE_NOOP("TrackerColumns", "Applicant"),
    "item": QT_TRANSLATE_NOOP("TrackerColumns", "Item"),
    "control_code": QT_TRANSLATE_NOOP("TrackerColumns", "Control code"),
    "elements": QT_TRANSLATE_NOOP("TrackerColumns", "Elements"),
    "quantity": QT_TRANSLATE_NOOP("TrackerColumns", "Quantity"),
    "quantity_unit": QT_TRANSLATE_NOOP("TrackerColumns", "Unit"),
    "destination": QT_TRANSLATE_NOOP("TrackerColumns", "Destination"),
    "end_user": QT_TRANSLATE_NOOP("TrackerColumns", "End user"),
    "mofcom_number": QT_TRANSLATE_NOOP("TrackerColumns", "MOFCOM no."),
    "hs_code": QT_TRANSLATE_NOOP("TrackerColumns", "HS code"),
    "value": QT_TRANSLATE_NOOP("TrackerColumns", "Value"),
    "currency": QT_TRANSLATE_NOOP("TrackerColumns", "Currency"),
    "licence_type": QT_TRANSLATE_NOOP("TrackerColumns", "Licence type"),
    "green_channel": QT_TRANSLATE_NOOP("TrackerColumns", "Green channel"),
    "contract_number": QT_TRANSLATE_NOOP("TrackerColumns", "Contract"),
    "submitted_on": QT_TRANSLATE_NOOP("TrackerColumns", "Submitted"),
    "accepted_on": QT_TRANSLATE_NOOP("TrackerColumns", "Accepted"),
    "updated_at": QT_TRANSLATE_NOOP("TrackerColumns", "Updated"),
}
"""Column titles by sort key, in English (importers.applications reads them back, and
their Chinese translations too)."""


def _column(key: str, value, tooltip=None, **kw) -> Column:
    return Column(translate("TrackerColumns", TITLES[key]), value, tooltip, key=key, **kw)


def tracker_columns() -> list[Column]:
    """Every column, titled in the window's language (the tracker's export writes the
    titles shown)."""
    return [
        _column("reference", lambda r: _a(r).reference),
        _column("status", lambda r: label(_a(r).status)),
        _column("days_left", lambda r: r.clock.days_left, _clock_tip, colour=_clock_colour,
                align_right=True),
        _column("due", _due, _clock_tip, colour=_clock_colour),
        _column("licence", _licence_text, _licence_tip, colour=_licence_colour),
        _column("remaining", lambda r: r.licence.remaining if r.licence else None,
                _licence_tip, align_right=True),
        _column("applicant", lambda r: _a(r).applicant),
        _column("item", lambda r: _a(r).item),
        _column("control_code", lambda r: _a(r).control_code),
        _column("elements", lambda r: _a(r).elements),
        _column("quantity", lambda r: _a(r).quantity, align_right=True),
        _column("quantity_unit", lambda r: _a(r).quantity_unit),
        _column("destination", _destinations),
        _column("end_user", _end_users),
        _column("mofcom_number", lambda r: _a(r).mofcom_number),
        _column("hs_code", lambda r: _a(r).hs_code),
        _column("value", lambda r: _a(r).value, align_right=True),
        _column("currency", lambda r: _a(r).currency),
        _column("licence_type", lambda r: label(_a(r).licence_type)),
        _column("green_channel", lambda r: translate("TrackerColumns", "yes")
                if _a(r).green_channel else ""),
        _column("contract_number", lambda r: _a(r).contract_number),
        _column("submitted_on", lambda r: _a(r).submitted_on),
        _column("accepted_on", lambda r: _a(r).accepted_on),
        _column("updated_at", lambda r: r.stored.updated_at.replace("T", " ")[:16]),
    ]
