"""What the tracker lists, read and computed on a worker thread."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from remonitor.core.licence import LicenceApplication
from remonitor.core.licence_view import ClockView, clock_view
from remonitor.importers.calendar import working_calendar
from remonitor.store.licences import StoredApplication, list_applications, status_dates


@dataclass(frozen=True, slots=True)
class TrackerRow:
    stored: StoredApplication
    clock: ClockView

    @property
    def application(self) -> LicenceApplication:
        return self.stored.application

    @property
    def id(self) -> int:
        return self.stored.id


def load_tracker(conn: sqlite3.Connection, data_dir: Path | None = None,
                 today: date | None = None) -> list[TrackerRow]:
    today = today or date.today()
    calendar = working_calendar(data_dir)
    history = status_dates(conn)
    return [TrackerRow(s, clock_view(s.application, history.get(s.id, []), calendar, today))
            for s in list_applications(conn)]
