"""Benchmark: the same views on stores of 10 k, 1 M and 10 M figures — costs should follow
the work (the series on screen), not the size of the store.

    QT_QPA_PLATFORM=offscreen python benchmarks/scale.py [--sizes 10k,1M,10M] [--runs 5]

Each store is generated Comtrade-like: the series a desk looks at (China's exports of
280530 to 40 partners, monthly, 2009–2025, value and quantity: 16,000 figures, besides the
bundled reference dataset) and, to fill the store to its size, other reporters' tables of
other products by partner (250 partners, spread like real ones: the small ones report in
some months only). For each size, the median and spread over ``--runs``:

- start to painted chart (``remonitor`` in a fresh process, quits after its first paint);
- catalogue load (every series with its extent: what the picker reads at start and on
  Refresh) and its update after a store change (the series the change names only);
- series switch: China's world total summed from its partners, read, derived and drawn;
- top-10 partners with rest of world, read, derived and drawn;
- Check…: the GAC headline's cumulative and stated-change checks, read and checked;
- bytes on disk per figure.

Targets: each figure at the largest size within 1.2× of the same at the smallest, start-up
within 1.05×. The machine's load average is printed beside the figures.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

SIZES = {"10k": 10_000, "100k": 100_000, "1M": 1_000_000, "10M": 10_000_000}
MONTHS = 204  # 2009-01 … 2025-12
VIEWED_PARTNERS = 40
FILLER_PARTNERS = 250


def _months_of(partner: int) -> range | list[int]:
    """Big partners report every month; the small ones some months only (as in Comtrade)."""
    if partner < 60:
        return range(MONTHS)
    step = 2 if partner < 150 else 4
    return range(partner % step, MONTHS, step)


def build(folder: Path, figures: int) -> Path:
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
    insert = ("INSERT INTO observation (series_id, first_month, last_month, batch_id, "
              "mantissa, decimals, note) VALUES (?, ?, ?, ?, ?, ?, '')")
    sid, written = 10_000, 0

    def table(batch: int, reporter: str, product: str, partners: int) -> int:
        nonlocal sid
        count = 0
        rows = []
        first = sid + 1
        for p in range(partners):
            weight = 10_000 // (p + 1) + 7  # a few big buyers, a long tail
            months = list(_months_of(p)) if partners == FILLER_PARTNERS else range(MONTHS)
            for measure, unit, scale in (("quantity", "kg", 1), ("value", "USD", 9)):
                sid += 1
                conn.execute("INSERT INTO series (id, flow, reporter, partner, product, "
                             "measure, unit, source) VALUES (?, 'export', ?, ?, ?, ?, ?, "
                             "'UN Comtrade')", (sid, reporter, f"P{p:03d}", product,
                                                measure, unit))
                rows.extend((sid, base + m, base + m, batch,
                             scale * (weight * 100 + (sid * 7 + m * 13) % 997), 0)
                            for m in months)
                count += len(months)
        conn.executemany(insert, rows)
        summarise_series(conn, range(first, sid + 1))
        return count

    with transaction(conn):
        batch = create_batch(conn, file_name="comtrade-chn.csv", file_hash="viewed",
                             format="comtrade-plus", release_date=date(2026, 1, 20))
        written += table(batch, "CHN", "280530", VIEWED_PARTNERS)
    n = 0
    while written < figures - 5_000:
        n += 1
        with transaction(conn):
            batch = create_batch(conn, file_name=f"comtrade-{n}.csv", file_hash=f"f{n}",
                                 format="comtrade-plus", release_date=date(2026, 1, 20))
            written += table(batch, f"R{n % 97:02d}", f"28{n:04d}", FILLER_PARTNERS)
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


def median_spread(times: list[float]) -> tuple[float, float, float]:
    return statistics.median(times), min(times), max(times)


def runs_of(fn, runs: int) -> list[float]:
    fn()  # warm up
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def start_times(data: Path, runs: int) -> list[float]:
    env = os.environ | {"QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                        "REMONITOR_QUIT_WHEN_PAINTED": "1",
                        "REMONITOR_CONFIG_DIR": str(data)}
    cmd = [sys.executable, "-m", "remonitor", "--data-dir", str(data)]
    subprocess.run(cmd, env=env, check=True, capture_output=True, timeout=300)  # backup etc.
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, env=env, check=True, capture_output=True, timeout=300)
        out.append(time.perf_counter() - start)
    return out


def measure(db: Path, runs: int, app) -> dict[str, list[float]]:
    from remonitor.core.consistency import check_figures, stated_changes
    from remonitor.store.connection import connect
    from remonitor.ui.chart.panel import ChartPanel
    from remonitor.ui.context import PanelContext
    from remonitor.ui.settings import Settings
    from remonitor.views.catalogue import Catalogue, catalogue
    from remonitor.views.chart import load_chart_data
    from remonitor.workers.tasks import TaskRunner
    from remonitor.workers.writer import StoreWriter

    conn = connect(db, readonly=True)
    figures = conn.execute("SELECT sum(figures) FROM series_summary").fetchone()[0]
    tmp = Path(tempfile.mkdtemp(prefix="remonitor-scale-ui-"))
    runner, writer = TaskRunner(db), StoreWriter(db)
    chart = ChartPanel(PanelContext(runner, writer, Settings(tmp / "b.ini"), tmp), None)
    chart.resize(1200, 480)
    chart.show()
    app.processEvents()
    choices = catalogue(conn)
    world = next(c.token for c in choices if c.kind == "sum" and c.key.product == "280530"
                 and c.key.measure.value == "quantity")
    partner = next(c.token for c in choices if c.kind == "series"
                   and c.key.product == "280530" and c.key.partner == "P000"
                   and c.key.measure.value == "quantity")
    gac = next(c.token for c in choices if c.key.source == "GAC" and c.kind == "series"
               and c.key.partner == "WLD" and c.key.measure.value == "quantity")

    known = Catalogue.read(conn)  # as the chart holds it between reads

    def show(tokens, n=0):
        chart._show(load_chart_data(conn, tokens, chart.units, n, known=known,
                                    look=chart.look().plotting))
        chart.plot.grab()

    def check():
        data = load_chart_data(conn, [gac], chart.units, 0, known=known,
                               look=chart.look().plotting)
        for s in data.shown:
            check_figures(s.observations)
            stated_changes(s.observations, s.points)

    held = Catalogue.read(conn)
    last = conn.execute("SELECT max(id) FROM import_batch").fetchone()[0]
    changed = frozenset(r[0] for r in conn.execute(
        "SELECT DISTINCT series_id FROM observation WHERE batch_id = ?", (last,)))
    out = {
        "catalogue load (start, Refresh)": runs_of(lambda: catalogue(conn), runs),
        "store change: catalogue for one table's series": runs_of(
            lambda: held.updated(conn, changed), runs),
        "series switch (world total from partners)": runs_of(lambda: show([world]), runs),
        "top-10 partners + rest of world": runs_of(lambda: show([partner], 10), runs),
        "Check… (GAC headline)": runs_of(check, runs),
    }
    chart.close()
    runner.shutdown()
    writer.stop()
    conn.close()
    size = sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))
    out["bytes per figure"] = [size / figures]
    out["series"] = [len(held.summaries)]
    out["series in one table"] = [len(changed)]
    out["figures"] = [figures]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="10k,1M,10M")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", help="keep the stores in this folder (reused if there)")
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from remonitor.app.collector import collect_on_the_gui_thread

    app = QApplication.instance() or QApplication(sys.argv)
    collect_on_the_gui_thread()  # as the app: no collection in the middle of a read
    sizes = args.sizes.split(",")
    root = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="remonitor-scale-"))
    results: dict[str, dict[str, list[float]]] = {}
    for size in sizes:
        folder = root / size
        db = folder / "remonitor.sqlite3"
        if not db.exists():
            start = time.perf_counter()
            build(folder, SIZES[size])
            print(f"{size}: store built in {time.perf_counter() - start:.0f} s", flush=True)
        results[size] = measure(db, args.runs, app)
        results[size]["start to painted chart"] = start_times(folder, args.runs)
        print(f"{size}: {int(results[size]['figures'][0]):,} figures measured; load "
              f"{os.getloadavg()[0]:.2f}", flush=True)
    small, large = sizes[0], sizes[-1]
    names = [k for k in results[small] if k not in (
        "figures", "bytes per figure", "series", "series in one table")]
    print(f"\n{'figure':52}" + "".join(f"{s:>24}" for s in sizes) + f"{'ratio':>8}  target")
    ok = True
    for name in names:
        cells = []
        for s in sizes:
            med, low, high = median_spread(results[s][name])
            cells.append(f"{med * 1000:8.1f} ms ({low * 1000:.0f}–{high * 1000:.0f})")
        ratio = median_spread(results[large][name])[0] / median_spread(results[small][name])[0]
        target = 1.05 if name.startswith("start") else 1.2
        ok &= ratio <= target
        print(f"{name[:52]:52}" + "".join(f"{c:>24}" for c in cells)
              + f"{ratio:8.2f}  ≤ {target}")
    print(f"{'bytes per figure':52}" + "".join(
        f"{results[s]['bytes per figure'][0]:24.1f}" for s in sizes))
    for extra in ("series", "series in one table"):
        print(f"{extra:52}" + "".join(f"{int(results[s][extra][0]):24,}" for s in sizes))
    print(f"load average (1, 5, 15 min): {', '.join(f'{v:.2f}' for v in os.getloadavg())}")
    print(f"targets: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
