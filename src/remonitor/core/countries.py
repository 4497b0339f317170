"""Countries, aggregates and unallocated buckets: one table that every reporter and partner
code is mapped through, so sources that write ISO3, UN Comtrade numbers, China Customs
codes or names meet in the same series.

A code that the table does not know is kept as the file wrote it (``GAC:999``) and flagged
by the importer — never guessed. Only countries (and territories such as Comtrade's "Other
Asia, nes") are ever summed; aggregates (World, EU27, Intra-EU27 …) and
not-elsewhere-specified buckets are shown under their own names.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass

WORLD = "WLD"


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    """ISO3 for a country or territory; a code of our own for the others (WLD, EU27 …)."""
    kind: str
    """``country``, ``aggregate`` or ``nes`` (not elsewhere specified)."""
    m49: str
    iso2: str
    """ISO 3166 alpha-2 (DE)."""
    eurostat: str
    """Eurostat's geo code where it differs from ISO (EL for Greece, EU27_2020 …)."""
    comtrade: str
    """UN Comtrade's number where it differs from M49 (France 251, USA 842 …)."""
    gac: str
    """China Customs' partner code (美国 502)."""
    name_en: str
    name_zh: str
    aliases: tuple[str, ...]

    def name(self, language: str = "en") -> str:
        return self.name_zh if language.startswith("zh") else self.name_en

    @property
    def summable(self) -> bool:
        return self.kind == "country"


def _key(name: str) -> str:
    """A name as looked up: case, accents, punctuation and a trailing note in parentheses
    (``Ireland (Eire)``, ``Intra-EU27 (from 2020)``) do not count."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode() \
        if name.isascii() or not re.search(r"[\u4e00-\u9fff]", name) else name
    text = text.casefold().replace("&", "and")
    text = re.sub(r"[\s\-_.,'’()（）/]+", " ", text).strip()
    return text


class CountryTable:
    """Lookups by ISO3, M49, Comtrade number, GAC code and name (English or Chinese)."""

    def __init__(self, countries: list[Country], version: int = 0) -> None:
        self.version = version
        self.countries = countries
        self.by_code = {c.code: c for c in countries}
        self.by_m49 = {c.m49: c for c in countries if c.m49}
        self.by_comtrade = {c.comtrade: c for c in countries if c.comtrade}
        self.by_gac = {c.gac: c for c in countries if c.gac}
        self.by_geo = {c.iso2: c for c in countries if c.iso2}
        self.by_geo |= {c.eurostat: c for c in countries if c.eurostat}
        self.by_name: dict[str, Country] = {}
        for c in countries:  # codes and names; an ISO3 code wins over a name
            for name in (c.name_en, c.name_zh, *c.aliases):
                self.by_name.setdefault(_key(name), c)
            self.by_name.setdefault(_key(c.code), c)
        stripped = {}
        for c in countries:  # "Belgium (incl. …)" also as "Belgium"
            for name in (c.name_en, *c.aliases):
                base = re.sub(r"\s*\(.*\)\s*$", "", name)
                if base != name:
                    stripped.setdefault(_key(base), c)
        for key, c in stripped.items():
            self.by_name.setdefault(key, c)

    @classmethod
    def from_csv(cls, text: str, version: int = 0) -> CountryTable:
        rows = csv.DictReader(io.StringIO(text))
        return cls([Country(r["code"], r["kind"], r["m49"], r.get("iso2", ""),
                            r.get("eurostat", ""), r["comtrade"], r["gac"],
                            r["name_en"], r["name_zh"],
                            tuple(a for a in r["aliases"].split("|") if a)) for r in rows],
                   version)

    def get(self, code: str) -> Country | None:
        return self.by_code.get(code)

    def iso3(self, code: str) -> Country | None:
        return self.by_code.get(code.strip().upper()) or self.named(code)

    def comtrade_number(self, number: str) -> Country | None:
        """UN Comtrade's numbers: its own where they differ, else M49."""
        number = number.strip().lstrip("0") or "0"
        return self.by_comtrade.get(number) or self.by_m49.get(number)

    def geo(self, code: str) -> Country | None:
        """Eurostat's and ISO's two-letter codes (DE, EL for Greece), and its groups
        (EU27_2020, WORLD)."""
        return self.by_geo.get(code.strip().upper())

    def gac_code(self, code: str) -> Country | None:
        return self.by_gac.get(code.strip())

    def named(self, name: str) -> Country | None:
        """By a name in either language; a trailing note in parentheses that the table
        does not know (``European Union - 27 countries (AT, BE, …)``) is read without it."""
        found = self.by_name.get(_key(name))
        if found is None and name.rstrip().endswith((")", "）")):
            found = self.by_name.get(_key(re.sub(r"\s*[(（][^()（）]*[)）]\s*$", "", name)))
        return found

    def place(self, written: str) -> Country | None:
        """What a file's code or name stands for: ISO3, a name (English or Chinese),
        ``M49:n`` (UN Comtrade's numbers) or ``GAC:n[:name]`` (China Customs' codes, the
        name the file gave checked first); None when the table does not know it."""
        text = written.strip()
        if text.upper() in ("WLD", "W00", "0"):
            return self.by_code.get(WORLD)
        if text.startswith("M49:"):
            return self.comtrade_number(text[4:])
        if text.startswith("GAC:"):
            code, _, name = text[4:].partition(":")
            return (self.named(name) if name else None) or self.gac_code(code)
        if text.startswith("GEO:"):
            return self.geo(text[4:])
        return self.iso3(text)

    def summable(self, code: str) -> bool:
        """True for a country or territory; False for an aggregate or an unallocated bucket
        (an unknown code counts as a country: it was kept as the file wrote it)."""
        found = self.by_code.get(code)
        return found is None or found.summable

    def display(self, code: str, language: str = "en") -> str:
        """The name a person reads; an unknown code as it was written."""
        found = self.by_code.get(code)
        return found.name(language) if found else code

    def search_text(self, code: str) -> str:
        """A place's code, its numbers in other codings and its names in both languages
        (``WLD 0 World 世界``), for a search box to match; an unknown code alone."""
        found = self.by_code.get(code)
        if found is None:
            return code
        return " ".join((code, found.m49, found.iso2, found.comtrade, found.gac,
                         found.name_en, found.name_zh, *found.aliases))
