"""Analyst workbooks compiled from WITS / UN Comtrade downloads (partner × year sheets).

Only observed rows are imported (``raw_observed_partner_year`` or ``final_panel_observed``,
and ``raw_world_rows``): the balanced panel fills missing years with zeros, which would
read as real zero trade.
"""

from __future__ import annotations

from remonitor.core.periods import MonthSpan
from remonitor.core.series import WORLD, Flow, Label, Measure
from remonitor.core.text import QT_TRANSLATE_NOOP
from remonitor.importers.formats.base import FileFormat, ImportOptions, add_figure, key, record
from remonitor.importers.plan import ImportPlan
from remonitor.importers.source import Source

SOURCE = "WITS (analyst workbook)"
PARTNER_SHEETS = ("raw_observed_partner_year", "final_panel_observed")
WORLD_SHEET = "raw_world_rows"


class WitsWorkbook(FileFormat):
    name = "wits-workbook"
    label = QT_TRANSLATE_NOOP("Formats", "WITS analyst workbook (partner × year)")
    suffixes = (".xlsx",)

    def sniff(self, source: Source) -> float:
        if not source.is_workbook:
            return 0.0
        names = set(source.sheet_names)
        return 0.9 if WORLD_SHEET in names and names & set(PARTNER_SHEETS) else 0.0

    def plan(self, source: Source, plan: ImportPlan, options: ImportOptions) -> None:
        partner_sheet = next(s for s in PARTNER_SHEETS if s in source.sheet_names)
        for sheet in (partner_sheet, WORLD_SHEET):
            rows = source.sheet_rows(sheet)
            h = self.header(source, rows, ["year", "hs_code", "export_value_1000usd"])
            col = {n.lower(): i for i, n in enumerate(rows[h][1]) if n}
            for number, cells in rows[h + 1:]:
                plan.rows_read += 1
                get = record(col, cells)
                try:
                    span = MonthSpan.year(int(float(get["year"])))
                except ValueError:
                    plan.error(number, "year", f"{get['year']!r} is not a year")
                    continue
                flow_text = (get.get("trade_flow") or get.get("tradeflow") or "export").lower()
                flow = Flow.IMPORT if flow_text.startswith("import") else Flow.EXPORT
                partner = get.get("partner", "").strip()
                partner = WORLD if partner.lower() == "world" else partner
                reporter = get.get("reporter", "").strip() or "China"
                product = get["hs_code"].split(".")[0]
                label = Label("", (get.get("product_description", "") or "").strip())
                base = (flow, reporter, partner, product)
                value_key = key(*base, Measure.VALUE, "USD", SOURCE)
                if get.get("export_value_usd", "").strip():
                    add_figure(plan, number, f"{sheet}!export_value_usd",
                               get["export_value_usd"], value_key, span, label=label)
                else:
                    add_figure(plan, number, f"{sheet}!export_value_1000usd",
                               get["export_value_1000usd"], value_key, span, scale=1000,
                               unit_from="thousand USD", label=label)
                if get.get("quantity_kg", "").strip():
                    add_figure(plan, number, f"{sheet}!quantity_kg", get["quantity_kg"],
                               key(*base, Measure.QUANTITY, "kg", SOURCE), span, label=label)
