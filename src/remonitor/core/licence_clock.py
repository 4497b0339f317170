"""The statutory review clock: a decision is due at the end of working day 45 after
acceptance; days while information is requested do not count.

Day 1 is the first working day after acceptance. A request for information stops the clock
from the day after the request; counting resumes on the first working day after the answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from remonitor.core.text import translate
from remonitor.core.working_days import WorkingCalendar

REVIEW_WORKING_DAYS = 45
NEAR_DUE_WORKING_DAYS = 10


@dataclass(frozen=True, slots=True)
class Pause:
    requested: date
    answered: date | None = None

    def holds(self, day: date) -> bool:
        return day > self.requested and (self.answered is None or day <= self.answered)


@dataclass(frozen=True, slots=True)
class Deadline:
    due: date | None
    """End of working day 45; None while information is requested (the clock is stopped)."""
    estimated: bool
    """True when the count ran past the years the holiday calendar covers."""
    days_used: int
    """Working days counted so far (as of ``today``)."""
    uncovered: tuple[int, ...] = ()
    """The years counted whose official holiday notice the calendar lacks."""

    @property
    def stopped(self) -> bool:
        return self.due is None

    def days_left(self, calendar: WorkingCalendar, today: date) -> int | None:
        """Working days from today to the due date (0 on the due day, negative when late)."""
        if self.due is None:
            return None
        return calendar.working_days_between(today, self.due)

    def state(self, calendar: WorkingCalendar, today: date) -> str:
        left = self.days_left(calendar, today)
        if left is None:
            return "stopped"
        if left < 0:
            return "overdue"
        if left <= NEAR_DUE_WORKING_DAYS:
            return "near due"
        return "running"


def deadline(accepted: date, calendar: WorkingCalendar, pauses: list[Pause] = (),
             today: date | None = None, limit: int = REVIEW_WORKING_DAYS) -> Deadline:
    """When the decision is due, counting working days after ``accepted`` outside pauses."""
    open_pause = next((p for p in pauses if p.answered is None), None)
    count, day, used = 0, accepted, 0
    uncovered: dict[int, None] = {}
    horizon = accepted + timedelta(days=3 * 366)  # guard: no real clock runs this long
    while day < horizon:
        day += timedelta(days=1)
        if open_pause and open_pause.holds(day):
            return Deadline(None, bool(uncovered), used if today else count,
                            tuple(uncovered))
        if any(p.holds(day) for p in pauses) or not calendar.is_working_day(day):
            continue
        count += 1
        if not calendar.covers(day):
            uncovered[day.year] = None
        if today is not None and day <= today:
            used = count
        if count == limit:
            return Deadline(day, bool(uncovered), used if today is not None else count,
                            tuple(uncovered))
    raise ValueError(translate("LicenceClock", "the review clock did not reach its limit "
                               "within three years"))
