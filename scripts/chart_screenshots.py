"""Grab the chart in each of its modes for docs/:

    python scripts/chart_screenshots.py docs/ [FILE ...]

The bundled dataset is charted in every view; files given (e.g. a WITS workbook of China's
exports by partner) are imported first, into a temporary data folder, for the
several-series, unit-value and by-destination pictures, and the mirror (China's exports
beside a partner's imports from China, where both are held). Nothing is written elsewhere.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


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

    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    tmp = Path(tempfile.mkdtemp(prefix="remonitor-shots-"))
    conn = connect(prepare_data_dir(tmp / "data"))
    migrate(conn)
    ensure_reference_dataset(conn)
    for name in sys.argv[2:]:
        import_file(conn, Path(name))
    conn.close()
    session = open_session(tmp / "data", Settings(tmp / "ui.ini"))
    window = session.window
    chart = window.chart
    loaded = []
    chart.sig_loaded.connect(loaded.append)
    window.resize(*(int(n) for n in os.environ.get("SCREENSHOT_SIZE", "1366x768").split("x")))
    window.show()
    wait_until(lambda: loaded, 30)

    def settle(n: int = 20) -> None:
        for _ in range(n):
            app.processEvents()

    def view(key: str) -> None:
        i = chart.view_mode.findData(key)
        chart.view_mode.setCurrentIndex(i)
        chart.view_mode.activated.emit(i)
        settle()

    def shoot(name: str) -> None:
        settle()
        chart.grab().save(str(out / f"chart-{name}.png"))
        print(out / f"chart-{name}.png")

    def show(tokens: list[str]) -> None:
        loaded.clear()
        chart.show_series(tokens)
        wait_until(lambda: loaded, 30)

    for key in ("level", "yoy", "mom", "ytd", "rolling"):
        view(key)
        shoot(key)
    view("level")
    wits = [c for c in chart.data.choices if c.key.product == "850511" and c.key.partner == "WLD"]
    if wits:
        by = {(c.kind, c.key.measure.value): c.token for c in wits}
        show([by[("series", "value")], by[("series", "quantity")]])
        shoot("two-axes")
        show([by[("unit value", "value")]])
        shoot("unit-value")
        show([by[("series", "value")]])
        loaded.clear()
        chart.partners_n.setValue(8)
        chart.partners.setChecked(True)
        wait_until(lambda: loaded, 30)
        shoot("by-destination")
        loaded.clear()
        chart.partners.setChecked(False)
        wait_until(lambda: loaded, 30)
        chart.log.setChecked(True)
        shoot("log")
        chart.log.setChecked(False)
        japan = next((c.token for c in chart.data.choices if c.key.product == "850511"
                      and c.key.partner in ("Japan", "JPN") and c.kind == "series"
                      and c.key.measure.value == "value"), None)
        if japan:
            show([by[("series", "value")], japan])
            view("index")
            shoot("index")
    mirrors = [c for c in chart.data.choices if c.kind == "mirror"
               and c.key.reporter == "CHN" and c.key.measure.value == "value"]
    if mirrors:
        view("level")
        show([mirrors[0].token])
        first, last = chart.hits.extent()  # the periods both sides report, not today
        chart.plot.setXRange(first - 200 * 86400, last + 200 * 86400, padding=0)
        shoot("mirror")
    session.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
