"""remonitor's own tables: figures (the long table) and events."""

from __future__ import annotations

from remonitor.core.text import QT_TRANSLATE_NOOP
from remonitor.importers import event_table, long_table
from remonitor.importers.formats.base import FileFormat, ImportOptions
from remonitor.importers.plan import ImportPlan
from remonitor.importers.problems import ImportFailed
from remonitor.importers.source import Source


class LongTable(FileFormat):
    name = long_table.FORMAT
    label = QT_TRANSLATE_NOOP("Formats", "remonitor figures table")
    known_words = tuple(long_table.REQUIRED)

    def plan(self, source: Source, plan: ImportPlan, options: ImportOptions) -> None:
        numbers: list[int] = []
        try:
            rows = long_table.parse_long_table(source.path, plan.skipped, source.text,
                                               plan.errors, numbers)
        except ImportFailed as exc:
            plan.errors.extend(exc.problems)
            return
        plan.rows_read = len(rows) + len(plan.errors)
        for number, obs in zip(numbers, rows, strict=True):
            plan.add(number, obs)


class EventTable(FileFormat):
    name = "remonitor-events-csv"
    label = QT_TRANSLATE_NOOP("Formats", "remonitor events table")
    known_words = tuple(event_table.REQUIRED)
    suffixes = (".csv", ".txt", ".xlsx")

    def sniff(self, source: Source) -> float:
        if source.is_workbook:
            return super().sniff(source) * 0.95
        return super().sniff(source) if "period" not in source.head_text[:500].lower() else 0.0

    def plan(self, source: Source, plan: ImportPlan, options: ImportOptions) -> None:
        try:
            plan.events = event_table.parse_event_table(source.path, _text(source),
                                                        plan.errors)
        except ImportFailed as exc:
            plan.errors.extend(exc.problems)
        plan.rows_read = len(plan.events)


def _text(source: Source) -> str:
    """The table as CSV text: a workbook's first sheet (the events export) is turned back
    into the CSV the parser reads, so both take the same checks."""
    if not source.is_workbook:
        return source.text
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out)
    for _, cells in source.sheet_rows(source.sheet_names[0]):
        writer.writerow(cells)
    return out.getvalue()
