"""What the chart draws, read from the store on a worker.

The catalogue lists every series the store holds, plus three kinds the store does not: a
product's sum over all partner countries, unit value (value ÷ quantity) wherever both
measures exist, and the mirror (one country's exports to a partner beside the partner's
imports from it) wherever both sides are held. The chart shows any set of
them, each converted to the display units chosen — explicitly, by a named factor or an
imported exchange-rate table.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date

from remonitor.core.concordance import Break
from remonitor.core.events import Event
from remonitor.core.freshness import next_gac_release
from remonitor.core.mirror import MirrorView, mirror, on_spans
from remonitor.core.monthly import MonthlyPoint, monthly_series
from remonitor.core.partners import PartnerView, top_partners
from remonitor.core.periods import month_label
from remonitor.core.series import WORLD, Label, Measure, Observation, SeriesKey
from remonitor.core.text import place_name, translate, word
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

DEFAULT_PRODUCT = "rare earths (GAC headline)"
ALL_PARTNERS = "all partners (sum)"


@dataclass(frozen=True, slots=True)
class Choice:
    """One line of the series picker."""

    token: str
    """Stable text key, kept in settings (survives a re-created store, unlike row ids)."""
    kind: str
    """``series``, ``sum`` (over partners), ``unit value`` or ``mirror``."""
    key: SeriesKey
    first_month: int
    last_month: int
    latest_release: date
    ids: tuple[int, ...] = ()
    """The stored series it reads: one; value and quantity for a unit value."""
    named: Label = field(default_factory=Label)
    """How the newest figure's file named the product."""

    @property
    def partner_name(self) -> str:
        partner = self.key.partner
        return word(ALL_PARTNERS) if partner == ALL_PARTNERS else place_name(partner)

    @property
    def reporter_name(self) -> str:
        return place_name(self.key.reporter)

    @property
    def product_name(self) -> str:
        """The product code with the words its file gave (``2846 Compounds of rare-earth
        metals``); a product named in words (``rare earths (GAC headline)``) as itself."""
        product, words = word(self.key.product), self.named.description.strip()
        if not words or words.casefold() == product.casefold() or not \
                product.replace(".", "").isdigit():
            return product
        return f"{product} {words[:60]}{'…' if len(words) > 60 else ''}"

    @property
    def label(self) -> str:
        k = self.key
        measure = word("unit value" if self.kind == "unit value" else k.measure.value)
        text = (f"{word(k.product)} {self.reporter_name} {word(k.flow.value)} → "
                f"{self.partner_name}, {measure} ({k.unit}), {k.source}")
        return translate("ChartData", "{series} (mirror)").format(series=text) \
            if self.kind == "mirror" else text

    def search_text(self) -> str:
        """What the picker's search matches: codes and names in both languages, the
        product and its words, flow, measure, unit, source."""
        k, places = self.key, country_table()
        return " ".join((
            places.search_text(k.reporter), places.search_text(k.partner),
            k.product, word(k.product), self.named.description, self.named.edition,
            k.flow.value, word(k.flow.value), k.measure.value, word(k.measure.value),
            k.unit, k.source, self.kind, word(self.kind),
            ALL_PARTNERS if self.kind == "sum" else "")).casefold()

    @property
    def next_release(self) -> str:
        """For GAC series: when the next release is expected (headline vs detail)."""
        if not self.key.source.upper().startswith("GAC"):
            return ""
        nxt = next_gac_release(self.last_month, detail=self.key.partner != WORLD)
        return nxt.describe(date.today())

    @property
    def freshness(self) -> str:
        return translate("ChartData", "latest {month}, released {date}").format(
            month=month_label(self.last_month), date=self.latest_release.isoformat())


def series_token(key: SeriesKey, kind: str = "series") -> str:
    parts = [key.flow, key.reporter, key.partner, key.product, key.measure, key.unit,
             key.source]
    return "|".join(([] if kind == "series" else [kind]) + [str(p) for p in parts])


