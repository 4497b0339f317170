"""Grab the main window on the bundled dataset for docs/: python scripts/screenshot.py OUT.png"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/main-window.png")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["REMONITOR_CONFIG_DIR"] = str(Path(tmp) / "config")
        from remonitor.app.gui import application, open_session
        from remonitor.app.selftest import wait_until
        from remonitor.ui.settings import Settings

        application()
        session = open_session(Path(tmp) / "data", Settings(Path(tmp) / "remonitor.ini"))
        loaded = set()
        session.window.chart.sig_loaded.connect(lambda *_: loaded.add("chart"))
        session.window.timeline.sig_loaded.connect(lambda *_: loaded.add("events"))
        session.window.tracker.sig_loaded.connect(lambda *_: loaded.add("apps"))
        session.window.resize(1280, 800)
        session.window.show()
        wait_until(lambda: len(loaded) == 3, 30)
        if os.environ.get("SCREENSHOT_DEMO_APPLICATION"):
            from remonitor.core.licence import LicenceApplication, Status

            dialog = session.window.tracker.new_application()
            dialog.reference.setText("RE-2026-014")
            dialog.sig_save_requested.emit(LicenceApplication(
                reference="RE-2026-014", applicant="Example Trading Ltd",
                item="Samarium-cobalt magnets", control_code="1C902", elements=("Sm",),
                quantity=1200.0, destination="DEU", status=Status.SUBMITTED))
            wait_until(lambda: session.window.tracker.model.rowCount() > 0, 10)
        wait_until(lambda: False, 0.3)
        out.parent.mkdir(parents=True, exist_ok=True)
        session.window.grab().save(str(out))
        session.close()
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
