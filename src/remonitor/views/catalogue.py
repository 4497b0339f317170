"""What series the store holds, as the picker offers them: every stored series, a
product's sum over all partner countries, unit value (value ÷ quantity) wherever both
measures exist, and the mirror (one country's exports to a partner beside the partner's
imports from it) wherever both sides are held. Read from the per-series summary the writer
keeps; brought up to date for the series a store change names."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from remonitor.core.freshness import next_gac_release
from remonitor.core.periods import month_label
from remonitor.core.series import WORLD, Flow, Label, Measure, SeriesKey
from remonitor.core.text import place_name, translate, word
from remonitor.core.turns import EVERY, give_way, taking_turns
from remonitor.core.units import Unit
from remonitor.resources import country_table
from remonitor.store.observations import SeriesSummary, list_series, series_matching

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
    """Every series held, each product's partner sum, every unit value pair and mirror."""
    return Catalogue.read(conn).choices


@lru_cache(maxsize=512)
def _base_unit(unit: str) -> str:
    return Unit.parse(unit).base


def _group(k: SeriesKey) -> tuple:
    """The series a partner sum adds up."""
    return (k.flow, k.reporter, k.product, k.measure, k.unit, k.source)


def _pair(k: SeriesKey) -> tuple:
    """The value and quantity series a unit value divides."""
    return (k.flow, k.reporter, k.partner, k.product, k.source)


def _mirror_side(k: SeriesKey) -> tuple:
    """An import series' own key, and the key an export series looks its mirror up by."""
    if k.flow == "import":
        return (k.reporter, k.partner, k.product, k.measure, _base_unit(k.unit))
    return (k.partner, k.reporter, k.product, k.measure, _base_unit(k.unit))


