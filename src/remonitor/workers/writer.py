"""The store's one writer: a thread that owns the write connection and takes jobs in order.

Every write (an import, a licence save, the reference dataset) is a job. Jobs run one
after another, so a long import and a licence save queue instead of colliding on SQLite's
write lock. After each committed job the writer emits ``sig_store_changed`` naming what
changed.
"""

from __future__ import annotations

import logging
import queue
import threading
import uuid
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from remonitor.core.changes import StoreChange
from remonitor.edits import Edit
from remonitor.store.access import open_for_writing, reconnected
from remonitor.store.connection import rollback_if_open, waiting_reported
from remonitor.store.errors import StoreError, StoreUnreachable
from remonitor.store.team_live import RETRY_WAITS_S, announce
from remonitor.workers.tasks import RecentTasks, TaskContext, TaskError, TaskHandle, run_task

log = logging.getLogger(__name__)

CHECK_HELD_S = 5.0
"""At most this long a readable store's check waits for the window's first paint (a chart
whose read failed never paints)."""


def waiting_message(waited_s: float) -> str:
    return QCoreApplication.translate(
        "StoreWriter", "waiting for another program's write to the store to finish ({s} s)"
    ).format(s=int(waited_s))

WriteFn = Callable[[Any, TaskContext], Any]
"""``fn(connection, ctx)``: does its own transaction; returns a result (see submit)."""


@dataclass(frozen=True, slots=True)
class _Job:
    handle: TaskHandle
    fn: WriteFn
    change: StoreChange | None


def _change_of(result: Any, declared: StoreChange | None) -> StoreChange:
    if declared is not None:
        return declared
    if isinstance(result, StoreChange):
        return result
    change = getattr(result, "change", None)
    return change if isinstance(change, StoreChange) else StoreChange()


