"""Grab the main window on the bundled dataset for docs/: python scripts/screenshot.py OUT.png"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def demo_applications(session) -> int:
    """Example applications at different points of the workflow and the review clock.
    Returns how many."""
    from datetime import date, timedelta

    from remonitor.app.selftest import wait_until
    from remonitor.core.licence import Approval, LicenceApplication, LicenceType, Status
    from remonitor.store.applications import save_new_application
    from remonitor.store.shipments import add_shipment
    from remonitor.store.workflow import approve, change_status

    today = date.today()
    examples = [
        # reference, applicant, item, elements, destination, quantity, accepted days ago, then
        ("RE-2026-031", "Example Magnetics GmbH", "NdFeB magnets", ("Dy", "Tb"), "DE", 2400, 3,
         None),
        ("RE-2026-027", "Example Oxides KK", "Dysprosium oxide", ("Dy",), "JP", 500, 52,
         None),
        ("RE-2026-019", "Example Metals Co.", "Terbium metal", ("Tb",), "KR", 120, 70, None),
        ("RE-2026-024", "Example Motors Inc.", "SmCo magnets", ("Sm",), "US", 800, 30,
         "info"),
        ("RE-2026-012", "Example Magnetics GmbH", "Gadolinium oxide", ("Gd",), "DE", 1500, 120,
         "approved"),
        ("RE-2026-035", "Example Trading BV", "Yttrium oxide", ("Y",), "NL", 300, None, None),
        ("RE-2026-036", "Example Lasers SAS", "Lutetium oxide", ("Lu",), "FR", 25, None,
         "draft"),
    ]

    def seed(conn, ctx):
        for ref, who, item, elements, dest, qty, ago, then in examples:
            general = ref == "RE-2026-035"
            app = LicenceApplication(
                reference=ref, applicant=who, item=item, control_code="1C902",
                hs_code="2846901900", elements=elements, quantity=float(qty),
                destination="" if general else dest, end_use="Permanent magnets",
                end_user="" if general else who,
                end_users=((who, dest), ("Example Recycling GmbH", "DE")) if general else (),
                licence_type=LicenceType.GENERAL if general else LicenceType.SINGLE,
                mofcom_number=f"MC{ref[-3:]}2026",
                status=Status.DRAFT if then == "draft" else Status.SUBMITTED,
                submitted_on=None if then == "draft" else
                today - timedelta(days=(ago or 2) + 5))
            app_id = save_new_application(conn, app)
            if ago is None:
                continue
            change_status(conn, [app_id], Status.ACCEPTED, today - timedelta(days=ago))
            if then == "info":
                change_status(conn, [app_id], Status.INFO_REQUESTED,
                              today - timedelta(days=ago - 12), "end-user statement asked")
            elif then == "approved":
                approve(conn, app_id, Approval(f"LIC-{ref[-3:]}", today - timedelta(days=60),
                                               today + timedelta(days=305), float(qty)),
                        today - timedelta(days=60))
                add_shipment(conn, app_id, today - timedelta(days=40), 600.0, "BL-4471")
                add_shipment(conn, app_id, today - timedelta(days=10), 450.0, "BL-4520")

    job = session.writer.submit("demo applications", seed)
    wait_until(lambda: job.done, 10)
    return len(examples)


def main() -> int:
    from datetime import date

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/main-window.png")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["REMONITOR_CONFIG_DIR"] = str(Path(tmp) / "config")
        from remonitor.app.gui import application, open_session
        from remonitor.app.selftest import wait_until
        from remonitor.ui.settings import Settings

        application()
        settings = Settings(Path(tmp) / "remonitor.ini")
        # SCREENSHOT_SCHEME=dark, SCREENSHOT_LANG=zh_CN: the other looks, for docs/.
        from remonitor.ui.settings import APPEARANCE, LANGUAGE

        settings.set(APPEARANCE, os.environ.get("SCREENSHOT_SCHEME", "light"))
        settings.set(LANGUAGE, os.environ.get("SCREENSHOT_LANG", "en"))
        from remonitor.ui.i18n import font_missing, language_for

        if font_missing(language_for(settings.get(LANGUAGE))):
            sys.exit("screenshot: no Chinese font is installed (fonts-noto-cjk): every word "
                     "would be a box")
        session = open_session(Path(tmp) / "data", settings)
        loaded = set()
        session.window.chart.sig_loaded.connect(lambda *_: loaded.add("chart"))
        session.window.timeline.sig_loaded.connect(lambda *_: loaded.add("events"))
        session.window.tracker.sig_loaded.connect(lambda *_: loaded.add("apps"))
        # SCREENSHOT_SIZE=1366x768: the window as on that screen (default: as it opens).
        size = os.environ.get("SCREENSHOT_SIZE")
        if size:
            session.window.resize(*(int(n) for n in size.split("x")))
        session.window.show()
        wait_until(lambda: len(loaded) == 3, 30)
        if os.environ.get("SCREENSHOT_DEMO_APPLICATION"):
            n = demo_applications(session)
            tracker = session.window.tracker
            tracker.refresh()
            wait_until(lambda: tracker.model.rowCount() == n, 10)
            row = tracker.model.position(next(
                r.id for r in tracker.model.rows
                if r.application.reference == "RE-2026-012"))
            tracker.view.selectRow(row)
            tracker.details.setCurrentIndex(1)
        widget = session.window
        which = os.environ.get("SCREENSHOT_WIDGET")
        if which in ("tracker", "timeline"):
            widget = getattr(session.window, which)
            dock = getattr(session.window, f"{which}_dock")
            dock.setFloating(True)
            dock.resize(1400, 640 if which == "tracker" else 720)
            if which == "timeline":
                from remonitor.core.periods import utc_timestamp

                timeline = session.window.timeline
                wait_until(lambda: False, 0.3)
                timeline.lanes.setXRange(utc_timestamp(date(2023, 6, 1)),
                                         utc_timestamp(date(2027, 1, 31)), padding=0)
                no_70 = next(r for r in range(timeline.view.proxy.rowCount())
                             if "Suspension" in timeline.view.proxy.index(r, 1).data())
                timeline.view.selectRow(no_70)
        if which == "sources":  # Preferences → Sources
            dialog = session.window.open_preferences()
            dialog.tabs.setCurrentWidget(dialog.sources)
            dialog.resize(760, 520)
            widget = dialog
        wait_until(lambda: False, 0.5)
        out.parent.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(out))
        session.close()
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
