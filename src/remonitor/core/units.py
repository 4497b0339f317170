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
from decimal import Decimal
from fractions import Fraction

from remonitor.core.monthly import MonthlyPoint, PointKind
from remonitor.core.periods import MonthSpan
from remonitor.core.text import translate

MASS_IN_KG = {"kg": Decimal(1), "t": Decimal(1000)}
SCALES = {"thousand": Decimal(1000), "million": Decimal(10**6), "billion": Decimal(10**9)}
SCALE_WORDS = {v: k for k, v in SCALES.items()}
CURRENCIES = ("USD", "CNY", "EUR", "JPY", "GBP", "KRW", "HKD", "CHF", "AUD", "CAD", "INR",
              "RUB", "SGD", "TWD", "THB", "VND", "MYR", "IDR", "PHP", "BRL", "MXN", "ZAR")
QUANTITY_UNITS = (
    "t", "kg", "g",
    # The World Customs Organization's standard units, as UN Comtrade writes them.
    "u", "2u", "12u", "1000u", "pa", "l", "1000 l", "m", "m²", "m2", "m³", "m3", "1000 m³",
    "kWh", "1000 kWh", "carat", "ct/l", "gi F/S", "kg/net eda", "kg H2O2", "kg K2O",
    "kg KOH", "kg MET", "kg N", "kg NaOH", "kg P2O5", "kg U", "units", "items")
KNOWN_BASES = frozenset(QUANTITY_UNITS + CURRENCIES)


def _decimal(value: Fraction) -> Decimal:
    """An exact fraction as a decimal: exact where it terminates (1,430 million ÷ 7.15 is
    200,000,000), else to 28 significant digits."""
    quotient = Decimal(value.numerator) / Decimal(value.denominator)
    return quotient.normalize() if quotient == quotient.to_integral_value() else quotient


def _grouped(value: Fraction) -> str:
    return f"{_decimal(value):,f}"


def known_unit(text: str) -> bool:
    """A unit remonitor can show and convert: a mass, a currency, a WCO quantity unit —
    with a scale before it or not (``thousand USD``, ``1000 kg``)."""
    return text in KNOWN_BASES or Unit.parse(text).base in KNOWN_BASES


def unknown_unit_message(text: str) -> str:
    return translate("Units", "{unit!r} is not a unit remonitor knows; it knows t, kg, g, "
                     "the currencies (USD, CNY, EUR …) and the WCO quantity units (u, l, m², "
                     "kWh …), each with a scale before it or not (thousand USD). Map it to "
                     "one of them with a factor (e.g. unit t, factor 1000 for thousand t)"
                     ).format(unit=text)


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit as stored or shown: ``t``, ``kg``, ``USD``, ``million CNY``."""

    base: str
    scale: Decimal = Decimal(1)

    @classmethod
    def parse(cls, text: str) -> Unit:
        """``t``, ``kg``, ``USD``, ``thousand USD``, ``USD thousand``, ``1000 USD``."""
        words = text.replace(",", "").split()
        scale, base = Decimal(1), []
        for word in words:
            low = word.lower()
            if low in SCALES:
                scale *= SCALES[low]
            elif low.replace(".", "", 1).isdigit() and Decimal(low) > 0:
                scale *= Decimal(low)
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
        return self.base if self.scale == 1 else \
            f"{self.scale.normalize():f} {self.base}"


@dataclass(frozen=True, slots=True)
class RateTable:
    """Monthly exchange rates: units of ``currency`` per US dollar, by month index."""

    currency: str
    per_usd: Mapping[int, Decimal]
    source: str = ""

    def mean(self, span: MonthSpan) -> Fraction | None:
        """The mean of the span's monthly rates, exactly (a fraction: no rounding until
        the converted figure is written)."""
        rates = [self.per_usd.get(m) for m in range(span.first, span.last + 1)]
        if any(r is None for r in rates):
            return None
        return sum((Fraction(r) for r in rates), Fraction(0)) / len(rates)


class ConversionError(ValueError):
    """The units cannot be converted (no rate table, different kinds of unit)."""


@dataclass(frozen=True, slots=True)
class Conversion:
    """How figures in one unit become figures in another; ``describe`` says so on the chart."""

    source: Unit
    target: Unit
    factor_for: Callable[[MonthSpan], Fraction | None]
    """Exact: a converted figure is rounded once, when it is written as a decimal."""
    text: str

    def describe(self) -> str:
        return self.text


def conversion(source: Unit, target: Unit, rates: Mapping[str, RateTable] | None = None
               ) -> Conversion:
    """The conversion from ``source`` to ``target``; ConversionError when none is allowed."""
    scale = Fraction(source.scale) / Fraction(target.scale)
    if source.base == target.base:
        text = "" if scale == 1 else translate("Units", "{source} shown in {target}").format(
            source=source, target=target)
        return Conversion(source, target, lambda span: scale, text)
    if source.is_mass and target.is_mass:
        factor = scale * Fraction(MASS_IN_KG[source.base]) / Fraction(MASS_IN_KG[target.base])
        return Conversion(source, target, lambda span: factor,
                          translate("Units", "{source} shown in {target} (×{factor})").format(
                              source=source, target=target, factor=_grouped(factor)))
    rates = rates or {}
    missing = [b for b in (source.base, target.base) if b != "USD" and b not in rates]
    if missing:
        raise ConversionError(translate(
            "Units", "{source} cannot be shown in {target}: no {currency}/USD exchange-rate "
            "table has been imported (File → Import exchange rates…)").format(
            source=source, target=target, currency=missing[0]))
    into = rates.get(target.base)
    out_of = rates.get(source.base)

    def factor(span: MonthSpan) -> Fraction | None:
        usd = Fraction(1) if out_of is None else out_of.mean(span)
        there = Fraction(1) if into is None else into.mean(span)
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
        out.append(replace(p, value=_decimal(Fraction(p.value) * factor),
                           tolerance=_decimal(Fraction(p.tolerance) * factor),
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
        relative = v.tolerance / abs(v.value) if v.value else Decimal(0)
        relative += q.tolerance / q.value
        kind = PointKind.DERIVED if PointKind.DERIVED in (v.kind, q.kind) else PointKind.REPORTED
        decimals = max(2, 3 - math.floor(math.log10(abs(float(ratio))))) if ratio else 2
        out.append(MonthlyPoint(v.span, ratio, kind, decimals, abs(ratio) * relative,
                                v.sources + q.sources))
    return out

