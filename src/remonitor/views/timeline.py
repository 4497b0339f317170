"""What the timeline shows: every event, and the applications one of them may touch."""

from __future__ import annotations

import sqlite3
from datetime import date

from remonitor.core.events import Event
from remonitor.store.event_matches import Suggestion, matches_for_event
from remonitor.store.events import list_events


def events(conn: sqlite3.Connection) -> list[Event]:
    """Every event, with the keys of the events it acts on."""
    return list_events(conn)


def touches(conn: sqlite3.Connection, event: Event, today: date) -> list[Suggestion]:
    """The applications ``event`` may touch (same element, control code or HS code while
    the application was under way), with the desk's verdicts."""
    return matches_for_event(conn, event, today)
