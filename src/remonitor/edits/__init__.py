"""Each user action as a named write: its rules, its store calls and the change it causes,
run as a job on the store's writer (the window) or straight on a connection (the command
line). No Qt."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from remonitor.core.changes import StoreChange


class Context(Protocol):
    """What a running write may use: the writer's task context, or the command line's."""

    @property
    def cancelled(self) -> bool: ...

    def progress(self, done: int, total: int | None = None, message: str = "",
                 force: bool = False) -> None: ...


@dataclass(frozen=True)
class Edit:
    """One write: ``write(connection, context)`` does it in its own transaction. ``change``
    is what it changes; None when the result carries it (an import's summary)."""

    name: str
    """What the task list calls it, in the window's language."""
    write: Callable[[Any, Context], Any]
    change: StoreChange | None = None

    def run(self, conn, context: Context | None = None) -> Any:
        """Do it here, on this thread's connection (the command line, tests)."""
        return self.write(conn, context or Quiet())


class Quiet:
    """A context for writes nobody watches: never cancelled, progress unheard."""

    cancelled = False

    def progress(self, done: int, total: int | None = None, message: str = "",
                 force: bool = False) -> None:
        pass
