"""The cyclic garbage collector, on the GUI thread only.

Python's collector runs in whichever thread happens to allocate when a generation fills up:
often a worker, busy reading a file. What it frees there includes Qt objects Python owns —
the chart's replaced lines and labels, a closed menu — whose C++ destructors then run off
the GUI thread. Qt forbids that: a stress test of it here crashed within seconds, and the
test suite froze in the import test where workers freed the most of them (the chart's
lines, a menu). So once the store is open, automatic collection stays off and a timer on the
GUI thread collects instead (pyqtgraph's GarbageCollector, written for exactly this;
tests/qt/test_app.py holds it to that). Reference counting, which frees almost everything
at once, is untouched.
"""

from __future__ import annotations

import gc

INTERVAL_S = 1.0
_collector = None


def collect_on_the_gui_thread(interval_s: float = INTERVAL_S):
    """From now on, collect cycles on the GUI thread only, every ``interval_s`` when a
    generation is due. The first call also freezes what start-up built (it lives as long
    as the process; app.cli turned the collector off while it was built): the collector's
    passes then skip it. Later calls (a window built again) change nothing."""
    global _collector
    if _collector is None:
        from pyqtgraph.util.garbage_collector import GarbageCollector

        gc.freeze()
        _collector = GarbageCollector(interval=interval_s)  # turns automatic passes off
    return _collector


def stop_collecting_on_the_gui_thread() -> None:
    """Back to Python's own collector (tests, after their Qt part)."""
    global _collector
    if _collector is not None:
        _collector.timer.stop()
        _collector = None
    gc.unfreeze()
    gc.enable()
