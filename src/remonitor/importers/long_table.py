"""remonitor's own long table: one reported figure a row — the reference dataset's format,
and the figures export's, so an export imports back figure for figure.

Columns: period, value, flow, reporter, partner, product, measure, unit, source; optional:
decimals (else counted from how the value is written), release (the release the figure
belongs to, else the batch's) and release approximate (``yes`` when that date is an upper
bound: on or before), edition and description (or definition: how the source named the
product), note, and kind (a row marked ``derived`` is not imported: derived
figures are computed from the reported ones, never stored). Other columns (the names of
reporter and partner, the file, what a figure was derived from) are there for people.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from decimal import Decimal
from pathlib import Path

from remonitor.core.periods import parse_span
from remonitor.core.series import Flow, Label, Measure, NewObservation, SeriesKey
from remonitor.importers.numbers import Missing, NumberProblem, parse_number
from remonitor.importers.problems import ImportFailed, ImportProblem
from remonitor.importers.text import records_with_header

FORMAT = "remonitor-long-csv"
REQUIRED = ["period", "value", "flow", "reporter", "partner", "product", "measure", "unit",
            "source"]


def _enum(cls, text: str):
    try:
        return cls(text.lower())
    except ValueError:
        allowed = ", ".join(m.value for m in cls)
        raise ValueError(f"{text!r} is not one of {allowed}") from None


def _approximate(row: dict[str, str]) -> bool:
    text = (row.get("release approximate") or row.get("release_approximate") or "").strip()
    return text.lower() in ("yes", "y", "true", "1", "approximate", "是")


def parse_long_table(path: Path, skipped: Counter[str] | None = None,
                     text: str | None = None, problems: list[ImportProblem] | None = None,
                     row_numbers: list[int] | None = None) -> list[NewObservation]:
    """Every row, validated; raises ImportFailed listing every bad cell.

    Cells marked missing (NA, —, W …) are counted in ``skipped`` by reason, not stored.
    Given a ``problems`` list, bad rows are reported there and the good rows returned."""
    rows: list[NewObservation] = []
    collect = problems is not None
    problems = problems if problems is not None else []
    seen: dict[tuple, int] = {}
    name = path.name
    for number, row in records_with_header(path, REQUIRED, text):
        def bad(column: str, message: str, number: int = number) -> None:
            problems.append(ImportProblem(name, number, column, message))

        if row.get("kind", "").strip().lower() == "derived":
            if skipped is not None:
                skipped["derived figure (computed from the reported ones, not stored)"] += 1
            continue
        try:
            span = parse_span(row["period"])
        except ValueError as exc:
            bad("period", str(exc))
            continue
        try:
            parsed = parse_number(row["value"])
        except NumberProblem as exc:
            bad("value", str(exc))
            continue
        if isinstance(parsed, Missing):
            if skipped is not None:
                skipped[f"value: {parsed.reason}"] += 1
            continue
        value = parsed.value
        try:
            flow = _enum(Flow, row["flow"])
            measure = _enum(Measure, row["measure"])
        except ValueError as exc:
            bad("flow" if "export" in str(exc) else "measure", str(exc))
            continue
        if measure is Measure.QUANTITY and value < 0:
            bad("value", f"a quantity cannot be negative ({row['value']})")
            continue
        decimals_text = row.get("decimals", "")
        try:
            decimals = int(decimals_text) if decimals_text else parsed.decimals
        except ValueError:
            bad("decimals", f"{decimals_text!r} is not a whole number")
            continue
        if decimals < parsed.decimals and value != value.quantize(Decimal(1).scaleb(
                -max(decimals, 0))):
            bad("decimals", f"{row['value']!r} has more decimals than the {decimals} given")
            continue
        released = None
        if row.get("release", "").strip():
            try:
                released = date.fromisoformat(row["release"].strip())
            except ValueError:
                bad("release", f"{row['release']!r} is not a date (write 2025-04-18)")
                continue
        approximate = _approximate(row)
        if approximate and released is None:
            bad("release approximate", "says the release date is approximate, but no "
                                       "release date is given")
            continue
        empty = [c for c in ("reporter", "partner", "product", "unit", "source") if not row[c]]
        if empty:
            bad(empty[0], "is empty")
            continue
        key = SeriesKey(flow, row["reporter"], row["partner"], row["product"], measure,
                        row["unit"], row["source"])
        label = Label(row.get("edition", ""),
                      row.get("description", "") or row.get("definition", ""))
        if (key, span) in seen:
            bad("period", f"{span} of this series is already given in row {seen[(key, span)]}")
            continue
        seen[(key, span)] = number
        rows.append(NewObservation(key, span, value, decimals, row.get("note", ""), label,
                                   released, approximate))
        if row_numbers is not None:
            row_numbers.append(number)
    if problems and not collect:
        raise ImportFailed(problems)
    if not rows and not problems and not (skipped and sum(skipped.values())):
        raise ImportFailed([ImportProblem(name, None, None, "holds a header but no figures")])
    return rows
