"""Wiring: the application object, the store's threads and the main window."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QThreadPool, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from remonitor import __version__
from remonitor.app.collector import collect_on_the_gui_thread
from remonitor.app.crash import CrashReporter
from remonitor.app.single import SingleInstance
from remonitor.resources import resource
from remonitor.store.backup import restore_backup
from remonitor.store.errors import StoreUnavailable
from remonitor.store.location import prepare_data_dir
from remonitor.ui.i18n import install_translations
from remonitor.ui.settings import APPEARANCE, LANGUAGE, TEAM_STORE, Settings, config_dir
from remonitor.ui.shell.window import MainWindow
from remonitor.ui.theme import apply_scheme
from remonitor.workers.tasks import TaskRunner
from remonitor.workers.team_listener import TeamListener
from remonitor.workers.writer import StoreWriter

log = logging.getLogger(__name__)
APP_ID = "org.remonitor.Remonitor"


_PLATFORM_NOTES = ("This plugin does not support",)
"""What the offscreen platform says about window-manager calls it cannot make: not ours."""


def _qt_message(mode: QtMsgType, _context, message: str) -> None:
    if message.startswith(_PLATFORM_NOTES):
        return
    level = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
             QtMsgType.QtWarningMsg: logging.WARNING}.get(mode, logging.ERROR)
    logging.getLogger("qt").log(level, "%s", message)


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, named; Qt's own messages go to the log (not to the console)."""
    qInstallMessageHandler(_qt_message)
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
    listener: TeamListener | None = None
    """On a team store: the colleagues' changes."""
    store: str | None = None
    """A team store's address (None: the data folder's own store)."""

    def close(self) -> None:
        self.window.save_layout()
        self.window.close()
        if self.listener is not None:
            self.listener.stop()
        self.runner.shutdown()
        self.writer.stop()


def follow_scheme(settings: Settings) -> None:
    """Light or dark as chosen in Preferences; 'system' follows the desktop as it changes."""
    app = QApplication.instance()
    if app is None:
        return
    apply_scheme(app, settings.get(APPEARANCE))
    if not app.property("remonitor-scheme-followed"):
        app.setProperty("remonitor-scheme-followed", True)
        app.styleHints().colorSchemeChanged.connect(
            lambda _scheme: apply_scheme(app, settings.get(APPEARANCE)))


def _start_up(conn, ctx):
    """On the writer, once the store is open: the bundled data (the day's backup follows
    as a job of its own once the window shows its data: ui.background)."""
    from remonitor.importers.reference import ensure_bundled  # off the GUI thread

    return ensure_bundled(conn)


def _start_up_team(conn, ctx):
    """A team store, once open: an editor brings it up to the bundled data (the first of
    the desk to start this remonitor does it; a viewer reads it as it is)."""
    from remonitor.core.changes import StoreChange
    from remonitor.store.team import role_of

    if role_of(conn) in ("editor", "admin"):
        return _start_up(conn, ctx)
    return StoreChange()


def open_session(data_dir: Path, settings: Settings | None = None,
                 pool: QThreadPool | None = None,
                 on_open: Callable[[], None] | None = None,
                 store: str | None = None) -> Session:
    """Build the window on ``data_dir``; raises StoreUnavailable if the folder is unusable.

    The database itself is opened and migrated on the writer thread; a failure there is
    reported through ``window.sig_store_failed`` after the user read the dialog.
    ``on_open`` is called on the GUI thread, once, when the store can be read (a local
    store at this remonitor's schema, before its check), is open, or has failed to open.
    ``store``: a team store's address; the data folder then keeps this window's own files
    (settings, inbox, attached documents) and the figures, events and register are the
    desk's.
    """
    db_path = prepare_data_dir(data_dir)
    target = store or db_path
    writer = StoreWriter(target, prepare=_start_up_team if store else _start_up)
    runner = TaskRunner(target, pool)
    icon = QIcon(str(resource("remonitor.svg")))
    settings = settings or Settings()
    if QApplication.instance() is not None:
        install_translations(QApplication.instance(), settings.get(LANGUAGE))
    follow_scheme(settings)
    window = MainWindow(writer, runner, settings, data_dir, icon)
    if on_open is not None:  # connected before the writer starts, so it cannot be missed
        called: list[bool] = []

        def once(*_args) -> None:
            if not called:
                called.append(True)
                on_open()

        for signal in (writer.sig_readable, writer.sig_ready, writer.sig_open_failed):
            signal.connect(once)
    listener = None
    if store:
        listener = TeamListener(store, writer.origin)
        window.follow_desk(listener)
        listener.start()
    writer.start()
    return Session(window, writer, runner, listener, store)


