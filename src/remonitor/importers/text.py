"""Reading small delimited text files with a clear word on what is wrong."""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterator
from pathlib import Path

from remonitor.importers.problems import ImportFailed, ImportProblem

MAX_FIELD = 100_000


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_utf8_rows(path: Path, required: list[str]) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a UTF-8 CSV with a header, numbered as a spreadsheet shows them (header = 1)."""
    name = path.name
    try:
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
    csv.field_size_limit(MAX_FIELD)
    reader = csv.DictReader(text.splitlines(), strict=True)
    header = [h.strip() for h in reader.fieldnames or []]
    missing = [c for c in required if c not in header]
    if missing:
        raise ImportFailed([ImportProblem(
            name, 1, None,
            f"the header lacks column(s) {', '.join(missing)} (found: {', '.join(header)})",
        )])
    reader.fieldnames = header
    try:
        for number, row in enumerate(reader, start=2):
            if None in row:
                raise ImportFailed([ImportProblem(
                    name, number, None,
                    f"has {len(header) + len(row[None])} fields; the header has {len(header)}",
                )])
            if not any((v or "").strip() for v in row.values()):
                continue
            yield number, {k: (v or "").strip() for k, v in row.items()}
    except csv.Error as exc:
        raise ImportFailed([ImportProblem(name, reader.line_num, None, str(exc))]) from exc
