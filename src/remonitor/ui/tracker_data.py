"""What the tracker lists, read and computed on a worker thread."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from remonitor.core.licence import LicenceApplication
from remonitor.core.licence_view import ClockView, clock_view
from remonitor.core.workflow import LicenceState, licence_state
from remonitor.importers.calendar import working_calendar
from remonitor.store.licences import (
    LicenceTerms,
    StoredApplication,
    licence_terms,
    list_applications,
    status_dates,
)


@dataclass(frozen=True, slots=True)
class LicenceView:
    number: str
    state: LicenceState
    approved: float
    remaining: float
    days_to_expiry: int | None


@dataclass(frozen=True, slots=True)
class TrackerRow:
    stored: StoredApplication
    clock: ClockView
    licence: LicenceView | None = None

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
    terms = licence_terms(conn)
    return [TrackerRow(s, clock_view(s.application, history.get(s.id, []), calendar, today),
                       _licence(terms.get(s.id), today))
            for s in list_applications(conn)]


def _licence(terms: LicenceTerms | None, today: date) -> LicenceView | None:
    if terms is None or not terms.approved_quantity:
        return None
    state = licence_state(terms.approved_quantity, terms.shipped, terms.valid_from,
                          terms.valid_until, today)
    expiry = (terms.valid_until - today).days if terms.valid_until else None
    return LicenceView(terms.licence_number, state, terms.approved_quantity,
                       terms.approved_quantity - terms.shipped, expiry)
