"""USGS Mineral Commodity Summaries data-release CSVs (world production and reserves)."""

from __future__ import annotations

import re

from remonitor.core.periods import MonthSpan
from remonitor.core.series import WORLD, Flow, Label, Measure
from remonitor.core.text import QT_TRANSLATE_NOOP
from remonitor.importers.formats.base import FileFormat, ImportOptions, add_figure, key, record
from remonitor.importers.plan import ImportPlan
from remonitor.importers.source import Source

SOURCE = "USGS MCS"
_PROD = re.compile(r"^Prod_(t|kg)(?:_est)?_(\d{4})$", re.IGNORECASE)
_RESERVES = re.compile(r"^Reserves_(t|kg)$", re.IGNORECASE)


class UsgsMcs(FileFormat):
    name = "usgs-mcs"
    label = QT_TRANSLATE_NOOP("Formats", "USGS Mineral Commodity Summaries table")
    known_words = ("Source", "Country", "Type", "Prod_t", "Reserves_t", "Prod_notes")

    def sniff(self, source: Source) -> float:
        head = "\n".join(source.head_text.splitlines()[:3]).lower()
        return 0.9 if "prod_" in head and "country" in head and "mcs" in head else 0.0

    def plan(self, source: Source, plan: ImportPlan, options: ImportOptions) -> None:
        rows = source.csv_rows(",")
        h = self.header(source, rows, ["Country", "Type"])
        names = rows[h][1]
        production = [(i, n) for i, n in enumerate(names) if _PROD.match(n)]
        reserves = [(i, n) for i, n in enumerate(names) if _RESERVES.match(n)]
        if not production and not reserves:
            source.fail("has no Prod_t_YYYY or Reserves_t columns", row=rows[h][0])
        col = {n: i for i, n in enumerate(names) if n}
        edition = rows[h + 1][1][col["Source"]] if "Source" in col and len(rows) > h + 1 else ""
        year_of_edition = int(edition[3:7]) if re.match(r"MCS\d{4}", edition) else None
        for number, cells in rows[h + 1:]:
            plan.rows_read += 1
            get = record(col, cells)
            country = get["Country"].strip()
            if not country:
                plan.skip("row without a country")
                continue
            if country.lower().startswith("world total"):
                # Rounded by USGS (300,000 against 296,920 summed): not a country, not a check.
                plan.skip("rounded world total (not a country)")
                continue
            product = "rare earths (REO equivalent)" if "rare" in get.get("Type", "").lower() \
                else get.get("Type", "")[:60]
            label = Label("", get.get("Type", ""))
            reporter = country
            for i, name in production:
                m = _PROD.match(name)
                unit, year = m.group(1), int(m.group(2))
                note = get.get("Prod_notes", "")
                add_figure(plan, number, name, cells[i] if i < len(cells) else "",
                           key(Flow.PRODUCTION, reporter, WORLD, product, Measure.QUANTITY,
                               unit, SOURCE), MonthSpan.year(year),
                           note=("estimated" if "_est" in name.lower() else "")
                           + (f"; {note}" if note else ""), label=label)
            for i, name in reserves:
                if year_of_edition is None:
                    plan.error(number, name, "the edition (Source MCSyyyy) is needed to date "
                                             "the reserves")
                    continue
                unit = _RESERVES.match(name).group(1)
                add_figure(plan, number, name, cells[i] if i < len(cells) else "",
                           key(Flow.RESERVES, reporter, WORLD, product, Measure.QUANTITY,
                               unit, SOURCE), MonthSpan.year(year_of_edition - 1),
                           note=get.get("Reserves_notes", ""), label=label)
