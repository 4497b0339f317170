"""What deserves a reminder today: review clocks near or past their due date, licences
near expiry or nearly drawn down, events taking effect or ending soon."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from remonitor.core.matching import coming_up
from remonitor.core.reminders import ClockFact, LicenceFact, Reminder, Thresholds, reminders
from remonitor.store.events import list_events
from remonitor.store.licence_query import applications_by_id
from remonitor.store.shipments import licence_terms
from remonitor.views.tracker import licence_view, load_context


def load_reminders(conn: sqlite3.Connection, data_dir: Path | None, limits: Thresholds,
                   today: date) -> list[Reminder]:
    """What deserves a reminder today, read on a worker."""
    context = load_context(conn, data_dir, today)
    clocks = {i: c for i, c in context.clocks.items() if c.state in ("near due", "overdue")}
    terms = licence_terms(conn)
    licences = {i: v for i, t in terms.items() if (v := licence_view(t, today)) is not None}
    refs = {i: s.application.reference
            for i, s in applications_by_id(conn, list(clocks) + list(licences)).items()}
    return reminders(
        [ClockFact(refs[i], c.state, c.days_left) for i, c in clocks.items() if i in refs],
        [LicenceFact(refs[i], v.number, v.approved, v.remaining, v.days_to_expiry)
         for i, v in licences.items() if i in refs],
        coming_up(list_events(conn), today, limits.event_days), limits)
