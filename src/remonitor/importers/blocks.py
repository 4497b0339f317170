"""Figures of big tables, read a chunk at a time with pandas and kept as compact column
blocks: memory follows the chunk and the number of figures, not the file's text.

The Comtrade layouts use this (Comtrade+, the classic CSV and the legacy bulk CSV): they are
the files that come in hundreds of megabytes.
"""

from __future__ import annotations

import numpy as np

from remonitor.core.series import Flow, Measure, SeriesKey
from remonitor.importers.numbers import Missing, NumberProblem, parse_number
from remonitor.importers.plan import ImportPlan, ObservationBlock
from remonitor.importers.source import Source

CHUNK_ROWS = 100_000


def read_chunks(source: Source, usecols: list[str], header_row: int = 0):
    """The file's rows ``CHUNK_ROWS`` at a time as text columns (nothing converted), with
    the header on line ``header_row + 1``; ImportFailed names the file if pandas cannot."""
    import pandas as pd

    try:
        yield from pd.read_csv(source.path, encoding=source.encoding_name, dtype=str,
                               keep_default_na=False, index_col=False, usecols=usecols,
                               chunksize=CHUNK_ROWS, skip_blank_lines=True,
                               skiprows=header_row, encoding_errors="strict")
    except (UnicodeDecodeError, pd.errors.ParserError, ValueError) as exc:
        source.fail(f"cannot be read as a table: {exc}")


def header_line(source: Source, required: list[str], within: int = 30) -> tuple[int, list[str]]:
    """The 0-based line holding every ``required`` name (among the first ``within``) and its
    names; ImportFailed if none does."""
    import csv

    wanted = {r.lower() for r in required}
    for i, line in enumerate(source.head_text.splitlines()[:within]):
        names = [n.strip() for n in next(csv.reader([line]), [])]
        if wanted <= {n.lower() for n in names}:
            return i, names
    source.fail(f"has no header row with the columns {', '.join(required)} (looked in the "
                f"first {within} rows)")


def column(chunk, name: str, strip: bool = False):
    """A text column of ``chunk`` ('' where the file has no such column); ``strip`` for
    codes that are compared (a plain comprehension: .str costs a lambda per cell)."""
    import pandas as pd

    if name not in chunk:
        return pd.Series("", chunk.index, dtype=object)
    if strip:
        return pd.Series([t.strip() for t in chunk[name].tolist()], index=chunk.index,
                         dtype=object)
    return chunk[name]


def whole(numbers):
    """Finite whole numbers as they are, anything else (inf, 1e400, 2.5, NaN) NaN: such a
    year or month is refused by a range test, never cast to an integer."""
    return numbers.where(np.isfinite(numbers) & (numbers == np.floor(numbers)))


def decimals_written(text):
    """Decimals as written: ``"193.08"`` → 2, ``"9680795326"`` → 0."""
    import pandas as pd

    return pd.Series([len(t) - t.index(".") - 1 if "." in t else 0 for t in text.tolist()],
                     index=text.index, dtype=np.int16)


def add_measure(plan: ImportPlan, base, use, rows, first, last, text, column_name: str,
                measure: Measure, unit, source: str) -> None:
    """One measure's figures of a chunk into ``plan`` as a block.

    ``base`` is a frame of the key columns flow, reporter, partner, product, definition;
    ``use`` marks the rows that carry this measure; ``rows`` their line numbers; ``first``
    and ``last`` their spans as month indexes; ``text`` the cells as written; ``unit`` a
    series of units."""
    import pandas as pd

    values = pd.to_numeric(text, errors="coerce")
    empty = text.eq("")
    if (use & empty).any():
        plan.skip(f"{column_name}: empty", int((use & empty).sum()))
    decimals = decimals_written(text)
    # Cells pandas cannot read (thousands separators, footnote marks) and cells it reads as
    # no finite number (inf, nan) get the careful parser, one by one: rare in these files.
    odd = np.flatnonzero((use & ~empty & ~np.isfinite(values.fillna(np.inf))).to_numpy())
    values = values.to_numpy(dtype=float, copy=True)
    decimals = decimals.to_numpy(copy=True)
    keep = (use & ~empty).to_numpy().copy()
    for i in odd:
        try:
            parsed = parse_number(text.iloc[i])
        except NumberProblem as exc:
            plan.error(int(rows[i]), column_name, str(exc))
            keep[i] = False
            continue
        if isinstance(parsed, Missing):
            plan.skip(f"{column_name}: {parsed.reason}")
            keep[i] = False
        elif not np.isfinite(parsed.value):
            plan.error(int(rows[i]), column_name, f"{text.iloc[i]!r} is not a finite number")
            keep[i] = False
        else:
            values[i], decimals[i] = parsed.value, parsed.decimals
    negative = keep & (values < 0)
    for i in np.flatnonzero(negative):
        plan.error(int(rows[i]), column_name, f"{text.iloc[i]!r} is negative")
    keep &= ~negative
    if not keep.any():
        return
    keys = base[keep].assign(unit=unit[keep].to_numpy())
    labels, uniques = pd.factorize(pd.MultiIndex.from_frame(keys))
    ids = np.array([plan.key_id(SeriesKey(Flow(f), r, p, c, measure, u, source, d))
                    for f, r, p, c, d, u in uniques], dtype=np.int32)
    plan.blocks.append(ObservationBlock(
        ids[labels], first[keep].astype(np.int32), last[keep].astype(np.int32),
        values[keep], decimals[keep].astype(np.int16), np.asarray(rows)[keep]))
