"""USITC DataWeb exports: a title line, a row count, a wide header, a Total row."""

from __future__ import annotations

import calendar
import re

from remonitor.core.periods import MonthSpan
from remonitor.core.series import WORLD, Flow, Label, Measure
from remonitor.core.text import QT_TRANSLATE_NOOP
from remonitor.importers.formats.base import FileFormat, ImportOptions, add_figure, key, record
from remonitor.importers.plan import ImportPlan
from remonitor.importers.source import Row, Source

SOURCE = "USITC DataWeb"
_MONTHS = {calendar.month_name[i].lower(): i for i in range(1, 13)}


def _flow(title: str) -> Flow:
    lowered = title.lower()
    return Flow.EXPORT if "export" in lowered else Flow.IMPORT


class UsitcDataWeb(FileFormat):
    name = "usitc-dataweb"
    label = QT_TRANSLATE_NOOP("Formats", "USITC DataWeb export")
    known_words = ("Data Row Count", "Data Type", "General Imports", "Domestic Exports",
                   "Customs Value", "FAS Value", "HTS Number", "Country")
    suffixes = (".csv", ".xlsx")

    def sniff(self, source: Source) -> float:
        if source.path.suffix.lower() not in self.suffixes:
            return 0.0
        from remonitor.importers.formats.base import header_text

        head = header_text(source)
        return 0.95 if "data row count" in head and "data type" in head else 0.0

    def plan(self, source: Source, plan: ImportPlan, options: ImportOptions) -> None:
        params: dict[str, str] = {}
        if source.is_workbook:
            sheets = source.sheet_names
            if "Query Parameters" in sheets:
                params = {c[0]: c[1] for _, c in source.sheet_rows("Query Parameters")
                          if len(c) > 1}
                if params.get("Download Date"):
                    from datetime import date

                    try:
                        plan.release_date = date.fromisoformat(params["Download Date"][:10])
                        plan.release_note = "(download date in Query Parameters)"
                    except ValueError:
                        pass
            for sheet in sheets:
                if sheet != "Query Parameters":
                    self._table(source, plan, source.sheet_rows(sheet), params)
        else:
            self._table(source, plan, source.csv_rows(","), params)

    def _table(self, source: Source, plan: ImportPlan, rows: list[Row],
               params: dict[str, str]) -> None:
        h = self.header(source, rows, ["Data Type"])
        title = rows[0][1][0] if rows else ""
        flow = _flow(params.get("Trade Flow", "") or title)
        names = rows[h][1]
        months = {i: _MONTHS[n.lower()] for i, n in enumerate(names) if n.lower() in _MONTHS}
        years = {i: int(n) for i, n in enumerate(names) if re.fullmatch(r"\d{4}", n)}
        col = {n: i for i, n in enumerate(names) if n}
        partner_default = params.get("Country List", "") or WORLD
        for number, cells in rows[h + 1:]:
            get = record(col, cells)
            if get["Data Type"].strip().lower().startswith("total"):
                plan.skip("Total row (the sum of the rows above)")
                continue
            plan.rows_read += 1
            measure_name = get["Data Type"].strip()
            measure = Measure.QUANTITY if "quantity" in measure_name.lower() else Measure.VALUE
            unit = "USD" if measure is Measure.VALUE else "units"
            product = get.get("HTS Number", "").strip() or "selection"
            label = Label("HTS", f"{measure_name}; {get.get('Description', '')}".strip("; "))
            partner = get.get("Country", "").strip() or partner_default
            series = key(flow, "USA", partner, product, measure, unit, SOURCE)
            if months and "Year" in col:
                try:
                    year = int(get["Year"])
                except ValueError:
                    plan.error(number, "Year", f"{get['Year']!r} is not a year")
                    continue
                for i, month in months.items():
                    text = cells[i] if i < len(cells) else ""
                    if not text.strip():
                        plan.skip("empty month (not yet published)")
                        continue
                    add_figure(plan, number, names[i], text, series,
                               MonthSpan.month(year, month), label=label)
            for i, year in years.items():
                add_figure(plan, number, names[i], cells[i] if i < len(cells) else "", series,
                           MonthSpan.year(year), label=label)
