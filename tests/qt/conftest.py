"""Qt test set-up: cycles are collected on the GUI thread, as in the app; every test must
leave no task or writer thread running, must not touch the store from the GUI thread, and
may not open a modal dialog (offscreen, nobody answers it: the run would wait for ever)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="package", autouse=True)
def collector_on_the_gui_thread(qapp):
    """As in the app once its store is open: cycles are collected on the GUI thread only."""
    from remonitor.app.collector import collect_on_the_gui_thread, stop_collecting_on_the_gui_thread

    collect_on_the_gui_thread(interval_s=0.2)
    yield
    stop_collecting_on_the_gui_thread()


@pytest.fixture(autouse=True)
def no_threads_left_behind(qapp):
    yield
    from PySide6.QtCore import QThreadPool

    from remonitor.workers.writer import StoreWriter

    pool = QThreadPool.globalInstance()
    assert pool.waitForDone(10_000), "a task was still running after the test"
    running = [w for w in list(StoreWriter.instances) if w.isRunning()]
    for writer in running:
        writer.stop()
    assert not running, "a StoreWriter was left running by the test"


_PRODUCT_GUI = ("remonitor/ui/", "remonitor/app/")


@pytest.fixture(autouse=True)
def no_sql_on_the_gui_thread():
    """Every SQLite connection the product opens while a test runs is watched: one opened
    on the GUI thread from the window's code (ui/, app/) fails the test, with where it came
    from. A test's own set-up (the ``store`` fixture, files imported before a window opens)
    opens connections on the test's thread without going through the window: that is
    allowed."""
    import threading
    import traceback

    from remonitor.store import connection

    found: list[str] = []

    def opened(database: str) -> None:
        if threading.current_thread() is not threading.main_thread():
            return
        stack = traceback.extract_stack()[:-2]
        if any(part in frame.filename.replace("\\", "/") for frame in stack
               for part in _PRODUCT_GUI):
            found.append(f"{database}:\n" + "".join(traceback.format_list(stack[-12:])))

    previous, connection.opened = connection.opened, opened
    yield found
    connection.opened = previous
    assert not found, "the GUI thread opened the store:\n" + "\n".join(found)


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch):
    """Qt's blocking dialogs answer "no" at once and fail the test; a test that means one to
    be asked patches it after this (its own monkeypatch wins)."""
    from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

    opened = []

    def refuse(kind, answer):
        def blocked(*args, **kwargs):
            texts = [a for a in args if isinstance(a, str)]
            opened.append(f"{kind}{tuple(texts[:2])}")
            return answer
        return blocked

    no = QMessageBox.StandardButton.No
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, refuse(f"QMessageBox.{name}", no))
    monkeypatch.setattr(QMessageBox, "about", refuse("QMessageBox.about", None))
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, refuse(f"QFileDialog.{name}", ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        refuse("QFileDialog.getOpenFileNames", ([], "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        refuse("QFileDialog.getExistingDirectory", ""))
    for name in ("getText", "getItem", "getInt", "getDouble"):
        monkeypatch.setattr(QInputDialog, name, refuse(f"QInputDialog.{name}", (None, False)))
    monkeypatch.setattr(QDialog, "exec", refuse("QDialog.exec", 0))
    yield
    assert not opened, f"a modal dialog would have waited for an answer: {opened}"


@pytest.fixture
def session_factory(qtbot, tmp_path):
    """Open the real main window on a data dir; every session is closed at teardown."""
    from remonitor.app.gui import open_session
    from remonitor.ui.settings import Settings

    sessions = []

    def open_(data_dir=None, wait=True, store=None):
        session = open_session(data_dir or tmp_path / "data", Settings(tmp_path / "ui.ini"),
                               store=store)
        sessions.append(session)
        qtbot.addWidget(session.window)
        if wait:
            window = session.window
            with qtbot.waitSignals([window.chart.sig_loaded, window.timeline.sig_loaded,
                                    window.tracker.sig_loaded], timeout=20_000):
                window.show()
            # and the picker's whole list, read after the first paint (by a worker that
            # gives way to the window's turns: it may come a moment later)
            qtbot.waitUntil(lambda: window.chart.lists_every_series, timeout=20_000)
        return session

    yield open_
    for session in sessions:
        session.close()
