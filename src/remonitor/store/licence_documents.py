"""Documents kept with an application: copied into the data folder (the desk's evidence
must not depend on a download folder), named by content, recorded with the history."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import sqlite3
from pathlib import Path

from remonitor.store.licences import add_document

DOCUMENTS = "documents"
MAX_DOCUMENT_BYTES = 200 * 1024 * 1024

RUNNABLE = frozenset({
    ".app", ".bat", ".cmd", ".com", ".cpl", ".desktop", ".exe", ".hta", ".jar", ".js",
    ".jse", ".lnk", ".msi", ".msp", ".ps1", ".py", ".pyw", ".reg", ".scr", ".sh", ".vbe",
    ".vbs", ".wsf", ".command", ".appimage", ".run", ".bin",
})
"""Extensions a system viewer would run rather than show: such files are kept, never
opened; the user is shown their folder instead."""


def is_runnable(path: Path | str) -> bool:
    return Path(path).suffix.lower() in RUNNABLE


def _safe_name(name: str) -> str:
    name = re.sub(r"[\x00-\x1f/\\:*?\"<>|]", "_", name).strip(" .")
    return name[:120] or "document"


def attach_document(conn: sqlite3.Connection, data_dir: Path, app_id: int,
                    source: Path) -> int:
    """Copy ``source`` into ``data_dir/documents/<app>/`` and record it. A copy that cannot
    be recorded is removed again, so the folder never holds an unrecorded file."""
    size = source.stat().st_size
    if size > MAX_DOCUMENT_BYTES:
        raise ValueError(f"{source.name}: {size / 1e6:.0f} MB is larger than the "
                         f"{MAX_DOCUMENT_BYTES // 2**20} MiB a document may be.")
    digest = hashlib.sha256()
    with source.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    sha = digest.hexdigest()
    relative = Path(DOCUMENTS) / str(app_id) / f"{sha[:12]}-{_safe_name(source.name)}"
    target = data_dir / relative
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    created = not target.exists()
    if created:
        partial = target.with_name(target.name + ".part")
        shutil.copyfile(source, partial)
        os.chmod(partial, 0o600)
        os.replace(partial, target)
    try:
        return add_document(conn, app_id, source.name, relative.as_posix(), sha, size)
    except BaseException as exc:
        if created:
            target.unlink(missing_ok=True)
        if isinstance(exc, sqlite3.IntegrityError) and "stored_as" in str(exc):
            raise ValueError(f"{source.name} is already attached to this application."
                             ) from None
        raise
