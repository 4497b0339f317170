"""Background tasks on a thread pool: progress, result, error, finished, cooperative cancel.

A task function takes a :class:`TaskContext` and returns its result. Signals are relayed
through the task's handle, which lives on the GUI thread and drops the result and error of
a cancelled task at delivery time, so a cancelled task delivers nothing even when its
result was already queued.
"""

from __future__ import annotations

import collections
import logging
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from remonitor.importers.problems import ImportFailed
from remonitor.store.access import open_for_reading
from remonitor.store.errors import StoreError, explain_sqlite

log = logging.getLogger(__name__)
PROGRESS_INTERVAL_S = 0.05


class TaskCancelled(Exception):
    """Raised inside a task by :meth:`TaskContext.check` once cancel was asked for."""


@dataclass(frozen=True, slots=True)
class TaskError:
    """An exception carried to the GUI thread as data."""

    task: str
    message: str
    details: str
    kind: str

    @classmethod
    def from_exception(cls, task: str, exc: BaseException) -> TaskError:
        # Errors written for users (store, import) need no traceback to be understood.
        expected = isinstance(exc, StoreError | ImportFailed)
        details = "" if expected else "".join(traceback.format_exception(exc))
        plain = explain_sqlite(exc)
        if plain is not None:
            return cls(task, plain, f"SQLite said: {exc}", type(exc).__name__)
        return cls(task, str(exc) or type(exc).__name__, details, type(exc).__name__)


class TaskContext:
    """What a running task sees: a cancel flag and a throttled progress reporter."""

    def __init__(self, handle: TaskHandle) -> None:
        self._handle = handle
        self._last = 0.0

    @property
    def cancelled(self) -> bool:
        return self._handle.cancel_requested

    def check(self) -> None:
        if self.cancelled:
            raise TaskCancelled

    def progress(self, done: int, total: int | None = None, message: str = "",
                 force: bool = False) -> None:
        now = time.monotonic()
        if force or now - self._last >= PROGRESS_INTERVAL_S:
            self._last = now
            _emit(self._handle._progress, done, -1 if total is None else total, message)


class TaskHandle(QObject):
    """The GUI thread's view of one task."""

    sig_progress = Signal(int, int, str)
    """done, total (-1 when unknown), message — throttled."""
    sig_result = Signal(object)
    """The task's return value; never emitted once cancel was asked for."""
    sig_error = Signal(object)
    """A :class:`TaskError`; never emitted once cancel was asked for."""
    sig_finished = Signal()
    """Always emitted last, cancelled or not."""

    _progress = Signal(int, int, str)
    _result = Signal(object)
    _error = Signal(object)
    _finished = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._cancel = threading.Event()
        self.done = False
        self.created = time.monotonic()
        self.begun: float | None = None
        """When a worker started it (None while queued)."""
        self.finished_at: float | None = None
        self.last_progress: tuple[int, int, str] = (0, -1, "")
        self.error: TaskError | None = None
        self.superseded = False
        """Cancelled because a newer request of the same kind replaced it."""
        self._progress.connect(self._on_progress)
        self._result.connect(self._on_result)
        self._error.connect(self._on_error)
        self._finished.connect(self._on_finished)

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def state(self) -> str:
        """queued, running, done, failed or cancelled (what the task list shows)."""
        if self.error is not None:
            return "failed"
        if self.cancel_requested:
            if self.superseded:
                return "replaced"
            return "cancelled" if self.done else "cancelling"
        if self.done:
            return "done"
        return "running" if self.begun is not None else "queued"

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, message: str) -> None:
        self.last_progress = (done, total, message)
        if not self.cancel_requested:
            self.sig_progress.emit(done, total, message)

    @Slot(object)
    def _on_result(self, value: object) -> None:
        if not self.cancel_requested:
            self.sig_result.emit(value)

    @Slot(object)
    def _on_error(self, error: object) -> None:
        if not self.cancel_requested:
            self.error = error
            log.error("task %s failed: %s\n%s", self.name, error.message, error.details)
            self.sig_error.emit(error)

    @Slot()
    def _on_finished(self) -> None:
        self.done = True
        self.finished_at = time.monotonic()
        self.sig_finished.emit()


def _emit(signal, *args) -> None:
    """Emit from a worker; if the handle's owner is gone, nobody is left to tell."""
    try:
        signal.emit(*args)
    except RuntimeError:
        log.debug("task result dropped: its handle was deleted")


