"""Benchmark: the chart on a big store — 250 partners × 20 products × 200 months (1M
figures) — against plain baselines measured in the same run.

    QT_QPA_PLATFORM=offscreen python benchmarks/chart_views.py [--partners 250]

1. World total aggregated from partners (read + derive + draw, as a series switch does)
   against the plain covering-index query for the same monthly sums plus a bare pyqtgraph
   render of the same bars. Target ≤ 3×.
2. The top-10 partner view (ranking, the ten partners' figures, the total for rest of
   world, derive, stacked draw) against its plain SQL (ranking, the ten's figures, the
   monthly total) plus a bare render of the same stack. Target ≤ 3×.
3. 20 series shown as lines, panned: the chart's frames (with its markers, legend and event
   lines) against a bare PlotWidget with the same 20 lines panned the same way. Target: the
   95th percentile and the worst frame each within 2× of the bare one's. Prints median,
   p95 and worst of both, and the time a redraw of the 20 holds the GUI thread.

Each render is forced with a synchronous grab of the plot, so the time includes painting.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

PRODUCTS = [f"28{i:04d}" for i in range(20)]
MONTHS = 200


def build_store(folder: Path, partners: int) -> Path:
    from remonitor.core.periods import month_index
    from remonitor.importers.reference import ensure_reference_dataset
    from remonitor.store.batches import create_batch
    from remonitor.store.connection import connect, transaction
    from remonitor.store.location import prepare_data_dir
    from remonitor.store.migrations import migrate
    from remonitor.store.observations import summarise_series

    path = prepare_data_dir(folder)
    conn = connect(path)
    migrate(conn)
    ensure_reference_dataset(conn)
    base = month_index(2009, 1)
    with transaction(conn):
        batch = create_batch(conn, file_name="comtrade-monthly.csv", file_hash="bench",
                             format="comtrade-plus", release_date=date(2026, 1, 20))
        sid = 1000
        for product in PRODUCTS:
            rows = []
            for p in range(partners):
                sid += 1
                conn.execute(
                    "INSERT INTO series (id, flow, reporter, partner, product, measure, unit,"
                    " source) VALUES (?, 'export', 'CHN', ?, ?, 'quantity', 'kg', "
                    "'UN Comtrade')", (sid, f"P{p:03d}", product))
                weight = (p % 17 + 1) * (1 + p % 5)
                rows.extend((sid, base + m, base + m, batch,
                             weight * 1000 + (sid * 7 + m * 13) % 997, 0, "")
                            for m in range(MONTHS))
            conn.executemany(
                "INSERT INTO observation (series_id, first_month, last_month, batch_id, "
                "mantissa, decimals, note) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        summarise_series(conn, range(1001, sid + 1))  # as every write does
    conn.execute("ANALYZE")
    conn.close()
    return path


def best_of(fn, runs: int = 7) -> float:
    fn()  # warm up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def summary(times: list[float]) -> tuple[float, float, float]:
    ordered = sorted(times)
    return (statistics.median(ordered), ordered[int(len(ordered) * 0.95) - 1], ordered[-1])


def pan_frames(plot, steps: int) -> list[float]:
    vb = plot.getPlotItem().getViewBox()
    times = []
    for i in range(steps):
        start = time.perf_counter()
        low, high = vb.viewRange()[0]
        vb.translateBy(x=(high - low) * (0.04 if (i // 30) % 2 == 0 else -0.04))
        plot.grab()
        times.append(time.perf_counter() - start)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--partners", type=int, default=250)
    args = parser.parse_args()

    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication

    from remonitor.app.collector import collect_on_the_gui_thread
    from remonitor.core.periods import month_start, utc_timestamp
    from remonitor.store.connection import connect
    from remonitor.ui.chart.panel import ChartPanel
    from remonitor.ui.context import PanelContext
    from remonitor.ui.settings import Settings
    from remonitor.views.catalogue import catalogue
    from remonitor.views.chart import load_chart_data
    from remonitor.workers.tasks import TaskRunner
    from remonitor.workers.writer import StoreWriter

    app = QApplication.instance() or QApplication(sys.argv)
    tmp = Path(tempfile.mkdtemp(prefix="remonitor-chart-bench-"))
    start = time.perf_counter()
    db = build_store(tmp / "data", args.partners)
    print(f"store: {args.partners} partners × {len(PRODUCTS)} products × {MONTHS} months = "
          f"{args.partners * len(PRODUCTS) * MONTHS:,} figures, built in "
          f"{time.perf_counter() - start:.1f} s", flush=True)
    collect_on_the_gui_thread()  # as the app: both sides measured under its collector
    conn = connect(db, readonly=True)
    product = PRODUCTS[7]

    def month_x(month: int) -> tuple[float, float]:
        return (utc_timestamp(month_start(month)) + 43200,
                utc_timestamp(month_start(month + 1)) - 43200)

    bare = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(utcOffset=0)})
    bare.resize(1200, 420)
    bare.show()

    def bare_bars(series: list[list[tuple[int, float]]]) -> None:
        bare.clear()
        base = None
        for rows in series:
            x0 = [month_x(m)[0] for m, _ in rows]
            x1 = [month_x(m)[1] for m, _ in rows]
            heights = [v for _, v in rows]
            bare.addItem(pg.BarGraphItem(x0=x0, x1=x1, height=heights,
                                         y0=base or [0] * len(rows)))
            base = [(b or 0) + h for b, h in zip(base or [0] * len(rows), heights,
                                                 strict=True)]
        bare.getPlotItem().getViewBox().autoRange()
        bare.grab()

    plain_sum = """SELECT o.first_month, sum(o.mantissa) FROM series s
                   JOIN observation o ON o.series_id = s.id
                   WHERE s.product = ? AND s.source = 'UN Comtrade' AND s.partner != 'WLD'
                   GROUP BY o.first_month"""

    def baseline_world() -> None:
        bare_bars([conn.execute(plain_sum, (product,)).fetchall()])

    settings = Settings(tmp / "bench.ini")
    runner = TaskRunner(db)
    chart = ChartPanel(PanelContext(runner, StoreWriter(db), settings, tmp), None)
    chart.resize(1200, 480)
    chart.show()
    app.processEvents()
    choices = catalogue(conn)
    token = next(c.token for c in choices if c.kind == "sum" and c.key.product == product)

    def ours_world() -> None:
        chart._show(load_chart_data(conn, [token], chart.units, 0, choices,
                                    look=chart.look().plotting))
        chart.plot.grab()

    base_world, our_world = best_of(baseline_world), best_of(ours_world)
    print(f"1. world total from partners: plain query + bare render "
          f"{base_world * 1000:.1f} ms; remonitor read + derive + draw "
          f"{our_world * 1000:.1f} ms; ratio {our_world / base_world:.2f} (target ≤ 3)",
          flush=True)

    plain_rank = """SELECT s.id, sum(o.mantissa) AS total FROM series s
                    JOIN observation o ON o.series_id = s.id
                    WHERE s.product = ? AND s.source = 'UN Comtrade' AND s.partner != 'WLD'
                    GROUP BY s.id ORDER BY total DESC LIMIT 10"""

    def baseline_top() -> None:
        top = [r[0] for r in conn.execute(plain_rank, (product,))]
        rows = conn.execute(
            "SELECT series_id, first_month, mantissa FROM observation WHERE series_id IN "
            "(SELECT value FROM json_each(?)) ORDER BY series_id, first_month",
            (json.dumps(top),)).fetchall()
        total = dict(conn.execute(plain_sum, (product,)).fetchall())
        by: dict[int, list] = {}
        for sid, month, value in rows:
            by.setdefault(sid, []).append((month, value))
        stacks = [by[s] for s in top]
        rest = [(m, total[m] - sum(dict(s).get(m, 0) for s in stacks)) for m in sorted(total)]
        bare_bars([*stacks, rest])

    chart.partners_n.blockSignals(True)
    chart.partners.blockSignals(True)
    chart.partners_n.setValue(10)
    chart.partners.setChecked(True)
    partner_token = next(c.token for c in choices if c.kind == "series"
                         and c.key.product == product)

    def ours_top() -> None:
        chart._show(load_chart_data(conn, [partner_token], chart.units, 10, choices,
                                    look=chart.look().plotting))
        chart.plot.grab()

    base_top, our_top = best_of(baseline_top), best_of(ours_top)
    print(f"2. top-10 partners + rest of world: plain SQL + bare render "
          f"{base_top * 1000:.1f} ms; remonitor {our_top * 1000:.1f} ms; "
          f"ratio {our_top / base_top:.2f} (target ≤ 3)", flush=True)
    chart.partners.setChecked(False)

    twenty = [c.token for c in choices if c.kind == "series" and c.key.product == product][:20]
    start = time.perf_counter()
    chart._show(load_chart_data(conn, twenty, chart.units, 0, choices,
                                look=chart.look().plotting))  # as the panel asks
    chart.plot.grab()
    shown_in = time.perf_counter() - start
    gui = best_of(lambda: chart.redraw())
    bare.clear()
    for i, s in enumerate(chart.data.shown):
        xs = [sum(month_x(p.span.first)) / 2 for p in s.points]
        bare.addItem(pg.PlotDataItem(xs, [float(p.value) for p in s.points],
                                     pen=pg.mkPen(pg.intColor(i), width=2), symbol="o",
                                     symbolSize=7))
    bare.setXRange(*chart.plot.getViewBox().viewRange()[0], padding=0)
    pan_frames(bare, 10)
    pan_frames(chart.plot, 10)
    b, c = summary(pan_frames(bare, 120)), summary(pan_frames(chart.plot, 120))
    print(f"3. 20 series as lines (shown in {shown_in * 1000:.0f} ms; a redraw on the GUI "
          f"thread {gui * 1000:.0f} ms), panning: bare median {b[0] * 1000:.1f} ms, p95 "
          f"{b[1] * 1000:.1f}, worst {b[2] * 1000:.1f}; remonitor median {c[0] * 1000:.1f} ms,"
          f" p95 {c[1] * 1000:.1f}, worst {c[2] * 1000:.1f}; ratios p95 {c[1] / b[1]:.2f}, "
          f"worst {c[2] / b[2]:.2f} (target ≤ 2)", flush=True)
    ok = (our_world / base_world <= 3 and our_top / base_top <= 3 and c[1] / b[1] <= 2
          and c[2] / b[2] <= 2)
    print(f"targets: {'met' if ok else 'NOT met'}")
    conn.close()
    runner.shutdown()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
