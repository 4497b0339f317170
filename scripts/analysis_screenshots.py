"""Grab *What moved after a control* and an alert for docs/:

    python scripts/analysis_screenshots.py docs/ WITS_WORKBOOK

The bundled dataset and the workbook (China's exports of one product by partner, e.g.
WITS's 8505.11 table) are imported into a temporary data folder; the event window is drawn
around the October 2025 controls on the GAC headline against the same months a year
earlier, the share change around the 2023 reporting list, and the window at 1366×768 with
the alerts a range rule and a new-print rule raise on start. Nothing is written elsewhere.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RULES = {"rules": [
    {"series": "rare earths GAC headline quantity", "kind": "range", "threshold": "6",
     "label": "Rare earths, GAC headline"},
    {"series": "rare earths GAC headline quantity", "kind": "new print"},
]}


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from remonitor.app.gui import open_session
    from remonitor.app.selftest import wait_until
    from remonitor.importers.commit import import_file
    from remonitor.importers.reference import ensure_reference_dataset
    from remonitor.store.connection import connect
    from remonitor.store.location import prepare_data_dir
    from remonitor.store.migrations import migrate
    from remonitor.ui.settings import Settings

    out, workbook = Path(sys.argv[1]), Path(sys.argv[2])
    app = QApplication.instance() or QApplication([])
    tmp = Path(tempfile.mkdtemp(prefix="remonitor-shots-"))
    conn = connect(prepare_data_dir(tmp / "data"))
    migrate(conn)
    ensure_reference_dataset(conn)
    import_file(conn, workbook)
    conn.close()
    (tmp / "data" / "alerts.json").write_text(json.dumps(RULES), "utf-8")
    session = open_session(tmp / "data", Settings(tmp / "ui.ini"))
    window = session.window
    loaded = []
    window.chart.sig_loaded.connect(loaded.append)
    window.resize(1366, 768)
    window.show()
    wait_until(lambda: loaded, 30)
    wait_until(lambda: len(window.notifier.history) >= 2, 20)
    wait_until(lambda: False, 1.0)  # the cards slide in
    window.grab().save(str(out / "alert.png"))

    dialog = window.open_analysis("mofcom-2025-61")
    dialog.compare.setCurrentIndex(dialog.compare.findData("@year"))
    wait_until(lambda: dialog.window_tab.data is not None
               and dialog.window_tab.data.compare is not None, 20)
    wait_until(lambda: False, 0.5)
    dialog.grab().save(str(out / "analysis-event-window.png"))
    dialog.event2.setCurrentIndex(dialog.event2.findData("mofcom-2023-reporting-list"))
    dialog.tabs.setCurrentWidget(dialog.share_tab)
    wait_until(lambda: dialog.share_tab.data is not None, 20)
    wait_until(lambda: False, 0.5)
    dialog.grab().save(str(out / "analysis-share-change.png"))
    session.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
