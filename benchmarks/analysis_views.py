"""Benchmark: *What moved after a control* on the 1M-figure store of the chart benchmark
(250 partners × 20 products × 200 months), against plain baselines measured in the same
run.

    QT_QPA_PLATFORM=offscreen python benchmarks/analysis_views.py [--partners 250]

1. The event window of a product summed over its partners, around a bundled event (read,
   derive, window, index, draw in the dialog's tab with its caption and table) against the
   plain indexed query for the same monthly sums over the window's months plus a bare
   pyqtgraph line of the indexed path. Target ≤ 3×.
2. The share change of every partner around the same event (read each partner's months,
   shares before and after, the twelve largest movers drawn as bars, the table filled)
   against the plain SQL summing each partner over the two spans plus a bare render of the
   same twelve bars. Target ≤ 3×.

Each render is forced with a synchronous grab, so the times include painting.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from chart_views import PRODUCTS, best_of, build_store

EVENT = "mofcom-2023-reporting-list"  # announced and in effect in November 2023


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--partners", type=int, default=250)
    args = parser.parse_args()

    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication

    from remonitor.core.periods import month_index
    from remonitor.store.connection import connect
    from remonitor.ui.analysis.dialog import AnalysisDialog
    from remonitor.views.analysis import event_window_view, share_change_view
    from remonitor.views.catalogue import catalogue
    from remonitor.views.chart import load_chart_data
    from remonitor.workers.tasks import TaskRunner

    app = QApplication.instance() or QApplication(sys.argv)
    tmp = Path(tempfile.mkdtemp(prefix="remonitor-analysis-bench-"))
    start = time.perf_counter()
    db = build_store(tmp / "data", args.partners)
    print(f"store: {args.partners} partners × {len(PRODUCTS)} products × 200 months = "
          f"{args.partners * len(PRODUCTS) * 200:,} figures, built in "
          f"{time.perf_counter() - start:.1f} s", flush=True)
    conn = connect(db, readonly=True)
    product = PRODUCTS[7]
    choices = catalogue(conn)
    token = next(c.token for c in choices if c.kind == "sum" and c.key.product == product)
    events = load_chart_data(conn, [token], choices=choices).events
    runner = TaskRunner(db)
    dialog = AnalysisDialog(runner, choices, events)
    dialog.resize(1100, 760)
    dialog.show()
    app.processEvents()
    announced = month_index(2023, 11)

    bare = pg.PlotWidget()
    bare.resize(1060, 420)
    bare.show()

    plain_window = """SELECT o.first_month, sum(o.mantissa) FROM series s
                      JOIN observation o ON o.series_id = s.id
                      WHERE s.product = ? AND s.source = 'UN Comtrade' AND s.partner != 'WLD'
                        AND o.first_month BETWEEN ? AND ?
                      GROUP BY o.first_month ORDER BY o.first_month"""

    def baseline_window() -> None:
        sums = dict(conn.execute(plain_window, (product, announced - 12,
                                                announced + 12)).fetchall())
        base = Decimal(sums[announced - 1])
        path = {m - announced: Decimal(v) / base * 100 for m, v in sums.items()}
        xs = sorted(path)
        bare.clear()
        bare.plot(xs, [float(path[k]) for k in xs], symbol="o", symbolSize=6)
        bare.grab()

    tab = dialog.window_tab

    def ours_window() -> None:
        tab._show(event_window_view(conn, EVENT, token, choices=choices))
        tab.plot.grab()

    base_w, our_w = best_of(baseline_window), best_of(ours_window)
    read_w = best_of(lambda: event_window_view(conn, EVENT, token, choices=choices))
    print(f"1. event window ({tab.model.rowCount()} months): plain query + bare render "
          f"{base_w * 1000:.1f} ms; remonitor read + window + draw {our_w * 1000:.1f} ms "
          f"(the read {read_w * 1000:.1f}); "
          f"ratio {our_w / base_w:.2f} (target ≤ 3)", flush=True)

    plain_shares = """SELECT s.partner,
                        sum(CASE WHEN o.first_month < ? THEN o.mantissa ELSE 0 END),
                        sum(CASE WHEN o.first_month >= ? THEN o.mantissa ELSE 0 END)
                      FROM series s JOIN observation o ON o.series_id = s.id
                      WHERE s.product = ? AND s.source = 'UN Comtrade' AND s.partner != 'WLD'
                        AND o.first_month BETWEEN ? AND ?
                      GROUP BY s.partner"""

    def baseline_shares() -> None:
        rows = conn.execute(plain_shares, (announced, announced, product, announced - 12,
                                           announced + 11)).fetchall()
        whole_b = sum(Decimal(b) for _, b, _ in rows)
        whole_a = sum(Decimal(a) for _, _, a in rows)
        change = sorted((Decimal(a) / whole_a - Decimal(b) / whole_b, p) for p, b, a in rows)
        movers = sorted(change, key=lambda c: -abs(c[0]))[:12]
        bare.clear()
        bare.addItem(pg.BarGraphItem(x0=0, y=list(range(len(movers))),
                                     width=[float(c * 100) for c, _ in movers], height=0.7))
        bare.grab()

    shares = dialog.share_tab
    dialog.tabs.setCurrentWidget(shares)

    def ours_shares() -> None:
        shares._show(share_change_view(conn, EVENT, token, choices=choices))
        shares.plot.grab()

    base_s, our_s = best_of(baseline_shares), best_of(ours_shares)
    read_s = best_of(lambda: share_change_view(conn, EVENT, token, choices=choices))
    print(f"2. share change ({shares.model.rowCount()} partners): plain SQL + bare render "
          f"{base_s * 1000:.1f} ms; remonitor {our_s * 1000:.1f} ms (the read "
          f"{read_s * 1000:.1f}); ratio "
          f"{our_s / base_s:.2f} (target ≤ 3)", flush=True)
    ok = our_w / base_w <= 3 and our_s / base_s <= 3
    print(f"targets: {'met' if ok else 'NOT met'}")
    dialog.close()
    conn.close()
    runner.shutdown()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
