"""The tables each panel exports, built from store reads: one definition for the window and
the command line; the exporters only write them."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from remonitor.core.monthly import monthly_series
from remonitor.exporters.tables import Cell
from remonitor.store.applications import list_applications
from remonitor.store.events import list_events
from remonitor.store.observations import list_series, observations_for


@dataclass(frozen=True, slots=True)
class TableView:
    name: str
    headers: Sequence[str]
    rows: list[Sequence[Cell]]


OBSERVATION_HEADERS = ["series", "period", "value", "unit", "kind", "decimals", "derived from",
                       "source", "release date", "file"]


def observations_view(conn: sqlite3.Connection, series_ids: Sequence[int] | None = None
                      ) -> TableView:
    """Monthly buckets, reported and derived, with what each rests on."""
    rows: list[Sequence[Cell]] = []
    for summary in list_series(conn):
        if series_ids is not None and summary.id not in series_ids:
            continue
        for point in monthly_series(observations_for(conn, summary.id)):
            main = point.sources[0]
            rows.append([summary.key.product + " / " + summary.key.partner,
                         point.span.label(), point.value, summary.key.unit, point.kind.value,
                         point.decimals, point.explain(), summary.key.source,
                         main.release_date, main.source_file])
    return TableView("figures", OBSERVATION_HEADERS, rows)


EVENT_HEADERS = ["announced", "effective", "end", "title", "authority", "category", "number",
                 "elements", "hs_codes", "control_codes", "source", "notes", "key", "links"]


def events_view(conn: sqlite3.Connection) -> TableView:
    rows: list[Sequence[Cell]] = [
        [e.announced, e.effective, e.end, e.title, e.authority, e.category.value, e.number,
         " ".join(e.elements), " ".join(e.hs_codes), " ".join(e.control_codes), e.source,
         e.notes, e.key or "", " ".join(e.links)]
        for e in list_events(conn)
    ]
    return TableView("events", EVENT_HEADERS, rows)


APPLICATION_HEADERS = ["reference", "status", "applicant", "item", "control code", "HS code",
                       "elements", "quantity", "unit", "value", "currency", "destination",
                       "end user", "licence type", "submitted", "accepted", "green channel",
                       "MOFCOM number", "notes", "created", "updated", "contract number",
                       "consignee", "end use", "end users"]
"""Every field a user enters, so the file reads back through the applications importer."""


def applications_view(conn: sqlite3.Connection) -> TableView:
    rows: list[Sequence[Cell]] = []
    for stored in list_applications(conn):
        a = stored.application
        rows.append([a.reference, a.status.label, a.applicant, a.item, a.control_code,
                     a.hs_code, " ".join(a.elements), a.quantity, a.quantity_unit, a.value,
                     a.currency, a.destination, a.end_user, a.licence_type.value,
                     a.submitted_on, a.accepted_on, "yes" if a.green_channel else "no",
                     a.mofcom_number, a.notes, stored.created_at, stored.updated_at,
                     a.contract_number, a.consignee, a.end_use,
                     " | ".join(f"{n}; {c}" for n, c in a.end_users)])
    return TableView("applications", APPLICATION_HEADERS, rows)


VIEWS = {"figures": observations_view, "events": events_view,
         "applications": applications_view}


