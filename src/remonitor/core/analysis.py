"""What a control did to the figures: the months around an event, front-loading before it
takes effect, who gained and who lost share of the destinations, and what a tonne costs by
destination. Qt-free, on the monthly series (core.monthly) and the partner figures, in exact
decimals; the window, the exports and the command line show the same numbers.

Months: a bucket of several months (Jan–Feb, a quarter only its total is known for) counts
at its monthly average in each of its months, and a month read so is marked as averaged.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from remonitor.core.figures import change_text, figure_text
from remonitor.core.monthly import MonthlyPoint, PointKind, monthly_series
from remonitor.core.periods import MonthSpan, month_index
from remonitor.core.series import Observation
from remonitor.core.text import translate

WINDOW = 12


@dataclass(frozen=True, slots=True)
class MonthValue:
    month: int
    value: Decimal
    averaged: bool
    """Read from a bucket of several months (its monthly average)."""
    derived: bool


def by_month(points: Iterable[MonthlyPoint]) -> dict[int, MonthValue]:
    """Every month the series covers: a single month as reported or derived, a bucket's
    months at its monthly average."""
    out: dict[int, MonthValue] = {}
    for p in points:
        average = p.value / p.span.length
        for m in range(p.span.first, p.span.last + 1):
            out[m] = MonthValue(m, average, p.span.length > 1, p.kind is PointKind.DERIVED)
    return out


def monthly_values(observations: Sequence[Observation]) -> dict[int, Decimal]:
    """Each month's figure of one series' newest vintages: single months as they are
    (nothing to derive: the common case of a monthly partner table), else through the
    series engine (cumulatives, buckets at their monthly average)."""
    months = {o.span.first: o.value for o in observations if o.span.length == 1}
    if len(months) == len(observations):
        return months
    return {m: v.value for m, v in by_month(monthly_series(observations)).items()}


def _mean(values: Sequence[Decimal]) -> Decimal | None:
    return sum(values, Decimal(0)) / len(values) if values else None


@dataclass(frozen=True)
class EventWindow:
    """A series around an event: from 12 months before the announcement to 12 after the
    effective month, indexed to the month before the announcement (= 100)."""

    announced: int
    effective: int
    """The month the measure takes effect (the announcement's when not given)."""
    values: dict[int, MonthValue]
    """Offset from the announcement → the month's figure."""
    base: Decimal | None
    """The month before announcement: the index's 100."""
    before: Decimal | None
    """Mean of the 12 months before the announcement."""
    after: Decimal | None
    """Mean of the 12 months from the effective month on."""
    decimals: int = 0
    held_before: int = 0
    """How many of the months before the announcement have a figure (after: likewise)."""
    held_after: int = 0
    months: int = WINDOW

    @property
    def offsets(self) -> range:
        """−12 months from the announcement to +12 from the effective month."""
        return range(-self.months, self.gap + self.months + 1)

    @property
    def indexed(self) -> dict[int, Decimal]:
        if not self.base:
            return {}
        return {k: v.value / self.base * 100 for k, v in self.values.items()}

    @property
    def change(self) -> Decimal | None:
        if self.before in (None, Decimal(0)) or self.after is None:
            return None
        return self.after / self.before - 1

    @property
    def gap(self) -> int:
        """Months from announcement to effect."""
        return self.effective - self.announced

    def describe(self, unit: str) -> str:
        """The caption's sentence: before and after averages, and the change."""
        if self.before is None or self.after is None:
            return translate("Analysis", "not enough months to compare: figures for {b} of "
                             "the {n} months before the announcement and {a} of the {n} "
                             "from its effect").format(b=self.held_before,
                                                      a=self.held_after, n=self.months)
        return translate("Analysis", "12 months before: {before} {unit} a month; 12 months "
                         "from its effect: {after} {unit} a month ({change})").format(
            before=figure_text(self.before, self.decimals), unit=unit,
            after=figure_text(self.after, self.decimals),
            change=change_text(self.change) if self.change is not None else "—")


def event_window(points: Iterable[MonthlyPoint], announced: date,
                 effective: date | None = None, months: int = WINDOW,
                 shift: int = 0) -> EventWindow:
    """The series ``points`` around an event; ``shift`` reads it ``shift`` months earlier
    (−12: the same months a year before, as a comparison)."""
    points = list(points)
    a = month_index(announced.year, announced.month)
    e = month_index(effective.year, effective.month) if effective else a
    monthly = by_month(points)
    values = {k: monthly[a + k + shift] for k in range(-months, e - a + months + 1)
              if a + k + shift in monthly}
    before = [values[k].value for k in range(-months, 0) if k in values]
    after = [values[k].value for k in range(e - a, e - a + months) if k in values]
    decimals = min((p.decimals for p in points), default=0)
    base = values[-1].value if -1 in values else None
    return EventWindow(a, e, values, base,
                       _mean(before) if len(before) == months else None,
                       _mean(after) if len(after) == months else None, max(decimals, 0),
                       len(before), len(after), months)


def average_path(windows: Sequence[EventWindow]) -> dict[int, Decimal]:
    """Several events of one kind at once: the mean of their indexed paths, month by month
    (a month counts only where every event has it)."""
    paths = [w.indexed for w in windows if w.indexed]
    if not paths:
        return {}
    common = set.intersection(*(set(p) for p in paths))
    return {k: sum((p[k] for p in paths), Decimal(0)) / len(paths) for k in sorted(common)}


@dataclass(frozen=True)
class FrontLoading:
    months: tuple[int, int]
    """The three months before the effective month (first, last)."""
    share: Decimal | None
    """Their share of their calendar year's volume."""
    earlier: dict[int, Decimal] = field(default_factory=dict)
    """Year → the same months' share in the years before."""

    def describe(self) -> str:
        span = MonthSpan(*self.months).describe()
        if self.share is None:
            return translate("Analysis", "{span}: the year's total is not known yet").format(
                span=span)
        text = translate("Analysis", "{span}: {share} of the year").format(
            span=span, share=change_text(self.share).lstrip("+"))
        if self.earlier:
            low, high = min(self.earlier.values()), max(self.earlier.values())
            text += translate("Analysis", ", against {low}–{high} in the {n} years "
                              "before").format(low=change_text(low).lstrip("+"),
                                               high=change_text(high).lstrip("+"),
                                               n=len(self.earlier))
        return text


def front_loading(points: Iterable[MonthlyPoint], effective: date, years_before: int = 3
                  ) -> FrontLoading:
    """The share of a year's volume shipped in the three months before a measure takes
    effect, against the same months in the years before."""
    monthly = by_month(points)
    e = month_index(effective.year, effective.month)
    months = (e - 3, e - 1)

    def share(first: int, last: int) -> Decimal | None:
        year = last // 12
        whole = [monthly.get(year * 12 + i) for i in range(12)]
        if any(v is None for v in whole):
            return None
        total = sum((v.value for v in whole), Decimal(0))
        part = sum((monthly[m].value for m in range(first, last + 1)), Decimal(0))
        return part / total if total else None

    earlier = {}
    for back in range(1, years_before + 1):
        s = share(months[0] - 12 * back, months[1] - 12 * back)
        if s is not None:
            earlier[(months[1] - 12 * back) // 12] = s
    return FrontLoading(months, share(*months), earlier)


# -- destinations -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Concentration:
    month: int
    hhi: Decimal
    """Herfindahl–Hirschman index, 0–10,000 (10,000: one destination takes all)."""

    @property
    def effective_destinations(self) -> Decimal:
        """1 / HHI on shares: how many equal destinations would give this concentration."""
        return Decimal(10_000) / self.hhi if self.hhi else Decimal(0)


def concentration(by_partner: dict[str, dict[int, Decimal]]) -> list[Concentration]:
    """The HHI of destinations, month by month, over the countries given (only where every
    figure of the month is positive in total)."""
    months = sorted({m for values in by_partner.values() for m in values})
    out = []
    for m in months:
        values = [v[m] for v in by_partner.values() if m in v and v[m] > 0]
        total = sum(values, Decimal(0))
        if total <= 0:
            continue
        out.append(Concentration(m, sum(((v / total) ** 2 for v in values), Decimal(0))
                                 * 10_000))
    return out


@dataclass(frozen=True)
class ShareChange:
    partner: str
    before: Decimal
    after: Decimal
    bucket: bool = False
    """A "not elsewhere specified" or re-import row: its own row, never a country's."""

    @property
    def change(self) -> Decimal:
        return self.after - self.before


def share_changes(by_partner: dict[str, dict[int, Decimal]], before: range, after: range,
                  buckets: Iterable[str] = ()) -> list[ShareChange]:
    """Each destination's share of the whole (countries and buckets) over the months
    ``before`` and ``after``, and its change, largest gain first; the changes add up to zero
    (both sides' shares add up to one)."""
    buckets = set(buckets)

    def shares(months: range) -> dict[str, Decimal]:
        totals = {p: sum((v[m] for m in months if m in v), Decimal(0))
                  for p, v in by_partner.items()}
        whole = sum(totals.values(), Decimal(0))
        return {p: (t / whole if whole else Decimal(0)) for p, t in totals.items()}

    b, a = shares(before), shares(after)
    rows = [ShareChange(p, b[p], a[p], p in buckets) for p in by_partner]
    return sorted(rows, key=lambda r: (-r.change, r.partner))


@dataclass(frozen=True)
class PriceRow:
    month: int
    prices: dict[str, Decimal]
    """Partner → value ÷ quantity."""

    @property
    def spread(self) -> Decimal | None:
        if len(self.prices) < 2:
            return None
        return max(self.prices.values()) - min(self.prices.values())


def prices_by_destination(values: dict[str, dict[int, Decimal]],
                          quantities: dict[str, dict[int, Decimal]]) -> list[PriceRow]:
    """Unit value per partner and month, where both the value and a positive quantity are
    held; the spread between the dearest and the cheapest."""
    months = sorted({m for v in values.values() for m in v})
    out = []
    for m in months:
        prices = {p: v[m] / quantities[p][m] for p, v in values.items()
                  if m in v and p in quantities and quantities[p].get(m, 0) > 0}
        if prices:
            out.append(PriceRow(m, prices))
    return out
