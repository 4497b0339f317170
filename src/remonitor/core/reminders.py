"""Reminders: what deserves a word today, each at most once a day.

Licence applications whose review clock is near due or overdue, licences near expiry or
nearly drawn down, events taking effect and measures ending (the timeline's "coming up").
Each reminder has a stable key; the caller remembers which keys it showed on which day.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from remonitor.core.figures import number_text
from remonitor.core.matching import Upcoming
from remonitor.core.text import translate, word


@dataclass(frozen=True, slots=True)
class Thresholds:
    expiry_days: int = 30
    """A licence expiring within this many days is named."""
    drawn_pct: float = 90.0
    """A licence with this share of its quantity shipped is named."""
    event_days: int = 7
    """Events taking effect or ending within this many days are named."""


@dataclass(frozen=True, slots=True)
class ClockFact:
    reference: str
    state: str
    """'near due' or 'overdue' (others are not reminded)."""
    days_left: int | None


@dataclass(frozen=True, slots=True)
class LicenceFact:
    reference: str
    number: str
    approved: float
    remaining: float
    days_to_expiry: int | None


@dataclass(frozen=True, slots=True)
class Reminder:
    key: str
    title: str
    text: str
    urgent: bool = False


def reminders(clocks: Iterable[ClockFact], licences: Iterable[LicenceFact],
              upcoming: Iterable[Upcoming], limits: Thresholds = Thresholds()
              ) -> list[Reminder]:
    out: list[Reminder] = []
    for c in clocks:
        if c.state == "overdue":
            out.append(Reminder(
                f"clock:{c.reference}:overdue",
                translate("Reminders", "{reference} is overdue").format(reference=c.reference),
                translate("Reminders", "The 45-working-day review ended {n} working day(s) "
                          "ago without a decision recorded.").format(n=-(c.days_left or 0)),
                True))
        elif c.state == "near due":
            out.append(Reminder(
                f"clock:{c.reference}:near",
                translate("Reminders", "{reference} is near due").format(reference=c.reference),
                translate("Reminders", "A decision is due in {n} working day(s).").format(
                    n=c.days_left)))
    for lic in licences:
        if lic.days_to_expiry is not None and 0 <= lic.days_to_expiry <= limits.expiry_days:
            out.append(Reminder(
                f"licence:{lic.reference}:expiry",
                translate("Reminders", "Licence {number} expires soon").format(
                    number=lic.number or lic.reference),
                translate("Reminders", "{reference}: valid {n} more day(s); {remaining} of "
                          "{approved} left.").format(
                    reference=lic.reference, n=lic.days_to_expiry,
                    remaining=number_text(lic.remaining),
                    approved=number_text(lic.approved)),
                lic.days_to_expiry <= 7))
        if lic.approved > 0 and lic.remaining > 0 and \
                (lic.approved - lic.remaining) / lic.approved * 100 >= limits.drawn_pct:
            out.append(Reminder(
                f"licence:{lic.reference}:drawn",
                translate("Reminders", "Licence {number} is nearly drawn down").format(
                    number=lic.number or lic.reference),
                translate("Reminders", "{reference}: {remaining} of {approved} left.").format(
                    reference=lic.reference, remaining=number_text(lic.remaining),
                    approved=number_text(lic.approved))))
    for u in upcoming:
        if u.days_left > limits.event_days:
            continue
        what = word(u.what)
        title = translate("Reminders", "{title} {what} today") if u.days_left == 0 else \
            translate("Reminders", "{title} {what} in {n} day(s), {date}")
        out.append(Reminder(f"event:{u.event.key or u.event.title}:{u.what}:{u.on.isoformat()}",
                            title.format(title=u.event.title, what=what, n=u.days_left,
                                         date=u.on.isoformat()),
                            f"{u.event.authority} · {u.event.title}", u.days_left == 0))
    return out


def due_today(found: Iterable[Reminder], shown: Mapping[str, str], today: date
              ) -> list[Reminder]:
    """The reminders not yet shown today (``shown``: key → ISO day last shown)."""
    day = today.isoformat()
    return [r for r in found if shown.get(r.key) != day]
