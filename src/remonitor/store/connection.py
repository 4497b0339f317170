"""Opening the database: checks before touching the file, pragmas on every connection."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from remonitor.store.dialect import dialect_of
from remonitor.store.errors import StoreBusy, StoreUnavailable

BUSY_TIMEOUT_MS = 5000


def check_database_file(path: Path) -> None:
    """Refuse a path that exists but cannot be a usable database: a folder, an empty file,
    a file the user may not read or write.

    Looks only with ``stat``/``access``, never by opening the file: on POSIX, closing any
    descriptor of a file drops every lock the process holds on it, SQLite's included
    (sqlite.org, "How To Corrupt An SQLite Database File", 2.2). A window that opened the
    file here for every read lost its locks; another process then took itself for the
    last user and deleted the write-ahead log the window was still committing into. The
    header is judged by SQLite itself, in :func:`connect`.
    """
    try:
        st = path.stat()
    except FileNotFoundError:
        return
    except OSError as exc:
        raise StoreUnavailable(
            path, f"the database file cannot be read ({exc.strerror or exc}).",
            "Fix the file's permissions (it should be yours, mode 600). "
            "remonitor has not changed it.") from exc
    if stat.S_ISDIR(st.st_mode):
        raise StoreUnavailable(path, "is a folder, not a database file.", "Move it aside.")
    if not stat.S_ISREG(st.st_mode):
        raise StoreUnavailable(path, "is not a regular file (a device or a pipe?).",
                               "Move it aside.")
    if st.st_size == 0:
        raise StoreUnavailable(path, DAMAGED_EMPTY, ADVICE_DAMAGED)
    if not os.access(path, os.R_OK):
        raise StoreUnavailable(
            path, "the database file cannot be read (permission denied).",
            "Fix its permissions (it should be yours, mode 600). remonitor has not changed it.")
    if not os.access(path, os.W_OK):
        raise StoreUnavailable(
            path,
            "the database file is read-only for you.",
            "Fix its permissions (it should be yours, mode 600). remonitor has not changed it.",
        )


DAMAGED_EMPTY = ("is empty (0 bytes): the store it held is gone (a disk that filled up, a "
                 "copy that broke off?).")
ADVICE_DAMAGED = ("remonitor has not changed it. Restore it from a backup, or move it aside "
                  "and restart to begin with a new store.")
NOT_A_DATABASE = ("is not a remonitor database (the file is damaged or is another kind of "
                  "file).")


_store_files: set[tuple[int, int]] = set()
"""(device, inode) of every database this process has connected to."""


def is_store_file(path: Path) -> bool:
    """True if ``path`` is a database this process has open (or its -wal/-shm): such a file
    must never be read outside SQLite (see :func:`check_database_file`) — not as an import,
    an attachment or a feed."""
    name = path.name
    for suffix in ("-wal", "-shm", "-journal"):
        if name.endswith(suffix):
            path = path.with_name(name[: -len(suffix)])
            break
    try:
        st = path.stat()
    except OSError:
        return False
    return (st.st_dev, st.st_ino) in _store_files


opened: Callable[[str], None] | None = None
"""Called with the database's name each time this process opens an SQLite connection (the
Qt tests use it to fail any store access from the GUI thread)."""


def open_sqlite(database: str | Path, *, uri: bool = False, **kwargs) -> sqlite3.Connection:
    """Every SQLite connection of remonitor is opened here (the store, backups, copies)."""
    if opened is not None:
        opened(str(database))
    return sqlite3.connect(database, uri=uri, **kwargs)


def connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """A connection for the calling thread only, in autocommit mode.

    Transactions are opened explicitly with :func:`transaction`. Foreign keys are set here
    because SQLite ignores the pragma inside a transaction.
    """
    check_database_file(path)
    is_new = not path.exists()
    try:
        conn = open_sqlite(path, isolation_level=None, check_same_thread=True)
    except sqlite3.Error as exc:
        raise StoreUnavailable(path, f"cannot be opened ({exc}).") from exc
    if is_new and os.name == "posix":
        path.chmod(0o600)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # Read first: SQLite judges the header, and a foreign file is refused before any
        # pragma could write to it.
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
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
            # 64 MiB of page cache (default 2 MiB): a big import's checks and summaries
            # stop re-reading index pages (its figures are written on a small one:
            # small_page_cache).
            conn.execute("PRAGMA cache_size = -65536")
    except sqlite3.DatabaseError as exc:
        conn.close()
        if "not a database" in str(exc):
            raise StoreUnavailable(path, NOT_A_DATABASE, ADVICE_DAMAGED + " Or start with "
                                   "--data-dir pointing elsewhere.") from exc
        raise StoreUnavailable(path, f"the database is damaged ({exc}).",
                               ADVICE_DAMAGED) from exc
    except BaseException:
        conn.close()
        raise
    st = path.stat()
    _store_files.add((st.st_dev, st.st_ino))
    return conn


WAIT_LIMIT_S = 30 * 60
"""How long a write waits for another writer before giving up (it says so meanwhile)."""
WAIT_STEP_MS = 250


class WaitPolicy(threading.local):
    """How a write on this thread waits for the store's write lock once the busy timeout
    has passed: who hears about it and who may stop it. The writer thread reports into its
    task's progress, the command line onto stderr."""

    def __init__(self) -> None:
        self.report: Callable[[float], None] | None = None
        """Called about every quarter second with the seconds waited so far."""
        self.is_cancelled: Callable[[], bool] = lambda: False
        self.limit_s: float | None = None
        """None: ``WAIT_LIMIT_S``."""


