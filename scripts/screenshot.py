"""Grab the main window on the bundled dataset for docs/: python scripts/screenshot.py OUT.png"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def demo_applications(session) -> None:
    """Three example applications at different points of the review clock."""
    from datetime import date, timedelta

    from remonitor.app.selftest import wait_until
    from remonitor.core.licence import LicenceApplication, Status
    from remonitor.store.licences import change_status, save_new_application

    today = date.today()
    examples = [("RE-2026-031", "Example Magnetics GmbH", "NdFeB magnets", "DEU", 2400, 3),
                ("RE-2026-027", "Example Oxides KK", "Dysprosium oxide", "JPN", 500, 52),
                ("RE-2026-019", "Example Metals Co.", "Terbium metal", "KOR", 120, 70)]

    def seed(conn, ctx):
        for ref, who, item, dest, qty, days_ago in examples:
            app_id = save_new_application(conn, LicenceApplication(
                reference=ref, applicant=who, item=item, control_code="1C902",
                destination=dest, quantity=float(qty), status=Status.SUBMITTED,
                submitted_on=today - timedelta(days=days_ago + 5)))
            change_status(conn, [app_id], Status.ACCEPTED, today - timedelta(days=days_ago))

    job = session.writer.submit("demo applications", seed)
    wait_until(lambda: job.done, 10)


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
            demo_applications(session)
            session.window.tracker.refresh()
            wait_until(lambda: session.window.tracker.model.rowCount() == 3, 10)
        wait_until(lambda: False, 0.3)
        out.parent.mkdir(parents=True, exist_ok=True)
        session.window.grab().save(str(out))
        session.close()
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