class StoreWriter(QThread):
    """Owns the write connection; opened, migrated and prepared on its own thread."""

    instances: ClassVar[weakref.WeakSet[StoreWriter]] = weakref.WeakSet()
    """Every writer created, so tests can fail one that was left running."""

    sig_readable = Signal()
    """A local store holds the schema this remonitor reads: reads may start while it is
    checked (writes wait for the check)."""
    sig_ready = Signal()
    """The database is open and migrated; reads may start."""
    sig_open_failed = Signal(object)
    """A :class:`TaskError`: the store could not be opened. No job will run."""
    sig_store_changed = Signal(object)
    """A :class:`StoreChange` after each committed write that changed something."""
    sig_waiting = Signal(str)
    """A team store's server cannot be reached yet: what it said, and when the writer tries
    again (writes wait in their queue meanwhile)."""

    def __init__(self, db_path: Path, prepare: WriteFn | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("remonitor-store-writer")
        self.db_path = db_path
        """The store: a local file, or a team store's address (store.access)."""
        self.origin = uuid.uuid4().hex
        """This writer's mark on what it tells the desk (its own window knows already)."""
        self._prepare = prepare
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._stopping = threading.Event()
        self._painted: threading.Event | None = None
        self.recent = RecentTasks()
        StoreWriter.instances.add(self)

    def check_after_first_paint(self) -> None:
        """Before start(): a readable store is checked once the window has painted what it
        read (:meth:`painted`), not beside those reads. On two cores the check, the reads
        and the paint otherwise share them, and a 10 M-figure store's check takes its whole
        budget."""
        self._painted = threading.Event()

    def painted(self) -> None:
        """The window has drawn its first chart: the held check may run."""
        if self._painted is not None:
            self._painted.set()

    def _readable(self) -> None:
        self.sig_readable.emit()
        if self._painted is not None:
            self._painted.wait(CHECK_HELD_S)

    def submit(self, name: str, fn: WriteFn, *, change: StoreChange | None = None
               ) -> TaskHandle:
        """Queue a write. The change emitted afterwards is ``change`` if given, else the
        result itself if it is a StoreChange, else the result's ``change`` attribute."""
        handle = TaskHandle(name, self)
        self.recent.add(handle)
        self._jobs.put(_Job(handle, fn, change))
        return handle

    def apply(self, edit: Edit) -> TaskHandle:
        """Queue a named write (remonitor.edits); the change it causes is announced after."""
        return self.submit(edit.name, edit.write, change=edit.change)

    def stop(self, timeout_ms: int = 30_000) -> bool:
        """Cancel queued jobs, let the running one finish or roll back, close the connection."""
        for handle in self.recent.running:
            handle.cancel()
        self._stopping.set()
        self.painted()  # a held check ends at once
        self._jobs.put(None)
        return self.wait(timeout_ms)

    def run(self) -> None:
        try:
            conn = self._open()
            if conn is None:
                return  # stopped before the server came
            if self._stopping.is_set():  # the window closed while the store was checked
                conn.close()
                return
        except Exception as exc:
            log.exception("opening the store failed") if not isinstance(
                exc, StoreError) else log.error("store not opened: %s", exc)
            self.sig_open_failed.emit(TaskError.from_exception("open store", exc))
            return
        held = [conn]  # the connection in use: a team store's may be replaced (reconnected)
        try:
            try:
                change = self._prepare(conn, None) if self._prepare else StoreChange()
            except Exception as exc:
                log.exception("preparing the store failed")
                self.sig_open_failed.emit(TaskError.from_exception("open store", exc))
                return
            self.sig_ready.emit()
            if change:
                self.sig_store_changed.emit(change)
            self._serve(held)
        finally:
            held[0].close()

    def _open(self) -> Any:
        """The write connection. A team store's server that cannot be reached is tried
        again, with growing waits, for as long as the window is open: the window stays up
        and says so (sig_waiting); None if stopped meanwhile."""
        attempt = 0
        while True:
            try:
                return open_for_writing(self.db_path, self._readable,
                                        self._stopping.is_set)
            except StoreUnreachable as exc:
                wait = RETRY_WAITS_S[min(attempt, len(RETRY_WAITS_S) - 1)]
                attempt += 1
                log.warning("team store not reached (%s); again in %s s", exc.problem, wait)
                self.sig_waiting.emit(self.tr("{problem} Trying again in {n} s.").format(
                    problem=exc.problem, n=wait))
                if self._stopping.wait(wait):
                    return None

    def _serve(self, held: list) -> None:
        """Run jobs in order on ``held[0]``, the connection (replaced there when a team
        store's server was lost, so the one in use is the one closed at the end)."""
        while True:
            job = self._jobs.get()
            if job is None:
                return
            outcome: list[Any] = []

            def run_job(ctx: TaskContext, job: _Job = job, outcome: list = outcome,
                        held: list = held) -> Any:
                # A team store's server lost since the last job (restarted, failed over):
                # connect again; if it is still away the job fails, saying so, and its
                # dialog keeps what the user entered.
                held[0] = reconnected(held[0], self.db_path)
                with waiting_reported(lambda waited, ctx=ctx: ctx.progress(
                        0, None, waiting_message(waited)), lambda ctx=ctx: ctx.cancelled):
                    result = job.fn(held[0], ctx)
                outcome.append(result)
                return result

            run_task(job.handle, run_job)
            conn = held[0]
            if rollback_if_open(conn):
                # A job that failed without its own rollback must not leave a write open.
                log.error("job %s left a transaction open; rolled back", job.handle.name)
            elif outcome:
                change = _change_of(outcome[0], job.change)
                if change:
                    self.sig_store_changed.emit(change)
                    self._announce(conn, change)

    def _announce(self, conn: Any, change: StoreChange) -> None:
        """Tell the desk (a team store's other windows); a failure to tell loses nothing
        stored, so it is logged, not raised."""
        try:
            announce(conn, change, self.origin)
        except Exception:
            log.warning("could not tell the desk about %s", change.describe(), exc_info=True)
