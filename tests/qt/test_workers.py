"""Task runner and writer: results by signal, cancel delivers nothing, writes in order."""

import threading

import pytest

from PySide6.QtCore import QAbstractEventDispatcher, QCoreApplication, QThread

from remonitor.core.changes import StoreChange
from remonitor.store.connection import transaction
from remonitor.store.location import prepare_data_dir
from remonitor.workers.tasks import InlinePool, TaskRunner
from remonitor.workers.writer import StoreWriter


@pytest.fixture
def db(tmp_path):
    return prepare_data_dir(tmp_path / "data")


@pytest.fixture
def writer(qtbot, db):
    w = StoreWriter(db)
    with qtbot.waitSignal(w.sig_ready, timeout=10_000):
        w.start()
    yield w
    w.stop()


def test_a_task_reports_progress_and_result_off_the_gui_thread(qtbot, db, writer):
    runner = TaskRunner(db)
    main = threading.get_ident()

    def work(ctx):
        for i in range(3):
            ctx.progress(i, 3, "working", force=True)
        return threading.get_ident()

    handle = runner.run("work", work)
    progress = []
    handle.sig_progress.connect(lambda d, t, m: progress.append((d, t, m)))
    with qtbot.waitSignal(handle.sig_result, timeout=5000) as result:
        pass
    assert result.args[0] != main
    qtbot.waitUntil(lambda: len(progress) == 3)
    assert progress[-1] == (2, 3, "working")


def test_a_cancelled_task_delivers_nothing(qtbot, db, writer):
    runner = TaskRunner(db)
    started, release = threading.Event(), threading.Event()

    def slow(ctx):
        started.set()
        release.wait(5)
        return "stale"

    handle = runner.run("slow", slow)
    got = []
    handle.sig_result.connect(got.append)
    handle.sig_error.connect(got.append)
    assert started.wait(5)
    handle.cancel()
    release.set()
    with qtbot.waitSignal(handle.sig_finished, timeout=5000):
        pass
    assert got == []


def test_errors_arrive_as_data_on_the_gui_thread(qtbot, db, writer):
    def boom(ctx):
        raise RuntimeError("disk on fire")

    runner = TaskRunner(db)
    handle = runner.run("boom", boom)
    with qtbot.waitSignal(handle.sig_error, timeout=5000) as err:
        pass
    error = err.args[0]
    assert error.message == "disk on fire" and "RuntimeError" in error.details


def test_an_inline_pool_runs_tasks_synchronously_for_tests(qtbot, db):
    got = []
    runner = TaskRunner(db, InlinePool())
    runner.sig_task_started.connect(lambda h: h.sig_result.connect(got.append))
    runner.run("inline", lambda ctx: 42)
    assert got == [42]


def test_reads_use_their_own_connection(qtbot, db, writer):
    runner = TaskRunner(db)
    handle = runner.read("count", lambda conn, ctx: conn.execute(
        "SELECT count(*) FROM import_batch").fetchone()[0])
    with qtbot.waitSignal(handle.sig_result, timeout=5000) as result:
        pass
    assert result.args == [0]


def test_two_writes_submitted_from_two_tasks_land_in_order(qtbot, db, writer):
    runner = TaskRunner(db)
    order = []
    first_started, go = threading.Event(), threading.Event()

    def write(key):
        def job(conn, ctx):
            if key == "first":
                first_started.set()
                go.wait(5)  # the second job is queued meanwhile, and must wait its turn
            with transaction(conn):
                conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (key, key))
            order.append(key)
            return StoreChange(batches=True)
        return job

    done = []
    jobs = {}

    def submit_from_task(key):
        # Two background tasks each submit a write at the same moment.
        def task(ctx):
            if key == "second":
                assert first_started.wait(5)
            return key
        handle = runner.run(f"submit {key}", task)
        handle.sig_result.connect(lambda k: jobs.setdefault(k, writer.submit(k, write(k))))
        return handle

    submit_from_task("first")
    submit_from_task("second")
    qtbot.waitUntil(lambda: len(jobs) == 2, timeout=5000)
    jobs["first"].sig_result.connect(lambda *_: done.append("first"))
    jobs["second"].sig_result.connect(lambda *_: done.append("second"))
    changes = []
    writer.sig_store_changed.connect(changes.append)
    go.set()
    qtbot.waitUntil(lambda: len(done) == 2, timeout=5000)
    assert order == ["first", "second"] == done
    assert len(changes) == 2 and all(c.batches for c in changes)


def test_a_failed_write_changes_nothing_and_reports(qtbot, db, writer):
    def bad(conn, ctx):
        with transaction(conn):
            conn.execute("INSERT INTO meta (key, value) VALUES ('x', 'y')")
            raise ValueError("row 7 is wrong")

    changes = []
    writer.sig_store_changed.connect(changes.append)
    job = writer.submit("bad", bad)
    with qtbot.waitSignal(job.sig_error, timeout=5000) as err:
        pass
    assert "row 7" in err.args[0].message
    runner = TaskRunner(db)
    check = runner.read("check", lambda conn, ctx: conn.execute(
        "SELECT count(*) FROM meta WHERE key = 'x'").fetchone()[0])
    with qtbot.waitSignal(check.sig_result, timeout=5000) as result:
        pass
    assert result.args == [0] and changes == []


