"""Start-up and crash handling of the application layer."""

import threading

import pytest

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


def test_cycles_are_collected_on_the_gui_thread_only(qtbot):
    """Python's collector runs in whichever thread allocates when a generation fills: here a
    worker allocating as an import does, while the GUI thread drops cycles holding Qt
    objects Python owns (as the chart does with the lines it replaces). Every pass must run
    on the GUI thread, and the cycles must still be freed."""
    import gc
    import weakref

    from PySide6.QtCore import QObject, QTimer

    passes, freed = [], []
    stop = threading.Event()

    def on_pass(phase, info):
        if phase == "start":
            passes.append(threading.current_thread().name)

    def allocate():
        while not stop.is_set():
            _junk = [[i] for i in range(2000)]

    class Holder:
        pass

    def drop_a_cycle():
        holder = Holder()
        holder.owned = QObject()  # owned by Python: its destructor runs where it is freed
        holder.timer = QTimer()
        holder.timer.start(60_000)
        holder.itself = holder
        weakref.finalize(holder, lambda: freed.append(threading.current_thread().name))

    worker = threading.Thread(target=allocate, name="busy-worker")
    gc.callbacks.append(on_pass)
    worker.start()
    try:
        for _ in range(40):
            drop_a_cycle()
        qtbot.waitUntil(lambda: len(freed) == 40, timeout=10_000)
    finally:
        stop.set()
        worker.join()
        gc.callbacks.remove(on_pass)
    assert passes and set(passes) == {threading.main_thread().name}
    assert set(freed) == {threading.main_thread().name}


def test_the_first_store_to_open_starts_the_collector_once(qtbot, tmp_path, monkeypatch):
    """app.cli turns the collector off for start-up; the first store to open freezes what
    start-up built and starts collecting on the GUI thread; a window built again (a
    language, a backup) changes nothing."""
    import gc

    from remonitor.app import collector
    from remonitor.ui.settings import Settings

    package_collector = collector._collector
    monkeypatch.setattr(collector, "_collector", None)
    freezes, called_on = [], []
    monkeypatch.setattr(collector.gc, "freeze", lambda: freezes.append(gc.get_count()))

    def start():
        called_on.append(threading.current_thread())
        return collector.collect_on_the_gui_thread()

    session = gui.open_session(tmp_path / "data", Settings(tmp_path / "ui.ini"),
                               on_open=start)
    qtbot.addWidget(session.window)
    qtbot.waitUntil(lambda: bool(called_on), timeout=20_000)
    started = collector._collector
    try:
        assert called_on == [threading.main_thread()]  # its timer belongs to this thread
        assert started is not None and started.timer.isActive() and len(freezes) == 1
        assert not gc.isenabled()  # no automatic passes, which could run on a worker
        again = gui.reopen_session(session)
        qtbot.addWidget(again.window)
        qtbot.waitUntil(lambda: again.window.ready, timeout=20_000)
        assert collector.collect_on_the_gui_thread() is started and len(freezes) == 1
        again.close()
    finally:
        started.timer.stop()
        monkeypatch.setattr(collector, "_collector", package_collector)


def test_on_open_comes_once_the_store_can_be_read_before_its_check(
        qtbot, tmp_path, monkeypatch):
    """A window quit while a big store is checked (a 10 M-figure store's check takes its
    whole budget) has still frozen what start-up built: Python's last pass at exit then
    skips it (~0.1 s of a quit at first paint). ``on_open`` is called once."""
    from remonitor.store import backup
    from remonitor.ui.settings import Settings

    settings = Settings(tmp_path / "ui.ini")
    gui.open_session(tmp_path / "data", settings).close()  # the store at this schema
    let_go, real = threading.Event(), backup.check_open_store

    def held(conn, *args, **kwargs):
        let_go.wait(20)
        return real(conn, *args, **kwargs)

    monkeypatch.setattr(backup, "check_open_store", held)
    opened = []
    session = gui.open_session(tmp_path / "data", settings,
                               on_open=lambda: opened.append(session.window.ready))
    qtbot.addWidget(session.window)
    try:
        qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
        assert opened == [False]  # called while the store is checked
        let_go.set()
        qtbot.waitUntil(lambda: session.window.ready, timeout=20_000)
        assert opened == [False]  # and not again once the store is open
    finally:
        let_go.set()
        session.close()


def test_the_old_generation_waits_a_minute_and_for_the_mouse(qtbot, monkeypatch):
    """The young generations are collected when due; the old one (a pass over everything
    the window holds, 80 ms on a 1M-figure window) at most once a minute and never while a
    mouse button is held."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    from remonitor.app import collector

    now, held = [0.0], [Qt.MouseButton.NoButton]
    ours = collector.GuiThreadCollector(interval_s=3600, old_every_s=60, clock=lambda: now[0])
    ours.timer.stop()
    young, middle, old = ours.threshold  # Python's own: (700, 10, 10), 2000 first on 3.13
    counts = [(young + 1, middle + 1, old + 1)]
    monkeypatch.setattr(collector.gc, "get_count", lambda: counts[0])
    monkeypatch.setattr(collector.gc, "collect", lambda generation: 0)
    monkeypatch.setattr(QGuiApplication, "mouseButtons", staticmethod(lambda: held[0]))
    assert ours.check() == [0, 1]  # all three due, but the window only just started
    now[0] = 61
    held[0] = Qt.MouseButton.LeftButton
    assert ours.check() == [0, 1]  # a drag or a pan: later
    held[0] = Qt.MouseButton.NoButton
    assert ours.check() == [0, 1, 2]
    now[0] = 100
    assert ours.check() == [0, 1]  # not again within the minute
    counts[0] = (young + 1, middle, old + 1)
    assert ours.check() == [0, 1]  # the young generations together
    counts[0] = (young, middle + 1, old + 1)
    assert ours.check() == []


def test_the_event_loop_has_the_interpreter_lock_back_soon_once_workers_read(
        qtbot, session_factory):
    """Workers run Python (catalogues, derivations); the GUI thread lets go of the lock
    around its Qt calls and, at Python's 5 ms (or even 1 ms), waited that long each time to
    have it back: a paint during a refresh took 2-4x its time."""
    import sys

    from remonitor.ui.shell.window import SWITCH_INTERVAL_S

    session = session_factory()
    assert session.window.ready
    assert sys.getswitchinterval() == pytest.approx(SWITCH_INTERVAL_S)
    # and the workers' long loops wait out its turns (tests/qt/test_workers.py)
    from remonitor.core import turns
    from remonitor.workers.turns import gui_first

    assert turns._gate is gui_first()
