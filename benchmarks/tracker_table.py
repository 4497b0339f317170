"""Benchmark: the licence tracker over 100,000 applications against a plain
QSortFilterProxyModel over an in-memory list of the same rows.

    QT_QPA_PLATFORM=offscreen python benchmarks/tracker_table.py [--rows 100000]

Both sides are measured in the same run, each to a repainted table:
- open: remonitor's tracker refresh (clocks, query, first page read on a worker) against
  filling a plain model with every row's display text and showing it through a proxy;
- sort: clicking a column header (SQL ORDER BY and the first page against the proxy's sort);
- filter: each keystroke of a search typed one character at a time (SQL against
  ``setFilterFixedString`` on every column).
remonitor shows a sort's or a keystroke's first page as soon as it is read, then the whole
list and its counts: both times are reported ("first rows", "whole"). The target is each
of remonitor's figures within 3× of the baseline's (a ratio ≤ 3), the whole list's.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

STATUSES = (["approved"] * 45 + ["denied"] * 8 + ["withdrawn"] * 7 + ["draft"] * 12
            + ["submitted"] * 10 + ["accepted"] * 14 + ["info_requested"] * 4)
APPLICANTS = ["Baotou Steel Rare-Earth", "China Northern Rare Earth", "Ganzhou Magnet Works",
              "Xiamen Tungsten", "Shenghe Resources", "Jiangxi Golden Century",
              "Ningbo Yunsheng", "Zhong Ke San Huan", "Chengdu Galaxy Magnets", "钢研纳克"]
DESTINATIONS = ["DE", "JP", "US", "KR", "VN", "NL", "FR", "IT", "MX", "IN", "TH", "GB"]
ELEMENTS = ["Sm", "Gd", "Tb", "Dy", "Lu", "Sc", "Y"]


APPLICATION_COLUMNS = (
    "id", "reference", "mofcom_number", "applicant", "contract_number", "item",
    "control_code", "hs_code", "elements", "quantity", "quantity_unit", "value", "currency",
    "destination", "consignee", "end_user", "end_use", "licence_type", "status",
    "submitted_on", "accepted_on", "green_channel", "notes", "licence_number", "valid_from",
    "valid_until", "approved_quantity", "created_at", "updated_at")
HISTORY_COLUMNS = ("application_id", "changed_at", "changed_by", "field", "old_value",
                   "new_value", "reason")


def make_store(data_dir: Path, rows: int) -> None:
    """A desk's ten years of applications in a local store."""
    from remonitor.store.connection import connect
    from remonitor.store.location import prepare_data_dir
    from remonitor.store.migrations import migrate

    conn = connect(prepare_data_dir(data_dir))
    migrate(conn)
    apps, history = desk(rows)
    with conn:
        conn.executemany(
            f"INSERT INTO licence_application ({', '.join(APPLICATION_COLUMNS)}) VALUES "
            f"({', '.join('?' * len(APPLICATION_COLUMNS))})", apps)
        conn.executemany(
            f"INSERT INTO licence_history ({', '.join(HISTORY_COLUMNS)}) VALUES "
            f"({', '.join('?' * len(HISTORY_COLUMNS))})", history)
    conn.close()


def desk(rows: int) -> tuple[list[tuple], list[tuple]]:
    """A desk's ten years of applications: mostly decided, about 18% under review (rows
    of APPLICATION_COLUMNS, and of HISTORY_COLUMNS for the clocks)."""
    from remonitor.store.audit import now_iso

    rng = random.Random(7)
    stamp = now_iso()
    apps, history = [], []
    for i in range(1, rows + 1):
        status = rng.choice(STATUSES)
        submitted = date(2016, 1, 4) + timedelta(days=rng.randrange(3900))
        accepted = submitted + timedelta(days=rng.randrange(2, 9))
        under_review = status in ("accepted", "info_requested")
        if under_review:
            accepted = date(2026, 11, 22) - timedelta(days=rng.randrange(1, 90))
            submitted = accepted - timedelta(days=5)
        sent = status not in ("draft", "withdrawn")
        approved = status == "approved"
        apps.append((
            i, f"RE-{2016 + i % 10}-{i:06d}", f"MC{i:08d}" if sent else "",
            rng.choice(APPLICANTS), f"CT-{i:06d}", f"{rng.choice(ELEMENTS)} oxide 99.9%",
            "1C902", "2846901900", json.dumps(rng.sample(ELEMENTS, rng.randint(1, 2))),
            float(rng.randrange(10, 20000)), "kg", float(rng.randrange(1000, 9_000_000)),
            "USD", rng.choice(DESTINATIONS), f"Consignee {i % 997}", f"End user {i % 1499}",
            "magnets", "single", status, submitted.isoformat() if sent else None,
            accepted.isoformat() if sent and status != "submitted" else None,
            int(rng.random() < 0.1), "", f"LIC-{i:07d}" if approved else "",
            accepted.isoformat() if approved else None,
            (accepted + timedelta(days=365)).isoformat() if approved else None,
            float(rng.randrange(10, 20000)) if approved else None, stamp, stamp))
        if under_review:
            history.append((i, stamp, "bench", "status", "submitted", "accepted", ""))
            history.append((i, stamp, "bench", "status_on", None, accepted.isoformat(), ""))
            if status == "info_requested":
                asked = accepted + timedelta(days=rng.randrange(1, 20))
                history.append((i, stamp, "bench", "status", "accepted", "info_requested", ""))
                history.append((i, stamp, "bench", "status_on", None, asked.isoformat(), ""))
    return apps, history