def run_task(handle: TaskHandle, fn: Callable[[TaskContext], Any]) -> None:
    """Run ``fn`` and report through ``handle``'s thread-safe relay signals."""
    ctx = TaskContext(handle)
    handle.begun = time.monotonic()
    try:
        if not handle.cancel_requested:
            value = fn(ctx)
            if not handle.cancel_requested:
                _emit(handle._result, value)
    except TaskCancelled:
        pass
    except Exception as exc:
        _emit(handle._error, TaskError.from_exception(handle.name, exc))
    finally:
        _emit(handle._finished)


class _Runnable(QRunnable):
    def __init__(self, handle: TaskHandle, fn: Callable[[TaskContext], Any]) -> None:
        super().__init__()
        self.handle = handle
        self.fn = fn

    def run(self) -> None:
        run_task(self.handle, self.fn)


class InlinePool:
    """A stand-in for QThreadPool that runs each task at once on the calling thread."""

    def start(self, runnable: QRunnable) -> None:
        runnable.run()

    def waitForDone(self, msecs: int = -1) -> bool:
        return True

    def clear(self) -> None:
        pass


class RecentTasks:
    """Handles of running and recently finished tasks, oldest first, bounded.

    Handles are parented to their runner, so a reference dropped on a worker thread can
    never destroy one there; a finished handle is released (on the GUI thread) only once
    ``keep`` newer tasks have started, long after its worker let go of it.
    """

    def __init__(self, keep: int = 200) -> None:
        self.keep = keep
        self._items: collections.deque[TaskHandle] = collections.deque()

    def add(self, handle: TaskHandle) -> None:
        self._items.append(handle)
        while len(self._items) > self.keep and self._items[0].done:
            self._items.popleft().setParent(None)

    def __iter__(self):
        return iter(list(self._items))

    @property
    def running(self) -> list[TaskHandle]:
        return [h for h in self._items if not h.done]


class TaskRunner(QObject):
    """Starts read tasks on a pool; each read opens its own connection on its own thread."""

    sig_task_started = Signal(object)
    """A :class:`TaskHandle` that just started (the task list shows it)."""

    def __init__(self, db_path: Path, pool: QThreadPool | InlinePool | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.pool = pool if pool is not None else QThreadPool.globalInstance()
        self.recent = RecentTasks()
        self._latest: dict[str, TaskHandle] = {}

    def run(self, name: str, fn: Callable[[TaskContext], Any], *,
            latest: str | None = None) -> TaskHandle:
        """Start ``fn(ctx)`` on the pool. With ``latest``, the task replaces (cancels) the
        previous one started under the same key: the newest request wins and a stale
        result is never delivered."""
        if latest is not None:
            previous = self._latest.get(latest)
            if previous is not None:
                previous.superseded = not previous.done
                previous.cancel()
        handle = TaskHandle(name, self)
        if latest is not None:
            self._latest[latest] = handle
        self.recent.add(handle)
        self.sig_task_started.emit(handle)
        self.pool.start(_Runnable(handle, fn))
        return handle

    def cancel_latest(self, latest: str) -> None:
        """Cancel the task last started under ``latest`` (its answer is no longer wanted)."""
        previous = self._latest.pop(latest, None)
        if previous is not None:
            previous.cancel()

    def read(self, name: str, fn: Callable[[Any, TaskContext], Any], *,
             latest: str | None = None) -> TaskHandle:
        """Run ``fn(connection, ctx)`` with a fresh read-only connection."""
        path = self.db_path

        def task(ctx: TaskContext) -> Any:
            conn = open_for_reading(path)
            if hasattr(conn, "set_progress_handler"):
                # A cancelled read (a newer keystroke, a closed window) stops inside SQLite
                # too.
                conn.set_progress_handler(lambda: int(ctx.cancelled), 10_000)
            try:
                return fn(conn, ctx)
            finally:
                conn.close()

        return self.run(name, task, latest=latest)

    @property
    def running(self) -> list[TaskHandle]:
        return self.recent.running

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Cancel every task and wait for the pool; True when all have stopped."""
        for handle in self.recent.running:
            handle.cancel()
        self.pool.clear()
        return self.pool.waitForDone(timeout_ms)
