"""What the live sources keep current: the watch list (``<data>/sources.json``).

By default: China's exports (Comtrade reporter 156) of the rare-earth codes of domain.md,
monthly, to every partner; the mirror side — the main partners' imports from China of the
same codes (Comtrade); and the EU member states' imports from China of the CN8 lines under
those headings (Comext). A desk edits it in Preferences → Sources or in the file.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace

RARE_EARTH_HS6 = ("280530", "284610", "284690", "850511")
"""2805.30 rare-earth metals, 2846.10 cerium compounds, 2846.90 other rare-earth compounds,
8505.11 permanent magnets of metal (domain.md)."""
RARE_EARTH_CN8 = ("28053010", "28053020", "28053030", "28053040", "28053080", "28461000",
                  "28469010", "28469020", "28469030", "28469040", "28469050", "28469090",
                  "85051110", "85051190")
"""The CN8 lines under those headings as the Combined Nomenclature 2022–2026 lists them; a
line the API does not know returns no rows and is said so."""
MIRROR_PARTNERS = ("392", "842", "410", "528", "276", "699", "490", "764")
"""Comtrade reporters whose imports from China mirror its exports: Japan, the United States,
Korea, the Netherlands, Germany, India, Other Asia nes (Taiwan), Thailand."""
EU27 = ("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
        "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK")


@dataclass(frozen=True)
class ComtradeWatch:
    """One Comtrade query family: reporters × codes × flow, monthly, every partner."""

    reporters: tuple[str, ...]
    """UN Comtrade reporter numbers (156 China, 392 Japan …)."""
    codes: tuple[str, ...]
    flow: str
    """``X`` exports, ``M`` imports."""
    partners: tuple[str, ...] = ()
    """Partner numbers; () every partner (and World)."""
    label: str = ""


@dataclass(frozen=True)
class ComextWatch:
    """One Comext query family: EU reporters × products × flow, from a partner."""

    reporters: tuple[str, ...]
    """EU member states, two-letter (Eurostat's geo codes)."""
    products: tuple[str, ...]
    partner: str
    """Two-letter partner code (CN)."""
    flow: str
    """``1`` imports, ``2`` exports (Comext's own codes)."""
    label: str = ""


@dataclass(frozen=True)
class WatchList:
    comtrade: tuple[ComtradeWatch, ...] = ()
    comext: tuple[ComextWatch, ...] = ()
    comtrade_on: bool = True
    comext_on: bool = True
    months_back: int = 24
    """How far back the first look goes; later looks fetch only what was published or
    revised since."""
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> str:
        data = asdict(self)
        data.pop("notes")
        return json.dumps(data, indent=1, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> WatchList:
        """The file as written by :meth:`to_json` (or by hand); ValueError naming what is
        wrong."""
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("the watch list is not a JSON object")
        try:
            comtrade = tuple(ComtradeWatch(tuple(map(str, w["reporters"])),
                                           tuple(map(str, w["codes"])), str(w["flow"]).upper(),
                                           tuple(map(str, w.get("partners", ()))),
                                           str(w.get("label", "")))
                             for w in data.get("comtrade", ()))
            comext = tuple(ComextWatch(tuple(map(str, w["reporters"])),
                                       tuple(map(str, w["products"])), str(w["partner"]),
                                       str(w["flow"]), str(w.get("label", "")))
                           for w in data.get("comext", ()))
        except (KeyError, TypeError) as exc:
            raise ValueError(f"a watch entry lacks {exc}") from None
        for w in comtrade:
            if w.flow not in ("X", "M"):
                raise ValueError(f"Comtrade flow {w.flow!r}: X (exports) or M (imports)")
        for w in comext:
            if w.flow not in ("1", "2"):
                raise ValueError(f"Comext flow {w.flow!r}: 1 (imports) or 2 (exports)")
        return cls(comtrade, comext, bool(data.get("comtrade_on", True)),
                   bool(data.get("comext_on", True)), int(data.get("months_back", 24)))

    def with_codes(self, codes: tuple[str, ...]) -> WatchList:
        """The same watch with other HS codes (Preferences edits the codes in one place)."""
        return replace(self, comtrade=tuple(replace(w, codes=codes) for w in self.comtrade))


def default_watch_list() -> WatchList:
    return WatchList(
        comtrade=(
            ComtradeWatch(("156",), RARE_EARTH_HS6, "X", (), "China's exports"),
            ComtradeWatch(MIRROR_PARTNERS, RARE_EARTH_HS6, "M", ("156",),
                          "main partners' imports from China (mirror)"),
        ),
        comext=(ComextWatch(EU27, RARE_EARTH_CN8, "CN", "1",
                            "EU member states' imports from China"),),
    )
