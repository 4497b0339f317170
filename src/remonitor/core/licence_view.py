"""What the tracker shows for an application: its clock, derived from its status history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from remonitor.core.licence import LicenceApplication, Status
from remonitor.core.licence_clock import Deadline, Pause, deadline
from remonitor.core.working_days import WorkingCalendar

UNDER_REVIEW = {Status.ACCEPTED, Status.INFO_REQUESTED}


def pauses_from(history: list[tuple[Status, date]]) -> list[Pause]:
    """Information-request periods from the dated status changes."""
    pauses, opened = [], None
    for status, on in history:
        if status is Status.INFO_REQUESTED and opened is None:
            opened = on
        elif status is not Status.INFO_REQUESTED and opened is not None:
            pauses.append(Pause(opened, on))
            opened = None
    if opened is not None:
        pauses.append(Pause(opened))
    return pauses


@dataclass(frozen=True, slots=True)
class ClockView:
    deadline: Deadline | None
    days_left: int | None
    state: str
    """running, near due, overdue, stopped, or '' when no clock runs."""


def clock_view(app: LicenceApplication, history: list[tuple[Status, date]],
               calendar: WorkingCalendar, today: date) -> ClockView:
    return clock_for(app.status, app.accepted_on, pauses_from(history), calendar, today)


def clock_for(status: Status, accepted: date | None, pauses: list[Pause],
              calendar: WorkingCalendar, today: date) -> ClockView:
    if status not in UNDER_REVIEW or accepted is None:
        return ClockView(None, None, "")
    due = deadline(accepted, calendar, pauses, today)
    return ClockView(due, due.days_left(calendar, today), due.state(calendar, today))
