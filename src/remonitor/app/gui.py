"""Wiring: the application object, the store's threads and the main window."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from remonitor import __version__
from remonitor.app.crash import CrashReporter
from remonitor.importers.reference import ensure_reference_dataset
from remonitor.resources import resource
from remonitor.store.backup import daily_backup
from remonitor.store.errors import StoreUnavailable
from remonitor.store.location import prepare_data_dir
from remonitor.ui.main_window import MainWindow
from remonitor.ui.settings import Settings
from remonitor.workers.tasks import TaskRunner
from remonitor.workers.writer import StoreWriter

log = logging.getLogger(__name__)
APP_ID = "org.remonitor.Remonitor"


def application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or ["remonitor"])
    app.setApplicationName("remonitor")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("remonitor")
    app.setDesktopFileName(APP_ID)
    return app


@dataclass
class Session:
    """One open store with its threads and window; ``close`` stops them in order."""

    window: MainWindow
    writer: StoreWriter
    runner: TaskRunner

    def close(self) -> None:
        self.window.save_layout()
        self.window.close()
        self.runner.shutdown()
        self.writer.stop()


def _start_up(conn, ctx):
    """On the writer, once the store is open: the day's backup, then the bundled data."""
    try:
        daily_backup(conn)
    except OSError as exc:  # a full disk must not keep the window from opening
        log.warning("daily backup not made: %s", exc)
    return ensure_reference_dataset(conn)


def open_session(data_dir: Path, settings: Settings | None = None,
                 pool: QThreadPool | None = None) -> Session:
    """Build the window on ``data_dir``; raises StoreUnavailable if the folder is unusable.

    The database itself is opened and migrated on the writer thread; a failure there is
    reported through ``window.sig_store_failed`` after the user read the dialog.
    """
    db_path = prepare_data_dir(data_dir)
    writer = StoreWriter(db_path, prepare=_start_up)
    runner = TaskRunner(db_path, pool)
    icon = QIcon(str(resource("remonitor.svg")))
    window = MainWindow(writer, runner, settings or Settings(), data_dir, icon)
    writer.start()
    return Session(window, writer, runner)


def run_gui(data_dir: Path, log_path: Path) -> int:
    app = application()
    crash = CrashReporter(str(log_path))
    crash.install()
    app.setWindowIcon(QIcon(str(resource("remonitor.svg"))))
    try:
        session = open_session(data_dir)
    except StoreUnavailable as exc:
        log.error("store unavailable: %s", exc)
        QMessageBox.critical(None, app.translate("remonitor", "remonitor cannot open its store"),
                             exc.message)
        return 2
    exit_code = 0

    def store_failed(error) -> None:
        nonlocal exit_code
        exit_code = 2
        app.quit()

    session.window.sig_store_failed.connect(store_failed)
    app.aboutToQuit.connect(session.close)
    session.window.show()
    result = app.exec()
    return exit_code or result
