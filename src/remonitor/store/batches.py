"""Import batches: one per imported file (or bundled dataset version), undoable whole."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from remonitor.core.changes import StoreChange
from remonitor.store.audit import current_user, now_iso
from remonitor.store.observations import summarise_series


@dataclass(frozen=True, slots=True)
class Batch:
    id: int
    file_name: str
    file_hash: str
    format: str
    release_date: date
    imported_at: str
    imported_by: str
    rows_added: int
    reference_version: int | None


def create_batch(
    conn: sqlite3.Connection,
    *,
    file_name: str,
    file_hash: str,
    format: str,
    release_date: date,
    reference_version: int | None = None,
    note: str = "",
) -> int:
    cur = conn.execute(
        """INSERT INTO import_batch (file_name, file_hash, format, release_date, imported_at,
                                     imported_by, reference_version, note)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""",
        (file_name, file_hash, format, release_date.isoformat(), now_iso(), current_user(),
         reference_version, note),
    )
    return int(cur.fetchone()[0])


def record_counts(conn: sqlite3.Connection, batch_id: int, *, read: int, added: int,
                  revised: int = 0, skipped: int = 0) -> None:
    conn.execute(
        """UPDATE import_batch SET rows_read = ?, rows_added = ?, rows_revised = ?,
                                   rows_skipped = ? WHERE id = ?""",
        (read, added, revised, skipped, batch_id),
    )


def find_by_hash(conn: sqlite3.Connection, file_hash: str) -> Batch | None:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM import_batch WHERE file_hash = ? ORDER BY id DESC LIMIT 1",
        (file_hash,),
    ).fetchone()
    return _batch(row) if row else None


def list_batches(conn: sqlite3.Connection) -> list[Batch]:
    rows = conn.execute(f"SELECT {_COLUMNS} FROM import_batch ORDER BY id").fetchall()
    return [_batch(r) for r in rows]


def remove_batch(conn: sqlite3.Connection, batch_id: int) -> StoreChange:
    """Remove a batch and everything it brought; older vintages show through again.

    Call inside a transaction. Removing a reference-dataset batch is remembered, so the
    bundled data is not loaded again behind the user's back.
    """
    row = conn.execute(
        "SELECT reference_version FROM import_batch WHERE id = ?", (batch_id,)
    ).fetchone()
    if row is None:
        raise KeyError(f"no import batch {batch_id}")
    change = _delete_batch(conn, batch_id)
    if row[0] is not None:
        set_meta(conn, "reference_removed", str(row[0]))
    return change


def replace_reference_batches(conn: sqlite3.Connection) -> StoreChange:
    """Delete every reference-dataset batch, before a newer bundled version is loaded."""
    change = StoreChange()
    for (batch_id,) in conn.execute(
        "SELECT id FROM import_batch WHERE reference_version IS NOT NULL"
    ).fetchall():
        change |= _delete_batch(conn, batch_id)
    return change


def _delete_batch(conn: sqlite3.Connection, batch_id: int) -> StoreChange:
    series = frozenset(
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT series_id FROM observation WHERE batch_id = ?", (batch_id,)
        )
    )
    had_events = conn.execute(
        "SELECT EXISTS (SELECT 1 FROM event WHERE batch_id = ?)", (batch_id,)
    ).fetchone()[0]
    had_rates = conn.execute(
        "SELECT EXISTS (SELECT 1 FROM exchange_rate WHERE batch_id = ?)", (batch_id,)
    ).fetchone()[0]
    conn.execute("DELETE FROM import_batch WHERE id = ?", (batch_id,))  # figures cascade
    summarise_series(conn, series)
    return StoreChange(series_ids=series, events=bool(had_events), batches=True,
                       rates=bool(had_rates))


def get_meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


_COLUMNS = ("id, file_name, file_hash, format, release_date, imported_at, imported_by, "
            "rows_added, reference_version")


def _batch(row: tuple) -> Batch:
    return Batch(row[0], row[1], row[2], row[3], date.fromisoformat(row[4]), row[5], row[6],
                 row[7], row[8])


def undo_batch(conn: sqlite3.Connection, batch_id: int) -> StoreChange:
    """Remove a batch in its own transaction; earlier vintages show through again."""
    from remonitor.store.connection import transaction

    with transaction(conn):
        return remove_batch(conn, batch_id)
