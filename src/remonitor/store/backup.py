"""Backups of the store: rolling copies made with SQLite's online backup API (consistent
while the app runs), checked before they are trusted, and a restore that keeps the current
file aside instead of overwriting it.

Made once a day at start-up, before every migration, and before every import larger than
a threshold; the newest ``KEEP`` are kept. A copy is written as ``.part`` and renamed, so a
crash mid-backup never leaves a half file that looks like a backup.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from remonitor.core.text import translate
from remonitor.store.location import subfolder

KEEP = 10
BIG_IMPORT_BYTES = 50 * 1024 * 1024
"""An import this large is preceded by a backup."""
SUFFIX = ".sqlite3"


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
        except (IndexError, ValueError):
            continue
        st = path.stat()
        found.append((st.st_mtime_ns, Backup(path, made, parts[3] if len(parts) > 3 else "",
                                             st.st_size)))
    return [b for _, b in sorted(found, key=lambda f: (f[1].made, f[0]), reverse=True)]


def make_backup(conn: sqlite3.Connection, db_path: Path, reason: str, keep: int = KEEP,
                pages_per_step: int = 4096, progress=None) -> Path:
    """Copy the open store ``conn`` into the backups folder; returns the new file."""
    folder = backups_dir(db_path)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"remonitor-{stamp}-{reason}{SUFFIX}"
    n = 2
    while target.exists():
        target = folder / f"remonitor-{stamp}-{reason}{n}{SUFFIX}"
        n += 1
    part = target.with_name(target.name + ".part")
    part.unlink(missing_ok=True)
    out = sqlite3.connect(part)
    try:
        os.chmod(part, 0o600)
        conn.backup(out, pages=pages_per_step,
                    progress=(lambda status, remaining, total: progress(total - remaining,
                                                                         total))
                    if progress else None)
        out.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
    except BaseException:
        out.close()
        part.unlink(missing_ok=True)
        raise
    out.close()
    os.replace(part, target)
    for old in list_backups(db_path)[keep:]:
        old.path.unlink(missing_ok=True)
    return target


def backed_up_today(db_path: Path) -> bool:
    today = datetime.now().date()
    return any(b.made.date() == today for b in list_backups(db_path))


def check_backup(path: Path) -> str:
    """'' if ``path`` is a sound remonitor store this version can open; else why not."""
    from remonitor.store.connection import check_database_file
    from remonitor.store.errors import StoreUnavailable
    from remonitor.store.migrations import LATEST_VERSION

    try:
        check_database_file(path)
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except (StoreUnavailable, sqlite3.Error) as exc:
        return str(exc)
    try:
        verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if verdict != "ok":
            return translate("Backup", "damaged: {verdict}").format(verdict=verdict)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if not 1 <= version <= LATEST_VERSION:
            return translate("Backup", "schema version {version} is not one this remonitor "
                             "reads").format(version=version)
        conn.execute("SELECT count(*) FROM import_batch").fetchone()
    except sqlite3.Error as exc:
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


def restore_backup(db_path: Path, backup: Path) -> Path:
    """Put ``backup`` in place of the store, which must not be open. The current file (if
    any) is kept aside as ``remonitor.sqlite3.before-restore-<time>``; returns that path."""
    why = check_backup(backup)
    if why:
        raise ValueError(f"{backup.name} cannot be restored: {why}")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = db_path.with_name(f"{db_path.name}.before-restore-{stamp}")
    incoming = db_path.with_name(db_path.name + ".restoring")
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    out = sqlite3.connect(incoming)
    try:
        source.backup(out)
    finally:
        source.close()
        out.close()
    os.chmod(incoming, 0o600)
    if db_path.exists():
        os.replace(db_path, aside)
        for extra in ("-wal", "-shm"):
            side = db_path.with_name(db_path.name + extra)
            if side.exists():
                os.replace(side, aside.with_name(aside.name + extra))
    os.replace(incoming, db_path)
    return aside


def db_path_of(conn: sqlite3.Connection) -> Path:
    return Path(conn.execute("PRAGMA database_list").fetchone()[2])


def migrate_safely(conn: sqlite3.Connection) -> list[int]:
    """Migrate to the latest schema, after a backup when there is an older one to change."""
    from remonitor.store.migrations import LATEST_VERSION, migrate, schema_version

    version = schema_version(conn)
    if 0 < version < LATEST_VERSION:
        make_backup(conn, db_path_of(conn), f"before-v{LATEST_VERSION}")
    return migrate(conn)


def daily_backup(conn: sqlite3.Connection) -> Path | None:
    """The start-up backup: once a day, of a store that holds anything."""
    db = db_path_of(conn)
    if backed_up_today(db) or not conn.execute("SELECT EXISTS (SELECT 1 FROM import_batch "
                                               "UNION SELECT 1 FROM licence_application)"
                                               ).fetchone()[0]:
        return None
    return make_backup(conn, db, "daily")
