"""Where a product code changed its scope between HS editions.

One code across HS editions is one series: each figure keeps the edition it was published
in (its label), and the bundled concordance (resources/concordance/hs_scope.csv) says where
a code's scope changed. There the series is drawn with a break, and the caption says why —
HS 2017 brought multi-component integrated circuits into 8542, say. A code the concordance
does not list is taken as unchanged.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass

from remonitor.core.periods import month_label
from remonitor.core.series import Observation
from remonitor.core.text import translate

EDITIONS = ("H0", "H1", "H2", "H3", "H4", "H5", "H6")
"""UN Comtrade's names of the HS editions: 1988/92, 1996, 2002, 2007, 2012, 2017, 2022."""


@dataclass(frozen=True, slots=True)
class ScopeChange:
    code: str
    """A heading or subheading; it applies to the codes under it, too."""
    edition: str
    """The edition the new scope starts with."""
    note: str


@dataclass(frozen=True, slots=True)
class Break:
    month: int
    """The first month published under the new scope."""
    note: str

    def describe(self) -> str:
        return translate("Concordance", "break at {month}: {note}").format(
            month=month_label(self.month), note=self.note)


class Concordance:
    def __init__(self, changes: list[ScopeChange]) -> None:
        self.changes = changes

    @classmethod
    def from_csv(cls, text: str) -> Concordance:
        return cls([ScopeChange(r["code"].strip(), r["edition"].split()[0], r["note"])
                    for r in csv.DictReader(io.StringIO(text)) if r["change"] == "scope"])

    def breaks(self, product: str, observations: Iterable[Observation]) -> list[Break]:
        """The scope changes a series of ``product`` crosses, at the first figure published
        in the new edition (only where figures of both sides are held)."""
        held = [o for o in observations if o.label.edition in EDITIONS]
        out = []
        for change in self.changes:
            if not product.startswith(change.code):
                continue
            cut = EDITIONS.index(change.edition)
            before = [o for o in held if EDITIONS.index(o.label.edition) < cut]
            after = [o for o in held if EDITIONS.index(o.label.edition) >= cut]
            if before and after:
                out.append(Break(min(o.span.first for o in after), change.note))
        return out
