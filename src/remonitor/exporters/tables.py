"""CSV and XLSX writers behind every panel's Export…, safe to open in a spreadsheet.

Text cells that a spreadsheet would run as a formula (starting with = + - @, or a tab or
carriage return) are prefixed with an apostrophe. Numbers are written as numbers, so a
negative figure stays a number; an exact decimal is written as it reads (``14224.3``, never
``14224.300000000003``) — in a workbook as a number cell. Files are written beside the
target and renamed into place, so a cancelled or failed export never leaves half a file.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

Cell = str | int | float | Decimal | date | datetime | None
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PROGRESS_EVERY = 2000


class ExportCancelled(Exception):
    """The user cancelled; nothing was written."""


def neutralise(value: Cell) -> Cell:
    """A text cell that a spreadsheet would evaluate, made inert; other cells unchanged."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _plain(value: Cell) -> Cell:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:f}"
    return neutralise(value)


def write_table(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[Cell]],
    *,
    sheet_name: str = "remonitor",
    total: int | None = None,
    progress: Callable[[int, int | None], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write ``rows`` to ``path`` (.csv or .xlsx, by suffix); returns the rows written."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValueError(f"{path.name}: can export to .csv or .xlsx, not {suffix or 'no suffix'}")
    writer = _write_csv if suffix == ".csv" else _write_xlsx
    return atomically(path, lambda tmp: writer(tmp, headers, rows, sheet_name, total,
                                               progress, is_cancelled))


def current_umask() -> int:
    """The process's umask, read without changing it where the system says it (Linux);
    elsewhere set and put back at once."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except OSError:
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def atomically(path: Path, write: Callable[[Path], int]) -> int:
    """Run ``write(tmp)`` on a temporary file beside ``path``, then rename it into place: a
    failed or cancelled export leaves no file, and never half of one. The file gets the
    permissions the user's umask gives (a desk shares its exports)."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=path.suffix,
                                    dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        count = write(tmp)
        os.chmod(tmp, 0o666 & ~current_umask())  # mkstemp's 0600 is for the data folder only
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return count


def _tick(count, total, progress, is_cancelled) -> None:
    if count % _PROGRESS_EVERY == 0:
        if is_cancelled and is_cancelled():
            raise ExportCancelled
        if progress:
            progress(count, total)


def _write_csv(tmp, headers, rows, _sheet, total, progress, is_cancelled) -> int:
    count = 0
    # UTF-8 with BOM so Excel shows Chinese titles correctly.
    with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        out.writerow([neutralise(h) for h in headers])
        for row in rows:
            out.writerow([_plain(c) for c in row])
            count += 1
            _tick(count, total, progress, is_cancelled)
    return count


def _write_xlsx(tmp, headers, rows, sheet, total, progress, is_cancelled) -> int:
    import xlsxwriter

    workbook = xlsxwriter.Workbook(
        str(tmp),
        {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False},
    )
    try:
        ws = workbook.add_worksheet(sheet[:31])
        bold = workbook.add_format({"bold": True})
        dates = workbook.add_format({"num_format": "yyyy-mm-dd"})
        for c, header in enumerate(headers):
            ws.write_string(0, c, str(neutralise(header)), bold)
        ws.freeze_panes(1, 0)
        count = 0
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row):
                if value is None:
                    continue
                if isinstance(value, bool):
                    ws.write_boolean(r, c, value)
                elif isinstance(value, int | float | Decimal):
                    ws.write_number(r, c, float(value))
                elif isinstance(value, datetime | date):
                    ws.write_datetime(r, c, datetime(value.year, value.month, value.day)
                                      if not isinstance(value, datetime) else value, dates)
                else:
                    ws.write_string(r, c, str(neutralise(value)))
            count += 1
            _tick(count, total, progress, is_cancelled)
    finally:
        workbook.close()
    return count
