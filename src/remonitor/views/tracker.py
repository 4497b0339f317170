"""What the tracker lists, read and computed on worker threads.

A refresh computes the context once (today, every running review clock, the filter
values); each sort or keystroke then runs one SQL query for the matching ids, and rows are
read a page at a time as the view scrolls to them.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path

from remonitor.core.licence import (
    Document,
    HistoryEntry,
    LicenceApplication,
    LicenceTerms,
    Shipment,
    StoredApplication,
)
from remonitor.core.licence_view import ClockView, clock_for, pauses_from
from remonitor.core.workflow import LicenceState, licence_state
from remonitor.importers.calendar import working_calendar
from remonitor.store.applications import history
from remonitor.store.documents import documents
from remonitor.store.event_matches import Suggestion, matches_for_application
from remonitor.store.licence_query import (
    ApplicationQuery,
    Clock,
    Facets,
    applications_by_id,
    facets,
    query_applications,
    under_review,
)
from remonitor.store.shipments import licence_terms, shipments
from remonitor.store.workflow import status_dates

PAGE = 200
NO_CLOCK = ClockView(None, None, "")


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


@dataclass(frozen=True)
class TrackerContext:
    """What every query of one store state shares; computed once per refresh."""

    today: date
    clocks: dict[int, ClockView] = field(default_factory=dict)
    facets: Facets = field(default_factory=lambda: Facets([], [], []))

    @cached_property
    def sql_clocks(self) -> dict[int, Clock]:
        """The clocks as the store's query takes them: made once per context, not per
        keystroke (47 ms a query over 100,000 applications)."""
        return {i: Clock(c.days_left, c.deadline.due if c.deadline else None, c.state)
                for i, c in self.clocks.items()}


@dataclass(frozen=True)
class TrackerResult:
    context: TrackerContext
    query: ApplicationQuery
    ids: list[int]
    counts: dict[str, int]
    rows: dict[int, TrackerRow]
    """The first page, read with the ids so the table fills in one round trip."""
    complete: bool = True
    """False for a head: the first page only, its counts to follow (see run_query)."""


def load_context(conn: sqlite3.Connection, data_dir: Path | None = None,
                 today: date | None = None) -> TrackerContext:
    today = today or date.today()
    apps = under_review(conn)
    # Only a clock needs the calendar: its years past the bundled ones come from the
    # holidays library, whose import alone took 0.1 s of every start on a worker.
    calendar = working_calendar(data_dir) if apps else None
    history = status_dates(conn, [a[0] for a in apps])
    clocks, memo = {}, {}
    for app_id, status, accepted in apps:
        key = (status, accepted, tuple(pauses_from(history.get(app_id, []))))
        if key not in memo:  # many applications share an acceptance day and no pause
            memo[key] = clock_for(status, accepted, list(key[2]), calendar, today)
        clocks[app_id] = memo[key]
    return TrackerContext(today, clocks, facets(conn))


def load_rows(conn: sqlite3.Connection, context: TrackerContext, ids: list[int]
              ) -> dict[int, TrackerRow]:
    apps = applications_by_id(conn, ids)
    terms = licence_terms(conn, ids)
    return {i: TrackerRow(s, context.clocks.get(i, NO_CLOCK),
                          licence_view(terms.get(i), context.today))
            for i, s in apps.items()}


def run_query(conn: sqlite3.Connection, context: TrackerContext, query: ApplicationQuery,
              first: int = PAGE, head: bool = False, read: frozenset[int] = frozenset()
              ) -> TrackerResult:
    """The ids of ``query`` and its ``first`` rows, but for those already ``read`` (a
    head's, on screen). ``head``: the first page only, read without every match
    (store.licence_query.query_applications), shown while the whole answer is read;
    complete when that page is all there is."""
    found = query_applications(conn, query, context.sql_clocks, context.today,
                               limit=first if head else None)
    wanted = [i for i in found.ids[:first] if i not in read]
    return TrackerResult(context, query, found.ids, found.counts,
                         load_rows(conn, context, wanted), found.complete)


def load_tracker(conn: sqlite3.Connection, data_dir: Path | None = None,
                 today: date | None = None) -> list[TrackerRow]:
    """Every application as the tracker shows it (exports, tests)."""
    context = load_context(conn, data_dir, today)
    result = run_query(conn, context, ApplicationQuery(), first=0)
    rows = load_rows(conn, context, result.ids)
    return [rows[i] for i in result.ids]


def licence_view(terms: LicenceTerms | None, today: date) -> LicenceView | None:
    if terms is None or not terms.approved_quantity:
        return None
    state = licence_state(terms.approved_quantity, terms.shipped, terms.valid_from,
                          terms.valid_until, today)
    expiry = (terms.valid_until - today).days if terms.valid_until else None
    return LicenceView(terms.licence_number, state, terms.approved_quantity,
                       terms.approved_quantity - terms.shipped, expiry)


@dataclass(frozen=True)
class ApplicationDetails:
    """What the details pane shows of one application."""

    history: list[HistoryEntry]
    shipments: list[Shipment]
    documents: list[Document]
    matches: list[Suggestion]


def application_details(conn: sqlite3.Connection, app_id: int, today: date
                        ) -> ApplicationDetails:
    return ApplicationDetails(history(conn, app_id), shipments(conn, app_id),
                              documents(conn, app_id),
                              matches_for_application(conn, app_id, today))