def test_a_corrupt_database_fails_to_open_without_being_touched(qtbot, db):
    db.write_bytes(b"not sqlite at all" * 10)
    writer = StoreWriter(db)
    with qtbot.waitSignal(writer.sig_open_failed, timeout=5000) as failed:
        writer.start()
    writer.wait(5000)
    assert str(db) in failed.args[0].message
    assert db.read_bytes() == b"not sqlite at all" * 10


def test_the_newest_task_under_a_key_wins(qtbot, db, writer):
    runner = TaskRunner(db)
    release = threading.Event()
    got = []

    def slow(ctx):
        release.wait(5)
        return "stale"

    old = runner.run("old", slow, latest="panel")
    old.sig_result.connect(got.append)
    new = runner.run("new", lambda ctx: "fresh", latest="panel")
    new.sig_result.connect(got.append)
    assert old.cancel_requested and not new.cancel_requested
    release.set()
    with qtbot.waitSignals([old.sig_finished, new.sig_finished], timeout=5000):
        pass
    assert got == ["fresh"]


def test_a_held_check_waits_for_the_first_paint_and_ends_with_the_writer(qtbot, db):
    first = StoreWriter(db)  # a first start: the store at this remonitor's schema
    with qtbot.waitSignal(first.sig_ready, timeout=10_000):
        first.start()
    assert first.stop()
    held = StoreWriter(db)
    held.check_after_first_paint()
    ready = []
    held.sig_ready.connect(lambda: ready.append(True))
    with qtbot.waitSignal(held.sig_readable, timeout=10_000):
        held.start()
    assert not ready  # nothing painted yet: the check waits, and with it every write
    with qtbot.waitSignal(held.sig_ready, timeout=10_000):
        held.painted()
    assert held.stop()

    closing = StoreWriter(db)
    closing.check_after_first_paint()
    with qtbot.waitSignal(closing.sig_readable, timeout=10_000):
        closing.start()
    assert closing.stop(timeout_ms=2_000)  # closed while held: not after CHECK_HELD_S


def _worker_in_a_turn(qtbot, turn_s: float, also=lambda: None) -> tuple[bool, list]:
    """A worker reaches :func:`give_way` while the GUI thread is in a turn of its event
    loop (a timer's slot, which calls ``also`` first) that lasts up to ``turn_s``; returns
    whether it went on within the turn, and a list holding True once it has gone on."""
    from PySide6.QtCore import QTimer

    from remonitor.core.turns import give_way

    reached, passed, went_on, within = threading.Event(), threading.Event(), [], []

    def work():
        reached.set()
        give_way()
        passed.set()
        went_on.append(True)

    def turn():
        also()
        threading.Thread(target=work, daemon=True).start()
        reached.wait(5)
        within.append(passed.wait(turn_s))  # the GUI thread stays in this turn meanwhile

    QTimer.singleShot(0, turn)
    qtbot.waitUntil(lambda: bool(within) and bool(went_on), timeout=5000)
    return within[0], went_on


def test_a_worker_that_gives_way_waits_for_the_window_s_turn_to_end(qtbot):
    """A paint during a catalogue read took 40-47 ms instead of 24: each time the GUI
    thread let go of the interpreter lock around a Qt call, the worker took it."""
    from remonitor.core.turns import install_gate
    from remonitor.workers.turns import EventLoopTurns

    app = QCoreApplication.instance()
    gate = EventLoopTurns(app, QAbstractEventDispatcher.instance(QThread.currentThread()),
                          longest_s=10)
    before = install_gate(gate)
    try:
        # (the gate, called on the window's own thread in the turn, returns at once: it
        # would wait for itself)
        within, went_on = _worker_in_a_turn(qtbot, turn_s=0.2, also=gate)
        assert not within  # the worker waited while the GUI thread was in its turn
        assert went_on  # and went on once the turn was over
        assert gate.waits == 1
    finally:
        install_gate(before)
        app.removeEventFilter(gate)


def test_a_turn_longer_than_a_frame_is_not_waited_out(qtbot):
    """A GUI thread that does not turn its loop (it waits for the pool at shutdown) does not
    hold a worker up for longer than ``longest_s``."""
    from remonitor.core.turns import install_gate
    from remonitor.workers.turns import EventLoopTurns

    app = QCoreApplication.instance()
    gate = EventLoopTurns(app, QAbstractEventDispatcher.instance(QThread.currentThread()),
                          longest_s=0.05)
    before = install_gate(gate)
    try:
        within, _ = _worker_in_a_turn(qtbot, turn_s=5)
        assert within  # it went on while the turn was still running
    finally:
        install_gate(before)
        app.removeEventFilter(gate)
