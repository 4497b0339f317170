"""A file opened for import: its bytes, decoded text or workbook sheets, as rows of cells."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from remonitor.importers.encoding import Decoding, decode
from remonitor.importers.problems import ImportFailed, ImportProblem

MAX_BYTES = 2 * 1024**3
MAX_LINE = 1_000_000
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")

Row = tuple[int, list[str]]
"""A row as the user sees it: its 1-based line (or sheet row) number and its cells."""


@dataclass
class Source:
    path: Path
    encoding: str | None = None
    """Forced by the user; else judged from the bytes."""
    known_words: tuple[str, ...] = ()
    decoding: Decoding | None = field(default=None, init=False)

    @property
    def name(self) -> str:
        return self.path.name

    def fail(self, message: str, row: int | None = None, column: str | None = None):
        raise ImportFailed([ImportProblem(self.name, row, column, message)])

    @cached_property
    def raw(self) -> bytes:
        try:
            size = self.path.stat().st_size
            if size > MAX_BYTES:
                self.fail(f"is {size / 1024**3:.1f} GiB; files over 2 GiB are refused")
            data = self.path.read_bytes()
        except OSError as exc:
            self.fail(f"cannot be read: {exc.strerror or exc}")
        if not data.strip():
            self.fail("the file is empty")
        return data

    @property
    def is_workbook(self) -> bool:
        return self.path.suffix.lower() in WORKBOOK_SUFFIXES

    @cached_property
    def text(self) -> str:
        if b"\x00" in self.raw[:65536] and not self.raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            self.fail("is a binary file, not a text table (is it a zip, a workbook or an image?)")
        try:
            text, self.decoding = decode(self.raw, self.known_words, self.encoding)
        except UnicodeDecodeError as exc:
            self.fail(f"cannot be decoded as text: {exc.reason}")
        except LookupError:
            self.fail(f"{self.encoding!r} is not an encoding Python knows")
        return text

    def check_lines(self) -> None:
        """Refuse a line too long to be a table row (a limit, not a memory error)."""
        for number, line in enumerate(self.text.splitlines(), 1):
            if len(line) > MAX_LINE:
                self.fail(f"line {number} is {len(line):,} characters long; lines over "
                          f"{MAX_LINE:,} characters are refused", row=number)

    def csv_rows(self, delimiter: str | None = None) -> list[Row]:
        """Every row of a delimited text file; blank rows dropped, line numbers kept."""
        text = self.text
        self.check_lines()
        if delimiter is None:
            delimiter = sniff_delimiter(text)
        csv.field_size_limit(MAX_LINE)
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
        rows: list[Row] = []
        try:
            for cells in reader:
                if any(c.strip() for c in cells):
                    rows.append((reader.line_num, [c.strip() for c in cells]))
        except csv.Error as exc:
            self.fail(f"is not a readable table: {exc}", row=reader.line_num)
        return rows

    @cached_property
    def workbook(self):
        from python_calamine import CalamineWorkbook

        try:
            return CalamineWorkbook.from_path(str(self.path))
        except Exception as exc:  # calamine raises its own types for damaged files
            self.fail(f"is not a readable workbook: {exc}")

    @property
    def sheet_names(self) -> list[str]:
        return list(self.workbook.sheet_names)

    def sheet_rows(self, sheet: str) -> list[Row]:
        """Cells of one sheet as text (numbers without float artefacts), blank rows dropped."""
        try:
            data = self.workbook.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
        except Exception as exc:
            self.fail(f"sheet {sheet!r} cannot be read: {exc}")
        rows: list[Row] = []
        for number, cells in enumerate(data, start=1):
            text = [cell_text(c) for c in cells]
            if any(text):
                rows.append((number, text))
        return rows


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(round(value, 9))
    return str(value).strip()


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines most consistently."""
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    best, best_score = ",", -1.0
    for delim in (",", ";", "\t", "|"):
        counts = [len(next(csv.reader([line], delimiter=delim))) for line in lines]
        if not counts or max(counts) < 2:
            continue
        common = max(set(counts), key=counts.count)
        score = counts.count(common) / len(counts) * min(common, 20)
        if score > best_score:
            best, best_score = delim, score
    return best


def find_header(rows: list[Row], required: list[str], within: int = 30) -> int | None:
    """Index of the first row (among the first ``within``) holding every required name."""
    wanted = {r.lower() for r in required}
    for i, (_, cells) in enumerate(rows[:within]):
        if wanted <= {c.strip().lower() for c in cells}:
            return i
    return None
