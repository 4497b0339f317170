"""What every file format provides, and helpers for reading cells into a plan."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from remonitor.core.figures import scaled
from remonitor.core.periods import MonthSpan
from remonitor.core.series import Flow, Label, Measure, NewObservation, SeriesKey
from remonitor.importers.numbers import Missing, NumberProblem, parse_number
from remonitor.importers.plan import ImportPlan
from remonitor.importers.source import Row, Source, find_header


@dataclass(frozen=True)
class ImportOptions:
    """What the user may say about a file that the file does not say itself."""

    format: str | None = None
    encoding: str | None = None
    flow: Flow | None = None
    release_date: date | None = None
    sheet: str | None = None
    product: str | None = None
    """For files that do not name their product (OEC)."""
    mapping: object | None = None
    """A :class:`~remonitor.importers.formats.generic.Mapping` for the generic table."""
    profile: str | None = None
    """The name of the saved mapping in use, if any."""
    skip_bad_rows: bool = False

    def __post_init__(self) -> None:
        if isinstance(self.flow, str) and not isinstance(self.flow, Flow):
            object.__setattr__(self, "flow", Flow(self.flow))  # "import" as said in words


class FileFormat:
    name = ""
    label = ""
    known_words: tuple[str, ...] = ()
    """Header names that identify the format (and help judge the encoding)."""
    suffixes: tuple[str, ...] = (".csv", ".txt")

    def sniff(self, source: Source) -> float:
        """How sure this format is that it can read the file: 0 … 1."""
        if source.path.suffix.lower() not in self.suffixes or not self.known_words:
            return 0.0
        head = header_text(source)
        hits = sum(1 for w in self.known_words if w.lower() in head)
        return hits / len(self.known_words)

    def plan(self, source: Source, plan: ImportPlan, options: ImportOptions) -> None:
        raise NotImplementedError

    # helpers -----------------------------------------------------------------------------

    def header(self, source: Source, rows: list[Row], required: list[str]) -> int:
        index = find_header(rows, required)
        if index is None:
            source.fail(f"has no header row with the columns {', '.join(required)} "
                        f"(looked in the first 30 rows) — is it a {self.label}?")
        return index


def record(columns: dict[str, int], cells: list[str]) -> dict[str, str]:
    """A row's cells by column name; a short row gives empty cells, not an error."""
    return {name: (cells[i] if i < len(cells) else "") for name, i in columns.items()}


def header_text(source: Source) -> str:
    """The first lines of a file (or first rows of each sheet), lower-cased, for sniffing."""
    if source.is_workbook:
        parts = []
        for sheet in source.sheet_names[:6]:
            for _, cells in source.sheet_rows(sheet)[:12]:
                parts.append(" ".join(cells))
        return "\n".join(parts).lower()
    return "\n".join(source.head_text.splitlines()[:12]).lower()


def number_cell(plan: ImportPlan, row: int, column: str, text: str,
                allow_negative: bool = False, group: str | None = None):
    """The number in a cell, or None after recording why it was skipped or refused.

    Skipped cells are counted by ``group`` (default: the column) and reason."""
    try:
        parsed = parse_number(text)
    except NumberProblem as exc:
        plan.error(row, column, str(exc))
        return None
    if isinstance(parsed, Missing):
        plan.skip(f"{group or column}: {parsed.reason}")
        return None
    if parsed.value < 0 and not allow_negative:
        plan.error(row, column, f"{text!r} is negative; a quantity or value cannot be")
        return None
    return parsed


NO_LABEL = Label()


def add_figure(plan: ImportPlan, row: int, column: str, text: str, key: SeriesKey,
               span: MonthSpan, note: str = "", scale: int = 1,
               group: str | None = None, unit_from: str = "", label: Label = NO_LABEL) -> None:
    """Add one figure; ``scale`` (a whole factor) converts it to ``key.unit``
    (``unit_from`` names the published unit for the report)."""
    parsed = number_cell(plan, row, column, text, allow_negative=False, group=group)
    if parsed is None:
        return
    value, decimals = parsed.value, parsed.decimals
    if scale != 1:
        plan.converted[f"{unit_from or 'values'} → {key.unit} (×{scale:,})"] += 1
        # e.g. 亿元 → yuan: 1.5 (1 decimal) becomes 150,000,000 (decimals −7).
        value, decimals = scaled(value, decimals, scale)
    plan.add(row, NewObservation(key, span, value, decimals,
                                 "; ".join(n for n in (note, parsed.note) if n), label))


def key(flow: Flow, reporter: str, partner: str, product: str, measure: Measure, unit: str,
        source: str) -> SeriesKey:
    return SeriesKey(flow, reporter, partner, product, measure, unit, source)
