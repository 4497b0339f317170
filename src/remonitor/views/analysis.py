"""What a control did, read from the store for the window and the command line alike: the
event window, front-loading, who gained and lost share, the concentration of destinations,
and prices by destination (core.analysis does the arithmetic)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_EVEN, Decimal

from remonitor.core.analysis import (
    Concentration,
    EventWindow,
    FrontLoading,
    PriceRow,
    ShareChange,
    concentration,
    event_window,
    front_loading,
    monthly_values,
    prices_by_destination,
    share_changes,
)
from remonitor.core.events import Event
from remonitor.core.figures import at_most, change_text
from remonitor.core.periods import month_label
from remonitor.core.series import Measure
from remonitor.core.text import place_name, translate
from remonitor.resources import country_table
from remonitor.store.events import list_events
from remonitor.store.partners import (
    partner_observations,
    partner_ranking,
    partner_series,
    partner_span_totals,
)
from remonitor.views.catalogue import Choice, catalogue
from remonitor.views.chart import DisplayUnits, read_shown
from remonitor.views.tables import TableView


def find_event(conn: sqlite3.Connection, key: str) -> Event:
    """An event by its key, its id, or words of its title; ValueError naming the choices."""
    events = list_events(conn)
    for e in events:
        if key in (e.key, str(e.id)):
            return e
    words = key.casefold().split()
    found = [e for e in events if all(w in f"{e.title} {e.number}".casefold() for w in words)]
    if len(found) == 1:
        return found[0]
    raise ValueError(f"no single event matches {key!r}; events: "
                     + ", ".join(e.key or str(e.id) for e in events[:12]))


def find_choice(conn: sqlite3.Connection, token: str, choices: list[Choice] | None = None
                ) -> Choice:
    """A series by its token, or by search words (every word must match)."""
    return match_choice(token, choices if choices is not None else catalogue(conn))


def match_choice(token: str, choices: list[Choice]) -> Choice:
    """The choice whose token is ``token``, or the one series all its words match."""
    exact = [c for c in choices if c.token == token]
    if exact:
        return exact[0]
    words = token.casefold().split()
    found = [c for c in choices if c.kind in ("series", "sum")
             and all(w in c.search_text() for w in words)]
    if len(found) == 1:
        return found[0]
    raise ValueError(f"{len(found)} series match {token!r}: name one (its token, or more "
                     "words)")


@dataclass(frozen=True)
class EventWindowData:
    event: Event
    label: str
    unit: str
    window: EventWindow
    compare_label: str = ""
    compare: EventWindow | None = None
    front: FrontLoading | None = None
    notes: list[str] = field(default_factory=list)

    def caption(self) -> list[str]:
        lines = [self.window.describe(self.unit)]
        if self.compare is not None:
            lines.append(translate("Analysis", "beside: {label}: {text}").format(
                label=self.compare_label, text=self.compare.describe(self.unit)))
        if self.front is not None:
            lines.append(self.front.describe())
        return lines + self.notes

    def table(self) -> TableView:
        """Month by month; the comparison's two columns only when there is one."""
        headers = ["offset", "month", "value", "index", "averaged"]
        if self.compare is not None:
            headers += ["compare value", "compare index"]
        mine, theirs = self.window.indexed, self.compare.indexed if self.compare else {}
        places = self.window.decimals + 2  # a month inside a bucket is its average
        rows = []
        for k in self.window.offsets:
            v = self.window.values.get(k)
            row = [k, month_label(self.window.announced + k),
                   at_most(v.value, places) if v else None,
                   _tenth(mine[k]) if k in mine else None, "yes" if v and v.averaged else ""]
            if self.compare is not None:
                c = self.compare.values.get(k)
                row += [at_most(c.value, places) if c else None,
                        _tenth(theirs[k]) if k in theirs else None]
            rows.append(row)
        return TableView("event window", headers, rows)


