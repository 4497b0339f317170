"""Writes of the import dialog, the inbox and the command line: a planned file committed
as one batch, a batch undone, a mapping saved as a profile."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from remonitor.core.changes import StoreChange
from remonitor.core.text import translate
from remonitor.edits import Edit
from remonitor.store.batches import undo_batch
from remonitor.store.profiles import save_profile as store_profile

if TYPE_CHECKING:
    from remonitor.importers.plan import ImportPlan


def commit_import(plan: ImportPlan, release_date: date | None = None,
                  skip_bad_rows: bool = False, digest: str | None = None) -> Edit:
    """Store a checked plan as one batch, in one transaction, with progress and cancel;
    the result is the ImportSummary, which names what changed. ``digest``: the file's
    hash when the caller took it before planning (reading a big file again costs)."""
    def write(conn, ctx):
        # Imported here, on the writer: the readers and their formats load when a file is
        # committed, not with the window (the undo below is all start-up needs).
        from remonitor.importers.commit import commit_plan
        from remonitor.importers.text import file_hash

        return commit_plan(conn, plan, file_hash=digest or file_hash(plan.file),
                           release_date=release_date, skip_bad_rows=skip_bad_rows,
                           progress=lambda d, t, m="": ctx.progress(d, t, m),
                           is_cancelled=lambda: ctx.cancelled)

    return Edit(translate("Edits", "import {file}").format(file=plan.file.name), write)


def undo_import(batch_id: int) -> Edit:
    """Remove a batch and what it brought (a bundled batch stays removed)."""
    return Edit(translate("Edits", "undo import"),
                lambda conn, ctx: undo_batch(conn, batch_id))


def save_profile(name: str, signature: str, mapping_json: str) -> Edit:
    """Keep a mapping for files of the same header shape."""
    return Edit(translate("Edits", "save profile {name}").format(name=name),
                lambda conn, ctx: store_profile(conn, name, signature, mapping_json),
                StoreChange())
