"""Benchmark: does the window stay responsive while a 1M-row file is imported from the
inbox and the views refresh?

    QT_QPA_PLATFORM=offscreen python benchmarks/refresh_latency.py [--rows 1000000]

An event-loop probe (a 10 ms QTimer recording how late each tick comes) runs on the real
main window twice in one run: idle, then from the moment a 1M-row Comtrade+ file lands in
the inbox until the import has committed and the chart, timeline and tracker have swapped
in the new data. What a user feels is absolute, so the targets are: worst stall under
50 ms and 99th percentile under 20 ms, each within 3× of the idle window's figure.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


class Probe:
    """A 10 ms timer; each tick's lateness is how long the event loop was busy."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.late: list[float] = []
        self._last = 0.0
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.late = []
        self.times: list[tuple[float, float]] = []
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> list[float]:
        self.timer.stop()
        return self.late

    def _tick(self) -> None:
        now = time.perf_counter()
        self.late.append(max(0.0, now - self._last - 0.010))
        self.times.append((now, self.late[-1]))
        self._last = now


def figures(late: list[float]) -> tuple[float, float]:
    ordered = sorted(late)
    return ordered[-1], ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--idle-s", type=float, default=8.0)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from import_comtrade import write_file

    from PySide6.QtWidgets import QApplication

    from remonitor.app.collector import collect_on_the_gui_thread
    from remonitor.app.gui import application, open_session
    from remonitor.app.selftest import wait_until
    from remonitor.ui.settings import Settings

    app = application()
    assert isinstance(app, QApplication)
    tmp = Path(tempfile.mkdtemp(prefix="remonitor-latency-"))
    big = tmp / "TradeData.csv"
    start = time.perf_counter()
    write_file(big, args.rows)
    print(f"file: {args.rows:,} rows, {big.stat().st_size / 1024**2:,.0f} MiB, written in "
          f"{time.perf_counter() - start:.0f} s", flush=True)
    session = open_session(tmp / "data", Settings(tmp / "ui.ini"),
                           on_open=collect_on_the_gui_thread)  # as the app does
    window = session.window
    window.resize(1280, 800)
    window.show()
    loaded: list = []
    window.chart.sig_loaded.connect(loaded.append)
    wait_until(lambda: loaded and window.background.started, 60)
    wait_until(lambda: False, 3)  # start-up's last reads and reminders settle: now idle
    probe = Probe()

    probe.start()
    wait_until(lambda: False, args.idle_s)
    idle = figures(probe.stop())

    inbox = window.background.inbox
    outcome: list = []
    inbox.sig_outcome.connect(outcome.append)
    refreshed = {"chart": 0, "timeline": 0, "tracker": 0}
    window.chart.sig_loaded.connect(lambda _d: refreshed.__setitem__("chart", 1))
    window.timeline.sig_loaded.connect(lambda _d: refreshed.__setitem__("timeline", 1))
    window.tracker.sig_loaded.connect(lambda _d: refreshed.__setitem__("tracker", 1))
    # The file lands whole, as a finished download would (moved in by "another program",
    # before the probe starts: the move itself is not the window's work); the watcher sees it.
    shutil.move(str(big), inbox.folder / big.name)
    probe.start()
    start = time.perf_counter()
    wait_until(lambda: bool(outcome), 900)
    imported = time.perf_counter() - start
    refreshed.update(chart=0, timeline=0, tracker=0)
    wait_until(lambda: refreshed["chart"], 120)
    busy = figures(probe.stop())
    total = time.perf_counter() - start
    print(f"inbox import: {outcome[0].kind if outcome else 'none'} in {imported:.1f} s; "
          f"views refreshed at {total:.1f} s", flush=True)
    print(f"idle window:      worst {idle[0] * 1000:6.1f} ms, p99 {idle[1] * 1000:6.1f} ms")
    print(f"import + refresh: worst {busy[0] * 1000:6.1f} ms, p99 {busy[1] * 1000:6.1f} ms")
    ratio_worst = busy[0] / max(idle[0], 1e-3)
    ratio_p99 = busy[1] / max(idle[1], 1e-3)
    print(f"ratios to idle:   worst {ratio_worst:.2f}, p99 {ratio_p99:.2f}")
    ok = busy[0] < 0.050 and busy[1] < 0.020 and ratio_worst <= 3 and ratio_p99 <= 3
    print(f"targets (worst < 50 ms, p99 < 20 ms, each ≤ 3× idle): "
          f"{'met' if ok else 'NOT met'}")
    session.close()
    shutil.rmtree(tmp, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
