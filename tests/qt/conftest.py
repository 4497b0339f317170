"""Qt test set-up: every test must leave no task or writer thread running."""

from __future__ import annotations

import pytest


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


@pytest.fixture
def session_factory(qtbot, tmp_path):
    """Open the real main window on a data dir; every session is closed at teardown."""
    from remonitor.app.gui import open_session
    from remonitor.ui.settings import Settings

    sessions = []

    def open_(data_dir=None, wait=True):
        session = open_session(data_dir or tmp_path / "data", Settings(tmp_path / "ui.ini"))
        sessions.append(session)
        qtbot.addWidget(session.window)
        if wait:
            window = session.window
            with qtbot.waitSignals([window.chart.sig_loaded, window.timeline.sig_loaded,
                                    window.tracker.sig_loaded], timeout=20_000):
                window.show()
        return session

    yield open_
    for session in sessions:
        session.close()
