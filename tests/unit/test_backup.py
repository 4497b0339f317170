"""Backups: made by SQLite's online backup API, rolled, checked before they are trusted,
restored with the current file kept aside — and made before migrations and big imports."""

import sqlite3

import pytest

from remonitor.importers.commit import import_file
from remonitor.store import backup as backups
from remonitor.store.backup import (
    check_backup,
    daily_backup,
    list_backups,
    make_backup,
    migrate_safely,
    restore_backup,
)
from remonitor.store.connection import connect
from remonitor.store.location import prepare_data_dir
from remonitor.store.migrations import LATEST_VERSION, migrate

ROWS = "period,value,flow,reporter,partner,product,measure,unit,source\n"


def count(db, table="import_batch"):
    conn = sqlite3.connect(db)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def test_backups_roll_are_private_and_restore_keeps_the_current_file(store, data_dir, tmp_path):
    db = data_dir / "remonitor.sqlite3"
    made = make_backup(store, db, "daily")
    assert made.stat().st_mode & 0o777 == 0o600 and check_backup(made) == ""
    batches = count(made)
    first = tmp_path / "remonitor-20260101-000000-kept.sqlite3"
    first.write_bytes(made.read_bytes())
    extra = tmp_path / "more.csv"
    extra.write_text(ROWS + "2025-05,1,export,CHN,WLD,x,quantity,t,desk\n", encoding="utf-8")
    import_file(store, extra)
    for i in range(12):
        make_backup(store, db, f"test{i}", keep=10)
    assert len(list_backups(db)) == 10 and made not in [b.path for b in list_backups(db)]
    assert count(list_backups(db)[0].path) == batches + 1
    store.close()
    aside = restore_backup(db, first)
    assert count(db) == batches  # the backup is the store now
    assert count(aside) == batches + 1  # and what was there is kept, not overwritten
    assert not list(data_dir.glob("*.part")) and not list(data_dir.glob("*.restoring"))


def test_a_damaged_backup_is_refused_before_anything_moves(store, data_dir):
    db = data_dir / "remonitor.sqlite3"
    good = make_backup(store, db, "daily")
    store.close()
    bad = good.with_name("remonitor-20260101-000000-broken.sqlite3")
    raw = bytearray(good.read_bytes())
    raw[4096:8192] = b"\xff" * 4096  # a page of garbage
    bad.write_bytes(bytes(raw))
    assert check_backup(bad) != ""
    before = db.read_bytes()
    with pytest.raises(ValueError, match="cannot be restored"):
        restore_backup(db, bad)
    assert db.read_bytes() == before
    notes = good.with_name("remonitor-20260101-000000-notes.sqlite3")
    notes.write_text("not a database")
    assert "not a remonitor database" in check_backup(notes)


def test_a_migration_and_a_big_import_are_preceded_by_a_backup(data_dir, tmp_path,
                                                              monkeypatch):
    db = prepare_data_dir(data_dir)
    conn = connect(db)
    migrate(conn, target=LATEST_VERSION - 1)
    migrate_safely(conn)
    made = list_backups(db)
    assert [b.reason for b in made] == [f"before-v{LATEST_VERSION}"]
    assert sqlite3.connect(made[0].path).execute("PRAGMA user_version").fetchone()[0] == \
        LATEST_VERSION - 1  # the store as it was before the change
    migrate_safely(conn)  # nothing to migrate: no backup
    assert len(list_backups(db)) == 1
    monkeypatch.setattr("remonitor.importers.commit.BIG_IMPORT_BYTES", 10)
    big = tmp_path / "big.csv"
    big.write_text(ROWS + "2025-05,1,export,CHN,WLD,x,quantity,t,desk\n", encoding="utf-8")
    import_file(conn, big)
    assert list_backups(db)[0].reason == "before-import"
    assert daily_backup(conn) is None  # there is one of today already
    conn.close()


def test_the_daily_backup_is_made_once_and_only_of_a_store_with_something(store, data_dir):
    db = data_dir / "remonitor.sqlite3"
    assert daily_backup(store) is not None  # the reference dataset is something
    assert daily_backup(store) is None and len(list_backups(db)) == 1


def test_an_online_backup_is_consistent_while_another_connection_writes(store, data_dir):
    db = data_dir / "remonitor.sqlite3"
    writer = connect(db)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO meta (key, value) VALUES ('half', 'written')")
    copy = make_backup(store, db, "daily", pages_per_step=1)
    writer.execute("ROLLBACK")
    writer.close()
    assert check_backup(copy) == ""
    assert sqlite3.connect(copy).execute(
        "SELECT count(*) FROM meta WHERE key = 'half'").fetchone()[0] == 0


def test_a_stepped_backup_is_a_snapshot_and_the_writer_commits_between_its_steps(
        store, data_dir):
    """The day's backup runs on a read-only connection in steps: commits made between the
    steps land (they neither wait for the copy nor restart it) and the copy is the store as
    it was when it began."""
    db = data_dir / "remonitor.sqlite3"
    reader = connect(db, readonly=True)
    writer = connect(db)
    before = count(db, "meta")
    steps: list[tuple[int, int]] = []

    def write_between(done, total):
        steps.append((done, total))
        writer.execute("INSERT INTO meta (key, value) VALUES (?, 'x')", (f"k{len(steps)}",))
        writer.commit() if writer.in_transaction else None

    copy = make_backup(reader, db, "daily", pages_per_step=4, progress=write_between)
    reader.close()
    pages = steps[-1][1]
    assert len(steps) == -(-pages // 4) > 10 and steps[-1][0] == pages  # never restarted
    assert count(db, "meta") == before + len(steps)  # every commit landed meanwhile
    assert count(copy, "meta") == before  # the copy: the store when the copy began
    assert check_backup(copy) == ""
    writer.close()


def test_a_cancelled_backup_leaves_nothing_behind(store, data_dir):
    db = data_dir / "remonitor.sqlite3"

    def cancel(done, total):
        raise KeyboardInterrupt  # what TaskCancelled does from the task's progress

    with pytest.raises(KeyboardInterrupt):
        make_backup(store, db, "daily", pages_per_step=1, progress=cancel)
    assert list_backups(db) == [] and not list(backups.backups_dir(db).iterdir())
    assert not store.in_transaction


def test_keep_count_is_a_module_setting():
    assert backups.KEEP >= 5