class Catalogue:
    """The choices the picker offers, kept piece by piece: a store change that names its
    series reads those series' summaries only and rebuilds only the sums, unit values and
    mirrors they take part in (issue 22: a refresh at 10 M figures re-listed 100,000
    series). ``read`` and ``updated`` give the same choices for the same store."""

    def __init__(self) -> None:
        self.summaries: dict[int, SeriesSummary] = {}
        self.base: dict[int, tuple[str, Choice]] = {}
        """Series id → (its place in the list, its choice); sums, values, mirrors alike."""
        self.groups: dict[tuple, set[int]] = defaultdict(set)
        self.pairs: dict[tuple, dict[Measure, int]] = defaultdict(dict)
        self.imports: dict[tuple, int] = {}
        self.exports: dict[tuple, set[int]] = defaultdict(set)
        self.sums: dict[tuple, tuple[str, Choice]] = {}
        self.values: dict[tuple, tuple[str, Choice]] = {}
        self.mirrors: dict[int, tuple[str, Choice]] = {}
        self.choices: list[Choice] = []
        self.covers: frozenset[int] | None = None
        """The series read again to make it (None: every series)."""
        self.by_token: dict[str, Choice] = {}
        self.partial = False
        """Made for the series shown only (read_for): the picker needs the whole one."""

    @classmethod
    def read(cls, conn: sqlite3.Connection) -> Catalogue:
        new = cls()
        new._take(list_series(conn, ordered=False), ())  # sorted as the choices are made
        return new

    @classmethod
    def read_for(cls, conn: sqlite3.Connection, tokens: list[str]) -> Catalogue | None:
        """A catalogue of what these tokens need only (the series, a sum's partners, a unit
        value's pair, a mirror's two sides): the first paint of a big store does not wait
        for every series. None when a token names nothing held (read them all)."""
        ids: set[int] = set()
        for token in tokens:
            found = _token_key(token)
            if found is None:
                return None
            kind, k, other_source = found
            common = {"product": k.product, "source": k.source, "flow": k.flow,
                      "reporter": k.reporter}
            if kind == "series":
                ids.update(series_matching(conn, **common, partner=k.partner,
                                           measure=k.measure, unit=k.unit))
            elif kind == "sum":
                ids.update(series_matching(conn, **common, measure=k.measure, unit=k.unit))
            elif kind == "unit value":
                ids.update(series_matching(conn, **common, partner=k.partner))
            else:  # a mirror: the exports, and the partner's imports from the reporter
                ids.update(series_matching(conn, **common, partner=k.partner,
                                           measure=k.measure, unit=k.unit))
                ids.update(series_matching(conn, product=k.product, source=other_source,
                                           flow="import", reporter=k.partner,
                                           partner=k.reporter, measure=k.measure))
        new = cls._of(conn, ids)
        return new if new and all(t in new.by_token for t in tokens) else None

    @classmethod
    def read_product(cls, conn: sqlite3.Connection, product: str) -> Catalogue | None:
        """A catalogue of one product's series (the first start's default series)."""
        return cls._of(conn, set(series_matching(conn, product=product)))

    @classmethod
    def _of(cls, conn: sqlite3.Connection, ids: set[int]) -> Catalogue | None:
        if not ids:
            return None
        new = cls()
        new._take(list_series(conn, ids), ())
        new.partial = True
        return new if new.choices else None

    def updated(self, conn: sqlite3.Connection, series_ids: frozenset[int]) -> Catalogue:
        """A new catalogue with these series read again (added, changed or gone); read
        whole when they are most of it (an import that touched every series)."""
        if not series_ids:
            return self
        if len(series_ids) * 3 >= len(self.summaries) * 2 and not self.partial:
            # Copying the tables and changing most of their entries costs more than making
            # them anew (5,001 series: 147 ms for all of them, 133 for three quarters,
            # against 103 for a whole read; half of them: 72 ms).
            return Catalogue.read(conn)
        new = Catalogue()
        new.summaries, new.base = dict(self.summaries), dict(self.base)
        # the inner sets are shared with this catalogue until _take touches them (it
        # copies a member set before changing it: this one is read on another thread)
        new.groups = defaultdict(set, self.groups)
        new.pairs = defaultdict(dict, self.pairs)
        new.imports = dict(self.imports)
        new.exports = defaultdict(set, self.exports)
        new.sums, new.values, new.mirrors = dict(self.sums), dict(self.values), dict(
            self.mirrors)
        new._take(list_series(conn, series_ids), series_ids)
        new.covers = frozenset(series_ids)
        return new

    def _take(self, fresh: list[SeriesSummary], changed) -> None:
        groups, pairs, looks = set(), set(), set()
        owned: set[tuple] = set()

        def own(table: dict, key: tuple, kind: type):
            """``table[key]``, copied once before it is changed (copy on write)."""
            if (id(table), key) not in owned:
                owned.add((id(table), key))
                table[key] = kind(table.get(key, ()))
            return table[key]

        for sid in changed:  # out with the old
            old = self.summaries.pop(sid, None)
            self.base.pop(sid, None)
            if old is None:
                continue
            k = old.key
            groups.add(_group(k))
            pairs.add(_pair(k))
            looks.add(_mirror_side(k))
            own(self.groups, _group(k), set).discard(sid)
            own(self.pairs, _pair(k), dict).pop(k.measure, None)
            if k.flow == "import" and self.imports.get(_mirror_side(k)) == sid:
                del self.imports[_mirror_side(k)]
            own(self.exports, _mirror_side(k), set).discard(sid)
            self.mirrors.pop(sid, None)
        for s in taking_turns(fresh):  # in with the new
            k = s.key
            self.summaries[s.id] = s
            self.base[s.id] = _listed(Choice(series_token(k), "series", k, s.first_month,
                                             s.last_month, s.latest_release, (s.id,),
                                             s.label))
            g, p, look = _group(k), _pair(k), _mirror_side(k)
            if changed:
                groups.add(g)
                pairs.add(p)
                looks.add(look)
                own(self.groups, g, set).add(s.id)
                own(self.pairs, p, dict)[k.measure] = s.id
            else:  # read anew: nothing shared, nothing to copy
                self.groups[g].add(s.id)
                self.pairs[p][k.measure] = s.id
            if k.flow == "import":
                self.imports[look] = s.id
            elif k.flow == "export":
                (own(self.exports, look, set) if changed else self.exports[look]).add(s.id)
        if not changed:  # read anew: every group, pair and export
            groups, pairs, looks = self.groups.keys(), self.pairs.keys(), self.exports.keys()
        for g in taking_turns(groups, EVERY // 16):  # (a sum looks at each partner)
            self._sum(g)
        for p in taking_turns(pairs):
            self._unit_value(p)
        for look in taking_turns(looks):
            for sid in self.exports.get(look, ()):
                self._mirror(sid)
        self.choices = []
        for section in (self.base, self.sums, self.mirrors, self.values):
            give_way()
            self.choices += (c for _, c in sorted(section.values(), key=_first))
        give_way()
        self.by_token = {c.token: c for c in self.choices}

    def mirror_of(self, choice: Choice) -> Choice | None:
        """:func:`mirror_for` from the catalogue's own tables: it looks at the mirrors
        (few), not at every choice (9 ms a chart load at 10 M figures, on the GUI thread)."""
        if choice.kind == "mirror":
            held = self.base.get(choice.ids[0])
            return held[1] if held is not None and held[1].kind == "series" else None
        if choice.kind != "series":
            return None
        return next((c for _, c in self.mirrors.values() if choice.ids[0] in c.ids), None)

    def _sum(self, group: tuple) -> None:
        summable = country_table().summable
        partners = [self.summaries[i] for i in sorted(self.groups.get(group, ()))
                    if summable(self.summaries[i].key.partner)]
        self.sums.pop(group, None)
        if len(partners) < 2:
            return
        key = replace(partners[0].key, partner=ALL_PARTNERS)
        self.sums[group] = _listed(Choice(series_token(key, "sum"), "sum", key,
                                          min(s.first_month for s in partners),
                                          max(s.last_month for s in partners),
                                          max(s.latest_release for s in partners),
                                          named=partners[0].label))

    def _unit_value(self, pair: tuple) -> None:
        measures = self.pairs.get(pair, {})
        if len(measures) < 2:  # (value and quantity: the only measures)
            self.values.pop(pair, None)
            return
        value = self.summaries[measures[Measure.VALUE]]
        quantity = self.summaries[measures[Measure.QUANTITY]]
        v = value.key  # (dataclasses.replace costs more than the rest of this, ×100,000)
        key = SeriesKey(v.flow, v.reporter, v.partner, v.product, v.measure,
                        f"{v.unit}/{quantity.key.unit}", v.source)
        self.values[pair] = _listed(Choice(
            series_token(key, "unit value"), "unit value", key,
            max(value.first_month, quantity.first_month),
            min(value.last_month, quantity.last_month),
            max(value.latest_release, quantity.latest_release), (value.id, quantity.id),
            value.label))

    def _mirror(self, export_id: int) -> None:
        """A mirror wherever a country's exports to a partner and the partner's imports
        from it are both held (same product, measure and base unit)."""
        self.mirrors.pop(export_id, None)
        s = self.summaries.get(export_id)
        summable = country_table().summable
        if s is None or not (summable(s.key.reporter) and summable(s.key.partner)):
            return
        other_id = self.imports.get(_mirror_side(s.key))
        if other_id is None:
            return
        other = self.summaries[other_id]
        first, last = max(s.first_month, other.first_month), min(s.last_month,
                                                                 other.last_month)
        if first > last:
            return
        token = series_token(s.key, "mirror") + "|" + other.key.source
        self.mirrors[export_id] = _listed(Choice(
            token, "mirror", s.key, first, last, max(s.latest_release, other.latest_release),
            (s.id, other.id), s.label))


def _token_key(token: str) -> tuple[str, SeriesKey, str] | None:
    """(kind, key, the import side's source for a mirror) of a token; None if not one."""
    parts = token.split("|")
    kind = parts.pop(0) if parts and parts[0] in ("sum", "unit value", "mirror") else "series"
    other = parts.pop() if kind == "mirror" and len(parts) == 8 else ""
    if len(parts) != 7:
        return None
    flow, reporter, partner, product, measure, unit, source = parts
    try:
        return kind, SeriesKey(Flow(flow), reporter, partner, product, Measure(measure),
                               unit, source), other
    except ValueError:
        return None


def _listed(c: Choice) -> tuple[str, Choice]:
    """A choice with the key of the picker's first order: source, product, partner,
    measure (as list_series), computed once."""
    k = c.key
    return ("\x00".join((k.source, k.product, k.partner, k.measure, c.token)), c)


def _first(item: tuple[str, Choice]) -> str:
    return item[0]


def mirror_for(choices: list[Choice], choice: Choice) -> Choice | None:
    """The mirror that ``choice`` (a stored series, either side) is part of, if any; a
    mirror's own exports series for a mirror (to switch back)."""
    if choice.kind == "mirror":
        return next((c for c in choices if c.kind == "series" and c.ids == choice.ids[:1]),
                    None)
    if choice.kind != "series":
        return None
    return next((c for c in choices if c.kind == "mirror" and choice.ids[0] in c.ids), None)
