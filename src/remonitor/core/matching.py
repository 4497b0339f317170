"""Events meet applications: which policy events may touch which licence applications, and
which dates lie ahead.

An event may touch an application when they share an element, a control code or an HS code
(one a prefix of the other, at least 4 digits), and the event is in force at some point of
the application's life. The match is a suggestion with its reasons; the desk confirms or
dismisses it (the store keeps that decision).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from remonitor.core.events import Event
from remonitor.core.text import translate

HS_PREFIX = 4


@dataclass(frozen=True, slots=True)
class ApplicationLife:
    """What matching needs of an application."""

    id: int
    reference: str
    elements: tuple[str, ...]
    control_code: str
    hs_code: str
    start: date | None
    """Submitted (or accepted) on; None for a draft, whose life has not begun."""
    end: date | None
    """When it stopped mattering (licence expiry, refusal, withdrawal); None while open."""


@dataclass(frozen=True, slots=True)
class Match:
    event_key: str
    application_id: int
    reasons: tuple[str, ...]


def _hs(code: str) -> str:
    return "".join(ch for ch in code if ch.isdigit())


def _hs_related(a: str, b: str) -> bool:
    a, b = _hs(a), _hs(b)
    if len(a) < HS_PREFIX or len(b) < HS_PREFIX:
        return False
    return a.startswith(b) or b.startswith(a)


def event_span(event: Event) -> tuple[date, date | None]:
    """When the event is in force: from its effective date (or announcement) to its end, or
    open-ended."""
    return event.start, event.end


def overlaps(event: Event, life: ApplicationLife, today: date) -> bool:
    if life.start is None:
        return False
    start, end = event_span(event)
    life_end = life.end or today
    return start <= life_end and (end is None or life.start <= end)


def reasons(event: Event, life: ApplicationLife) -> tuple[str, ...]:
    found = []
    shared = sorted(set(event.elements) & set(life.elements))
    if shared:
        found.append(translate("Matching", "element {symbols}").format(
            symbols=" ".join(shared)))
    code = life.control_code.strip().upper()
    if code and code in {c.strip().upper() for c in event.control_codes}:
        found.append(translate("Matching", "control code {code}").format(code=code))
    hs = [h for h in event.hs_codes if life.hs_code and _hs_related(h, life.hs_code)]
    if hs:
        found.append(f"HS {hs[0]}")
    return tuple(found)


def event_key(event: Event) -> str:
    """How a match names its event: the key, or the id of an event entered without one."""
    return event.key or (f"id:{event.id}" if event.id is not None else event.title)


def match_events(events: Iterable[Event], lives: Iterable[ApplicationLife], today: date
                 ) -> list[Match]:
    """Every (event, application) pair that shares something and overlaps in time."""
    lives = list(lives)
    out = []
    for event in events:
        key = event_key(event)
        for life in lives:
            why = reasons(event, life)
            if why and overlaps(event, life, today):
                out.append(Match(key, life.id, why))
    return out


@dataclass(frozen=True, slots=True)
class Upcoming:
    on: date
    what: str
    """'takes effect' or 'ends'."""
    event: Event
    days_left: int


def coming_up(events: Iterable[Event], today: date, horizon_days: int = 120
              ) -> list[Upcoming]:
    """Effective dates and ends of spans from today to the horizon, soonest first (the
    timeline's list and the refresh worker's reminders)."""
    out = []
    for event in events:
        if event.effective and event.effective != event.announced:
            out.append(Upcoming(event.effective, "takes effect", event,
                                (event.effective - today).days))
        if event.end:
            out.append(Upcoming(event.end, "ends", event, (event.end - today).days))
    return sorted((u for u in out if 0 <= u.days_left <= horizon_days),
                  key=lambda u: (u.on, u.event.title))
