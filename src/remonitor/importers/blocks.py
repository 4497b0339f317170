"""Figures of big tables, read a chunk at a time with pandas and kept as compact column
blocks: memory follows the chunk and the number of figures, not the file's text.

The Comtrade layouts use this (Comtrade+, the classic CSV and the legacy bulk CSV): they are
the files that come in hundreds of megabytes.
"""

from __future__ import annotations

import numpy as np

from remonitor.core.figures import SIGNIFICANT, mantissa
from remonitor.core.series import Flow, Label, Measure, SeriesKey
from remonitor.importers.numbers import Missing, NumberProblem, parse_number
from remonitor.importers.plan import ImportPlan
from remonitor.importers.source import Source
from remonitor.importers.spill import ObservationBlock

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
    codes that are compared. A code column holds few distinct cells: each is stripped
    once (a comprehension over every cell took 1 s of a 500,000-row file's plan)."""
    import pandas as pd

    if name not in chunk:
        return pd.Series("", chunk.index, dtype=object)
    if strip:
        return each_distinct(chunk[name], lambda distinct: np.array(
            [t.strip() if isinstance(t, str) else t for t in distinct], dtype=object))
    return chunk[name]


def each_distinct(cells, convert):
    """``convert`` (of an object array) applied to each distinct cell once, the result
    spread back over ``cells``: a code, year or month column holds a handful of them."""
    import pandas as pd

    codes, distinct = pd.factorize(cells.to_numpy(dtype=object), use_na_sentinel=False)
    converted = np.asarray(convert(np.asarray(distinct, dtype=object)))
    return pd.Series(converted[codes], index=cells.index, dtype=converted.dtype)


def whole(cells):
    """Text cells read as finite whole numbers, anything else (a word, inf, 1e400, 2.5) NaN:
    such a year or month is refused by a range test, never cast to an integer."""
    import pandas as pd

    def read(distinct):
        numbers = pd.to_numeric(pd.Series(distinct, dtype=object), errors="coerce")
        numbers = numbers.where(np.isfinite(numbers) & (numbers == np.floor(numbers)))
        return numbers.to_numpy(dtype=float)

    return each_distinct(cells, read)


_PLAIN = r"-?\d+(?:\.\d+)?"
"""A numeral as most cells of a download are written: no separators, no exponent."""


WIDEST = 32
"""Cells up to this many characters are read in bulk (no figure is longer); longer ones go
to the careful parser, so one huge cell cannot blow up the bulk arrays."""


def exact_cells(text) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The cells of a text column as exact figures: (mantissa, decimals, plain), where
    ``plain`` marks the cells read here — plain ASCII numerals (``-1234.50``) of at most
    15 significant digits, as written. The others (separators, footnote marks, float noise,
    exponents, words) are left for the careful parser, one by one. NumPy's string functions
    do it in C: the per-cell Python of pandas' ``.str`` took half of a big import."""
    values = text.to_numpy(dtype=object)
    # As wide as the longest cell, not WIDEST: figures are mostly short, and every step
    # below runs over every character of the array.
    width = min(WIDEST, max(map(len, values), default=0) + 1)
    cells = values.astype(f"U{width}")
    length = np.char.str_len(cells)
    negative = np.char.startswith(cells, "-")
    body = np.char.lstrip(cells, "-")
    point = np.char.find(body, ".")
    digits = np.char.replace(body, ".", "", count=1)
    # Every character ASCII (isdigit also takes '١' and '３'): read off the code points.
    ascii_ = (cells.view(np.uint32).reshape(len(cells), width) < 128).all(axis=1)
    plain = ((length < WIDEST) & (np.char.str_len(body) == length - negative) & ascii_
             & np.char.isdigit(digits) & ((point == -1) | ((point > 0) & (
                 point < np.char.str_len(body) - 1)))
             & (np.char.str_len(np.char.lstrip(digits, "0")) <= SIGNIFICANT))
    mantissa = np.where(plain, digits, "0").astype(np.int64)
    mantissa = np.where(negative, -mantissa, mantissa)
    decimals = np.where(point >= 0, np.char.str_len(body) - point - 1, 0)
    return mantissa, decimals.astype(np.int16), plain


class RowKeys:
    """The distinct rows of a few columns of a chunk, numbered in the order they first
    appear: ``codes`` gives each row's number, ``rows`` each number's values. Made once a
    chunk, for every measure of it. Each column is numbered on its own and the numbers
    combined: a MultiIndex of the columns took ~1.2 s of a 500,000-row file's plan."""

    def __init__(self, frame) -> None:
        import pandas as pd

        codes = np.zeros(len(frame), dtype=np.int64)
        columns = []
        for name in frame.columns:
            column_codes, uniques = pd.factorize(frame[name], use_na_sentinel=False)
            columns.append((column_codes, np.asarray(uniques, dtype=object)))
            codes, _ = pd.factorize(codes * len(uniques) + column_codes)
        self.codes = codes
        at = first_rows(codes, int(codes.max()) + 1 if len(codes) else 0)
        self.rows = list(zip(*(uniques[column_codes[at]]
                               for column_codes, uniques in columns), strict=True))


def first_rows(codes: np.ndarray, count: int) -> np.ndarray:
    """The row where each of ``count`` numbers first appears in ``codes``."""
    at = np.empty(count, dtype=np.int64)
    at[codes[::-1]] = np.arange(len(codes) - 1, -1, -1)
    return at


def add_measure(plan: ImportPlan, base: RowKeys, labels: RowKeys, use, rows, first, last,
                text, column_name: str, measure: Measure, unit, source: str) -> None:
    """One measure's figures of a chunk into ``plan`` as a block.

    ``base`` numbers the rows' keys flow, reporter, partner, product; ``labels`` their
    edition and description (how the file names each row's product); ``use`` marks the
    rows that carry this measure; ``rows`` their line numbers; ``first`` and ``last`` their
    spans as month indexes; ``text`` the cells as written; ``unit`` a series of units."""
    import pandas as pd

    empty = text.eq("")
    if (use & empty).any():
        plan.skip(f"{column_name}: empty", int((use & empty).sum()))
    mantissa, decimals, plain = exact_cells(text)
    keep = (use & ~empty).to_numpy().copy()
    for i in np.flatnonzero(keep & ~plain):
        try:
            parsed = parse_number(text.iloc[i])
        except NumberProblem as exc:
            plan.error(int(rows[i]), column_name, str(exc))
            keep[i] = False
            continue
        if isinstance(parsed, Missing):
            plan.skip(f"{column_name}: {parsed.reason}")
            keep[i] = False
            continue
        exact = exact_mantissa(parsed.value, parsed.decimals)
        if exact is None:
            plan.error(int(rows[i]), column_name, f"{text.iloc[i]!r} has more digits than a "
                                                  "figure can hold")
            keep[i] = False
            continue
        mantissa[i], decimals[i] = exact, parsed.decimals
    negative = keep & (mantissa < 0)
    for i in np.flatnonzero(negative):
        plan.error(int(rows[i]), column_name, f"{text.iloc[i]!r} is negative")
    keep &= ~negative
    if not keep.any():
        return
    unit_codes, units = pd.factorize(unit[keep].to_numpy())
    kept = base.codes[keep]
    key_labels, _ = pd.factorize(kept * len(units) + unit_codes)
    at = first_rows(key_labels, int(key_labels.max()) + 1)
    first_row = int(np.asarray(rows)[keep][0])  # where an unknown unit is reported
    key_ids = np.array([plan.key_id(SeriesKey(Flow(f), r, p, c, measure, units[u], source),
                                    first_row)
                        for (f, r, p, c), u in zip((base.rows[k] for k in kept[at]),
                                                   unit_codes[at], strict=True)],
                       dtype=np.int32)
    label_codes, label_uniques = pd.factorize(labels.codes[keep])
    label_ids = np.array([plan.label_id(Label(*labels.rows[k])) for k in label_uniques],
                         dtype=np.int32)
    plan.add_block(ObservationBlock(
        key_ids[key_labels], label_ids[label_codes], first[keep].astype(np.int32),
        last[keep].astype(np.int32), mantissa[keep], decimals[keep].astype(np.int16),
        np.asarray(rows)[keep]))


def exact_mantissa(value, decimals: int) -> int | None:
    """The stored integer of a figure, or None if it would not fit 64 bits."""
    m = mantissa(value, decimals)
    return m if -(2**63) < m < 2**63 else None