def event_window_view(conn: sqlite3.Connection, event_key: str, token: str,
                      compare: str = "", year_earlier: bool = False,
                      units: DisplayUnits | None = None,
                      choices: list[Choice] | None = None) -> EventWindowData:
    """The series ``token`` around the event; beside it ``compare`` (another series), or the
    same series a year earlier. ``choices``: the catalogue, when the caller holds it."""
    event = find_event(conn, event_key)
    choices = choices if choices is not None else catalogue(conn)
    choice = find_choice(conn, token, choices)
    units = units or DisplayUnits()
    effective = event.effective or event.announced
    # the years the window, a year earlier and the three years of front-loading lie in
    years = (min(event.announced.year - 2, effective.year - 4), effective.year + 2)
    shown = read_shown(conn, choice, units, years)
    window = event_window(shown.points, event.announced, event.effective)
    compare_label, other = "", None
    if year_earlier:
        other = event_window(shown.points, event.announced, event.effective, shift=-12)
        compare_label = translate("Analysis", "the same series a year earlier")
    elif compare:
        second = find_choice(conn, compare, choices)
        theirs = read_shown(conn, second, units, years)
        other = event_window(theirs.points, event.announced, event.effective)
        compare_label = second.label
    front = front_loading(shown.points, event.effective) if event.effective else None
    notes = list(shown.notes)
    if any(v.averaged for v in window.values.values()):
        notes.append(translate("Analysis", "months inside a bucket (Jan–Feb, a quarter known "
                               "only as a total) count at the bucket's monthly average"))
    return EventWindowData(event, choice.label, shown.unit, window, compare_label, other,
                           front, notes)


