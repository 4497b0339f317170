"""``remonitor --self-test``: build the real window offscreen on a temporary store."""

from __future__ import annotations

import os
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

from remonitor.ui.settings import CONFIG_DIR_ENV


def self_test(out: Callable[[str], None] = print) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="remonitor-selftest-") as tmp:
        os.environ[CONFIG_DIR_ENV] = str(Path(tmp) / "config")
        try:
            return _run(Path(tmp), out)
        except Exception as exc:  # the self-test reports every failure as a reason
            out(f"FAIL: {type(exc).__name__}: {exc}")
            return 1


def wait_until(condition: Callable[[], bool], timeout_s: float) -> bool:
    """Run a local event loop until ``condition()`` holds or the time is up."""
    from PySide6.QtCore import QEventLoop, QTimer

    if condition():
        return True
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(lambda: condition() and loop.quit())
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    poll.start()
    loop.exec()
    poll.stop()
    return condition()


def _run(tmp: Path, out: Callable[[str], None]) -> int:
    from PySide6.QtGui import QImage

    from remonitor.app.collector import collect_on_the_gui_thread
    from remonitor.app.gui import application, open_session
    from remonitor.store.migrations import LATEST_VERSION
    from remonitor.ui.settings import Settings

    application()
    collect_on_the_gui_thread()  # as the window runs: cycles are freed on this thread only
    failures: list[str] = []

    def check(ok: bool, what: str) -> None:
        out(f"{'ok  ' if ok else 'FAIL'} {what}")
        if not ok:
            failures.append(what)

    session = open_session(tmp / "data", Settings(tmp / "remonitor.ini"))
    window = session.window
    loaded: dict[str, object] = {}
    window.chart.sig_loaded.connect(lambda d: loaded.setdefault("chart", d))
    window.timeline.sig_loaded.connect(lambda e: loaded.setdefault("events", e))
    window.tracker.sig_loaded.connect(lambda a: loaded.setdefault("apps", a))
    window.sig_store_failed.connect(lambda e: loaded.setdefault("failed", e))
    window.resize(1280, 800)
    window.show()
    ready = wait_until(lambda: len(loaded) >= 3 or "failed" in loaded, 30)
    try:
        check("failed" not in loaded, "store opened in a temporary data folder")
        check(ready, "window built and panels loaded within 30 s")
        from remonitor.store.migrations import schema_version

        version = session.runner.read("schema version", lambda conn, ctx: schema_version(conn))
        version.sig_result.connect(lambda v: loaded.setdefault("version", v))
        wait_until(lambda: "version" in loaded, 10)
        check(loaded.get("version") == LATEST_VERSION,
              f"schema migrated to version {LATEST_VERSION}")
        data = loaded.get("chart")
        points = len(data.first.points) if data and data.first else 0
        check(points >= 8, f"reference dataset charted ({points} monthly figures)")
        events = loaded.get("events") or []
        check(len(events) >= 10, f"reference events listed ({len(events)})")
        image: QImage = window.chart.plot.grab().toImage()
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
                   for y in range(0, image.height(), 7)}
        check(image.width() > 200 and len(colours) > 4,
              f"chart rendered to an image ({image.width()}×{image.height()}, "
              f"{len(colours)} colours)")
        from remonitor.importers.commit import import_file
        from remonitor.resources import resource

        sample = resource("selftest", "figures.csv")
        job = session.writer.submit("self-test import",
                                    lambda conn, ctx: import_file(conn, sample))
        job.sig_result.connect(lambda summary: loaded.setdefault("import", summary))
        job.sig_error.connect(lambda error: loaded.setdefault("import", error))
        wait_until(lambda: "import" in loaded, 20)
        summary = loaded.get("import")
        check(getattr(summary, "added", 0) == 3,
              f"a small file shipped in resources/ imported ({getattr(summary, 'added', summary)}"
              " figures)")
        svg_path = tmp / "chart.svg"
        window.chart.export_to(svg_path)  # the chart drawn afresh as a picture, as exported
        shapes = sum(1 for el in ET.parse(svg_path).iter() if el.tag.endswith(("path", "rect")))
        check(shapes > 10, f"chart exported as SVG ({shapes} shapes)")
        from PySide6.QtCore import QTranslator

        from remonitor.ui.i18n import translation_files

        found = []
        for name, folder in translation_files("zh_CN"):
            translator = QTranslator()
            found.append(translator.load(name, folder) and translator)
        ours, qts = ("ActionRegistry", "&File"), ("QPlatformTheme", "Close")  # (not for lupdate)
        menu = found[-1].translate(*ours) if all(found) else ""
        close = found[0].translate(*qts) if all(found) else ""
        check(menu == "文件(&F)" and bool(close),
              f"Chinese translations load (menu {menu!r}, Qt's own {close!r})")
    finally:
        session.close()
    out("self-test passed" if not failures else f"self-test FAILED: {'; '.join(failures)}")
    return 0 if not failures else 1
