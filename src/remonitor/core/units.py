"""Display units: one per axis, every conversion explicit and named, never silent.

Quantities convert between t and kg by a fixed factor. Currencies convert only through an
exchange-rate table the user imported (monthly, units of a currency per US dollar); a
bucket of several months uses the mean of its months' rates, and a month without a rate
is left off the chart with a count, not filled in. Unit value (value ÷ quantity) is a
series of its own, paired bucket by bucket.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from remonitor.core.monthly import MonthlyPoint, PointKind
from remonitor.core.periods import MonthSpan
from remonitor.core.text import translate

MASS_IN_KG = {"kg": 1.0, "t": 1000.0}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
SCALE_WORDS = {v: k for k, v in SCALES.items()}


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit as stored or shown: ``t``, ``kg``, ``USD``, ``million CNY``."""

    base: str
    scale: float = 1.0

    @classmethod
    def parse(cls, text: str) -> Unit:
        """``t``, ``kg``, ``USD``, ``thousand USD``, ``USD thousand``, ``1000 USD``."""
        words = text.replace(",", "").split()
        scale, base = 1.0, []
        for word in words:
            low = word.lower()
            if low in SCALES:
                scale *= SCALES[low]
            elif low.replace(".", "", 1).isdigit() and float(low) > 0:
                scale *= float(low)
            else:
                base.append(word)
        return cls(" ".join(base) or text, scale)

    @property
    def is_mass(self) -> bool:
        return self.base in MASS_IN_KG

    def __str__(self) -> str:
        word = SCALE_WORDS.get(self.scale)
        if word:
            return f"{word} {self.base}"
        return self.base if self.scale == 1 else f"{self.scale:g} {self.base}"


@dataclass(frozen=True, slots=True)
class RateTable:
    """Monthly exchange rates: units of ``currency`` per US dollar, by month index."""

    currency: str
    per_usd: Mapping[int, float]
    source: str = ""

    def mean(self, span: MonthSpan) -> float | None:
        rates = [self.per_usd.get(m) for m in range(span.first, span.last + 1)]
        if any(r is None for r in rates):
            return None
        return sum(rates) / len(rates)  # type: ignore[arg-type]


class ConversionError(ValueError):
    """The units cannot be converted (no rate table, different kinds of unit)."""


@dataclass(frozen=True, slots=True)
class Conversion:
    """How figures in one unit become figures in another; ``describe`` says so on the chart."""

    source: Unit
    target: Unit
    factor_for: Callable[[MonthSpan], float | None]
    text: str

    def describe(self) -> str:
        return self.text


def conversion(source: Unit, target: Unit, rates: Mapping[str, RateTable] | None = None
               ) -> Conversion:
    """The conversion from ``source`` to ``target``; ConversionError when none is allowed."""
    scale = source.scale / target.scale
    if source.base == target.base:
        text = "" if scale == 1 else translate("Units", "{source} shown in {target}").format(
            source=source, target=target)
        return Conversion(source, target, lambda span: scale, text)
    if source.is_mass and target.is_mass:
        factor = scale * MASS_IN_KG[source.base] / MASS_IN_KG[target.base]
        return Conversion(source, target, lambda span: factor,
                          translate("Units", "{source} shown in {target} (×{factor})").format(
                              source=source, target=target, factor=f"{factor:g}"))
    rates = rates or {}
    missing = [b for b in (source.base, target.base) if b != "USD" and b not in rates]
    if missing:
        raise ConversionError(translate(
            "Units", "{source} cannot be shown in {target}: no {currency}/USD exchange-rate "
            "table has been imported (File → Import exchange rates…)").format(
            source=source, target=target, currency=missing[0]))
    into = rates.get(target.base)
    out_of = rates.get(source.base)

    def factor(span: MonthSpan) -> float | None:
        usd = 1.0 if out_of is None else out_of.mean(span)
        there = 1.0 if into is None else into.mean(span)
        if usd is None or there is None:
            return None
        return scale * there / usd

    used = [t for t in (out_of, into) if t is not None]
    named = "; ".join(translate("Units", "{currency} per USD, monthly mean rates").format(
        currency=t.currency) + (translate("Units", " from {source}").format(source=t.source)
                                if t.source else "") for t in used)
    return Conversion(source, target, factor, translate(
        "Units", "{source} converted to {target} at {rates}").format(
        source=source, target=target, rates=named))


def convert(points: list[MonthlyPoint], how: Conversion) -> tuple[list[MonthlyPoint], list[str]]:
    """The points in the target unit, and the buckets left out (no rate for them)."""
    out, missing = [], []
    for p in points:
        factor = how.factor_for(p.span)
        if factor is None:
            missing.append(p.span.describe())
            continue
        if factor == 1:
            out.append(p)
            continue
        decimals = p.decimals - round(math.log10(factor)) if factor > 0 else p.decimals
        out.append(replace(p, value=p.value * factor, tolerance=p.tolerance * factor,
                           decimals=decimals))
    return out, missing


def unit_value(values: list[MonthlyPoint], quantities: list[MonthlyPoint]
               ) -> list[MonthlyPoint]:
    """Value ÷ quantity for every bucket both series hold with the same span. The tolerance
    carries both roundings; a bucket is derived when either of its figures is."""
    by_span = {q.span: q for q in quantities}
    out = []
    for v in values:
        q = by_span.get(v.span)
        if q is None or q.value <= 0:
            continue
        ratio = v.value / q.value
        relative = v.tolerance / abs(v.value) if v.value else 0.0
        relative += q.tolerance / q.value
        kind = PointKind.DERIVED if PointKind.DERIVED in (v.kind, q.kind) else PointKind.REPORTED
        decimals = max(2, 3 - math.floor(math.log10(abs(ratio)))) if ratio else 2
        out.append(MonthlyPoint(v.span, ratio, kind, decimals, abs(ratio) * relative,
                                v.sources + q.sources))
    return out

