"""Errors the store raises, worded for the person who has to act on them."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """A store problem a user can understand: which file, what is wrong, what to do."""

    def __init__(self, path: Path | str, problem: str, advice: str = "") -> None:
        self.path = Path(path)
        self.problem = problem
        self.advice = advice
        super().__init__(self.message)

    @property
    def message(self) -> str:
        text = f"{self.path}: {self.problem}"
        return f"{text}\n{self.advice}" if self.advice else text


class StoreUnavailable(StoreError):
    """The database or its folder cannot be used; nothing was changed."""


class StoreWriteError(StoreError):
    """A write failed and was rolled back; what was stored before is intact."""