def _partner_months(conn, found, partners: list[str], within: range | None = None
                    ) -> dict[str, dict[int, Decimal]]:
    """Each partner's months; ``within``: only the whole years these months lie in (what a
    month derived from a year's cumulative needs)."""
    years = (within.start // 12 * 12, (within.stop - 1) // 12 * 12 + 11) if within else None
    figures = partner_observations(conn, found, partners, years)
    return {p: monthly_values(obs) for p, obs in figures.items()}


def _tenth(index: Decimal) -> Decimal:
    """An index to one decimal (100.0, 99.9)."""
    return index.quantize(Decimal("0.1"), ROUND_HALF_EVEN)


def _points(share: Decimal) -> Decimal:
    """A share in percent, to two decimals (shown as 0.60, not 0.6)."""
    return (share * 100).quantize(Decimal("0.01"), ROUND_HALF_EVEN)


@dataclass(frozen=True)
class ShareChangeData:
    event: Event
    label: str
    rows: list[ShareChange]
    before: range
    after: range
    held_before: int = 0
    """How many months of ``before`` have figures (``after`` likewise)."""
    held_after: int = 0

    def table(self) -> TableView:
        headers = ["partner", "partner name", "share before", "share after", "change",
                   "kind"]
        return TableView("share change", headers, [
            [r.partner, place_name(r.partner), _points(r.before), _points(r.after),
             _points(r.change),
             "not elsewhere specified" if r.bucket else "country"] for r in self.rows])

    def caption(self) -> str:
        spans = {side: f"{month_label(r.start)}–{month_label(r.stop - 1)}"
                 for side, r in (("before", self.before), ("after", self.after))}
        for side, held in (("before", self.held_before), ("after", self.held_after)):
            if not held:
                return translate("Analysis", "{label}: no figures for {months}, so the "
                                 "shares cannot be compared").format(
                    label=self.label, months=spans[side])
        text = translate("Analysis", "shares of {label}: {before} against {after}; the "
                         "changes add up to zero").format(label=self.label, **spans)
        short = [translate("Analysis", "{months}: figures for {n} of {of} months").format(
            months=spans[side], n=held, of=len(r))
            for side, held, r in (("before", self.held_before, self.before),
                                  ("after", self.held_after, self.after)) if held < len(r)]
        return "\n".join([text, *short])


def _destinations(conn: sqlite3.Connection, choice: Choice):
    found = partner_series(conn, choice.key)
    table = country_table()
    buckets = {sid: p for sid, p in found.others.items()
               if (c := table.get(p)) is not None and c.kind == "nes"}
    return replace(found, ids=found.ids | buckets), set(buckets.values())


def share_change_view(conn: sqlite3.Connection, event_key: str, token: str,
                      months: int = 12, choices: list[Choice] | None = None
                      ) -> ShareChangeData:
    """Each destination's share in the ``months`` before the announcement against the
    ``months`` from the effective month; "not elsewhere specified" buckets are rows of
    their own."""
    event = find_event(conn, event_key)
    choice = find_choice(conn, token, choices)
    found, buckets = _destinations(conn, choice)
    window = event_window([], event.announced, event.effective)
    before = range(window.announced - months, window.announced)
    after = range(window.effective, window.effective + months)
    quick = partner_span_totals(conn, found, [(before.start, before.stop - 1),
                                              (after.start, after.stop - 1)])
    if quick is not None:  # single months only: summed in SQL
        totals, held = quick
        figures = {p: {before.start: b, after.start: a} for p, (b, a) in totals.items()}
    else:
        every = list(found.ids.values())
        figures = _partner_months(conn, found, every, range(before.start, after.stop))
        held = {m for values in figures.values() for m in values}
    n_before, n_after = len(held.intersection(before)), len(held.intersection(after))
    rows = share_changes(figures, before, after, buckets) if n_before and n_after else []
    rows = [r for r in rows if r.before or r.after]
    return ShareChangeData(event, choice.label, rows, before, after, n_before, n_after)


@dataclass(frozen=True)
class ConcentrationData:
    label: str
    rows: list[Concentration]

    def table(self) -> TableView:
        return TableView("concentration", ["month", "HHI", "effective destinations"], [
            [month_label(r.month), at_most(r.hhi, 0), at_most(r.effective_destinations, 1)]
            for r in self.rows])


def concentration_view(conn: sqlite3.Connection, token: str,
                       choices: list[Choice] | None = None) -> ConcentrationData:
    """The Herfindahl index of a product's destinations (countries only), month by month."""
    choice = find_choice(conn, token, choices)
    found = partner_series(conn, choice.key)
    figures = _partner_months(conn, found, list(found.ids.values()))
    return ConcentrationData(choice.label, concentration(figures))


@dataclass(frozen=True)
class PricesData:
    label: str
    partners: list[str]
    rows: list[PriceRow]
    unit: str

    def table(self) -> TableView:
        headers = ["month", *(f"{p} ({place_name(p)})" for p in self.partners), "spread"]
        return TableView("prices by destination", headers, [
            [month_label(r.month), *(at_most(r.prices[p], 4) if p in r.prices else None
                                     for p in self.partners),
             at_most(r.spread, 4) if r.spread is not None else None] for r in self.rows])

    def caption(self) -> str:
        spreads = [r.spread for r in self.rows if r.spread is not None]
        if not spreads:
            return translate("Analysis", "no month with two destinations' prices")
        last = next(r for r in reversed(self.rows) if r.spread is not None)
        dear = max(last.prices, key=last.prices.get)
        cheap = min(last.prices, key=last.prices.get)
        return translate("Analysis", "{month}: dearest {dear}, cheapest {cheap}; the "
                         "dearest pays {ratio} more per unit").format(
            month=month_label(last.month), dear=place_name(dear), cheap=place_name(cheap),
            ratio=change_text(last.prices[dear] / last.prices[cheap] - 1))


def prices_view(conn: sqlite3.Connection, token: str, n: int = 8,
                choices: list[Choice] | None = None) -> PricesData:
    """Value ÷ quantity per partner for the top ``n`` destinations of a product."""
    choices = choices if choices is not None else catalogue(conn)
    choice = find_choice(conn, token, choices)
    k = choice.key

    def measured(measure: Measure) -> Choice | None:
        return next((c for c in choices if c.kind == "sum" and c.key.measure is measure
                     and (c.key.flow, c.key.reporter, c.key.product, c.key.source)
                     == (k.flow, k.reporter, k.product, k.source)), None)

    value, quantity = measured(Measure.VALUE), measured(Measure.QUANTITY)
    if value is None or quantity is None:
        raise ValueError(f"{choice.label}: values and quantities by partner are both "
                         "needed for prices")
    values_found = partner_series(conn, value.key)
    quantity_found = partner_series(conn, quantity.key)
    top = [p for p, _ in partner_ranking(conn, values_found)[:n]]
    values = _partner_months(conn, values_found, top)
    quantities = _partner_months(conn, quantity_found, top)
    return PricesData(value.label, top, prices_by_destination(values, quantities),
                      f"{value.key.unit}/{quantity.key.unit}")
