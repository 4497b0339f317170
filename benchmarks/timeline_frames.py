"""Benchmark: zooming and panning a timeline of 5,000 events, against an empty timeline
measured in the same run.

    QT_QPA_PLATFORM=offscreen python benchmarks/timeline_frames.py [--events 5000]

Each frame is one step of a zoom or pan followed by the label layout and a synchronous
repaint, as the user's wheel or drag causes. Prints median, 95th percentile and worst frame
time for both timelines and their ratios. What a user feels is absolute: the target is a
95th percentile under 33 ms (30 frames a second) and no frame over 100 ms.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import date, timedelta


def events(n: int):
    from remonitor.core.events import Category, Event

    rng = random.Random(3)
    out = []
    for i in range(n):
        day = date(2000, 1, 1) + timedelta(days=rng.randrange(9800))
        end = day + timedelta(days=rng.randrange(30, 400)) if rng.random() < 0.1 else None
        out.append(Event(day, f"Event {i}: measure on rare-earth item {rng.randrange(999)}",
                         rng.choice(list(Category)), authority="MOFCOM", end=end,
                         key=f"e{i}"))
    return out


def frames(lanes, steps: int) -> list[float]:
    from remonitor.core.periods import utc_timestamp

    lanes.setXRange(utc_timestamp(date(2000, 1, 1)), utc_timestamp(date(2027, 1, 1)),
                    padding=0)
    vb = lanes.getViewBox()
    times = []
    for i in range(steps):
        start = time.perf_counter()
        phase = (i // 20) % 4
        if phase == 0:
            vb.scaleBy(x=0.85)          # zoom in
        elif phase == 1:
            vb.translateBy(x=(vb.viewRange()[0][1] - vb.viewRange()[0][0]) * 0.05)  # pan
        elif phase == 2:
            vb.scaleBy(x=1 / 0.85)      # zoom out
        else:
            vb.translateBy(x=-(vb.viewRange()[0][1] - vb.viewRange()[0][0]) * 0.05)
        lanes.layout_labels()
        lanes.viewport().repaint()
        times.append(time.perf_counter() - start)
    return times


def summary(times: list[float]) -> tuple[float, float, float]:
    ordered = sorted(times)
    return (statistics.median(ordered), ordered[int(len(ordered) * 0.95) - 1], ordered[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=5000)
    parser.add_argument("--steps", type=int, default=240)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from remonitor.ui.timeline.lanes import TimelineLanes

    app = QApplication.instance() or QApplication(sys.argv)
    results = {}
    for name, evs in (("empty", []), (f"{args.events:,} events", events(args.events))):
        lanes = TimelineLanes()
        lanes.resize(1400, 320)
        lanes.show()
        start = time.perf_counter()
        lanes.set_events(evs, date(2026, 11, 22))
        app.processEvents()
        loaded = time.perf_counter() - start
        frames(lanes, 20)  # warm up
        results[name] = summary(frames(lanes, args.steps))
        print(f"{name:>14}: set in {loaded * 1000:.0f} ms; frame median "
              f"{results[name][0] * 1000:.1f} ms, p95 {results[name][1] * 1000:.1f} ms, "
              f"worst {results[name][2] * 1000:.1f} ms", flush=True)
        lanes.close()
    empty, full = results["empty"], results[f"{args.events:,} events"]
    print(f"ratio to the empty timeline: median {full[0] / empty[0]:.2f}, "
          f"p95 {full[1] / empty[1]:.2f}, worst {full[2] / empty[2]:.2f}")
    ok = full[1] < 0.033 and full[2] < 0.100
    print(f"target p95 < 33 ms and worst < 100 ms: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
