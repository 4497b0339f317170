"""Suggested event ↔ application matches, and the desk's verdict on each."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from remonitor.core.events import Event
from remonitor.core.licence import Status
from remonitor.core.matching import ApplicationLife, event_key, match_events
from remonitor.store.audit import current_user, now_iso, write_history
from remonitor.store.connection import transaction
from remonitor.store.events import list_events


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


def application_lives(conn: sqlite3.Connection, ids: Sequence[int] | None = None) -> list:
    """What event matching needs of each application (all, or those in ``ids``): its
    elements and codes, and the dates it mattered — from submission (or acceptance) to the
    licence's expiry, or to the refusal or withdrawal; open while under way."""
    rows = conn.execute(
        """SELECT id, reference, elements, control_code, hs_code, status, submitted_on,
                  accepted_on, valid_until, updated_at FROM licence_application
           WHERE CAST(? AS TEXT) IS NULL OR id IN (SELECT value FROM json_each(?))""",
        (None, None) if ids is None else (1, json.dumps(list(ids))))
    out = []
    for (app_id, ref, elements, code, hs, status, submitted, accepted, valid_until,
         updated) in rows:
        start = submitted or accepted
        if status == Status.APPROVED.value:
            end = valid_until
        elif status in (Status.DENIED.value, Status.WITHDRAWN.value):
            end = updated[:10]
        else:
            end = None
        out.append(ApplicationLife(app_id, ref, tuple(json.loads(elements)), code, hs,
                                   date.fromisoformat(start) if start else None,
                                   date.fromisoformat(end) if end else None))
    return out


def match_decisions(conn: sqlite3.Connection) -> dict[tuple[str, int], str]:
    return {(k, a): s for k, a, s in conn.execute(
        "SELECT event_key, application_id, state FROM event_match")}


def decide_match(conn: sqlite3.Connection, event_key: str, app_id: int, state: str) -> None:
    """Confirm or dismiss a suggested match; written to the application's history in the
    same transaction."""
    if state not in ("confirmed", "dismissed"):
        raise ValueError(f"a match is confirmed or dismissed, not {state!r}")
    stamp, who = now_iso(), current_user()
    with transaction(conn):
        old = conn.execute("SELECT state FROM event_match WHERE event_key = ? AND "
                           "application_id = ?", (event_key, app_id)).fetchone()
        conn.execute(
            "INSERT INTO event_match (event_key, application_id, state, decided_at, "
            "decided_by) VALUES (?, ?, ?, ?, ?) ON CONFLICT (event_key, application_id) DO "
            "UPDATE SET state = excluded.state, decided_at = excluded.decided_at, "
            "decided_by = excluded.decided_by", (event_key, app_id, state, stamp, who))
        write_history(conn, app_id, [("event " + event_key, old[0] if old else "suggested",
                                 state)], "", stamp)
