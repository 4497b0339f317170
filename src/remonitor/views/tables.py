"""The tables each panel exports, built from store reads: one definition for the window and
the command line; the exporters only write them."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from remonitor.core.figures import at_most
from remonitor.core.monthly import PointKind, latest_vintages, monthly_series
from remonitor.core.text import place_name
from remonitor.exporters.tables import Cell
from remonitor.store.applications import list_applications
from remonitor.store.events import list_events
from remonitor.store.observations import list_series, observations_by_series, observations_for


@dataclass(frozen=True, slots=True)
class TableView:
    name: str
    headers: Sequence[str]
    rows: list[Sequence[Cell]]


FIGURE_HEADERS = ["period", "value", "decimals", "kind", "flow", "reporter", "reporter name",
                  "partner", "partner name", "product", "edition", "description", "measure",
                  "unit", "source", "release", "release approximate", "file", "derived from",
                  "note"]
"""remonitor's long table (importers/long_table.py) with every key column, so the file
imports back figure for figure; the names and what a derived figure rests on are for
people (derived rows are computed again, never imported)."""


def observations_view(conn: sqlite3.Connection, series_ids: Sequence[int] | None = None
                      ) -> TableView:
    """Every figure shown: each reported figure at its newest vintage (months, Jan–Feb,
    year-to-date and annual totals), then the monthly buckets derived from them."""
    rows: list[Sequence[Cell]] = []
    every = observations_by_series(conn) if series_ids is None else None
    for summary in list_series(conn):
        if series_ids is not None and summary.id not in series_ids:
            continue
        k = summary.key
        key_cells = [k.flow.value, k.reporter, place_name(k.reporter), k.partner,
                     place_name(k.partner), k.product]
        held = (every.get(summary.id, []) if every is not None
                else observations_for(conn, summary.id))
        for span, obs in sorted(latest_vintages(held).items(),
                                key=lambda item: (item[0].first, item[0].last)):
            rows.append([span.label(), obs.value, obs.decimals, "reported", *key_cells,
                         obs.label.edition, obs.label.description, k.measure.value, k.unit,
                         k.source, obs.release_date, "yes" if obs.release_approximate else "",
                         obs.source_file, "", obs.note])
        for point in monthly_series(held):
            if point.kind is not PointKind.DERIVED:
                continue
            rows.append([point.span.label(), at_most(point.value), point.decimals, "derived",
                         *key_cells, "", "", k.measure.value, k.unit, k.source,
                         max(o.release_date for o in point.sources), "", "",
                         f"{point.explain()} = {point.figures}", ""])
    return TableView("figures", FIGURE_HEADERS, rows)


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