def catalogue(conn: sqlite3.Connection) -> list[Choice]:
    """Every series held, each product's partner sum, and every unit value pair."""
    summaries = list_series(conn)
    choices = [Choice(series_token(s.key), "series", s.key, s.first_month, s.last_month,
                      s.latest_release, (s.id,), s.label) for s in summaries]
    summable = country_table().summable
    groups: dict[tuple, list] = defaultdict(list)
    pairs: dict[tuple, dict[Measure, object]] = defaultdict(dict)
    for s in summaries:
        k = s.key
        groups[(k.flow, k.reporter, k.product, k.measure, k.unit, k.source)].append(s)
        pairs[(k.flow, k.reporter, k.partner, k.product, k.source)][k.measure] = s
    for (_flow, _rep, _prod, _meas, _unit, _src), members in groups.items():
        partners = [s for s in members if summable(s.key.partner)]
        if len(partners) < 2:
            continue
        key = replace(partners[0].key, partner=ALL_PARTNERS)
        choices.append(Choice(series_token(key, "sum"), "sum", key,
                              min(s.first_month for s in partners),
                              max(s.last_month for s in partners),
                              max(s.latest_release for s in partners),
                              named=partners[0].label))
    choices += _mirrors(summaries)
    for measures in pairs.values():
        value, quantity = measures.get(Measure.VALUE), measures.get(Measure.QUANTITY)
        if value is None or quantity is None:
            continue
        key = replace(value.key, unit=f"{value.key.unit}/{quantity.key.unit}")
        choices.append(Choice(series_token(key, "unit value"), "unit value", key,
                              max(value.first_month, quantity.first_month),
                              min(value.last_month, quantity.last_month),
                              max(value.latest_release, quantity.latest_release),
                              (value.id, quantity.id), value.label))
    return choices


def _mirrors(summaries) -> list[Choice]:
    """A mirror wherever a country's exports to a partner and the partner's imports from it
    are both held (same product, measure and base unit)."""
    imports = {(s.key.reporter, s.key.partner, s.key.product, s.key.measure,
                Unit.parse(s.key.unit).base): s for s in summaries if s.key.flow == "import"}
    summable = country_table().summable
    out = []
    for s in summaries:
        k = s.key
        if k.flow != "export" or not (summable(k.reporter) and summable(k.partner)):
            continue
        other = imports.get((k.partner, k.reporter, k.product, k.measure,
                             Unit.parse(k.unit).base))
        if other is None:
            continue
        first, last = max(s.first_month, other.first_month), min(s.last_month,
                                                                 other.last_month)
        if first > last:
            continue
        token = series_token(k, "mirror") + "|" + other.key.source
        out.append(Choice(token, "mirror", k, first, last,
                          max(s.latest_release, other.latest_release), (s.id, other.id),
                          s.label))
    return out


def mirror_for(choices: list[Choice], choice: Choice) -> Choice | None:
    """The mirror that ``choice`` (a stored series, either side) is part of, if any; a
    mirror's own exports series for a mirror (to switch back)."""
    if choice.kind == "mirror":
        return next((c for c in choices if c.kind == "series" and c.ids == choice.ids[:1]),
                    None)
    if choice.kind != "series":
        return None
    return next((c for c in choices if c.kind == "mirror" and choice.ids[0] in c.ids), None)


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

    @property
    def first(self) -> Shown | None:
        return self.shown[0] if self.shown else None


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
    import_key = next((s.key for s in list_series(conn) if s.id == choice.ids[1]), None)
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
                    partners_n: int = 0, choices: list[Choice] | None = None) -> ChartData:
    """Everything the chart draws. ``choices`` from an earlier read are reused when only
    the series shown changed (listing a million figures' series is the slow part)."""
    choices = catalogue(conn) if choices is None else choices
    by_token = {c.token: c for c in choices}
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
    return ChartData(choices, shown, list_events(conn), view, partner_unit, rates)

