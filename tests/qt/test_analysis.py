"""What moved after a control, through the real window: the analysis opens from the
timeline on the chosen event, reads on a worker, exports what it shows; alert rules kept in
Preferences fire once, as a notification, for the print that crosses them."""

import csv
import json
import shutil
from decimal import Decimal

from PySide6.QtCore import Qt

from remonitor.importers.commit import import_file
from remonitor.importers.reference import ensure_reference_dataset
from remonitor.store.connection import connect
from remonitor.store.location import prepare_data_dir
from remonitor.store.migrations import migrate
from tests.qt.waiting import wait_for_card

WITS = ("wits-analyst-workbook", "china_ree_exports_850511_with_controls.xlsx")
HEADER = "period,value,flow,reporter,partner,product,measure,unit,source\n"


def _store_with(data_dir, *files):
    conn = connect(prepare_data_dir(data_dir))
    migrate(conn)
    ensure_reference_dataset(conn)
    for path in files:
        import_file(conn, path)
    conn.close()


def test_the_timeline_opens_the_event_window_and_each_tab_exports(
        qtbot, session_factory, shared_data, tmp_path):
    data_dir = tmp_path / "data"
    _store_with(data_dir, shared_data.joinpath(*WITS))
    window = session_factory(data_dir).window
    timeline = window.timeline
    timeline.select_event(next(e for e in window.chart.data.events
                               if e.key == "mofcom-2025-61"))  # as a chart marker does
    assert timeline.selected_event().key == "mofcom-2025-61"
    gac = next(c.token for c in window.chart.data.choices
               if c.key.source == "GAC" and c.key.partner == "WLD" and c.kind == "series"
               and c.key.measure.value == "quantity")
    window.chart.tokens = [gac]
    with qtbot.waitSignal(window.chart.sig_loaded, timeout=20_000):
        window.chart.reload()
    timeline.window_action.trigger()
    dialog = window.analysis
    qtbot.waitUntil(lambda: dialog.window_tab.data is not None, timeout=20_000)
    assert dialog.event.currentData() == "mofcom-2025-61"
    caption = dialog.window_tab.caption.text()
    assert "announced 2025-10-09" in caption and "Sep–Nov 2025:" in caption
    shown = dialog.window_tab.table.model()
    offsets = [int(shown.index(r, 0).data()) for r in range(shown.rowCount())]
    assert offsets == list(range(-12, 2 + 12 + 1))  # to 12 months after December's effect
    values = [shown.index(r, 2).data() for r in range(shown.rowCount())]
    assert values[5] == "5,666.3"  # March 2025 as published, grouped
    dialog.window_tab.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # by value
    assert shown.index(0, 1).data() == "2025-06"  # the largest month, sorted as a number

    dialog.event2.setCurrentIndex(dialog.event2.findData("mofcom-2023-reporting-list"))
    with qtbot.waitSignal(dialog.share_tab.sig_loaded, timeout=20_000):
        dialog.tabs.setCurrentWidget(dialog.share_tab)
    share = dialog.share_tab.data
    assert share.rows and abs(sum(r.change for r in share.rows)) < Decimal("1e-20")
    out = tmp_path / "shares.csv"
    dialog.share_tab.export_to(out)
    with out.open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == len(share.rows)
    assert abs(sum(Decimal(r["change"]) for r in rows)) <= Decimal("0.005") * len(rows)
    picture = tmp_path / "shares.png"
    dialog.share_tab.export_to(picture)
    assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    for tab in (dialog.hhi_tab, dialog.price_tab):
        with qtbot.waitSignal(tab.sig_loaded, timeout=20_000):
            dialog.tabs.setCurrentWidget(tab)
        assert tab.table.model().rowCount() > 0 and tab.caption.text()
    dialog.close()


def _drop(inbox, tmp_path, name, rows):
    path = tmp_path / name
    path.write_text(HEADER + "".join(
        f"{period},{value},export,CHN,WLD,desk oxide,quantity,t,desk\n"
        for period, value in rows), encoding="utf-8")
    shutil.copy(path, inbox.folder)


def test_an_alert_fires_once_for_the_print_that_crosses_its_rule(
        qtbot, session_factory, tmp_path):
    session = session_factory()
    window = session.window
    qtbot.waitUntil(lambda: window.background.started, timeout=10_000)
    inbox = window.background.inbox
    inbox.settle_s = 0.2
    got = []
    inbox.sig_outcome.connect(got.append)
    _drop(inbox, tmp_path, "year.csv",
          [(f"2024-{m:02d}", 100 + 10 * (m % 2)) for m in range(1, 12)] + [("2024-12", 105)])
    qtbot.waitUntil(lambda: len(got) == 1 and any(
        c.key.source == "desk" for c in window.chart.data.choices), timeout=30_000)
    token = next(c.token for c in window.chart.data.choices if c.key.source == "desk")

    dialog = window.open_preferences()
    box = dialog.alerts
    dialog.tabs.setCurrentWidget(box)
    row = box.add()
    series = box.table.cellWidget(row, 0)
    series.setCurrentIndex(series.findData(token))
    rule = box.table.cellWidget(row, 1)
    rule.setCurrentIndex(rule.findData("range"))
    box.table.cellWidget(row, 2).setText("12")
    dialog.accept()
    rules = json.loads((window.data_dir / "alerts.json").read_text("utf-8"))["rules"]
    assert rules == [{"series": token, "kind": "range", "threshold": "12", "label": ""}]

    def alerts():
        return [n for n in window.notifier.history if "its range" in n[1]]

    with qtbot.waitSignal(window.background.sig_alerts_checked, timeout=20_000):
        window.background.check_alerts()  # (or a check of the window's own, if newer)
    assert alerts() == []  # 105 lies inside 100–110

    _drop(inbox, tmp_path, "jan.csv", [("2025-01", 500)])
    card = wait_for_card(qtbot, window, "above its range", timeout=30_000)
    assert "Jan 2025: 500 t" in card.text and "desk" in card.text
    assert "100 – 110" in card.text and card.kind == "warning"
    _drop(inbox, tmp_path, "feb.csv", [("2025-02", 105)])
    qtbot.waitUntil(lambda: len(got) == 3, timeout=30_000)
    with qtbot.waitSignal(window.background.sig_alerts_checked, timeout=20_000):
        window.background.check_alerts()
    assert len(alerts()) == 1  # once for January; February (105) lies inside 100–500
