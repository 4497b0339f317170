"""The bundled country table, and how an import maps the codes and names a file writes for
reporters and partners onto it."""

from __future__ import annotations

from remonitor.core.countries import CountryTable
from remonitor.resources import country_table


class Places:
    """One import's mapping of places onto the table. What it cannot place it keeps as
    written and lists in ``unknown`` (code → how it was written), for the report."""

    def __init__(self, table: CountryTable | None = None) -> None:
        self.table = table or country_table()
        self.unknown: dict[str, str] = {}
        self.disagreements: dict[str, str] = {}
        self._memo: dict[str, str] = {}

    def place(self, written: str) -> str:
        """A code or a name as a file wrote it; ``M49:n`` and ``GAC:n`` say which numbers
        (``GAC:n:name`` adds the name the file gave)."""
        found = self._memo.get(written)
        if found is None:
            found = self._memo[written] = self._place(written)
        return found

    def _place(self, written: str) -> str:
        text = written.strip()
        if text.startswith("GAC:"):
            code, _, name = text[4:].partition(":")
            return self.gac(code, name)
        return self._known(self.table.place(text), text) if text else text

    def gac(self, code: str, name: str = "") -> str:
        """A China Customs partner: by its code, checked against the name the file gives
        (the name wins where they disagree, and the report says so)."""
        by_code = self.table.gac_code(code)
        by_name = self.table.named(name) if name else None
        if by_code and by_name and by_code.code != by_name.code:
            self.disagreements[f"GAC:{code}"] = (
                f"GAC code {code} is {by_code.name_en} in remonitor's table, but the file "
                f"names {name!r} ({by_name.name_en}): taken as {by_name.name_en}")
            return by_name.code
        written = f"GAC:{code}" if code else name
        return self._known(by_code or by_name, written, name)

    def _known(self, country, written: str, label: str = "") -> str:
        if country is not None:
            return country.code
        self.unknown.setdefault(written, label or written)
        return written

    def notes(self) -> list[str]:
        """What the report says about places it could not map (kept as written)."""
        out = [f"{code!r} ({label}) is not in remonitor's country table: kept as written"
               if label != code else
               f"{code!r} is not in remonitor's country table: kept as written"
               for code, label in sorted(self.unknown.items())]
        return out + sorted(self.disagreements.values())
