"""What the chart draws, read from the store on a worker: any set of the catalogue's
choices (views.catalogue), each converted to the display units chosen — explicitly, by a
named factor or an imported exchange-rate table."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field, replace

from remonitor.core.concordance import Break
from remonitor.core.events import Event
from remonitor.core.mirror import MirrorView, mirror, on_spans
from remonitor.core.monthly import MonthlyPoint, monthly_series
from remonitor.core.partners import PartnerView, top_partners
from remonitor.core.plotting import Plotted, log_safe, plot_points
from remonitor.core.series import WORLD, Observation
from remonitor.core.text import place_name, translate
from remonitor.core.units import ConversionError, RateTable, Unit, conversion, convert, unit_value
from remonitor.resources import concordance, country_table
from remonitor.store.events import list_events
from remonitor.store.observations import list_series, observations_for
from remonitor.store.partners import (
    partner_observations,
    partner_ranking,
    partner_series,
    partner_sum,
)
from remonitor.store.rates import rate_tables
from remonitor.views.catalogue import DEFAULT_PRODUCT, Catalogue, Choice, mirror_for


@dataclass(frozen=True, slots=True)
class DisplayUnits:
    """The units the user chose to read the chart in: '' keeps what is stored."""

    mass: str = ""
    money: str = ""

    def target(self, unit: str) -> Unit:
        stored = Unit.parse(unit)
        if stored.is_mass and self.mass:
            return Unit(self.mass)
        if not stored.is_mass and self.money and len(stored.base) == 3 and stored.base.isupper():
            return Unit(self.money)
        return stored


@dataclass(frozen=True, slots=True)
class Shown:
    choice: Choice
    points: list[MonthlyPoint]
    unit: str
    """The display unit of ``points``."""
    observations: list[Observation]
    notes: list[str] = field(default_factory=list)
    mirror: MirrorView | None = None
    breaks: list[Break] = field(default_factory=list)
    """Where the product's scope changed between HS editions: drawn as a break."""
    """For a mirror: both sides' figures period by period, with the gap."""


@dataclass(frozen=True, slots=True)
class ChartData:
    choices: list[Choice]
    shown: list[Shown]
    events: list[Event]
    partners: PartnerView | None = None
    partner_unit: str = ""
    rates: dict[str, RateTable] = field(default_factory=dict)
    catalogue: Catalogue | None = None
    """The catalogue ``choices`` came from, when this read built it (kept for the next
    store change to update)."""
    plotted: tuple[PlotLook, list[Plotted]] | None = None
    """The shown series' points in the view the chart asked for, worked out with the
    read (20 series: ~10 ms the window does not spend)."""
    mirror: Choice | None = None
    """The mirror the first series shown is part of, or a mirror's exports series (to
    switch to and back), found with the read."""

    @property
    def first(self) -> Shown | None:
        return self.shown[0] if self.shown else None

    def plotted_in(self, look: PlotLook) -> list[Plotted]:
        """The shown series' points in ``look``: those worked out with the read when it is
        the look they were worked out in."""
        if self.plotted is not None and self.plotted[0] == look:
            return self.plotted[1]
        return plot_series(self.shown, look)


@dataclass(frozen=True, slots=True)
class PlotLook:
    """What decides the points drawn: the view, the month an index is based on (a
    positive month index, or None), a log axis."""

    view: str = "level"
    base: int | None = None
    log: bool = False


def plot_series(shown: list[Shown], look: PlotLook) -> list[Plotted]:
    base = look.base if look.base and look.base > 0 else None
    plotted = [plot_points(s.points, look.view, s.unit, base,
                           ratio=s.choice.kind == "unit value") for s in shown]
    return [log_safe(p) for p in plotted] if look.log else plotted


def default_tokens(choices: list[Choice]) -> list[str]:
    first = next((c for c in choices if c.key.product == DEFAULT_PRODUCT), None) or \
        next(iter(choices), None)
    return [first.token] if first else []


def _converted(points: list[MonthlyPoint], unit: str, units: DisplayUnits,
               rates: dict[str, RateTable]) -> tuple[list[MonthlyPoint], str, list[str]]:
    source = Unit.parse(unit)
    target = units.target(unit)
    if target == source:
        return points, unit, []
    try:
        how = conversion(source, target, rates)
    except ConversionError as exc:
        return points, unit, [str(exc)]
    converted, missing = convert(points, how)
    notes = [how.describe()]
    if missing:
        notes.append(translate("ChartData", "{n} period(s) without an exchange rate left "
                               "out: {periods}").format(
            n=len(missing), periods=", ".join(missing[:6]) + ("…" if len(missing) > 6 else "")))
    return converted, str(target), notes


def _mirror(conn: sqlite3.Connection, choice: Choice, units: DisplayUnits,
            rates: dict[str, RateTable]) -> list[Shown]:
    """A mirror as two series in one unit — the exporter's exports, the partner's imports
    from it — each carrying the period-by-period comparison."""
    exports_obs = observations_for(conn, choice.ids[0])
    imports_obs = observations_for(conn, choice.ids[1])
    import_key = next((s.key for s in list_series(conn, [choice.ids[1]])), None)
    if import_key is None:
        return []
    exports, unit, notes = _converted(monthly_series(exports_obs), choice.key.unit, units,
                                      rates)
    imports, other_unit, more = _converted(monthly_series(imports_obs), import_key.unit,
                                           units, rates)
    if Unit.parse(other_unit) != Unit.parse(unit):  # thousand USD beside USD, say
        try:
            how = conversion(Unit.parse(other_unit), Unit.parse(unit), rates)
            imports, _missing = convert(imports, how)
            other_unit = unit
            more = [*more, how.describe()]
        except ConversionError as exc:
            more = [*more, str(exc)]
    view = mirror(exports, imports, place_name(choice.key.reporter),
                  place_name(choice.key.partner))
    other = replace(choice, key=import_key, ids=(choice.ids[1],))
    return [Shown(choice, on_spans(exports, view), unit, exports_obs,
                  notes + view.caption(), view),
            Shown(other, on_spans(imports, view), other_unit, imports_obs, more, view)]


