"""Start-up and crash handling of the application layer."""

import threading

from remonitor.app import gui
from remonitor.app.crash import CrashReporter


def test_an_exception_in_a_worker_thread_reaches_the_gui_thread(qtbot, tmp_path):
    reporter = CrashReporter(str(tmp_path / "remonitor.log"))
    reporter.show_dialogs = False
    reporter.install()
    try:
        def fail():
            raise ValueError("worker broke")

        with qtbot.waitSignal(reporter.sig_crash, timeout=5000) as crash:
            thread = threading.Thread(target=fail, name="worker-x")
            thread.start()
            thread.join()
        assert "ValueError: worker broke" in crash.args[0]
        assert "worker-x" in crash.args[1]
        qtbot.waitUntil(lambda: reporter.reports == ["ValueError: worker broke"])
    finally:
        reporter.uninstall()


def test_an_unwritable_data_dir_gets_a_dialog_naming_it(qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(gui.QMessageBox, "critical",
                        lambda parent, title, text: shown.append((title, text)))
    not_a_dir = tmp_path / "file"
    not_a_dir.write_text("x")
    assert gui.run_gui(not_a_dir / "data", tmp_path / "log") == 2
    (title, text), = shown
    assert "cannot open its store" in title
    assert str(not_a_dir / "data") in text and "--data-dir" in text



def test_the_collector_is_back_on_once_the_store_is_open(qtbot, tmp_path, monkeypatch):
    """app.cli turns the cyclic collector off for start-up; the first store to open turns
    it back on (on the GUI thread) with start-up's objects frozen, and a window built again
    later leaves it alone."""
    import gc

    from remonitor.ui.settings import Settings

    called_on, freezes = [], []
    monkeypatch.setattr(gui.gc, "freeze", lambda: freezes.append(gc.get_count()))

    def back_on():
        called_on.append(threading.current_thread())
        gui.collector_back_on()

    gc.disable()
    try:
        session = gui.open_session(tmp_path / "data", Settings(tmp_path / "ui.ini"),
                                   on_open=back_on)
        qtbot.addWidget(session.window)
        qtbot.waitUntil(lambda: bool(called_on), timeout=20_000)
        assert gc.isenabled() and len(freezes) == 1
        assert called_on == [threading.main_thread()]
        again = gui.reopen_session(session)
        qtbot.addWidget(again.window)
        qtbot.waitUntil(lambda: again.window.ready, timeout=20_000)
        gui.collector_back_on()  # the collector is on: nothing more is frozen
        assert len(freezes) == 1
        again.close()
    finally:
        gc.enable()
