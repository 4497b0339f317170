"""Whose turn it is: long Python on a worker thread gives way to the window.

Every thread of the process shares one interpreter lock. The window's event loop lets go of
it around most of its Qt calls, and a worker running Python takes it each time; a paint
then waits for it back hundreds of times. Measured on a window over a 1M-figure store, a
zoom of 20 lines took 24 ms a turn alone and 40-78 ms while a worker rebuilt the series
catalogue after an import (benchmarks/frame_pacing.py).

So a loop that runs long on a worker calls :func:`give_way` every few hundred items (or
walks :func:`taking_turns`): while the event loop is in a turn, it waits there for the turn
to end, holding no lock. Who may be waited for is installed by the window (a gate on its
event loop, ``remonitor.workers.turns``); with none installed, and on the window's own
thread, it returns at once. Qt-free, so the catalogue and the store can call it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

EVERY = 256
"""Items between two calls of the gate: about a millisecond of a catalogue's Python."""

T = TypeVar("T")
_gate: Callable[[], None] | None = None


def give_way() -> None:
    """Wait, if the window is in a turn of its event loop (see the module's text)."""
    gate = _gate
    if gate is not None:
        gate()


def taking_turns(items: Iterable[T], every: int = EVERY) -> Iterator[T]:
    """The items, giving way before the first and then every ``every``."""
    for i, item in enumerate(items):
        if not i % every:
            give_way()
        yield item


def install_gate(gate: Callable[[], None] | None) -> Callable[[], None] | None:
    """Make ``gate`` what :func:`give_way` calls (None: nothing); returns the one before."""
    global _gate
    before, _gate = _gate, gate
    return before
