"""Errors the store raises, worded for the person who has to act on them."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """A store problem a user can understand: which file, what is wrong, what to do."""

    def __init__(self, path: Path | str, problem: str, advice: str = "") -> None:
        self.path = Path(path)
        self.where = str(path)  # a file, or a team store's address (which Path would mangle)
        self.problem = problem
        self.advice = advice
        super().__init__(self.message)

    @property
    def message(self) -> str:
        text = f"{self.where}: {self.problem}"
        return f"{text}\n{self.advice}" if self.advice else text


class StoreUnavailable(StoreError):
    """The database or its folder cannot be used; nothing was changed."""


class StoreUnreachable(StoreUnavailable):
    """A team store's server cannot be reached (down, restarting, the network): worth
    trying again, unlike a store that is damaged or refuses you."""


class StoreDamaged(StoreUnavailable):
    """SQLite's own check found the store damaged; nothing was changed."""


class StoreForbidden(StoreError):
    """The team store's server refused a change this user's role may not make; nothing of
    it was stored."""


class StoreBusy(StoreError):
    """Another writer held the store longer than this write would wait; nothing of this
    write was stored."""

    def __init__(self, path: Path | str, waited_s: float, cancelled: bool = False) -> None:
        self.waited_s = waited_s
        self.cancelled = cancelled
        minutes = max(1, round(waited_s / 60))
        super().__init__(
            path,
            "the wait for another program's write was cancelled; nothing was stored."
            if cancelled else
            f"another program kept the store busy for {minutes} min (an import in a second "
            "remonitor?); nothing of this change was stored.",
            "Try again once it has finished.")


def explain_sqlite(exc: BaseException) -> str | None:
    """Words for the SQLite failures a user can act on; None for the others."""
    import sqlite3

    if not isinstance(exc, sqlite3.OperationalError | sqlite3.DatabaseError):
        return None
    text = str(exc).lower()
    if "full" in text:
        return ("The disk holding the store is full. Nothing of this change was stored and "
                "what was stored before is intact; free some space and try again.")
    if "locked" in text or "busy" in text:
        return ("Another program kept the store busy for too long (is a second remonitor "
                "importing?). Nothing of this change was stored; try again.")
    if "readonly" in text or "read-only" in text:
        return ("The store has become read-only (a removed or write-protected disk?). "
                "Nothing of this change was stored.")
    return None
