"""Do the published figures agree with each other, within the rounding they were published
with? Lists the real mismatches only.

Two kinds of check: a reported cumulative (YTD, annual, Jan–Feb …) against other reported
figures that add up to it, and a reported percentage change against the figures it speaks
of (55,400 → 62,580 is +12.85 … +13.07 % given their rounding: +12.9 % agrees, +15 % not).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from remonitor.core.figures import figure_text
from remonitor.core.monthly import MonthlyPoint, latest_vintages
from remonitor.core.periods import MonthSpan
from remonitor.core.series import Observation
from remonitor.core.text import translate

EPSILON = Decimal("1e-9")


@dataclass(frozen=True, slots=True)
class Check:
    span: MonthSpan
    reported: Decimal
    computed: Decimal
    tolerance: Decimal
    figures: tuple[Observation, ...]
    """The reported figure first, then those it was compared with."""

    @property
    def difference(self) -> Decimal:
        return self.reported - self.computed

    @property
    def consistent(self) -> bool:
        return abs(self.difference) <= self.tolerance + EPSILON

    def explain(self) -> str:
        others = " + ".join(f"{o.span.describe()} {figure_text(o.value, o.decimals)}"
                            for o in self.figures[1:])
        decimals = max((o.decimals for o in self.figures), default=0)
        return translate("Consistency", "{span} reported {reported}; {others} = {computed}: "
                         "{verdict} (difference {difference}, rounding allows ±{tolerance})"
                         ).format(span=self.span.describe(),
                                  reported=figure_text(self.reported, self.figures[0].decimals),
                                  others=others, computed=figure_text(self.computed, decimals),
                                  verdict=_verdict(self.consistent),
                                  difference=f"{self.difference:+,.2f}",
                                  tolerance=f"{self.tolerance:,.2f}")


def _verdict(consistent: bool) -> str:
    return translate("Consistency", "agrees") if consistent else \
        translate("Consistency", "does NOT agree")


def _covers(span: MonthSpan, figures: dict[MonthSpan, Observation]) -> Iterable[list[Observation]]:
    """Ways to add other reported figures up to ``span``: the longest prefix first, then
    the rest; or the shortest figures tiling it (months and Jan–Feb)."""
    inside = sorted((s for s in figures if s != span and s.first >= span.first
                     and s.last <= span.last), key=lambda s: (s.first, -s.length))
    # Greedy from the start, longest piece first at each step, then shortest pieces.
    for prefer_long in (True, False):
        cover, at = [], span.first
        while at <= span.last:
            options = [s for s in inside if s.first == at]
            if not options:
                break
            pick = max(options, key=lambda s: s.length) if prefer_long else \
                min(options, key=lambda s: s.length)
            cover.append(figures[pick])
            at = pick.last + 1
        if at == span.last + 1 and len(cover) > 1:
            yield cover


def check_figures(observations: Iterable[Observation]) -> list[Check]:
    """Every comparison the figures allow (consistent ones too; filter on ``consistent``)."""
    figures = latest_vintages(observations)
    checks: list[Check] = []
    for span, obs in sorted(figures.items()):
        if span.length == 1:
            continue
        seen = set()
        for cover in _covers(span, figures):
            key = tuple(o.span for o in cover)
            if key in seen:
                continue
            seen.add(key)
            computed = sum(o.value for o in cover)
            tolerance = obs.half_unit + sum(o.half_unit for o in cover)
            checks.append(Check(span, obs.value, computed, tolerance, (obs, *cover)))
    return checks


def mismatches(observations: Iterable[Observation]) -> list[Check]:
    return [c for c in check_figures(observations) if not c.consistent]


def change_range(now: Decimal, now_half: Decimal, before: Decimal, before_half: Decimal
                 ) -> tuple[Decimal, Decimal]:
    """The percentage changes the rounded figures allow."""
    low = ((now - now_half) / (before + before_half) - 1) * 100
    high = ((now + now_half) / (before - before_half) - 1) * 100
    return low, high


def change_agrees(reported_pct: Decimal, pct_decimals: int, now: Observation,
                  before: Observation) -> bool:
    """Whether a published % change is supported by the two figures, given all rounding."""
    low, high = change_range(now.value, now.half_unit, before.value, before.half_unit)
    half = Decimal(5).scaleb(-pct_decimals - 1)
    return reported_pct + half >= low - EPSILON and reported_pct - half <= high + EPSILON


# "+12.9% y/y", "−15.6 % m/m" — but not "value −28.3% y/y", which is about another series.
_STATED = re.compile(r"(?<![\d.+\u2212-])([+\u2212-]?\d+(?:\.(\d+))?)\s?%\s*(y/y|m/m)")
_OTHER_MEASURE = ("value", "price", "金额")


@dataclass(frozen=True, slots=True)
class StatedChange:
    """A percentage change a release stated beside a figure, against the figures."""

    figure: Observation
    stated: Decimal
    decimals: int
    kind: str
    """``y/y`` or ``m/m``."""
    before_span: MonthSpan
    before: Decimal | None
    """The figure compared with (reported, or the sum of derived months); None: unknown."""
    low: Decimal = Decimal(0)
    high: Decimal = Decimal(0)

    @property
    def consistent(self) -> bool | None:
        if self.before is None:
            return None
        half = Decimal(5).scaleb(-self.decimals - 1)
        return self.stated + half >= self.low - EPSILON and \
            self.stated - half <= self.high + EPSILON

    def explain(self) -> str:
        head = translate("Consistency", "{span}: {stated}% {kind} stated").format(
            span=self.figure.span.describe(), stated=f"{self.stated:+.{self.decimals}f}",
            kind=self.kind)
        if self.before is None:
            return translate("Consistency", "{head}; {before} is not known, cannot be "
                             "checked").format(head=head, before=self.before_span.describe())
        return translate("Consistency", "{head}; {figure} against {before} {value} allows "
                         "{low} … {high} %: {verdict}").format(
            head=head, figure=figure_text(self.figure.value, self.figure.decimals),
            before=self.before_span.describe(), value=figure_text(self.before, 1),
            low=f"{self.low:+.2f}", high=f"{self.high:+.2f}",
            verdict=_verdict(bool(self.consistent)))


def _figure_for(span: MonthSpan, figures: dict[MonthSpan, Observation],
                points: list[MonthlyPoint]) -> tuple[Decimal, Decimal] | None:
    """A span's value and rounding: reported, else the monthly buckets tiling it."""
    if span in figures:
        return figures[span].value, figures[span].half_unit
    inside = [p for p in points if p.span.first >= span.first and p.span.last <= span.last]
    if sum(p.span.length for p in inside) != span.length:
        return None
    return sum(p.value for p in inside), sum(p.tolerance for p in inside)


def stated_changes(observations: Iterable[Observation], points: list[MonthlyPoint]
                   ) -> list[StatedChange]:
    """Every y/y or m/m change stated in a figure's note, checked within all rounding."""
    figures = latest_vintages(observations)
    out = []
    for span, obs in sorted(figures.items()):
        for match in _STATED.finditer(obs.note):
            if obs.note[:match.start()].rstrip().lower().endswith(_OTHER_MEASURE):
                continue
            stated = Decimal(match[1].replace("\u2212", "-"))
            decimals = len(match[2] or "")
            if match[3] == "m/m":
                if span.length != 1:
                    continue
                before_span = MonthSpan(span.first - 1, span.first - 1)
            else:
                before_span = span.shifted_years(-1)
            found = _figure_for(before_span, figures, points)
            if found is None:
                out.append(StatedChange(obs, stated, decimals, match[3], before_span, None))
                continue
            low, high = change_range(obs.value, obs.half_unit, *found)
            out.append(StatedChange(obs, stated, decimals, match[3], before_span, found[0],
                                    low, high))
    return out
