"""Export-control and trade-policy events."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from remonitor.core.text import translate


class Category(StrEnum):
    EXPORT_CONTROL = "export control"
    LICENSING = "licensing"
    QUOTA = "quota"
    TARIFF = "tariff"
    TALKS = "talks"
    STATEMENT = "statement"
    OTHER = "other"


RARE_EARTH_ELEMENTS = frozenset(
    ["Sc", "Y", "La", "Ce", "Pr", "Nd", "Pm", "Sm", "Eu",
     "Gd", "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu"]
)
"""Chemical symbols an event or application may name (the 17 rare-earth elements)."""


def parse_elements(text: str) -> tuple[str, ...]:
    """Split ``"Sm, Gd Tb"`` into validated symbols; an unknown symbol raises ValueError."""
    symbols = tuple(s for s in text.replace(",", " ").replace(";", " ").split() if s)
    unknown = [s for s in symbols if s not in RARE_EARTH_ELEMENTS]
    if unknown:
        raise ValueError(translate(
            "Events", "not a rare-earth element symbol: {symbols} (expected one of {known})"
        ).format(symbols=", ".join(unknown), known=" ".join(sorted(RARE_EARTH_ELEMENTS))))
    return symbols


@dataclass(frozen=True, slots=True)
class Event:
    announced: date
    title: str
    category: Category
    authority: str = ""
    effective: date | None = None
    end: date | None = None
    number: str = ""
    elements: tuple[str, ...] = ()
    hs_codes: tuple[str, ...] = ()
    control_codes: tuple[str, ...] = ()
    source: str = ""
    notes: str = ""
    id: int | None = None
    key: str | None = None
    links: tuple[str, ...] = field(default=())
    """Keys of events this one acts on (a suspension → the announcements it suspends)."""

    @property
    def start(self) -> date:
        """When the event starts to act: the day it takes effect, else its announcement."""
        return self.effective or self.announced

    def __post_init__(self) -> None:
        if not self.title.strip():
            raise ValueError(translate("Events", "an event needs a title"))
        if self.effective and self.effective < self.announced:
            raise ValueError(translate("Events", "the effective date is before the "
                                       "announcement"))
        if self.end and self.end < self.start:
            raise ValueError(translate("Events", "the end date is before the event starts"))
        parse_elements(" ".join(self.elements))
