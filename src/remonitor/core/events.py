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
    precision: str = "day"
    """``day``, or ``year`` when the source gives only the year: then ``announced`` is 1
    January and the event is shown as that year, never as 1 January."""
    also_reported: tuple[str, ...] = ()
    """Other sources that reported this announcement (each its title and source), merged
    into it rather than listed twice."""

    @property
    def when(self) -> str:
        """The announcement date as precise as the source gives it: 2025-04-04, or 2021."""
        return str(self.announced.year) if self.precision == "year" else \
            self.announced.isoformat()

    @property
    def start(self) -> date:
        """When the event starts to act: the day it takes effect, else its announcement."""
        return self.effective or self.announced

    @property
    def year_only(self) -> tuple[date, date] | None:
        """For an event known by its year only: that year's first and last day (drawn as
        a band over the year); None for an event known to the day."""
        if self.precision != "year":
            return None
        return date(self.announced.year, 1, 1), date(self.announced.year, 12, 31)

    @property
    def marker_day(self) -> date:
        """Where its marker stands: its start, or mid-year for an event known by its year."""
        return date(self.announced.year, 7, 1) if self.year_only else self.start

    def __post_init__(self) -> None:
        if not self.title.strip():
            raise ValueError(translate("Events", "an event needs a title"))
        if self.effective and self.effective < self.announced:
            raise ValueError(translate("Events", "the effective date is before the "
                                       "announcement"))
        if self.end and self.end < self.start:
            raise ValueError(translate("Events", "the end date is before the event starts"))
        parse_elements(" ".join(self.elements))


_CHINA = ("mofcom", "gac", "china", "中国", "state council", "miit", "ndrc", "商务部", "海关")
_STOP = frozenset([
    "a", "an", "and", "the", "of", "on", "in", "for", "to", "with", "by", "certain", "related",
    "relevant", "items", "item", "measures", "measure", "announcement", "no", "nos"])


def jurisdiction(authority: str) -> str:
    """Whose measure an authority's name says it is (MOFCOM, GAC → China); '' unknown."""
    low = authority.lower()
    return "CHN" if any(w in low for w in _CHINA) else low.strip()


def _words(title: str) -> set[str]:
    import re

    words = re.findall(r"[a-z0-9]+", title.lower())
    return {w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words} - _STOP


def _numbers(number: str) -> set[str]:
    import re

    return set(re.findall(r"\d+", number.split("No", 1)[-1])) if number else set()


def same_announcement(a: Event, b: Event) -> bool:
    """Whether two reports are of one announcement: the same authority's same number; or,
    where either has no number, the same day, the same jurisdiction and most of the
    title's words in common (IEA's "Export controls on certain medium and heavy rare earth
    items" is MOFCOM/GAC Announcement 2025 No. 18)."""
    if a.number and b.number:
        return (jurisdiction(a.authority) == jurisdiction(b.authority)
                and a.announced.year == b.announced.year
                and bool(_numbers(a.number) & _numbers(b.number)))
    if a.announced != b.announced or "year" in (a.precision, b.precision):
        return False
    if jurisdiction(a.authority) != jurisdiction(b.authority):
        return False
    wa, wb = _words(a.title), _words(b.title)
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= 0.6
