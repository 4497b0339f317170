"""Reading small delimited text files with a clear word on what is wrong."""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterator
from pathlib import Path

from remonitor.importers.problems import ImportFailed, ImportProblem
from remonitor.importers.source import MAX_LINE  # noqa: F401 - sets the csv field limit
from remonitor.store.connection import is_store_file


def file_hash(path: Path) -> str:
    if is_store_file(path):  # never opened outside SQLite while it is open
        raise ImportFailed([ImportProblem(path.name, None, None, "is remonitor's own store "
                                          "(or its log); it cannot be imported")])
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def records_with_header(path: Path, required: list[str], text: str | None = None
                   ) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a CSV with a header, numbered as a spreadsheet shows them (header = 1).

    ``text`` is the decoded file when the caller judged its encoding; else UTF-8 is read."""
    name = path.name
    try:
        if text is None:
            text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[: exc.start].count(b"\n") + 1
        raise ImportFailed([ImportProblem(
            name, line, None, f"is not UTF-8 text (byte {exc.start}); save it as UTF-8 CSV")
        ]) from exc
    except OSError as exc:
        raise ImportFailed([ImportProblem(name, None, None, f"cannot be read: {exc}")]) from exc
    if not text.strip():
        raise ImportFailed([ImportProblem(name, None, None, "the file is empty")])
    # newline="": a line break inside a quoted cell stays part of the cell.
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    header = [h.strip() for h in reader.fieldnames or []]
    missing = [c for c in required if c not in header]
    if missing:
        raise ImportFailed([ImportProblem(
            name, 1, None,
            f"the header lacks column(s) {', '.join(missing)} (found: {', '.join(header)})",
        )])
    reader.fieldnames = header
    last_line = 1
    try:
        for number, row in enumerate(reader, start=2):
            last_line = reader.line_num
            if None in row:
                raise ImportFailed([ImportProblem(
                    name, number, None,
                    f"has {len(header) + len(row[None])} fields; the header has {len(header)}",
                )])
            if not any((v or "").strip() for v in row.values()):
                continue
            yield number, {k: (v or "").strip() for k, v in row.items()}
    except csv.Error as exc:
        message = str(exc)
        if "unexpected end of data" in message or "EOF" in message:
            message = "a quoted field is never closed: is the file cut short?"
        raise ImportFailed([ImportProblem(name, last_line + 1, None, message)]) from exc