def _read(conn: sqlite3.Connection, choice: Choice, units: DisplayUnits,
          rates: dict[str, RateTable], months: tuple[int, int] | None = None) -> Shown:
    if choice.kind == "sum":
        observations = partner_sum(conn, partner_series(conn, choice.key), months)
        points, unit, notes = _converted(monthly_series(observations), choice.key.unit, units,
                                         rates)
        return Shown(choice, points, unit, observations, notes)
    if choice.kind == "unit value":
        value_unit, quantity_unit = choice.key.unit.split("/", 1)
        values_obs = observations_for(conn, choice.ids[0], months)
        quantities_obs = observations_for(conn, choice.ids[1], months)
        values, v_unit, notes = _converted(monthly_series(values_obs), value_unit, units, rates)
        quantities, q_unit, more = _converted(monthly_series(quantities_obs), quantity_unit,
                                              units, rates)
        return Shown(choice, unit_value(values, quantities), f"{v_unit}/{q_unit}",
                     values_obs + quantities_obs, notes + more)
    observations = observations_for(conn, choice.ids[0], months)
    points, unit, notes = _converted(monthly_series(observations), choice.key.unit, units,
                                     rates)
    breaks = concordance().breaks(choice.key.product, observations)
    return Shown(choice, points, unit, observations, notes + [b.describe() for b in breaks],
                 breaks=breaks)


def read_shown(conn: sqlite3.Connection, choice: Choice,
               units: DisplayUnits = DisplayUnits(),
               years: tuple[int, int] | None = None) -> Shown:
    """One series' figures as the chart reads them (a sum, a unit value, or stored);
    ``years``: only those of these years (first, last), read whole so that a month derived
    from its year's cumulative is still derived."""
    months = (years[0] * 12, years[1] * 12 + 11) if years else None
    return _read(conn, choice, units, rate_tables(conn), months)


def read_partners(conn: sqlite3.Connection, choice: Choice, n: int,
                  first: int | None = None, last: int | None = None) -> PartnerView:
    """The top ``n`` partners of the product ``choice`` shows, with rest of world."""
    found = partner_series(conn, choice.key)
    ranking = partner_ranking(conn, found, first, last)
    top = [p for p, _ in ranking[:n]]
    by_partner = {p: monthly_series(obs)
                  for p, obs in partner_observations(conn, found, top).items()}
    total = monthly_series(partner_sum(conn, found))
    table = country_table()
    groups = sorted(((sid, code) for sid, code in found.others.items()
                     if (table.get(code) and table.get(code).kind == "aggregate")),
                    key=lambda item: (item[1] != WORLD, item[1]))
    aggregate = None
    if groups:
        sid, code = groups[0]
        aggregate = (place_name(code), monthly_series(observations_for(conn, sid)))
    return top_partners(ranking, by_partner, total, n, aggregate)


def load_chart_data(conn: sqlite3.Connection, wanted: list[str],
                    units: DisplayUnits = DisplayUnits(),
                    partners_n: int = 0, choices: list[Choice] | None = None,
                    known: Catalogue | None = None,
                    changed: frozenset[int] | None = None,
                    first: bool = False, look: PlotLook | None = None) -> ChartData:
    """Everything the chart draws. ``choices`` from an earlier read are reused when only
    the series shown changed; ``known`` (the last read's catalogue) is brought up to date
    for the ``changed`` series only when a store change names them. The series' points
    are worked out in ``look`` too, when given."""
    listed = choices is not None  # a list without its catalogue
    if listed:
        held, by_token = None, {c.token: c for c in choices}
    elif known is not None and changed is None:  # other series shown: catalogue kept
        held, choices, by_token = None, known.choices, known.by_token
    elif known is not None:
        held = known.updated(conn, changed)
        choices, by_token = held.choices, held.by_token
    else:  # ``first``: the series asked for only (or the default product's), when held
        held = (first and (Catalogue.read_for(conn, wanted) if wanted else
                           Catalogue.read_product(conn, DEFAULT_PRODUCT))) or \
            Catalogue.read(conn)
        choices, by_token = held.choices, held.by_token
    catalogue = None if listed else held or known
    tokens = list(dict.fromkeys(t for t in wanted if t in by_token)) or \
        default_tokens(choices)
    rates = rate_tables(conn)
    shown: list[Shown] = []
    for t in tokens:
        choice = by_token[t]
        if choice.kind == "mirror":
            shown += _mirror(conn, choice, units, rates)
        else:
            shown.append(_read(conn, choice, units, rates))
    view, partner_unit = None, ""
    if partners_n and shown and shown[0].choice.kind in ("series", "sum"):
        view = read_partners(conn, shown[0].choice, partners_n)
        partner_unit = shown[0].choice.key.unit
    plotted = (look, plot_series(shown, look)) if look is not None else None
    mirror = None
    if shown:
        mirror = (catalogue.mirror_of(shown[0].choice) if catalogue is not None
                  else mirror_for(choices, shown[0].choice))
    return ChartData(choices, shown, list_events(conn), view, partner_unit, rates, held,
                     plotted, mirror)

