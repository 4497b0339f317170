"""UN Comtrade downloads: Comtrade+ (current), the classic extended CSV, the legacy bulk CSV."""

from __future__ import annotations

from remonitor.core.periods import MonthSpan
from remonitor.core.series import WORLD, Flow, Measure
from remonitor.core.text import QT_TRANSLATE_NOOP
from remonitor.importers.formats.base import FileFormat, ImportOptions, add_figure, key, record
from remonitor.importers.plan import ImportPlan
from remonitor.importers.source import Source

SOURCE = "UN Comtrade"
FLOW_CODES = {"X": Flow.EXPORT, "M": Flow.IMPORT, "RX": Flow.RE_EXPORT, "RM": Flow.RE_IMPORT,
              "1": Flow.IMPORT, "2": Flow.EXPORT, "3": Flow.RE_EXPORT, "4": Flow.RE_IMPORT}


def _span(plan: ImportPlan, row: int, column: str, year: str, month: str = "") -> MonthSpan | None:
    try:
        y = int(year)
        if month and month not in ("52", "0", "") and len(month) <= 2:
            return MonthSpan.month(y, int(month))
        if len(year) == 6:  # classic Period 201001
            return MonthSpan.month(int(year[:4]), int(year[4:]))
        return MonthSpan.year(y)
    except ValueError:
        plan.error(row, column, f"{year!r}/{month!r} is not a year or month")
        return None


def _flow(plan: ImportPlan, row: int, column: str, code: str) -> Flow | None:
    flow = FLOW_CODES.get(code.strip().upper())
    if flow is None:
        plan.error(row, column, f"{code!r} is not a Comtrade flow code (X, M, RX, RM or 1–4)")
    return flow


def _value_and_weight(plan: ImportPlan, number: int, get: dict[str, str], value_column: str,
                      base: tuple, definition: str, span: MonthSpan) -> None:
    """The trade value in USD and, where given, the net weight in kg."""
    add_figure(plan, number, value_column, get[value_column],
               key(*base, Measure.VALUE, "USD", SOURCE, definition), span)
    if get.get("Netweight (kg)", "").strip():
        add_figure(plan, number, "Netweight (kg)", get["Netweight (kg)"],
                   key(*base, Measure.QUANTITY, "kg", SOURCE, definition), span)


class ComtradeClassic(FileFormat):
    name = "comtrade-classic"
    label = QT_TRANSLATE_NOOP("Formats", "UN Comtrade classic CSV")
    known_words = ("Classification", "Period Desc.", "Trade Flow Code", "Reporter ISO",
                   "Partner ISO", "Commodity Code", "Trade Value (US$)", "Netweight (kg)")

    def plan(self, source: Source, plan: ImportPlan, options: ImportOptions) -> None:
        rows = source.csv_rows(",")
        h = self.header(source, rows, ["Year", "Trade Flow Code", "Commodity Code",
                                       "Trade Value (US$)"])
        col = {name: i for i, name in enumerate(rows[h][1])}
        for number, cells in rows[h + 1:]:
            plan.rows_read += 1
            get = record(col, cells)
            flow = _flow(plan, number, "Trade Flow Code", get["Trade Flow Code"])
            span = _span(plan, number, "Period", get.get("Period") or get["Year"])
            if flow is None or span is None:
                continue
            partner = get.get("Partner ISO") or get.get("Partner Code", "")
            if get.get("Partner Code") == "0" or partner in ("WLD", "W00"):
                partner = WORLD
            reporter = get.get("Reporter ISO") or get.get("Reporter Code", "")
            product = get["Commodity Code"]
            definition = f"{get.get('Classification', '')} {product}: {get.get('Commodity', '')}"
            _value_and_weight(plan, number, get, "Trade Value (US$)",
                              (flow, reporter, partner, product), definition, span)


class ComtradeBulk(FileFormat):
    name = "comtrade-bulk"
    label = QT_TRANSLATE_NOOP("Formats", "UN Comtrade legacy bulk CSV")
    known_words = ("Year", "Reporter Code", "Trade Flow Code", "Partner Code",
                   "Classification", "Commodity Code", "Netweight (kg)", "Value",
                   "Estimation Code")

    def sniff(self, source: Source) -> float:
        score = super().sniff(source)
        # The classic CSV shares most names; only the bulk layout lacks names and ISO codes.
        return score if "reporter iso" not in source.head_text[:2000].lower() else score / 2

    def plan(self, source: Source, plan: ImportPlan, options: ImportOptions) -> None:
        rows = source.csv_rows(",")
        h = self.header(source, rows, ["Year", "Trade Flow Code", "Commodity Code", "Value"])
        col = {name: i for i, name in enumerate(rows[h][1])}
        for number, cells in rows[h + 1:]:
            plan.rows_read += 1
            get = record(col, cells)
            flow = _flow(plan, number, "Trade Flow Code", get["Trade Flow Code"])
            span = _span(plan, number, "Year", get["Year"])
            if flow is None or span is None:
                continue
            # This layout carries M49 numbers, not ISO codes; they are kept as such.
            partner = WORLD if get.get("Partner Code") == "0" else f"M49:{get['Partner Code']}"
            reporter = f"M49:{get['Reporter Code']}"
            product = get["Commodity Code"]
            definition = f"{get.get('Classification', '')} {product}"
            _value_and_weight(plan, number, get, "Value", (flow, reporter, partner, product),
                              definition, span)
