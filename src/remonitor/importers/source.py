"""A file opened for import: its bytes, decoded text or workbook sheets, as rows of cells."""

from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from remonitor.core.figures import NotAFigure, from_float
from remonitor.importers.encoding import Decoding, decode
from remonitor.importers.problems import ImportFailed, ImportProblem
from remonitor.store.connection import is_store_file

MAX_BYTES = 2 * 1024**3
MAX_LINE = 1_000_000
csv.field_size_limit(MAX_LINE)  # process-wide: one limit for every reader, set once here
MAX_UNPACKED = 1024**3
HEAD_BYTES = 256 * 1024
TEXT_MEMORY_FACTOR = 20
"""Peak memory of a reader that holds a whole text file, per byte of the file: measured
18.6 for remonitor's own long table and 20.3 for the classic Comtrade CSV when it was read
that way (300,000 rows). Comtrade files are read in chunks instead (importers.blocks)."""
WORKBOOK_MEMORY_FACTOR = 6
"""The same per byte of a workbook's unpacked XML: 3.7 for its rows alone (200,000 rows),
with the plan's figures on top."""


def available_memory() -> int | None:
    """Bytes of memory the system can give without swapping (Linux: MemAvailable), or None
    where it cannot be told."""
    try:
        with open("/proc/meminfo", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None
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
    def size(self) -> int:
        if is_store_file(self.path):  # never opened outside SQLite while it is open
            self.fail("is remonitor's own store (or its log); it cannot be imported")
        try:
            size = self.path.stat().st_size
        except OSError as exc:
            self.fail(f"cannot be read: {exc.strerror or exc}")
        if size > MAX_BYTES:
            self.fail(f"is {size / 1024**3:.1f} GiB; files over 2 GiB are refused")
        return size

    @cached_property
    def head(self) -> bytes:
        """The first 256 KiB: enough to sniff the format and judge the encoding."""
        self.size  # noqa: B018 - refuses a huge file before reading it
        try:
            with self.path.open("rb") as fh:
                data = fh.read(HEAD_BYTES)
        except OSError as exc:
            self.fail(f"cannot be read: {exc.strerror or exc}")
        if not data.strip():
            self.fail("the file is empty")
        return data

    def ensure_memory(self, size: int, factor: float, what: str) -> None:
        """Refuse, in words, a file whose reading would take more memory than the machine
        has free — before the reading starts, not with a MemoryError half-way."""
        need = size * factor
        free = available_memory()
        if free is not None and need > 0.8 * free:
            self.fail(f"is {size / 1024**2:,.0f} MiB{what}; reading it takes about "
                      f"{factor:,}× that in memory ({need / 1024**3:,.1f} GiB) and this "
                      f"machine has {free / 1024**3:,.1f} GiB free. Split it (by year or "
                      "partner), or close other programs and try again.")

    @cached_property
    def raw(self) -> bytes:
        if self.size > len(self.head):
            self.ensure_memory(self.size, TEXT_MEMORY_FACTOR, "")
        try:
            return self.path.read_bytes() if self.size > len(self.head) else self.head
        except OSError as exc:
            self.fail(f"cannot be read: {exc.strerror or exc}")

    def first_table(self) -> list[Row]:
        """The rows of a small table file: a workbook's first sheet, or every line of a
        delimited text (its line lengths checked first)."""
        if self.is_workbook:
            names = self.sheet_names
            return self.sheet_rows(names[0]) if names else []
        self.check_lines()
        return self.csv_rows()

    @property
    def is_workbook(self) -> bool:
        return self.path.suffix.lower() in WORKBOOK_SUFFIXES

    def _check_text(self) -> None:
        if b"\x00" in self.head and not self.head.startswith((b"\xff\xfe", b"\xfe\xff")):
            self.fail("is a binary file, not a text table (is it a zip, a workbook or an image?)")

    @cached_property
    def encoding_name(self) -> str:
        """The encoding, judged on the sample (or as the user forced it)."""
        self._check_text()
        sample = self.head
        if len(self.head) < self.size and b"\n" in sample:
            sample = sample[: sample.rindex(b"\n") + 1]  # never cut a character in two
        try:
            _, self.decoding = decode(sample, self.known_words, self.encoding)
        except UnicodeDecodeError as exc:
            self.fail(f"cannot be decoded as text: {exc.reason}")
        except LookupError:
            self.fail(f"{self.encoding!r} is not an encoding Python knows")
        return self.decoding.encoding

    @cached_property
    def head_text(self) -> str:
        return self.head.decode(self.encoding_name, errors="replace")

    @cached_property
    def text(self) -> str:
        """The whole file decoded (for the small formats that read it at once)."""
        encoding = self.encoding_name
        try:
            return self.raw.decode(encoding)
        except UnicodeDecodeError:
            pass
        try:  # the sample misled the judgement: judge the whole file
            text, self.decoding = decode(self.raw, self.known_words, self.encoding)
        except UnicodeDecodeError as exc:
            self.fail(f"cannot be decoded as text: {exc.reason}")
        return text

    def check_lines(self) -> None:
        """Refuse a line too long to be a table row — by a limit, streaming, not by memory."""
        self._check_text()
        line, length = 1, 0
        with self.path.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                for part in block.split(b"\n")[:-1] if b"\n" in block else []:
                    length += len(part)
                    if length > MAX_LINE:
                        self._too_long(line, length)
                    line, length = line + 1, 0
                tail = block.rsplit(b"\n", 1)[-1] if b"\n" in block else block
                length += len(tail)
                if length > MAX_LINE:
                    self._too_long(line, length + self._rest_of_line(fh))

    def _rest_of_line(self, fh) -> int:
        extra = 0
        for block in iter(lambda: fh.read(1 << 20), b""):
            if b"\n" in block:
                return extra + block.index(b"\n")
            extra += len(block)
        return extra

    def _too_long(self, line: int, length: int) -> None:
        self.fail(f"line {line} is {length:,} bytes long; lines over {MAX_LINE:,} are refused",
                  row=line)

    def csv_rows(self, delimiter: str | None = None) -> list[Row]:
        """Every row of a delimited text file; blank rows dropped, line numbers kept."""
        text = self.text
        if delimiter is None:
            delimiter = sniff_delimiter(text)
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
        rows: list[Row] = []
        try:
            for cells in reader:
                if any(c.strip() for c in cells):
                    rows.append((reader.line_num, [c.strip() for c in cells]))
        except csv.Error as exc:
            self.fail(f"is not a readable table: {exc}", row=reader.line_num)
        return rows

    def _check_unpacked_size(self) -> None:
        """Refuse a workbook that would unpack to far more than it weighs (a zip bomb) by
        its directory, before anything is decompressed."""
        import zipfile

        if not zipfile.is_zipfile(self.path):
            return
        try:
            with zipfile.ZipFile(self.path) as archive:
                unpacked = sum(i.file_size for i in archive.infolist())
        except (zipfile.BadZipFile, OSError, UnicodeDecodeError, ValueError, EOFError) as exc:
            # A flipped bit in the central directory garbles a member's name (undecodable).
            self.fail(f"is not a readable workbook (the file is damaged: {exc})")
        packed = max(self.size, 1)
        if unpacked > MAX_UNPACKED or (unpacked > 50 * 1024**2 and unpacked / packed > 100):
            self.fail(f"would unpack to {unpacked / 1024**2:,.0f} MiB from "
                      f"{packed / 1024**2:,.1f} MiB; workbooks that expand like this are "
                      "refused (limit: 100× and 1 GiB)")
        self.ensure_memory(unpacked, WORKBOOK_MEMORY_FACTOR, " unpacked")

    @cached_property
    def workbook(self):
        from python_calamine import CalamineWorkbook

        self._check_unpacked_size()
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
    """A workbook's (or JSON's) cell as text; a number as the decimal it stands for, float
    noise dropped (``534882540.0000001`` → ``534882540``), no trailing zeros."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        try:
            number, decimals = from_float(value)
        except NotAFigure:
            return repr(value)  # inf, nan: refused by the number parser, in words
        return f"{number:.{decimals}f}"
    return str(value).strip()


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines most consistently."""
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    best, best_score = ",", -1.0
    for delim in (",", ";", "\t", "|"):
        try:
            counts = [len(next(csv.reader([line], delimiter=delim))) for line in lines]
        except csv.Error:
            continue  # an open quote on one line: not judged by it
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
