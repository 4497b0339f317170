"""UN Comtrade+ downloads, read in chunks and validated column by column.

A Comtrade+ file can hold millions of rows; it is read 100,000 rows at a time, only the
columns needed, and the figures kept as compact column blocks, so memory stays bounded
and a million rows plan in seconds.
"""

from __future__ import annotations

import numpy as np

from remonitor.core.series import WORLD, Flow, Measure
from remonitor.core.text import QT_TRANSLATE_NOOP
from remonitor.importers.blocks import RowKeys, add_measure, column, read_chunks, whole
from remonitor.importers.formats.base import FileFormat, ImportOptions
from remonitor.importers.plan import ImportPlan
from remonitor.importers.source import Source

SOURCE = "UN Comtrade"
FLOW_CODES = {"X": Flow.EXPORT, "M": Flow.IMPORT, "RX": Flow.RE_EXPORT, "RM": Flow.RE_IMPORT}
NEEDED = ["freqCode", "refYear", "refMonth", "reporterCode", "reporterISO", "flowCode",
          "partnerCode", "partnerISO", "partner2Code", "classificationCode", "cmdCode",
          "cmdDesc", "customsCode", "mosCode", "motCode", "qtyUnitAbbr", "qty", "netWgt",
          "primaryValue"]
REQUIRED = ["refYear", "flowCode", "cmdCode", "primaryValue"]
STRIPPED = {"freqCode", "flowCode", "partnerCode", "partnerISO", "partner2Code", "customsCode",
            "mosCode", "motCode", "qtyUnitAbbr", "refYear", "refMonth"}


class ComtradePlus(FileFormat):
    name = "comtrade-plus"
    label = QT_TRANSLATE_NOOP("Formats", "UN Comtrade+ download")
    known_words = ("typeCode", "freqCode", "refPeriodId", "reporterISO", "flowCode",
                   "partnerISO", "cmdCode", "primaryValue", "netWgt", "isAggregate")

    def plan(self, source: Source, plan: ImportPlan, options: ImportOptions) -> None:
        header = [h.strip().strip('"') for h in source.head_text.splitlines()[0].split(",")]
        missing = [c for c in REQUIRED if c not in header]
        if missing:
            source.fail(f"the header lacks {', '.join(missing)}", row=1)
        for chunk in read_chunks(source, [c for c in NEEDED if c in header]):
            self._chunk(chunk, plan)

    def _chunk(self, chunk, plan: ImportPlan) -> None:
        import pandas as pd

        cache: dict[str, pd.Series] = {}

        def col(name: str) -> pd.Series:
            # Codes are compared, so stray spaces ("0 " in mosCode) are stripped.
            if name not in cache:
                cache[name] = column(chunk, name, strip=name in STRIPPED)
            return cache[name]

        rows = chunk.index.to_numpy() + 2  # line 1 is the header
        plan.rows_read += len(chunk)
        # Breakdowns by second partner, transport mode or customs procedure repeat the total.
        total = (col("partner2Code").isin(["0", ""]) & col("motCode").isin(["0", ""])
                 & col("customsCode").isin(["C00", ""]) & col("mosCode").isin(["0", ""]))
        if (~total).any():
            plan.skip("breakdown by 2nd partner / transport / customs procedure",
                      int((~total).sum()))
        codes = {k: v.value for k, v in FLOW_CODES.items()}
        codes |= {k.lower(): v for k, v in codes.items()}
        flow = col("flowCode").map(codes)
        # "inf" and "1e400" read as numbers: anything not a finite whole number is NaN here,
        # refused by the range test below and never cast to an integer.
        year = whole(col("refYear"))
        monthly = col("freqCode").eq("M")
        month = whole(col("refMonth")).where(monthly, 1)
        ok = total & flow.notna() & year.between(1900, 2200) & month.between(1, 12)
        for i in np.flatnonzero((total & ~ok).to_numpy()):
            if pd.isna(flow.iloc[i]):
                plan.error(int(rows[i]), "flowCode", f"{chunk['flowCode'].iloc[i]!r} is not a "
                                                     "flow code (X, M, RX, RM)")
            else:
                period = f"{chunk['refYear'].iloc[i]}/{col('refMonth').iloc[i]}"
                plan.error(int(rows[i]), "refYear", f"{period!r} is not a valid year or month")
        year_i = year.where(ok, 0).astype(np.int64).to_numpy()
        month_i = month.where(ok, 1).astype(np.int64).to_numpy()
        first = np.where(monthly, year_i * 12 + month_i - 1, year_i * 12)
        last = np.where(monthly, first, year_i * 12 + 11)
        partner = col("partnerISO").where(col("partnerISO").ne(""), col("partnerCode"))
        partner = partner.mask(col("partnerCode").eq("0") | partner.isin(["W00", "WLD"]), WORLD)
        reporter = col("reporterISO").where(col("reporterISO").ne(""), col("reporterCode"))
        base = RowKeys(pd.DataFrame({"flow": flow, "reporter": reporter, "partner": partner,
                                     "product": col("cmdCode")}))
        labels = RowKeys(pd.DataFrame({"edition": col("classificationCode"),
                                       "text": col("cmdDesc")}))
        add_measure(plan, base, labels, ok, rows, first, last, col("primaryValue"),
                    "primaryValue", Measure.VALUE, pd.Series("USD", chunk.index), SOURCE)
        has_net = col("netWgt").ne("")
        add_measure(plan, base, labels, ok & has_net, rows, first, last, col("netWgt"),
                    "netWgt", Measure.QUANTITY, pd.Series("kg", chunk.index), SOURCE)
        unit = col("qtyUnitAbbr")
        has_qty = ~has_net & col("qty").ne("") & ~unit.isin(["", "N/A"])
        add_measure(plan, base, labels, ok & has_qty, rows, first, last, col("qty"), "qty",
                    Measure.QUANTITY, unit, SOURCE)
