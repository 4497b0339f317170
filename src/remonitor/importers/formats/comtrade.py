"""UN Comtrade downloads: the classic extended CSV and the legacy bulk CSV (Comtrade+ is
in comtrade_plus). Both can run to gigabytes: they are read a chunk at a time into compact
column blocks (importers.blocks), so memory follows the chunk, not the file."""

from __future__ import annotations

import numpy as np

from remonitor.core.series import WORLD, Flow, Measure
from remonitor.core.text import QT_TRANSLATE_NOOP
from remonitor.importers.blocks import RowKeys, add_measure, column, header_line, read_chunks, whole
from remonitor.importers.formats.base import FileFormat, ImportOptions
from remonitor.importers.plan import ImportPlan
from remonitor.importers.source import Source

SOURCE = "UN Comtrade"
FLOW_CODES = {"X": Flow.EXPORT, "M": Flow.IMPORT, "RX": Flow.RE_EXPORT, "RM": Flow.RE_IMPORT,
              "1": Flow.IMPORT, "2": Flow.EXPORT, "3": Flow.RE_EXPORT, "4": Flow.RE_IMPORT}


class _ComtradeCsv(FileFormat):
    """What the two layouts share: a header row, a period (a year, or a 6-digit month), a
    flow code, a value in US dollars and a net weight in kg."""

    required: tuple[str, ...] = ()
    value_column = ""
    period_columns: tuple[str, ...] = ()
    """Where the period is read, first non-empty wins (classic: Period, else Year)."""
    wanted: tuple[str, ...] = ()

    def plan(self, source: Source, plan: ImportPlan, options: ImportOptions) -> None:
        line, names = header_line(source, list(self.required))
        usecols = [c for c in self.wanted if c in names]
        for chunk in read_chunks(source, usecols, header_row=line):
            self._chunk(chunk, plan, line)

    def keys(self, chunk):
        """Reporter, partner and the product's description, columns of a chunk."""
        raise NotImplementedError

    def _chunk(self, chunk, plan: ImportPlan, header_line: int) -> None:
        import pandas as pd

        rows = chunk.index.to_numpy() + header_line + 2
        plan.rows_read += len(chunk)
        codes = {k: v.value for k, v in FLOW_CODES.items()}
        flow = column(chunk, "Trade Flow Code", strip=True).str.upper().map(codes)
        period = column(chunk, self.period_columns[0], strip=True)
        for name in self.period_columns[1:]:
            period = period.where(period.ne(""), column(chunk, name, strip=True))
        monthly = period.str.len().eq(6)
        year = whole(period.str[:4].where(monthly, period))
        month = whole(period.str[4:6]).where(monthly, 1)
        ok = flow.notna() & year.between(1900, 2200) & month.between(1, 12)
        for i in np.flatnonzero((~ok).to_numpy()):
            if pd.isna(flow.iloc[i]):
                plan.error(int(rows[i]), "Trade Flow Code",
                           f"{chunk['Trade Flow Code'].iloc[i]!r} is not a Comtrade flow code "
                           "(X, M, RX, RM or 1–4)")
            else:
                plan.error(int(rows[i]), self.period_columns[0],
                           f"{period.iloc[i]!r} is not a year or month")
        year_i = year.where(ok, 0).astype(np.int64).to_numpy()
        month_i = month.where(ok, 1).astype(np.int64).to_numpy()
        first = np.where(monthly, year_i * 12 + month_i - 1, year_i * 12)
        last = np.where(monthly, first, year_i * 12 + 11)
        reporter, partner, description = self.keys(chunk)
        base = RowKeys(pd.DataFrame({"flow": flow, "reporter": reporter, "partner": partner,
                                     "product": column(chunk, "Commodity Code", strip=True)}))
        labels = RowKeys(pd.DataFrame({"edition": column(chunk, "Classification", strip=True),
                                       "text": description}))
        add_measure(plan, base, labels, ok, rows, first, last,
                    column(chunk, self.value_column, True), self.value_column, Measure.VALUE,
                    pd.Series("USD", chunk.index), SOURCE)
        weight = column(chunk, "Netweight (kg)", strip=True)
        add_measure(plan, base, labels, ok & weight.ne(""), rows, first, last, weight,
                    "Netweight (kg)", Measure.QUANTITY, pd.Series("kg", chunk.index), SOURCE)


class ComtradeClassic(_ComtradeCsv):
    name = "comtrade-classic"
    label = QT_TRANSLATE_NOOP("Formats", "UN Comtrade classic CSV")
    known_words = ("Classification", "Period Desc.", "Trade Flow Code", "Reporter ISO",
                   "Partner ISO", "Commodity Code", "Trade Value (US$)", "Netweight (kg)")
    required = ("Year", "Trade Flow Code", "Commodity Code", "Trade Value (US$)")
    value_column = "Trade Value (US$)"
    period_columns = ("Period", "Year")
    wanted = ("Classification", "Year", "Period", "Trade Flow Code", "Reporter Code",
              "Reporter ISO", "Partner Code", "Partner ISO", "Commodity Code", "Commodity",
              "Trade Value (US$)", "Netweight (kg)")

    def keys(self, chunk):
        iso = column(chunk, "Partner ISO", strip=True)
        code = column(chunk, "Partner Code", strip=True)
        partner = iso.where(iso.ne(""), code)
        partner = partner.mask(code.eq("0") | partner.isin(["WLD", "W00"]), WORLD)
        reporter_iso = column(chunk, "Reporter ISO", strip=True)
        reporter = reporter_iso.where(reporter_iso.ne(""),
                                      column(chunk, "Reporter Code", strip=True))
        return reporter, partner, column(chunk, "Commodity")


class ComtradeBulk(_ComtradeCsv):
    name = "comtrade-bulk"
    label = QT_TRANSLATE_NOOP("Formats", "UN Comtrade legacy bulk CSV")
    known_words = ("Year", "Reporter Code", "Trade Flow Code", "Partner Code",
                   "Classification", "Commodity Code", "Netweight (kg)", "Value",
                   "Estimation Code")
    required = ("Year", "Trade Flow Code", "Commodity Code", "Value")
    value_column = "Value"
    period_columns = ("Year",)
    wanted = ("Year", "Reporter Code", "Trade Flow Code", "Partner Code", "Classification",
              "Commodity Code", "Netweight (kg)", "Value")

    def sniff(self, source: Source) -> float:
        score = super().sniff(source)
        # The classic CSV shares most names; only the bulk layout lacks names and ISO codes.
        return score if "reporter iso" not in source.head_text[:2000].lower() else score / 2

    def keys(self, chunk):
        import pandas as pd

        # This layout carries UN Comtrade's numbers, not ISO codes: mapped through the
        # country table (France is 251 there, the United States 842).
        code = column(chunk, "Partner Code", strip=True)
        partner = ("M49:" + code).mask(code.eq("0"), WORLD)
        reporter = "M49:" + column(chunk, "Reporter Code", strip=True)
        return reporter, partner, pd.Series("", chunk.index, dtype=object)
