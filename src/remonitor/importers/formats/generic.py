"""Any long table (CSV or XLSX), mapped by the user: which column holds what.

A mapping names, for each field, a column of the file or a constant (a file of China's
exports to Japan may have no reporter or partner column at all). Saved under a name, it is
found again for every file whose header has the same shape.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from dataclasses import asdict, dataclass, field

from remonitor.core.series import Flow, Measure
from remonitor.core.text import QT_TRANSLATE_NOOP
from remonitor.importers.formats.base import FileFormat, ImportOptions, add_figure, key
from remonitor.importers.periods import parse_period
from remonitor.importers.plan import ImportPlan
from remonitor.importers.source import Row, Source

FIELDS = ("period", "value", "flow", "reporter", "partner", "product", "measure", "unit",
          "source", "quantity", "quantity_unit")
REQUIRED = ("period", "value")
OPTIONAL = ("quantity", "quantity_unit")
"""A row may also carry a quantity beside its value (an analyst's monthly table: value and
tonnes side by side): mapped, it is imported as the quantity series of the same row."""
WORDS = {"出口": "export", "进口": "import", "再出口": "re-export", "复出口": "re-export",
         "再进口": "re-import", "复进口": "re-import", "产量": "production",
         "储量": "reserves", "数量": "quantity", "重量": "quantity", "金额": "value",
         "价值": "value"}
"""Flows and measures as a Chinese sheet writes them."""


@dataclass(frozen=True)
class Mapping:
    header_row: int = 1
    """1-based row (line, or sheet row) holding the column names."""
    sheet: str | None = None
    columns: dict[str, str] = field(default_factory=dict)
    """field → column name in the file."""
    constants: dict[str, str] = field(default_factory=dict)
    """field → the same value for every row."""
    scale: int = 1
    """Multiply values by this (e.g. 1000 for a column in thousands)."""

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Mapping:
        data = json.loads(text)
        return cls(int(data.get("header_row", 1)), data.get("sheet"),
                   dict(data.get("columns", {})), dict(data.get("constants", {})),
                   int(float(data.get("scale", 1))))

    @property
    def two_measures(self) -> bool:
        """A value column and a quantity column: each row gives both measures."""
        return bool(self.columns.get("quantity"))

    def missing(self) -> list[str]:
        """Fields neither mapped to a column nor given as a constant."""
        wanted = [f for f in FIELDS if f not in OPTIONAL]
        if self.two_measures:
            wanted = [f for f in wanted if f != "measure"] + ["quantity_unit"]
        return [f for f in wanted if not self.columns.get(f) and not self.constants.get(f)]


def header_rows(source: Source, sheet: str | None = None) -> list[Row]:
    if source.is_workbook:
        return source.sheet_rows(sheet or source.sheet_names[0])
    return source.csv_rows()


def signature(cells: list[str]) -> str:
    """The shape of a header: its names, normalised, in order."""
    names = [unicodedata.normalize("NFKC", c).strip().lower() for c in cells if c.strip()]
    return hashlib.sha1("\x1f".join(names).encode()).hexdigest()[:20]


def candidate_signatures(source: Source) -> dict[str, tuple[int, str | None]]:
    """Signature → (header row, sheet) for the first rows of a file: where a header may be."""
    found: dict[str, tuple[int, str | None]] = {}
    sheets = source.sheet_names[:3] if source.is_workbook else [None]
    for sheet in sheets:
        rows = header_rows(source, sheet)
        for number, cells in rows[:10]:
            found.setdefault(signature(cells), (number, sheet))
    return found


class GenericTable(FileFormat):
    name = "generic-table"
    label = QT_TRANSLATE_NOOP("Formats", "table mapped by you (profile)")
    suffixes = (".csv", ".txt", ".xlsx", ".xls", ".ods")

    def sniff(self, source: Source) -> float:
        return 0.0  # chosen by the user, or by a saved profile

    def plan(self, source: Source, plan: ImportPlan, options: ImportOptions) -> None:
        mapping = options.mapping
        if mapping is None:
            source.fail("needs a mapping: say which column holds the period, the value and "
                        "the series fields (in the import dialog, or --profile NAME)")
        missing = mapping.missing()
        if missing:
            source.fail(f"the mapping leaves {', '.join(missing)} unset: map a column or "
                        "give a constant")
        rows = header_rows(source, mapping.sheet)
        index = next((i for i, (n, _) in enumerate(rows) if n == mapping.header_row), None)
        if index is None:
            source.fail(f"has no row {mapping.header_row} to read the header from")
        names = rows[index][1]
        position = {n.strip(): i for i, n in enumerate(names) if n.strip()}
        absent = [c for c in mapping.columns.values() if c and c not in position]
        if absent:
            source.fail(f"lacks the mapped column(s) {', '.join(absent)}",
                        row=mapping.header_row)

        def value_of(cells: list[str], name: str) -> str:
            column = mapping.columns.get(name)
            if column:
                i = position[column]
                return cells[i].strip() if i < len(cells) else ""
            return mapping.constants.get(name, "")

        mapped = set(mapping.columns.values())
        plan.ignored_columns = [n for n in names if n.strip() and n.strip() not in mapped]
        two = mapping.two_measures
        for number, cells in rows[index + 1:]:
            plan.rows_read += 1
            get = {f: value_of(cells, f) for f in FIELDS}
            try:
                span = parse_period(get["period"])
            except ValueError as exc:
                plan.error(number, mapping.columns.get("period", "period"), str(exc))
                continue
            flow_text = WORDS.get(get["flow"].strip(), get["flow"].strip().lower())
            measure_text = "value" if two else \
                WORDS.get(get["measure"].strip(), get["measure"].strip().lower())
            try:
                flow, measure = Flow(flow_text), Measure(measure_text)
            except ValueError:
                column = "flow" if flow_text not in {f.value for f in Flow} else "measure"
                plan.error(number, mapping.columns.get(column, column),
                           f"{get[column]!r} is not a {column} ("
                           + ", ".join(m.value for m in (Flow if column == "flow"
                                                         else Measure)) + ")")
                continue
            base = (flow, get["reporter"], get["partner"], get["product"])
            add_figure(plan, number, mapping.columns.get("value", "value"), get["value"],
                       key(*base, measure, get["unit"], get["source"]), span,
                       scale=mapping.scale)
            if two:
                add_figure(plan, number, mapping.columns["quantity"], get["quantity"],
                           key(*base, Measure.QUANTITY, get["quantity_unit"], get["source"]),
                           span, group="quantity")
