"""Restore from backup through the window, and a store that will not open at start-up:
the backup is checked first, the current file is kept aside, never overwritten."""

from PySide6.QtWidgets import QMessageBox

from remonitor.app.gui import reopen_from_backup
from remonitor.core.licence import Status
from remonitor.store.applications import save_new_application
from remonitor.store.backup import list_backups, make_backup
from tests.factories import application
from tests.qt.waiting import wait_for_card


def test_restore_from_backup_through_the_window(qtbot, session_factory, tmp_path):
    session = session_factory()
    window = session.window
    db = window.data_dir / "remonitor.sqlite3"
    job = window.writer.submit("backup", lambda conn, ctx: make_backup(conn, db, "manual"))
    with qtbot.waitSignal(job.sig_result, timeout=10_000) as made:
        pass
    backup = made.args[0]
    job = window.writer.submit("new app", lambda conn, ctx: save_new_application(
        conn, application("RE-AFTER", Status.DRAFT)))
    with qtbot.waitSignal(job.sig_finished, timeout=10_000):
        pass
    dialog = window.open_restore()
    qtbot.waitUntil(lambda: dialog.restore_button.isEnabled(), timeout=10_000)
    assert dialog.table.item(0, 3).text() == "sound" and dialog.chosen() == backup
    with qtbot.waitSignal(window.sig_restore_requested, timeout=5_000) as asked:
        dialog.confirm(ask=False)
    new = reopen_from_backup(session, asked.args[0], window.settings)
    qtbot.addWidget(new.window)
    try:
        with qtbot.waitSignal(new.window.tracker.sig_loaded, timeout=20_000):
            new.window.show()
        assert new.window.tracker.model.rowCount() == 0  # RE-AFTER came after the backup
        kept = list(db.parent.glob("remonitor.sqlite3.before-restore-*"))
        assert len(kept) == 1  # what was there is kept beside it
    finally:
        new.close()


def test_a_store_that_will_not_open_offers_the_newest_sound_backup(
        store, data_dir, monkeypatch, qtbot, session_factory):
    db = data_dir / "remonitor.sqlite3"
    made = make_backup(store, db, "daily")
    store.close()
    damaged = b"this is not what it was" * 100
    db.write_bytes(damaged)
    for extra in ("-wal", "-shm"):
        db.with_name(db.name + extra).unlink(missing_ok=True)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Yes)
    session = session_factory(data_dir, wait=False)
    with qtbot.waitSignal(session.window.sig_restore_requested, timeout=20_000) as offered:
        session.window.show()
    assert offered.args[0] == made  # found and checked on a worker
    assert "is not a remonitor database" in asked[0][2] and "Restore the backup of" in asked[0][2]
    new = reopen_from_backup(session, offered.args[0], session.window.settings)
    qtbot.addWidget(new.window)
    try:
        with qtbot.waitSignal(new.window.chart.sig_loaded, timeout=20_000):
            new.window.show()
        assert db.read_bytes()[:16] == b"SQLite format 3\x00"
        kept = next(db.parent.glob("remonitor.sqlite3.before-restore-*"))
        assert kept.read_bytes() == damaged  # never overwritten
        assert len(list_backups(db)) == 1
    finally:
        new.close()


def test_a_start_up_backup_on_a_full_disk_never_keeps_the_window_closed(
        qtbot, session_factory, monkeypatch):
    import errno

    def full(conn, progress=None):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("remonitor.edits.backups.store_daily", full)
    window = session_factory().window  # waits for the chart, timeline and tracker
    assert window.ready and window.chart.data.first is not None
    card = wait_for_card(qtbot, window, "Today's backup was not made")
    assert "No space left" in card.text


def test_the_daily_backup_is_made_once_the_window_is_up(qtbot, session_factory):
    window = session_factory().window
    qtbot.waitUntil(lambda: window.background.started, timeout=10_000)
    db = window.data_dir / "remonitor.sqlite3"
    qtbot.waitUntil(lambda: [b.reason for b in list_backups(db)] == ["daily"], timeout=10_000)


def _slow_check(monkeypatch, outcome=None, seen=lambda: None, saw=None):
    """The store's check at opening held until the test lets it go (a 10 M-figure store's
    takes its whole budget); ``outcome``: raised when let go; ``seen()`` is put in the list
    ``saw`` as the check starts."""
    import threading

    from remonitor.store import backup

    let_go, checking = threading.Event(), threading.Event()
    real = backup.check_open_store

    def slow(conn, *args, **kwargs):
        if saw is not None:
            saw.append(seen())
        checking.set()
        let_go.wait(20)
        if outcome is not None:
            raise outcome
        return real(conn, *args, **kwargs)

    monkeypatch.setattr(backup, "check_open_store", slow)
    return let_go, checking


def test_the_window_reads_while_its_store_is_checked_and_writes_after(
        qtbot, session_factory, monkeypatch):
    session_factory().close()  # a first start: the store at this remonitor's schema
    held, painted = {}, []
    let_go, checking = _slow_check(
        monkeypatch, seen=lambda: held["window"].chart.data is not None, saw=painted)
    session = session_factory(wait=False)
    window = held["window"] = session.window
    with qtbot.waitSignal(window.chart.sig_loaded, timeout=20_000):
        window.show()
    assert not window.ready  # painted before the check is through
    qtbot.waitUntil(checking.is_set, timeout=20_000)
    assert painted == [True]  # the check waited for the first paint, not beside its reads
    queued = session.writer.apply(_nothing())  # a write waits for the check
    assert not queued.done
    let_go.set()
    with qtbot.waitSignal(queued.sig_result, timeout=20_000):
        pass
    assert window.ready


def test_damage_found_after_the_first_paint_offers_the_backup_and_writes_nothing(
        qtbot, session_factory, monkeypatch):
    from remonitor.store.connection import connect
    from remonitor.store.errors import StoreDamaged

    first = session_factory()
    db = first.window.data_dir / "remonitor.sqlite3"
    first.close()
    conn = connect(db)
    make_backup(conn, db, "daily")
    conn.close()
    count = _counts(db)
    let_go, _checking = _slow_check(monkeypatch, StoreDamaged(db, "is damaged (test).", ""))
    failed = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: failed.append(a) or QMessageBox.StandardButton.No)
    session = session_factory(wait=False)
    with qtbot.waitSignal(session.window.chart.sig_loaded, timeout=20_000):
        session.window.show()
    let_go.set()
    # The status says so at once; the backup is offered once a worker has found it sound.
    qtbot.waitUntil(lambda: session.window.status.refreshed.text() == "Store unavailable"
                    and bool(failed), timeout=20_000)
    assert not session.window.ready and _counts(db) == count
    assert "is damaged (test)." in failed[0][2]  # the backup offered, with the reason


def _counts(db):
    import sqlite3

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("import_batch", "observation", "event", "licence_application")]
    finally:
        conn.close()


def _nothing():
    from remonitor.edits import Edit

    return Edit("nothing", lambda conn, ctx: None)
