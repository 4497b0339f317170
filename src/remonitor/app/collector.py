"""The cyclic garbage collector, on the GUI thread only.

Python's collector runs in whichever thread happens to allocate when a generation fills up:
often a worker, busy reading a file. What it frees there includes Qt objects Python owns —
the chart's replaced lines and labels, a closed menu — whose C++ destructors then run off
the GUI thread. Qt forbids that: a stress test of it here crashed within seconds, and the
test suite froze in the import test where workers freed the most of them (the chart's
lines, a menu). So once the store can be read, automatic collection stays off and a timer
on the GUI thread collects instead (pyqtgraph's GarbageCollector, written for exactly this;
tests/qt/test_app.py holds it to that). Reference counting, which frees almost everything
at once, is untouched.

The young generations are collected together, every quarter of a second when due: a pass
visits what was made since the last one and is still alive. Python's own rule (the middle
generation every tenth pass of the young one, here once a second) made one pass over ten
passes' survivors — the chart's points and the catalogue read on workers meanwhile: 43-71
ms on a window over a 1M-figure store; together every quarter second, the worst pass
measured 24 ms (benchmarks/frame_pacing.py). The old generation is not collected when due:
a pass over it visits every object the window holds (the catalogue's series, the chart's
points: 80 ms on a window over a 1M-figure store, more on bigger ones), and pyqtgraph's
collector ran one every ten passes of the middle generation — mid-pan, mid-typing. Here
it runs at most once a minute, and never while a mouse button is held (a drag, a pan).
What it frees late is only what sits in reference cycles.
"""

from __future__ import annotations

import gc
import time

INTERVAL_S = 0.25
OLD_EVERY_S = 60.0
_collector = None


class GuiThreadCollector:
    """Collects on a timer of the thread that makes it (the GUI thread), automatic passes
    off: the young generations when due, the old one at most every ``old_every_s``."""

    def __init__(self, interval_s: float = INTERVAL_S, old_every_s: float = OLD_EVERY_S,
                 clock=time.monotonic) -> None:
        from PySide6.QtCore import QTimer

        self.threshold = gc.get_threshold()
        self.old_every_s, self._clock = old_every_s, clock
        self._old_at = clock()
        gc.disable()
        self.timer = QTimer()
        self.timer.timeout.connect(self.check)
        self.timer.start(int(interval_s * 1000))

    def check(self) -> list[int]:
        """One look at the counts; returns the generations collected."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QGuiApplication

        young, _middle, old = gc.get_count()
        if young <= self.threshold[0]:
            return []
        gc.collect(1)  # both young generations: each pass holds only a quarter second's
        if (old <= self.threshold[2] or self._clock() - self._old_at < self.old_every_s
                or QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton):
            return [0, 1]
        gc.collect(2)
        self._old_at = self._clock()
        return [0, 1, 2]


def collect_on_the_gui_thread(interval_s: float = INTERVAL_S):
    """From now on, collect cycles on the GUI thread only, every ``interval_s`` when a
    generation is due. The first call also freezes what start-up built (it lives as long
    as the process; app.cli turned the collector off while it was built): the collector's
    passes then skip it. Later calls (a window built again) change nothing."""
    global _collector
    if _collector is None:
        gc.freeze()
        _collector = GuiThreadCollector(interval_s)  # turns automatic passes off
    return _collector


def stop_collecting_on_the_gui_thread() -> None:
    """Back to Python's own collector (tests, after their Qt part)."""
    global _collector
    if _collector is not None:
        _collector.timer.stop()
        _collector = None
    gc.unfreeze()
    gc.enable()
