"""Suggested event ↔ application matches, with the desk's verdict on each (reads)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from remonitor.core.events import Event
from remonitor.core.matching import ApplicationLife, event_key, match_events
from remonitor.store.events import list_events
from remonitor.store.licences import application_lives, match_decisions


@dataclass(frozen=True, slots=True)
class Suggestion:
    event: Event
    life: ApplicationLife
    reasons: tuple[str, ...]
    state: str
    """'suggested', 'confirmed' or 'dismissed'."""

    @property
    def key(self) -> str:
        return event_key(self.event)


def _suggest(conn: sqlite3.Connection, events: list[Event], lives: list[ApplicationLife],
             today: date) -> list[Suggestion]:
    decided = match_decisions(conn)
    by_key = {event_key(e): e for e in events}
    by_id = {life.id: life for life in lives}
    return [Suggestion(by_key[m.event_key], by_id[m.application_id], m.reasons,
                       decided.get((m.event_key, m.application_id), "suggested"))
            for m in match_events(events, lives, today)]


def matches_for_application(conn: sqlite3.Connection, app_id: int, today: date
                            ) -> list[Suggestion]:
    return _suggest(conn, list_events(conn), application_lives(conn, [app_id]), today)


def matches_for_event(conn: sqlite3.Connection, event: Event, today: date
                      ) -> list[Suggestion]:
    return _suggest(conn, [event], application_lives(conn), today)
