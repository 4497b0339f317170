"""Opening the database: checks before touching the file, pragmas on every connection."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from remonitor.store.errors import StoreUnavailable

BUSY_TIMEOUT_MS = 5000
_SQLITE_HEADER = b"SQLite format 3\x00"


def check_database_file(path: Path) -> None:
    """Refuse a file that exists but is not a readable, writable SQLite database.

    Runs before SQLite opens it, so a corrupt or foreign file is never overwritten.
    """
    if not path.exists():
        return
    if path.is_dir():
        raise StoreUnavailable(path, "is a folder, not a database file.", "Move it aside.")
    try:
        with path.open("rb") as fh:
            header = fh.read(len(_SQLITE_HEADER))
    except OSError as exc:
        raise StoreUnavailable(
            path,
            f"the database file cannot be read ({exc.strerror or exc}).",
            "Fix the file's permissions (it should be yours, mode 600). "
            "remonitor has not changed it.",
        ) from exc
    if header and header != _SQLITE_HEADER:
        raise StoreUnavailable(
            path,
            "is not a remonitor database (the file is damaged or is another kind of file).",
            "remonitor has not changed it. Move it aside and restart to begin with a new "
            "store, restore it from a backup, or start with --data-dir pointing elsewhere.",
        )
    if not os.access(path, os.W_OK):
        raise StoreUnavailable(
            path,
            "the database file is read-only for you.",
            "Fix its permissions (it should be yours, mode 600). remonitor has not changed it.",
        )


def connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """A connection for the calling thread only, in autocommit mode.

    Transactions are opened explicitly with :func:`transaction`. Foreign keys are set here
    because SQLite ignores the pragma inside a transaction.
    """
    check_database_file(path)
    is_new = not path.exists()
    try:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=True)
    except sqlite3.Error as exc:
        raise StoreUnavailable(path, f"cannot be opened ({exc}).") from exc
    if is_new and os.name == "posix":
        path.chmod(0o600)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        if readonly:
            conn.execute("PRAGMA query_only = ON")
        else:
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() != "wal":
                raise StoreUnavailable(
                    path,
                    f"SQLite could not use write-ahead logging here (mode {mode}).",
                    "Keep the data folder on a local disk; network folders are not supported.",
                )
            conn.execute("PRAGMA synchronous = NORMAL")
            # 64 MiB of page cache (default 2 MiB): big imports stop re-reading index pages.
            conn.execute("PRAGMA cache_size = -65536")
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreUnavailable(
            path,
            f"the database is damaged ({exc}).",
            "remonitor has not changed it. Restore it from a backup, or move it aside "
            "and restart to begin with a new store.",
        ) from exc
    return conn


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection, *, immediate: bool = True) -> Iterator[None]:
    """One explicit transaction: everything inside commits together or not at all."""
    conn.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")
    try:
        yield
    except BaseException:
        # SQLite may have rolled back already (a full disk, an I/O error): a second ROLLBACK
        # would raise and hide the error that matters.
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def rollback_if_open(conn: sqlite3.Connection) -> bool:
    """Roll back a transaction a failed job left open; True if there was one."""
    if not conn.in_transaction:
        return False
    conn.execute("ROLLBACK")
    return True
