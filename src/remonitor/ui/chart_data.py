"""What the chart draws, read from the store on a worker thread (no widgets here)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from remonitor.core.events import Event
from remonitor.core.monthly import MonthlyPoint, monthly_series
from remonitor.store.events import list_events
from remonitor.store.observations import SeriesSummary, list_series, observations_for

DEFAULT_PRODUCT = "rare earths (GAC headline)"


@dataclass(frozen=True, slots=True)
class ChartData:
    series: list[SeriesSummary]
    shown: SeriesSummary | None
    points: list[MonthlyPoint]
    events: list[Event]


def series_token(summary: SeriesSummary) -> str:
    """A stable text key for settings: survives a re-created store, unlike the row id."""
    k = summary.key
    return "|".join([k.flow, k.reporter, k.partner, k.product, k.measure, k.unit, k.source])


def load_chart_data(conn: sqlite3.Connection, wanted: str) -> ChartData:
    series = list_series(conn)
    shown = next((s for s in series if series_token(s) == wanted), None)
    if shown is None:
        shown = next((s for s in series if s.key.product == DEFAULT_PRODUCT), None)
    if shown is None and series:
        shown = series[0]
    points = monthly_series(observations_for(conn, shown.id)) if shown is not None else []
    return ChartData(series, shown, points, list_events(conn))


def event_start(event: Event) -> date:
    return event.effective or event.announced