def timed(qtbot_wait, action) -> float:
    start = time.perf_counter()
    qtbot_wait(action)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--query", default="ganzhou")
    args = parser.parse_args()

    from PySide6.QtCore import (
        QAbstractTableModel,
        QEventLoop,
        QModelIndex,
        QSortFilterProxyModel,
        Qt,
        QTimer,
    )
    from PySide6.QtWidgets import QApplication, QTableView

    from remonitor.store.connection import connect
    from remonitor.store.location import prepare_data_dir
    from remonitor.ui.context import PanelContext
    from remonitor.ui.settings import Settings
    from remonitor.ui.tracker.panel import TrackerPanel
    from remonitor.ui.widgets.table_model import display
    from remonitor.views.tracker import load_tracker
    from remonitor.workers.tasks import TaskRunner
    from remonitor.workers.writer import StoreWriter

    app = QApplication.instance() or QApplication(sys.argv)
    tmp = Path(tempfile.mkdtemp(prefix="remonitor-tracker-bench-"))
    start = time.perf_counter()
    make_store(tmp / "data", args.rows)
    print(f"store of {args.rows:,} applications written in {time.perf_counter() - start:.1f} s")

    def wait_for(signal, action, timeout_ms=120_000) -> None:
        fired: list[bool] = []
        loop = QEventLoop()

        def done(*_) -> None:
            fired.append(True)
            loop.quit()

        signal.connect(done)
        QTimer.singleShot(timeout_ms, loop.quit)
        action()
        if not fired:  # a result shown from memory arrives inside the action itself
            loop.exec()
        signal.disconnect(done)
        if not fired:
            raise TimeoutError("the tracker did not answer within two minutes")

    # -- remonitor ------------------------------------------------------------------------
    db = prepare_data_dir(tmp / "data")
    writer = StoreWriter(db)
    runner = TaskRunner(db)
    tracker = TrackerPanel(PanelContext(runner, writer, Settings(tmp / "bench.ini"),
                                        tmp / "data"))
    tracker.resize(1400, 800)
    tracker.show()
    app.processEvents()

    first_rows: list[float] = []
    heads: list[float] = []

    def head_shown() -> None:
        tracker.view.viewport().repaint()
        first_rows.append(time.perf_counter())

    tracker.sig_head_shown.connect(head_shown)

    def ours(action) -> float:
        first_rows.clear()
        start = time.perf_counter()
        wait_for(tracker.sig_loaded, action)
        tracker.view.viewport().repaint()
        end = time.perf_counter()
        heads.append((first_rows[0] if first_rows else end) - start)
        return end - start

    # -- baseline: every row's display text in memory, a plain proxy -----------------------
    conn = connect(db, readonly=True)
    rows = load_tracker(conn, tmp / "data")
    conn.close()
    columns = tracker.model.columns

    class Plain(QAbstractTableModel):
        def __init__(self) -> None:
            super().__init__()
            self.rows: list[tuple[str, ...]] = []

        def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
            return len(self.rows)

        def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
            return len(columns)

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.rows[index.row()][index.column()]
            return None

    plain = Plain()
    proxy = QSortFilterProxyModel()
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(-1)
    proxy.setSourceModel(plain)
    base_view = QTableView()
    base_view.setModel(proxy)
    base_view.resize(1400, 800)
    base_view.show()

    def base(action) -> float:
        start = time.perf_counter()
        action()
        base_view.viewport().repaint()
        return time.perf_counter() - start

    def fill() -> None:
        plain.beginResetModel()
        plain.rows = [tuple(display(c.value(r)) for c in columns) for r in rows]
        plain.endResetModel()

    results = []
    results.append(("open", ours(tracker.refresh), base(fill)))
    titles = [c.title for c in columns]
    for title in ("Applicant", "Quantity", "Days left", "Destination", "Reference"):
        col = titles.index(title)
        for order, label in ((Qt.SortOrder.DescendingOrder, "desc"),
                             (Qt.SortOrder.AscendingOrder, "asc")):
            results.append((f"sort {title} {label}",
                            ours(lambda c=col, o=order: tracker.view.sortByColumn(c, o)),
                            base(lambda c=col, o=order: proxy.sort(c, o))))
    typed = ""
    for ch in args.query:
        typed += ch
        results.append((f"type {typed!r}",
                        ours(lambda t=typed: tracker.search.setText(t)),
                        base(lambda t=typed: proxy.setFilterFixedString(t))))
        assert len(tracker.model.ids) == proxy.rowCount(), (typed, len(tracker.model.ids),
                                                             proxy.rowCount())
    for _ in args.query:  # deleting back, as a user does
        typed = typed[:-1]
        results.append((f"erase to {typed!r}",
                        ours(lambda t=typed: tracker.search.setText(t)),
                        base(lambda t=typed: proxy.setFilterFixedString(t))))

    print(f"{'operation':<28}{'first rows':>12}{'whole':>10}{'baseline':>12}{'ratio':>8}")
    for (name, a, b), h in zip(results, heads, strict=True):
        print(f"{name:<28}{h * 1000:>10.0f}ms{a * 1000:>8.0f}ms{b * 1000:>10.0f}ms"
              f"{a / b:>8.2f}", flush=True)
    worst = max(a / b for _, a, b in results)
    keys = [i for i, (name, _, _) in enumerate(results) if name.startswith(("type", "erase"))]
    for label, times in (("first rows", heads), ("whole list", [r[1] for r in results])):
        shown = [times[i] for i in keys]
        print(f"keystroke to {label}: median {statistics.median(shown) * 1000:.0f} ms, "
              f"worst {max(shown) * 1000:.0f} ms (the GUI thread stays free)")
    print(f"worst ratio {worst:.2f} (target ≤ 3)")
    runner.shutdown()
    writer.stop()
    return 0 if worst <= 3 else 1


if __name__ == "__main__":
    sys.exit(main())
