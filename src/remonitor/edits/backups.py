"""The day's backup, as a task: a snapshot copied in steps on a read connection."""

from __future__ import annotations

from pathlib import Path

from remonitor.core.text import translate
from remonitor.store.backup import daily_backup as store_daily


def daily_backup_snapshot(conn, ctx) -> Path | None:
    """The day's backup taken on a reader's connection (a task, not a writer job): a
    snapshot copied in steps while the writer goes on committing, its progress in the task
    list, Cancel stopping it between steps. Raises StoreDamaged like :func:`daily_backup`."""

    def progress(done: int, total: int) -> None:
        ctx.check()
        ctx.progress(done, total, translate("Edits", "{done} of {total} pages").format(
            done=f"{done:,}", total=f"{total:,}"))

    return store_daily(conn, progress=progress)

