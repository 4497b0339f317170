"""Benchmark: time from start to a painted window with the chart drawn, the installed
bundle (or the source tree) against a bare PySide6 + pyqtgraph window in the same run.

    QT_QPA_PLATFORM=offscreen python benchmarks/startup.py [--bundle build/dist/remonitor/remonitor]
        [--runs 11] [--language zh_CN]

Each program is started ``--runs`` times in a fresh process, the two interleaved so both
see the same machine; the median wall time from spawn to exit after the first paint is
compared, and the spread of the run-by-run ratios is printed (a shared machine is noisy).
Target: remonitor within 1.3× of the bare window, in English or (``--language zh_CN``)
with the Chinese translation loaded.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import pyqtgraph as pg
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(utcOffset=0)})
plot.addItem(pg.BarGraphItem(x=list(range(24)), height=[i % 7 + 1 for i in range(24)],
                             width=0.8))
window.setCentralWidget(plot)
window.resize(1280, 800)
window.show()
app.processEvents()
window.repaint()
"""


def timed(cmd: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bundle", help="the bundled program (default: this source tree)")
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--language", default="en", help="en or zh_CN")
    args = parser.parse_args()
    env = os.environ | {"QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    data = tempfile.mkdtemp(prefix="remonitor-start-")
    ours_cmd = ([args.bundle] if args.bundle else [sys.executable, "-m", "remonitor"]) + [
        "--data-dir", data]
    ours_env = env | {"REMONITOR_QUIT_WHEN_PAINTED": "1", "REMONITOR_CONFIG_DIR": data}
    (Path(data) / "remonitor.ini").write_text(f"[view]\nlanguage={args.language}\n")
    timed(ours_cmd, ours_env)  # first start: store created, reference dataset loaded
    bare, ours = [], []
    for _ in range(args.runs):  # interleaved, so both see the same machine
        bare.append(timed([sys.executable, "-c", BARE], env))
        ours.append(timed(ours_cmd, ours_env))
    b, o = statistics.median(bare), statistics.median(ours)
    ratios = sorted(x / y for x, y in zip(ours, bare, strict=True))
    print(f"bare PySide6 + pyqtgraph window: median {b:.2f} s")
    print(f"remonitor ({'bundle' if args.bundle else 'source'}, {args.language}) to a "
          f"painted chart: median {o:.2f} s")
    print(f"run-by-run ratios: {ratios[0]:.2f} … {ratios[-1]:.2f}, "
          f"median {statistics.median(ratios):.2f}")
    print(f"ratio {o / b:.2f} (target ≤ 1.3)")
    return 0 if o / b <= 1.3 else 1


if __name__ == "__main__":
    sys.exit(main())
