"""Documents kept with an application: copied into the data folder (the desk's evidence
must not depend on a download folder), named by content, recorded with the history."""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import stat
from pathlib import Path

from remonitor.core.licence import Document
from remonitor.store.audit import current_user, now_iso, write_history
from remonitor.store.connection import is_store_file, transaction

DOCUMENTS = "documents"
MAX_DOCUMENT_BYTES = 200 * 1024 * 1024

def _safe_name(name: str) -> str:
    name = re.sub(r"[\x00-\x1f/\\:*?\"<>|]", "_", name).strip(" .")
    return name[:120] or "document"


def attach_document(conn: sqlite3.Connection, data_dir: Path, app_id: int,
                    source: Path) -> int:
    """Copy ``source`` into ``data_dir/documents/<app>/`` and record it. A copy that cannot
    be recorded is removed again, so the folder never holds an unrecorded file.

    The file is opened once, without waiting (a pipe would otherwise block the writer for
    ever), checked to be a regular file that is not the store itself, and read once: hashed
    while it is copied, never past the size limit (a file still growing, /dev/zero)."""
    if is_store_file(source):
        raise ValueError(f"{source.name} is remonitor's own store; it cannot be attached.")
    try:
        fd = os.open(source, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise ValueError(f"{source.name}: cannot be read ({exc.strerror or exc}).") from exc
    folder = data_dir / DOCUMENTS / str(app_id)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    partial = folder / f".attaching-{os.getpid()}.part"
    digest = hashlib.sha256()
    size = 0
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise ValueError(f"{source.name} is not a regular file (a pipe, a device or a "
                             "folder); only files can be attached.")
        with os.fdopen(fd, "rb") as fh, open(partial, "wb") as out:
            fd = -1
            os.chmod(partial, 0o600)
            for block in iter(lambda: fh.read(1 << 20), b""):
                size += len(block)
                if size > MAX_DOCUMENT_BYTES:
                    raise ValueError(f"{source.name}: larger than the "
                                     f"{MAX_DOCUMENT_BYTES // 2**20} MiB a document may be.")
                digest.update(block)
                out.write(block)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        if fd >= 0:
            os.close(fd)
    sha = digest.hexdigest()
    relative = Path(DOCUMENTS) / str(app_id) / f"{sha[:12]}-{_safe_name(source.name)}"
    target = data_dir / relative
    created = not target.exists()
    if created:
        os.replace(partial, target)
    else:
        partial.unlink(missing_ok=True)
    try:
        return add_document(conn, app_id, source.name, relative.as_posix(), sha, size)
    except BaseException as exc:
        if created:
            target.unlink(missing_ok=True)
        if isinstance(exc, sqlite3.IntegrityError) and "stored_as" in str(exc):
            raise ValueError(f"{source.name} is already attached to this application."
                             ) from None
        raise


def documents(conn: sqlite3.Connection, app_id: int) -> list[Document]:
    return [Document(*r) for r in conn.execute(
        "SELECT id, name, stored_as, sha256, size, added_at, added_by FROM licence_document "
        "WHERE application_id = ? ORDER BY id", (app_id,))]


def add_document(conn: sqlite3.Connection, app_id: int, name: str, stored_as: str,
                 sha256: str, size: int) -> int:
    """Record a document already copied into the data folder, with its history entry, in
    one transaction."""
    with transaction(conn):
        if conn.execute("SELECT 1 FROM licence_application WHERE id = ?",
                        (app_id,)).fetchone() is None:
            raise KeyError(f"no licence application {app_id}")
        stamp = now_iso()
        cur = conn.execute(
            "INSERT INTO licence_document (application_id, name, stored_as, sha256, size, "
            "added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (app_id, name, stored_as, sha256, size, stamp, current_user()))
        document_id = int(cur.fetchone()[0])
        conn.execute("UPDATE licence_application SET updated_at = ?, "
                     "row_version = row_version + 1 WHERE id = ?",
                     (stamp, app_id))
        write_history(conn, app_id, [("document", None, f"{name} (sha256 {sha256[:12]})")], "",
                 stamp)
        return document_id
