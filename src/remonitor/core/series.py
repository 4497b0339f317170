"""What is measured: a series key, and one reported figure of it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from remonitor.core.periods import MonthSpan


class Flow(StrEnum):
    EXPORT = "export"
    IMPORT = "import"
    RE_EXPORT = "re-export"
    RE_IMPORT = "re-import"
    PRODUCTION = "production"
    RESERVES = "reserves"


class Measure(StrEnum):
    QUANTITY = "quantity"
    VALUE = "value"


WORLD = "WLD"
"""Partner code of the world total (Comtrade partner 0)."""


@dataclass(frozen=True, slots=True)
class SeriesKey:
    """Identity of a series. Two sources' figures are never the same series."""

    flow: Flow
    reporter: str
    partner: str
    product: str
    measure: Measure
    unit: str
    source: str
    definition: str = ""

    def describe(self) -> str:
        partner = "world" if self.partner == WORLD else self.partner
        return (
            f"{self.reporter} {self.flow} of {self.product} to {partner}, "
            f"{self.measure} ({self.unit}), {self.source}"
        )


@dataclass(frozen=True, slots=True)
class Observation:
    """One reported value over a span of months, as a release published it.

    ``decimals`` is the precision it was published with: 1 for 38,563.6, 0 for 5,792,
    -2 for a figure rounded to hundreds such as 55,400.
    """

    span: MonthSpan
    value: float
    decimals: int
    release_date: date
    batch_id: int | None = None
    source_file: str = ""
    note: str = ""

    @property
    def half_unit(self) -> float:
        """Largest rounding error the published figure can carry."""
        return 0.5 * 10.0 ** (-self.decimals)


@dataclass(frozen=True, slots=True)
class NewObservation:
    """A figure as a file gives it, before it is stored: the row type of every importer."""

    key: SeriesKey
    span: MonthSpan
    value: float
    decimals: int
    note: str = ""


AGGREGATE_PARTNERS = (WORLD, "W00", "World", "EU", "EU27", "EU27_2020", "EU28", "M49:0")
"""Partner codes that are totals of other partners: never added to a partner sum."""
AGGREGATE_PREFIXES = ("European Union", "World ")


def is_aggregate_partner(partner: str) -> bool:
    return partner in AGGREGATE_PARTNERS or partner.startswith(AGGREGATE_PREFIXES)
