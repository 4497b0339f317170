"""The gate behind :func:`remonitor.core.turns.give_way`: the GUI thread is in a turn of its
event loop from the first event it delivers (an event filter on the application sees each)
until its dispatcher says it is about to wait for the next, or woke up (glib's dispatcher
says so after delivering a turn's events, Qt's own before); a worker that gives way waits
in between. The dispatcher alone cannot tell: with glib, the turn's events come after its
``aboutToBlock`` and before its ``awake``.

A turn is waited for at most ``longest_s`` from its start: a GUI thread that is not turning
its loop (blocked in a wait for the pool at shutdown, a modal step) does not hold the
workers up for longer. What it costs the workers is the time the window is busy, and
nothing while it waits for events."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QAbstractEventDispatcher, QCoreApplication, QEvent, QObject, QThread

from remonitor.core.turns import install_gate

LONGEST_TURN_S = 0.05
"""A turn longer than a frame budget is not waited out."""


class EventLoopTurns(QObject):
    """Whether the GUI thread's event loop is in a turn; callable as the gate."""

    def __init__(self, app: QCoreApplication, dispatcher: QAbstractEventDispatcher, *,
                 longest_s: float = LONGEST_TURN_S) -> None:
        super().__init__()
        self.longest_s = longest_s
        self._thread = threading.get_ident()
        self._idle = threading.Event()
        self._idle.set()
        self._began = 0.0
        self.waits = 0
        """How often a worker waited (for tests and benchmarks)."""
        app.installEventFilter(self)
        dispatcher.awake.connect(self._idle.set)
        dispatcher.aboutToBlock.connect(self._idle.set)

    def eventFilter(self, _watched: QObject, _event: QEvent) -> bool:
        if self._idle.is_set():  # the turn's first event
            self._began = time.monotonic()
            self._idle.clear()
        return False

    def __call__(self) -> None:
        if self._idle.is_set() or threading.get_ident() == self._thread:
            return
        left = self._began + self.longest_s - time.monotonic()
        if left > 0:
            self.waits += 1
            self._idle.wait(left)


_turns: EventLoopTurns | None = None


def gui_first() -> EventLoopTurns:
    """From now on, a worker that gives way waits for the calling (GUI) thread's turns.
    Once per process: later calls return the same gate."""
    global _turns
    if _turns is None:
        _turns = EventLoopTurns(QCoreApplication.instance(),
                                QAbstractEventDispatcher.instance(QThread.currentThread()))
        install_gate(_turns)
    return _turns