def reopen_session(session: Session, settings: Settings | None = None,
                   backup: Path | None = None, store: str | bool | None = False) -> Session:
    """Close the session and open its data folder again in a new window where the old one
    was: to show the window in a newly chosen language, or with ``backup`` put in place of
    the store first (the current file kept aside)."""
    data_dir = session.window.data_dir
    settings = settings or session.window.settings
    geometry = session.window.saveGeometry()
    session.close()
    if backup is not None:
        aside = restore_off_the_gui_thread(data_dir / "remonitor.sqlite3", backup)
        log.warning("store restored from %s; the previous file is kept as %s", backup, aside)
    new = open_session(data_dir, settings,
                       store=session.store if store is False else (store or None))
    new.window.restoreGeometry(geometry)
    return new


def restore_off_the_gui_thread(db_path: Path, backup: Path) -> Path:
    """``restore_backup`` on a thread of its own (it checks and copies the whole backup:
    seconds for a big store), with a progress dialog while the event loop keeps turning.
    Returns the file kept aside; raises what the restore raised."""
    import threading

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QProgressDialog

    outcome: dict[str, object] = {}

    def work() -> None:
        try:
            outcome["aside"] = restore_backup(db_path, backup)
        except Exception as exc:  # carried to the GUI thread, raised there
            outcome["error"] = exc

    thread = threading.Thread(target=work, name="remonitor restore", daemon=True)
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(lambda: thread.is_alive() or loop.quit())
    dialog = QProgressDialog(QApplication.translate("Startup", "Restoring the backup…"), "",
                             0, 0)
    dialog.setCancelButton(None)
    dialog.setMinimumDuration(500)
    thread.start()
    poll.start()
    if thread.is_alive():
        loop.exec()
    poll.stop()
    thread.join()
    dialog.close()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["aside"]


def reopen_from_backup(session: Session, backup: Path,
                       settings: Settings | None = None) -> Session:
    """Close the store, put ``backup`` in its place (the current file kept aside), open it
    again in a new window."""
    return reopen_session(session, settings, backup)


def run_gui(data_dir: Path, log_path: Path, files: list[str] | None = None,
            store: str | None = None) -> int:
    """The window on ``data_dir``'s store, or on the team store ``store`` (else the one
    chosen in Preferences → Team store)."""
    app = application()
    crash = CrashReporter(str(log_path))
    crash.install()
    app.setWindowIcon(QIcon(str(resource("remonitor.svg"))))
    instance = SingleInstance(data_dir)
    if not instance.claim(files or []):
        log.info("another remonitor owns %s; handed it %s", data_dir, files)
        return 0
    install_translations(app, Settings().get(LANGUAGE))  # the store's refusal is read too
    try:
        from remonitor.store import team
        from remonitor.ui.shell.team_box import password_store

        # A team store's password comes from the keyring, where Preferences put it.
        team.password_source = lambda url: password_store(config_dir(), url).get() or None
        store = store or Settings().get(TEAM_STORE) or None
        session = open_session(data_dir, on_open=collect_on_the_gui_thread, store=store)
    except StoreUnavailable as exc:
        # The data folder itself cannot be used (the store in it, when it will not open, is
        # handled by the window: it offers the newest sound backup).
        log.error("store unavailable: %s", exc)
        QMessageBox.critical(None, app.translate("Startup", "remonitor cannot open its store"),
                             exc.message)
        return 2
    exit_code = 0
    current = {"session": session}

    def store_failed(error) -> None:
        nonlocal exit_code
        exit_code = 2
        app.quit()

    def restore(backup: Path) -> None:
        wire(reopen_from_backup(current["session"], backup))

    def rebuild() -> None:
        wire(reopen_session(current["session"]))

    def switch(address: str) -> None:
        wire(reopen_session(current["session"], store=address))

    def wire(s: Session) -> None:
        current["session"] = s
        s.window.sig_store_failed.connect(store_failed)
        s.window.sig_restore_requested.connect(restore)
        s.window.sig_reopen_requested.connect(rebuild)
        s.window.sig_store_chosen.connect(switch)
        s.window.show()

    instance.sig_files.connect(lambda paths: current["session"].window.bring_forward(paths))
    app.installEventFilter(instance)  # files opened from the macOS file manager
    app.aboutToQuit.connect(lambda: current["session"].close())
    app.aboutToQuit.connect(instance.release)
    wire(session)
    if files:
        session.window.bring_forward(files)
    if os.environ.get("REMONITOR_QUIT_WHEN_PAINTED"):  # benchmarks/startup.py
        def painted(_data) -> None:
            session.window.repaint()
            app.quit()

        session.window.chart.sig_loaded.connect(painted)
    result = app.exec()
    return exit_code or result
