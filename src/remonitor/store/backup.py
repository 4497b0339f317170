"""Backups of the store: rolling copies made with SQLite's online backup API (consistent
while the app runs), checked before they are trusted, and a restore that keeps the current
file aside instead of overwriting it.

Made once a day at start-up, before every migration, and before every import larger than
a threshold; the newest ``KEEP`` are kept. A copy is written as ``.part-<pid>``, checked with
SQLite's ``quick_check`` and only then renamed into place and counted: a damaged store never
becomes a backup, so it can never push a sound one out of the ten kept, and a copy left by a
killed process is recognised by its dead pid and removed.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from remonitor.core.text import translate
from remonitor.store.connection import open_sqlite
from remonitor.store.dialect import dialect_of
from remonitor.store.errors import StoreDamaged
from remonitor.store.location import subfolder

KEEP = 10
BIG_IMPORT_BYTES = 50 * 1024 * 1024
"""An import this large is preceded by a backup."""
SUFFIX = ".sqlite3"
PART = ".part-"
START_CHECK_BUDGET_S = 0.5
"""How long the check at opening may take (the window waits for it): a store of a few
hundred thousand figures is checked whole; a bigger one as far as the budget goes, and whole
with its daily backup (the copy is checked, which reads every page). At 1.5 s, a 10 M-figure
store started 1.5 s later every time."""


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    made: datetime
    reason: str
    size: int


def backups_dir(db_path: Path) -> Path:
    return subfolder(db_path.parent, "backups")


def list_backups(db_path: Path) -> list[Backup]:
    """Newest first."""
    found = []
    for path in backups_dir(db_path).glob(f"remonitor-*{SUFFIX}"):
        parts = path.stem.split("-", 3)  # remonitor, date, time, reason
        try:
            made = datetime.strptime(f"{parts[1]}-{parts[2]}", "%Y%m%d-%H%M%S")
            st = path.stat()
        except (IndexError, ValueError, OSError):
            continue
        found.append((st.st_mtime_ns, Backup(path, made, parts[3] if len(parts) > 3 else "",
                                             st.st_size)))
    return [b for _, b in sorted(found, key=lambda f: (f[1].made, f[0]), reverse=True)]


def quick_check(conn: sqlite3.Connection, budget_s: float | None = None,
                stop: Callable[[], bool] | None = None) -> str | None:
    """SQLite's ``quick_check`` of ``conn``'s database: '' when sound, else what is wrong;
    None when ``budget_s`` ran out (or ``stop`` said so) before the check was through
    (nothing found so far)."""
    import threading

    deadline = None if budget_s is None else time.monotonic() + budget_s

    def over() -> bool:
        return (deadline is not None and time.monotonic() > deadline) or (
            stop is not None and stop())

    watched = deadline is not None or stop is not None
    done, watcher = threading.Event(), None
    if watched:
        conn.set_progress_handler(lambda: int(over()), 20_000)

        # SQLite calls that handler between the steps of its program, and the check of
        # one b-tree is one step: a 10 M-figure store's check ran 0.7-0.8 s on a 0.5 s
        # budget, and a window closing waited for it. An interrupt from another thread
        # ends it within the step.
        def watch() -> None:
            while not done.wait(0.01):
                if over():
                    conn.interrupt()
                    return

        watcher = threading.Thread(target=watch, name="remonitor-check-watch", daemon=True)
        watcher.start()
    try:
        rows = conn.execute("PRAGMA quick_check(20)").fetchall()
    except sqlite3.OperationalError as exc:
        if "interrupt" in str(exc).lower():
            return None
        return str(exc)
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        done.set()
        if watcher is not None:
            watcher.join()  # no interrupt can reach the verdict's own queries
        if watched:
            conn.set_progress_handler(None, 0)
    return _verdict(conn, [str(r[0]) for r in rows])


_NULL_REPORT = re.compile(r"^NULL value in (\w+)\.(\w+)$")


def _verdict(conn: sqlite3.Connection, lines: list[str]) -> str:
    """The check's lines as one verdict ('' when sound). SQLite 3.40 (Debian 12's) reports
    "NULL value in T.C" for a NOT NULL column declared between the primary-key columns of a
    WITHOUT ROWID table although none is NULL (exchange_rate.per_usd; 3.51 says ok): such a
    line counts only if a NULL is really there."""
    real = []
    for line in lines:
        if line == "ok":
            continue
        m = _NULL_REPORT.match(line)
        if m and _no_nulls(conn, m[1], m[2]):
            continue
        real.append(line)
    return "; ".join(real)


def _no_nulls(conn: sqlite3.Connection, table: str, column: str) -> bool:
    try:
        known = {r[1] for r in conn.execute("SELECT * FROM pragma_table_info(?)", (table,))}
        if column not in known:
            return False
        # Names, not values: both matched \w+ and the column is one the table has.
        return conn.execute(f"SELECT NOT EXISTS (SELECT 1 FROM {table} "
                            f"WHERE {column} IS NULL)").fetchone()[0] == 1
    except sqlite3.Error:
        return False


def check_open_store(conn: sqlite3.Connection, budget_s: float = START_CHECK_BUDGET_S,
                     stop: Callable[[], bool] | None = None) -> None:
    """Before the store is trusted: raise StoreDamaged if SQLite finds damage within the
    budget (the rest of a big store is checked with its next backup); ``stop``: the
    window is closing, the check ends at once."""
    verdict = quick_check(conn, budget_s, stop)
    if verdict:
        raise StoreDamaged(db_path_of(conn), damaged_words(verdict), translate(
            "Backup", "remonitor has not changed it. Restore a backup (it is offered if there "
            "is a sound one), or move the file aside and restart to begin with a new store."))


def damaged_words(verdict: str) -> str:
    return translate("Backup", "is damaged (SQLite's check says: {verdict}).").format(
        verdict=verdict[:300])


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_parts(folder: Path) -> int:
    """Delete the partial copies of backups whose process is gone (killed mid-copy);
    returns how many files went."""
    removed = 0
    for part in folder.glob(f"remonitor-*{SUFFIX}.part*"):
        tail = part.name.split(PART, 1)[1] if PART in part.name else ""
        pid = tail.split("-", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and _pid_alive(int(pid)):
            continue  # another remonitor is copying right now
        if pid.isdigit() and int(pid) == os.getpid():
            continue
        with contextlib.suppress(OSError):
            part.unlink()
            removed += 1
    return removed


def make_backup(conn: sqlite3.Connection, db_path: Path | None, reason: str, keep: int = KEEP,
                pages_per_step: int = 4096, progress=None) -> Path | None:
    """Copy the open store ``conn`` into the backups folder; returns the new file. Raises
    StoreDamaged (and keeps every existing backup) if the copy is not sound.

    The copy is taken in steps of ``pages_per_step`` pages under one read transaction of
    ``conn``: it is the store as it was when the copy began, and in WAL mode the writer goes
    on committing meanwhile (a step never waits for it, nor it for a step). ``progress(done,
    total)`` after each step; raising from it (a cancel) stops the copy and leaves nothing
    behind. A team store's backups are its server's business (pg_dump): None."""
    if dialect_of(conn).is_postgresql:
        return None
    folder = backups_dir(db_path)
    remove_stale_parts(folder)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"remonitor-{stamp}-{reason}{SUFFIX}"
    n = 2
    while target.exists():
        target = folder / f"remonitor-{stamp}-{reason}{n}{SUFFIX}"
        n += 1
    part = target.with_name(f"{target.name}{PART}{os.getpid()}")
    part.unlink(missing_ok=True)
    out = open_sqlite(part)
    snapshot = not conn.in_transaction
    try:
        os.chmod(part, 0o600)
        if snapshot:  # one snapshot for every step: no restart when the writer commits
            conn.execute("BEGIN")
            conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone()
        conn.backup(out, pages=pages_per_step,
                    progress=(lambda status, remaining, total: progress(total - remaining,
                                                                         total))
                    if progress else None)
        if snapshot:
            conn.execute("COMMIT")
            snapshot = False
        out.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        verdict = quick_check(out)  # reads every page of the copy: the store's too
    except BaseException:
        if snapshot and conn.in_transaction:
            conn.execute("ROLLBACK")
        out.close()
        part.unlink(missing_ok=True)
        raise
    out.close()
    if verdict:
        part.unlink(missing_ok=True)
        raise StoreDamaged(db_path, damaged_words(verdict), translate(
            "Backup", "No backup was made of it, and the sound backups are all kept. Restore "
            "one (File → Restore from backup…)."))
    os.replace(part, target)
    for old in list_backups(db_path)[keep:]:
        old.path.unlink(missing_ok=True)
    return target


def backed_up_today(db_path: Path) -> bool:
    today = datetime.now().date()
    return any(b.made.date() == today for b in list_backups(db_path))


def check_backup(path: Path) -> str:
    """'' if ``path`` is a sound remonitor store this version can open; else why not."""
    from remonitor.store.connection import NOT_A_DATABASE, check_database_file
    from remonitor.store.errors import StoreUnavailable
    from remonitor.store.migrations import LATEST_VERSION

    try:
        check_database_file(path)
        conn = open_sqlite(f"file:{path}?mode=ro", uri=True)
    except StoreUnavailable as exc:
        return exc.problem
    except sqlite3.Error as exc:
        return str(exc)
    try:
        verdict = _verdict(conn, [str(r[0]) for r in conn.execute("PRAGMA integrity_check")])
        if verdict:
            return translate("Backup", "damaged: {verdict}").format(verdict=verdict)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if not 1 <= version <= LATEST_VERSION:
            return translate("Backup", "schema version {version} is not one this remonitor "
                             "reads").format(version=version)
        conn.execute("SELECT count(*) FROM import_batch").fetchone()
    except sqlite3.Error as exc:
        if "not a database" in str(exc):
            return NOT_A_DATABASE
        return translate("Backup", "not a remonitor store ({why})").format(why=exc)
    finally:
        conn.close()
    return ""


def latest_sound_backup(db_path: Path) -> Backup | None:
    """The newest backup that passes :func:`check_backup` (for a store that will not open)."""
    try:
        found = list_backups(db_path)
    except OSError:
        return None
    return next((b for b in found if not check_backup(b.path)), None)


RESTORING = ".restoring"


def restore_backup(db_path: Path, backup: Path) -> Path:
    """Put ``backup`` in place of the store, which must not be open. The current file (if
    any) is kept aside as ``remonitor.sqlite3.before-restore-<time>``; returns that path.

    At every moment there is a store to open: the backup is first copied whole beside it
    (``.restoring``, renamed from a partial name once complete), the current file is linked
    aside, and one rename swaps the copy in. A restore interrupted after the copy is
    finished by :func:`finish_interrupted_restore` at the next start; one interrupted
    before it changed nothing.
    """
    why = check_backup(backup)
    if why:
        raise ValueError(f"{backup.name} cannot be restored: {why}")
    incoming = db_path.with_name(db_path.name + RESTORING)
    partial = incoming.with_name(incoming.name + ".part")
    partial.unlink(missing_ok=True)
    source = open_sqlite(f"file:{backup}?mode=ro", uri=True)
    out = open_sqlite(partial)
    try:
        source.backup(out)
        out.execute("PRAGMA journal_mode = DELETE")
    finally:
        source.close()
        out.close()
    os.chmod(partial, 0o600)
    _fsync(partial)
    os.replace(partial, incoming)
    return _swap_in(db_path, incoming)


def _swap_in(db_path: Path, incoming: Path) -> Path:
    aside = _aside_of(db_path) or db_path.with_name(
        f"{db_path.name}.before-restore-{datetime.now():%Y%m%d-%H%M%S}")
    if db_path.exists() and not aside.exists():
        # Linked, not moved: the store stays in place until the one rename below.
        for extra in ("", "-wal", "-shm"):
            side = db_path.with_name(db_path.name + extra)
            if side.exists():
                os.link(side, aside.with_name(aside.name + extra))
    for extra in ("-wal", "-shm"):  # the old store's log must never meet the new file
        db_path.with_name(db_path.name + extra).unlink(missing_ok=True)
    os.replace(incoming, db_path)
    return aside


def _kept_aside(db_path: Path) -> list[Path]:
    return sorted(p for p in db_path.parent.glob(f"{db_path.name}.before-restore-*")
                  if not p.name.endswith(("-wal", "-shm")))


def _aside_of(db_path: Path) -> Path | None:
    """The file kept aside that is the current store itself (a restore interrupted after
    linking it)."""
    try:
        st = db_path.stat()
    except OSError:
        return None
    return next((p for p in _kept_aside(db_path)
                 if (p.stat().st_dev, p.stat().st_ino) == (st.st_dev, st.st_ino)), None)


def finish_interrupted_restore(db_path: Path) -> Path | None:
    """At start, before the store opens: a restore that stopped after its copy was complete
    is carried through (the user asked for it); one that stopped earlier is undone, so the
    store is never missing. Returns the file kept aside when a restore was finished."""
    db_path.with_name(db_path.name + RESTORING + ".part").unlink(missing_ok=True)
    incoming = db_path.with_name(db_path.name + RESTORING)
    if not incoming.exists():
        return None
    if not check_backup(incoming):
        return _swap_in(db_path, incoming)
    incoming.unlink()  # an incomplete copy (left by an older remonitor)
    kept = _kept_aside(db_path)
    if not db_path.exists() and kept:  # that older remonitor had moved the store aside
        for extra in ("", "-wal", "-shm"):
            side = kept[-1].with_name(kept[-1].name + extra)
            if side.exists():
                os.replace(side, db_path.with_name(db_path.name + extra))
    return None


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def db_path_of(conn: sqlite3.Connection) -> Path | None:
    """The store's file; None for a team store (it has none)."""
    if dialect_of(conn).is_postgresql:
        return None
    return Path(conn.execute("PRAGMA database_list").fetchone()[2])


