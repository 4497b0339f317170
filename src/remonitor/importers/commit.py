"""Committing a parsed file: one batch, one transaction, all rows or none."""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from remonitor.importers import event_table, long_table
from remonitor.importers.problems import ImportFailed, ImportProblem
from remonitor.importers.text import file_hash
from remonitor.store.batches import create_batch, find_by_hash, record_counts
from remonitor.store.changes import StoreChange
from remonitor.store.connection import transaction
from remonitor.store.events import insert_events
from remonitor.store.observations import insert_observations

FORMATS = {long_table.FORMAT: "figures (remonitor long table)",
           "remonitor-events-csv": "events (remonitor event table)"}


@dataclass(frozen=True, slots=True)
class ImportSummary:
    file: str
    format: str
    rows: int
    added: int
    batch_id: int | None
    already_imported: bool = False
    dry_run: bool = False
    change: StoreChange = field(default_factory=StoreChange)

    def describe(self) -> str:
        if self.already_imported:
            return f"{self.file}: already imported (batch {self.batch_id}); nothing changed."
        verb = "would add" if self.dry_run else "added"
        return f"{self.file}: {self.rows} rows read as {FORMATS[self.format]}; {verb} {self.added}."


def detect_format(path: Path) -> str:
    """Which of remonitor's tables a file is, judged from its first line."""
    name = path.name
    try:
        with path.open("rb") as fh:
            head = fh.read(64 * 1024)
    except OSError as exc:
        raise ImportFailed([ImportProblem(name, None, None, f"cannot be read: {exc}")]) from exc
    if not head.strip():
        raise ImportFailed([ImportProblem(name, None, None, "the file is empty")])
    if b"\x00" in head:
        raise ImportFailed([ImportProblem(
            name, None, None, "is a binary file, not a text table (is it a zip or an image?)")])
    first_line = head.split(b"\n", 1)[0]
    try:
        header_text = first_line.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFailed([ImportProblem(
            name, 1, None, f"is not UTF-8 text (byte {exc.start}); save it as UTF-8 CSV")]
        ) from exc
    header = {h.strip() for h in next(csv.reader([header_text]), [])}
    if set(event_table.REQUIRED) <= header:
        return "remonitor-events-csv"
    if set(long_table.REQUIRED) <= header:
        return long_table.FORMAT
    raise ImportFailed([ImportProblem(
        name, 1, None,
        "is not a format remonitor knows yet: a figures table needs the columns "
        f"{', '.join(long_table.REQUIRED)}; an events table {', '.join(event_table.REQUIRED)}",
    )])


def import_file(
    conn: sqlite3.Connection,
    path: Path,
    *,
    release_date: date | None = None,
    dry_run: bool = False,
    is_cancelled: Callable[[], bool] = lambda: False,
) -> ImportSummary:
    """Parse, validate and commit ``path`` as one batch. Raises ImportFailed, writes nothing."""
    path = Path(path)
    if not path.is_file():
        raise ImportFailed([ImportProblem(path.name, None, None, "no such file")])
    fmt = detect_format(path)
    digest = file_hash(path)
    held = find_by_hash(conn, digest)
    if held is not None:
        return ImportSummary(path.name, fmt, 0, 0, held.id, already_imported=True)
    is_events = fmt == "remonitor-events-csv"
    rows = event_table.parse_event_table(path) if is_events else long_table.parse_long_table(path)
    if dry_run:
        return ImportSummary(path.name, fmt, len(rows), len(rows), None, dry_run=True)
    release = release_date or date.fromtimestamp(path.stat().st_mtime)
    with transaction(conn):
        batch = create_batch(conn, file_name=path.name, file_hash=digest, format=fmt,
                             release_date=release)
        if is_events:
            insert_events(conn, rows, batch)
            added, change = len(rows), StoreChange(events=True, batches=True)
        else:
            added, series = insert_observations(conn, batch, rows)
            change = StoreChange(series_ids=series, batches=True)
        if is_cancelled():
            raise ImportCancelled
        record_counts(conn, batch, read=len(rows), added=added)
    return ImportSummary(path.name, fmt, len(rows), added, batch, change=change)


class ImportCancelled(Exception):
    """The user cancelled; the transaction was rolled back."""