waiting = WaitPolicy()


@contextlib.contextmanager
def waiting_reported(report: Callable[[float], None] | None,
                     is_cancelled: Callable[[], bool] = lambda: False) -> Iterator[None]:
    """Within this block, a write on this thread that finds the store busy reports its wait
    to ``report`` and stops when ``is_cancelled()`` (raising StoreBusy)."""
    before = (waiting.report, waiting.is_cancelled)
    waiting.report, waiting.is_cancelled = report, is_cancelled
    try:
        yield
    finally:
        waiting.report, waiting.is_cancelled = before


def is_busy(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and (
        "locked" in str(exc).lower() or "busy" in str(exc).lower())


def _took_lock(conn: sqlite3.Connection) -> bool:
    try:
        conn.execute("BEGIN IMMEDIATE")
        return True
    except sqlite3.OperationalError as exc:
        if not is_busy(exc):
            raise
        return False


def begin_immediate(conn: sqlite3.Connection) -> None:
    """Take the write lock. A long import in another process (or the window's) can hold it
    far longer than the busy timeout: then wait on, in short steps, reporting the wait and
    honouring cancel, up to the wait limit; only then is the store called busy."""
    if _took_lock(conn):
        return
    started = time.monotonic() - BUSY_TIMEOUT_MS / 1000
    limit = waiting.limit_s if waiting.limit_s is not None else WAIT_LIMIT_S
    conn.execute(f"PRAGMA busy_timeout = {WAIT_STEP_MS}")
    try:
        while True:
            waited = time.monotonic() - started
            if waiting.is_cancelled() or waited > limit:
                raise StoreBusy(store_name(conn), waited,
                                cancelled=waiting.is_cancelled())
            if waiting.report is not None:
                waiting.report(waited)
            if _took_lock(conn):
                return
    finally:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def store_name(conn: sqlite3.Connection) -> str:
    """What a person is told the store is: its file, or a team store's address."""
    address = getattr(conn, "address", None)  # a team store (store.team)
    if address is not None:
        return address
    return conn.execute("PRAGMA database_list").fetchone()[2]


WRITING_CACHE_KIB = 8192


@contextlib.contextmanager
def small_page_cache(conn: sqlite3.Connection, kib: int = WRITING_CACHE_KIB) -> Iterator[None]:
    """A small page cache while figures are written in key order, the usual one after.
    Sorted writes touch each page once, so a big cache only holds dirty pages SQLite must
    manage: 10 M figures went in at 38,454 rows/s with 32 MiB and 45,516 with 8 MiB (peak
    237 and 197 MiB). Only SQLite has one to set."""
    if dialect_of(conn).is_postgresql:
        yield
        return
    before = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = {-int(kib)}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(before)}")


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection, *, immediate: bool = True) -> Iterator[None]:
    """One explicit transaction: everything inside commits together or not at all. (A team
    store's server orders concurrent writers itself: no write lock to take first.)"""
    if dialect_of(conn).is_postgresql:
        conn.execute("BEGIN")
    elif immediate:
        begin_immediate(conn)
    else:
        conn.execute("BEGIN")
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
