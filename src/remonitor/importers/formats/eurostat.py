"""Eurostat Data Browser spreadsheets: metadata lines, a TIME row, a reporter × partner matrix."""

from __future__ import annotations

import re
from datetime import datetime

from remonitor.core.series import Flow, Label, Measure
from remonitor.core.text import QT_TRANSLATE_NOOP
from remonitor.importers.formats.base import FileFormat, ImportOptions, add_figure, key
from remonitor.importers.periods import parse_period
from remonitor.importers.plan import ImportPlan
from remonitor.importers.source import Source

SOURCE = "Eurostat Comext"


def _label(text: str) -> str:
    """Drop historical notes: ``Belgium (incl. Luxembourg 'LU' -> 1998)`` → ``Belgium``."""
    return re.sub(r"\s*\(incl\..*\)$", "", text).strip()


class EurostatSpreadsheet(FileFormat):
    name = "eurostat-spreadsheet"
    label = QT_TRANSLATE_NOOP("Formats", "Eurostat Data Browser spreadsheet")
    suffixes = (".xlsx",)

    def sniff(self, source: Source) -> float:
        if not source.is_workbook:
            return 0.0
        from remonitor.importers.formats.base import header_text

        head = header_text(source)
        return 0.95 if "[estat]" in head and "time" in head else 0.0

    def plan(self, source: Source, plan: ImportPlan, options: ImportOptions) -> None:
        for sheet in source.sheet_names:
            rows = source.sheet_rows(sheet)
            firsts = [cells[0].strip() for _, cells in rows]
            if "TIME" not in firsts:
                continue  # the Summary sheet
            meta = {cells[0].strip().rstrip(":"): next((c for c in cells[1:] if c), "")
                    for _, cells in rows[:12]}
            if meta.get("Last updated") and plan.release_date is None:
                try:
                    plan.release_date = datetime.strptime(meta["Last updated"][:10],
                                                          "%d/%m/%Y").date()
                    plan.release_note = "(Last updated, in the sheet)"
                except ValueError:
                    pass
            flow = Flow.EXPORT if meta.get("FLOW", "").upper() == "EXPORT" else Flow.IMPORT
            indicator = meta.get("INDICATORS", "")
            unit = "EUR" if "EURO" in indicator.upper() else "kg" if "KG" in indicator else ""
            measure = Measure.VALUE if unit == "EUR" else Measure.QUANTITY
            product = meta.get("PRODUCT", "Total")
            label = Label("", f"{indicator}; {meta.get('Dataset', '')}".strip("; "))
            t = firsts.index("TIME")
            times = rows[t][1]
            partners = rows[t + 1][1]
            # The TIME cells are merged across each period's partner columns: fill forward.
            spans, current = {}, None
            for i in range(1, len(times)):
                if times[i].strip():
                    current = parse_period(times[i])
                if current is not None and i < len(partners) and partners[i].strip():
                    spans[i] = current
            for number, cells in rows[t + 3:]:
                reporter = cells[0].strip()
                if not reporter or reporter.lower().startswith(("special value", ":")):
                    plan.skip("footer line")
                    continue
                plan.rows_read += 1
                for i, span in spans.items():
                    text = cells[i] if i < len(cells) else ""
                    series = key(flow, _label(reporter), _label(partners[i]), product, measure,
                                 unit, SOURCE)
                    add_figure(plan, number, f"{sheet}!{partners[i]} {span}", text, series,
                               span, group=sheet, label=label)
