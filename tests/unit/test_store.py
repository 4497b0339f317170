"""The store: migrations, pragmas, permissions, refusal of bad files, the audit trail."""

import os
import sqlite3
import stat
from datetime import date

import pytest

from remonitor.core.licence import LicenceApplication
from remonitor.store.applications import history, list_applications, save_new_application
from remonitor.store.connection import connect, transaction
from remonitor.store.errors import StoreUnavailable
from remonitor.store.location import prepare_data_dir, resolve_data_dir
from remonitor.store.migrations import LATEST_VERSION, MIGRATIONS, migrate, schema_version


def tables(conn):
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}


def test_migrates_an_empty_file_to_the_latest_version(data_dir):
    conn = connect(prepare_data_dir(data_dir))
    assert migrate(conn) == list(range(1, LATEST_VERSION + 1))
    assert schema_version(conn) == LATEST_VERSION
    assert {"series", "observation", "import_batch", "event", "event_link",
            "licence_application", "licence_history"} <= tables(conn)
    assert migrate(conn) == []


@pytest.mark.parametrize("start", range(1, LATEST_VERSION))
def test_migrates_from_every_earlier_version(data_dir, start):
    conn = connect(prepare_data_dir(data_dir))
    migrate(conn, target=start)
    assert schema_version(conn) == start
    assert migrate(conn) == list(range(start + 1, LATEST_VERSION + 1))
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_failing_migration_leaves_the_previous_version(data_dir, monkeypatch):
    from remonitor.store import migrations

    conn = connect(prepare_data_dir(data_dir))
    migrate(conn, target=1)
    broken = [*MIGRATIONS[1][:2], "CREATE TABLE broken (x INTEGER) STRICT NONSENSE"]
    monkeypatch.setattr(migrations, "MIGRATIONS", (MIGRATIONS[0], broken, MIGRATIONS[2]))
    with pytest.raises(sqlite3.OperationalError):
        migrations.migrate(conn)
    assert schema_version(conn) == 1
    assert "event" not in tables(conn)


def test_tables_are_strict_and_foreign_keys_on(store):
    assert store.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    with pytest.raises(sqlite3.IntegrityError, match="cannot store TEXT"):  # STRICT
        store.execute("INSERT INTO observation (series_id, first_month, last_month, value, "
                      "decimals, batch_id) VALUES (1, 1, 1, 1.0, 'two', 1)")
    with pytest.raises(sqlite3.IntegrityError):
        store.execute("INSERT INTO observation (series_id, first_month, last_month, value, "
                      "decimals, batch_id) VALUES (999, 1, 1, 1.0, 0, 999)")


def test_data_dir_and_database_are_private(data_dir):
    db = prepare_data_dir(data_dir)
    connect(db).close()
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE(db.stat().st_mode) == 0o600


def test_data_dir_resolution_order(tmp_path, monkeypatch):
    monkeypatch.setenv("REMONITOR_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir(None) == tmp_path / "env"
    assert resolve_data_dir(tmp_path / "cli") == tmp_path / "cli"
    monkeypatch.delenv("REMONITOR_DATA_DIR")
    assert "remonitor" in str(resolve_data_dir(None))


def test_a_corrupt_database_is_refused_and_never_overwritten(data_dir):
    db = prepare_data_dir(data_dir)
    junk = b"this is not a database\n" * 100
    db.write_bytes(junk)
    with pytest.raises(StoreUnavailable) as err:
        connect(db)
    assert str(db) in err.value.message and "not changed" in err.value.message
    assert db.read_bytes() == junk


def test_a_damaged_sqlite_file_is_refused_and_kept(data_dir):
    db = prepare_data_dir(data_dir)
    conn = connect(db)
    migrate(conn)
    conn.close()
    raw = bytearray(db.read_bytes())
    raw[100:4096] = b"\xff" * (4096 - 100)  # header intact, schema page destroyed
    db.write_bytes(bytes(raw))
    with pytest.raises(StoreUnavailable, match="damaged"):
        connect(db)
    assert db.read_bytes() == bytes(raw)


def deny_writes_to(monkeypatch, path):
    """Root ignores file modes, so deny through os.access the way a non-owner would see it."""
    real = os.access

    def access(p, mode, *args, **kwargs):
        if os.fspath(p) == os.fspath(path) and mode & os.W_OK:
            return False
        return real(p, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)


def test_an_unwritable_data_dir_is_refused(data_dir, monkeypatch):
    data_dir.mkdir(mode=0o500)
    deny_writes_to(monkeypatch, data_dir)
    with pytest.raises(StoreUnavailable, match="not writable") as err:
        prepare_data_dir(data_dir)
    assert str(data_dir) in err.value.message


def test_a_read_only_database_is_refused_and_unchanged(data_dir, monkeypatch):
    db = prepare_data_dir(data_dir)
    connect(db).close()
    before = db.read_bytes()
    db.chmod(0o400)
    deny_writes_to(monkeypatch, db)
    with pytest.raises(StoreUnavailable, match="read-only"):
        connect(db)
    assert db.read_bytes() == before


def test_a_newer_schema_is_refused(data_dir):
    conn = connect(prepare_data_dir(data_dir))
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    with pytest.raises(StoreUnavailable, match="newer remonitor"):
        migrate(conn)


def test_licence_history_is_append_only(store, monkeypatch):
    monkeypatch.setenv("REMONITOR_USER_NAME", "Analyst One")
    app_id = save_new_application(store, LicenceApplication(
        reference="RE-1", applicant="ACME", quantity=10.0, submitted_on=date(2026, 1, 5)))
    entries = history(store, app_id)
    assert [e.field for e in entries][:2] == ["created", "applicant"]
    assert all("Analyst One" in e.changed_by for e in entries)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.execute("UPDATE licence_history SET new_value = 'x'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.execute("DELETE FROM licence_history")
    with pytest.raises(sqlite3.IntegrityError):  # the record cannot vanish beneath its history
        store.execute("DELETE FROM licence_application WHERE id = ?", (app_id,))
    assert len(history(store, app_id)) == len(entries)


def test_a_duplicate_reference_is_refused_and_nothing_is_written(store):
    save_new_application(store, LicenceApplication(reference="RE-1"))
    with pytest.raises(ValueError, match="already exists"):
        save_new_application(store, LicenceApplication(reference="RE-1", applicant="B"))
    assert len(list_applications(store)) == 1


def test_transaction_rolls_back_everything_on_error(store):
    with pytest.raises(RuntimeError), transaction(store):
        store.execute("INSERT INTO meta (key, value) VALUES ('a', 'b')")
        raise RuntimeError
    assert store.execute("SELECT count(*) FROM meta WHERE key = 'a'").fetchone()[0] == 0
