"""Writing one of the tables in remonitor.views.tables to a file, on a worker, with
progress and Cancel: what every panel's export entry does."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from remonitor.workers.tasks import TaskHandle, TaskRunner


def export_table(runner: TaskRunner, name: str, build: Callable, path: Path) -> TaskHandle:
    """``build(conn)`` gives the table (a views.tables.TableView); it is written to
    ``path`` (.csv or .xlsx) on a worker. The task's result is the number of rows."""
    def task(conn, ctx):
        from remonitor.exporters.tables import write_table  # loads when first used

        table = build(conn)
        return write_table(path, table.headers, table.rows, sheet_name=table.name,
                           total=len(table.rows),
                           progress=lambda done, total: ctx.progress(done, total),
                           is_cancelled=lambda: ctx.cancelled)

    return runner.read(name, task)
