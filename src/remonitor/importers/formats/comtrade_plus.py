"""UN Comtrade+ downloads, read in chunks and validated column by column.

A Comtrade+ file can hold millions of rows; it is read 100,000 rows at a time, only the
columns needed, and the figures kept as compact column blocks, so memory stays bounded
and a million rows plan in seconds.
"""

from __future__ import annotations

import numpy as np

from remonitor.core.series import WORLD, Flow, Measure, SeriesKey
from remonitor.core.text import QT_TRANSLATE_NOOP
from remonitor.importers.formats.base import FileFormat, ImportOptions
from remonitor.importers.numbers import Missing, NumberProblem, parse_number
from remonitor.importers.plan import ImportPlan, ObservationBlock
from remonitor.importers.source import Source

SOURCE = "UN Comtrade"
CHUNK_ROWS = 100_000
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
        import pandas as pd

        header = source.head_text.splitlines()[0].split(",")
        header = [h.strip().strip('"') for h in header]
        missing = [c for c in REQUIRED if c not in header]
        if missing:
            source.fail(f"the header lacks {', '.join(missing)}", row=1)
        usecols = [c for c in NEEDED if c in header]
        try:
            reader = pd.read_csv(source.path, encoding=source.encoding_name, dtype=str,
                                 keep_default_na=False, index_col=False, usecols=usecols,
                                 chunksize=CHUNK_ROWS, skip_blank_lines=True)
            for chunk in reader:
                self._chunk(chunk, plan)
        except (UnicodeDecodeError, pd.errors.ParserError) as exc:
            source.fail(f"cannot be read as a Comtrade+ table: {exc}")

    def _chunk(self, chunk, plan: ImportPlan) -> None:
        import pandas as pd

        cache: dict[str, pd.Series] = {}

        def col(name: str) -> pd.Series:
            # Codes are compared, so stray spaces ("0 " in mosCode) are stripped; with a plain
            # comprehension, as the .str accessor costs a lambda and NA checks per cell.
            if name not in cache:
                if name not in chunk:
                    cache[name] = pd.Series("", chunk.index)
                elif name in STRIPPED:
                    cache[name] = pd.Series([t.strip() for t in chunk[name].tolist()],
                                            index=chunk.index, dtype=object)
                else:
                    cache[name] = chunk[name]
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
        year = pd.to_numeric(col("refYear"), errors="coerce")
        monthly = col("freqCode").eq("M")
        month = pd.to_numeric(col("refMonth"), errors="coerce").where(monthly, 1)
        ok = total & flow.notna() & year.between(1900, 2200) & month.between(1, 12)
        for i in np.flatnonzero((total & ~ok).to_numpy()):
            if pd.isna(flow.iloc[i]):
                plan.error(int(rows[i]), "flowCode", f"{chunk['flowCode'].iloc[i]!r} is not a "
                                                     "flow code (X, M, RX, RM)")
            else:
                period = f"{chunk['refYear'].iloc[i]}/{col('refMonth').iloc[i]}"
                plan.error(int(rows[i]), "refYear", f"{period!r} is not a valid year or month")
        year_i = year.fillna(0).astype(np.int64).to_numpy()
        first = np.where(monthly, year_i * 12 + month.fillna(1).astype(np.int64) - 1, year_i * 12)
        last = np.where(monthly, first, year_i * 12 + 11)
        partner = col("partnerISO").where(col("partnerISO").ne(""), col("partnerCode"))
        partner = partner.mask(col("partnerCode").eq("0") | partner.isin(["W00", "WLD"]), WORLD)
        reporter = col("reporterISO").where(col("reporterISO").ne(""), col("reporterCode"))
        definition = col("classificationCode") + " " + col("cmdCode") + ": " + col("cmdDesc")
        base = pd.DataFrame({"flow": flow, "reporter": reporter, "partner": partner,
                             "product": col("cmdCode"), "definition": definition})
        self._measure(plan, base, ok, rows, first, last, col("primaryValue"), "primaryValue",
                      Measure.VALUE, pd.Series("USD", chunk.index))
        has_net = col("netWgt").ne("")
        self._measure(plan, base, ok & has_net, rows, first, last, col("netWgt"), "netWgt",
                      Measure.QUANTITY, pd.Series("kg", chunk.index))
        unit = col("qtyUnitAbbr")
        has_qty = ~has_net & col("qty").ne("") & ~unit.isin(["", "N/A"])
        self._measure(plan, base, ok & has_qty, rows, first, last, col("qty"), "qty",
                      Measure.QUANTITY, unit)

    def _measure(self, plan, base, use, rows, first, last, text, column, measure, unit) -> None:
        import pandas as pd

        values = pd.to_numeric(text, errors="coerce")
        empty = text.eq("")
        if (use & empty).any():
            plan.skip(f"{column}: empty", int((use & empty).sum()))
        decimals = _decimals(text)
        # Cells pandas cannot read (thousands separators, footnote marks) get the careful
        # parser, one by one: rare in Comtrade files.
        odd = np.flatnonzero((use & ~empty & values.isna()).to_numpy())
        values = values.to_numpy(dtype=float, copy=True)
        decimals = decimals.to_numpy(copy=True)
        keep = (use & ~empty).to_numpy().copy()
        for i in odd:
            try:
                parsed = parse_number(text.iloc[i])
            except NumberProblem as exc:
                plan.error(int(rows[i]), column, str(exc))
                keep[i] = False
                continue
            if isinstance(parsed, Missing):
                plan.skip(f"{column}: {parsed.reason}")
                keep[i] = False
            else:
                values[i], decimals[i] = parsed.value, parsed.decimals
        negative = keep & (values < 0)
        for i in np.flatnonzero(negative):
            plan.error(int(rows[i]), column, f"{text.iloc[i]!r} is negative")
        keep &= ~negative
        if not keep.any():
            return
        keys = base[keep].assign(unit=unit[keep].to_numpy())
        labels, uniques = pd.factorize(pd.MultiIndex.from_frame(keys))
        ids = np.array([plan.key_id(SeriesKey(Flow(f), r, p, c, measure, u, SOURCE, d))
                        for f, r, p, c, d, u in uniques], dtype=np.int32)
        plan.blocks.append(ObservationBlock(
            ids[labels], first[keep].astype(np.int32), last[keep].astype(np.int32),
            values[keep], decimals[keep].astype(np.int16), rows[keep]))


def _decimals(text):
    """Decimals as written: ``"193.08"`` → 2, ``"9680795326"`` → 0."""
    import pandas as pd

    return pd.Series([len(t) - t.index(".") - 1 if "." in t else 0 for t in text.tolist()],
                     index=text.index, dtype=np.int16)