def migrate_safely(conn: sqlite3.Connection) -> list[int]:
    """Migrate to the latest schema, after a backup when there is an older one to change."""
    from remonitor.store.migrations import LATEST_VERSION, migrate, schema_version

    version = schema_version(conn)
    if 0 < version < LATEST_VERSION:
        make_backup(conn, db_path_of(conn), f"before-v{LATEST_VERSION}")
    return migrate(conn)


def daily_backup(conn: sqlite3.Connection, progress=None) -> Path | None:
    """The start-up backup: once a day, of a store that holds anything. ``conn`` may be a
    read-only connection: the copy is a snapshot taken in steps (make_backup). None on a
    team store: its backups are its server's (pg_dump)."""
    db = db_path_of(conn)
    if db is None or backed_up_today(db) or not conn.execute(
            "SELECT EXISTS (SELECT 1 FROM import_batch UNION SELECT 1 FROM "
            "licence_application)").fetchone()[0]:
        return None
    return make_backup(conn, db, "daily", pages_per_step=1024, progress=progress)


def open_checked(db_path: Path, readable: Callable[[], None] | None = None,
                 stop: Callable[[], bool] | None = None) -> sqlite3.Connection:
    """The write connection of a session (the window's writer, a command): an interrupted
    restore finished first, the store checked before it is trusted, then migrated.
    ``readable`` is called before the check when the store holds the schema this
    remonitor reads: reads may start meanwhile (a big store's check takes its whole
    budget), nothing is written before the check is through. ``stop``: see
    check_open_store."""
    from remonitor.store.connection import connect
    from remonitor.store.migrations import LATEST_VERSION, schema_version

    finish_interrupted_restore(db_path)
    conn = connect(db_path)
    try:
        if readable is not None and schema_version(conn) == LATEST_VERSION:
            readable()
        check_open_store(conn, stop=stop)
        migrate_safely(conn)  # a backup first when an older schema changes
    except BaseException:
        conn.close()
        raise
    return conn
