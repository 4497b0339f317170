"""OEC net-trade downloads (CSV, JSON or XLSX): exports and imports by country, in USD.

The files name neither the product nor the year, so the user gives the product; the year
is read from the file name (``Net-Trade-2022``) unless given.
"""

from __future__ import annotations

import json
import re

from remonitor.core.periods import MonthSpan
from remonitor.core.series import WORLD, Flow, Label, Measure
from remonitor.core.text import QT_TRANSLATE_NOOP
from remonitor.importers.formats.base import FileFormat, ImportOptions, add_figure, key
from remonitor.importers.plan import ImportPlan
from remonitor.importers.source import Source, cell_text

SOURCE = "OEC"
COLUMNS = ("ISO 3", "Country", "Trade Value Export", "Trade Value Import")


class OecNetTrade(FileFormat):
    name = "oec-net-trade"
    label = QT_TRANSLATE_NOOP("Formats", "OEC net-trade download")
    known_words = (*COLUMNS, "Trade Value Delta", "Country ID")
    suffixes = (".csv", ".json", ".xlsx")

    def sniff(self, source: Source) -> float:
        if source.path.suffix.lower() == ".json":
            return 0.9 if all(w in source.head_text[:2000] for w in COLUMNS) else 0.0
        return super().sniff(source)

    def plan(self, source: Source, plan: ImportPlan, options: ImportOptions) -> None:
        if not options.product:
            source.fail("OEC net-trade downloads do not say which product they hold; give the "
                        "HS code (--product, or in the import dialog)")
        m = re.search(r"(19|20)\d{2}", source.path.stem)
        if m is None:
            source.fail("the year is not in the file name; rename it like Net-Trade-2022")
        span = MonthSpan.year(int(m.group(0)))
        for number, get in self._records(source):
            plan.rows_read += 1
            reporter = get["ISO 3"].strip().upper()
            label = Label("", f"HS {options.product} as given at import")
            for column, flow in (("Trade Value Export", Flow.EXPORT),
                                 ("Trade Value Import", Flow.IMPORT)):
                add_figure(plan, number, column, get[column],
                           key(flow, reporter, WORLD, options.product, Measure.VALUE, "USD",
                               SOURCE), span, label=label)

    def _records(self, source: Source):
        if source.path.suffix.lower() == ".json":
            try:
                data = json.loads(source.text)
            except json.JSONDecodeError as exc:
                source.fail(f"is not valid JSON: {exc.msg}", row=exc.lineno)
            for i, record in enumerate(data, start=1):
                yield i, {k: cell_text(v) for k, v in record.items()}
            return
        rows = (source.sheet_rows(source.sheet_names[0]) if source.is_workbook
                else source.csv_rows(","))
        h = self.header(source, rows, list(COLUMNS))
        names = rows[h][1]
        for number, cells in rows[h + 1:]:
            yield number, dict(zip(names, cells, strict=False))
