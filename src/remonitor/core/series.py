"""What is measured: a series key, and one reported figure of it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from remonitor.core.periods import MonthSpan
from remonitor.core.text import translate


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
    """Identity of a series: what is measured, in codes. Two sources' figures are never the
    same series (they measure differently); a file's wording of the product and its
    classification edition are a :class:`Label` of each figure, never part of the key.
    Reporter and partner are codes of the country table (ISO3, WLD, EU27 …)."""

    flow: Flow
    reporter: str
    partner: str
    product: str
    measure: Measure
    unit: str
    source: str

    def describe(self) -> str:
        partner = "world" if self.partner == WORLD else self.partner
        return (
            f"{self.reporter} {self.flow} of {self.product} to {partner}, "
            f"{self.measure} ({self.unit}), {self.source}"
        )


@dataclass(frozen=True, slots=True)
class Label:
    """How a file named what a figure measures."""

    edition: str = ""
    """The classification it was published in: H4 (HS 2012), H5 (HS 2017), H6 (HS 2022),
    S4 (SITC 4) …; '' when the file does not say."""
    description: str = ""


@dataclass(frozen=True, slots=True)
class Observation:
    """One reported value over a span of months, as a release published it.

    ``decimals`` is the precision it was published with: 1 for 38,563.6, 0 for 5,792,
    -2 for a figure rounded to hundreds such as 55,400.
    """

    span: MonthSpan
    value: Decimal
    decimals: int
    release_date: date
    """The release it belongs to (the vintage): GAC's of that month, not a newspaper's."""
    batch_id: int | None = None
    source_file: str = ""
    note: str = ""
    label: Label = Label()
    release_approximate: bool = False
    """The release date is an upper bound (on or before): such a figure ranks as released
    at the start of that month, so the source's own figure of that month's release, with
    its exact date, is never outranked by it."""

    @property
    def half_unit(self) -> Decimal:
        """Largest rounding error the published figure can carry."""
        return Decimal(5).scaleb(-self.decimals - 1)

    @property
    def vintage(self) -> tuple:
        """What decides between two figures of one span: the newer release, then (within
        one release) the more precise figure, then the later import."""
        day = self.release_date.replace(day=1) if self.release_approximate else \
            self.release_date
        return day, self.decimals, self.batch_id or 0

    def released_text(self) -> str:
        return translate("Series", "on or before {date} (approximate)").format(
            date=self.release_date.isoformat()) if self.release_approximate else \
            self.release_date.isoformat()


@dataclass(frozen=True, slots=True)
class NewObservation:
    """A figure as a file gives it, before it is stored: the row type of every importer."""

    key: SeriesKey
    span: MonthSpan
    value: Decimal
    decimals: int
    note: str = ""
    label: Label = Label()
    released: date | None = None
    """The release it belongs to, when the file says per figure (else the batch's)."""
    release_approximate: bool = False
    """``released`` is an upper bound (on or before)."""
