"""The store: migrations, pragmas, permissions, refusal of bad files, the audit trail."""

import os
import sqlite3
import stat
from datetime import date

import pytest

from remonitor.core.licence import LicenceApplication
from remonitor.store.applications import history, list_applications, save_new_application
from remonitor.store.connection import connect, transaction
from remonitor.store.errors import StoreForbidden, StoreUnavailable
from remonitor.store.location import prepare_data_dir, resolve_data_dir
from remonitor.store.migrations import LATEST_VERSION, MIGRATIONS, migrate, schema_version

pytestmark = pytest.mark.both_backends


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


@pytest.mark.sqlite_only
def test_tables_are_strict_and_foreign_keys_on(store):
    assert store.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    with pytest.raises(sqlite3.IntegrityError, match="cannot store TEXT"):  # STRICT
        store.execute("INSERT INTO observation (series_id, first_month, last_month, mantissa, "
                      "decimals, batch_id) VALUES (1, 1, 1, 10, 'two', 1)")
    with pytest.raises(sqlite3.IntegrityError, match="cannot store REAL"):  # exact only
        store.execute("INSERT INTO observation (series_id, first_month, last_month, mantissa, "
                      "decimals, batch_id) VALUES (1, 1, 1, 1.5, 1, 1)")
    with pytest.raises(sqlite3.IntegrityError):
        store.execute("INSERT INTO observation (series_id, first_month, last_month, mantissa, "
                      "decimals, batch_id) VALUES (999, 1, 1, 10, 1, 999)")


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
    team = getattr(store, "address", None) is not None
    # A team store names the database user, whatever the client says; an editor has no
    # privilege to alter history (store.team; the trigger behind it: test_team_store).
    who, refused = ("alice", StoreForbidden) if team else ("Analyst One", sqlite3.IntegrityError)
    assert all(who in e.changed_by for e in entries)
    with pytest.raises(refused):
        store.execute("UPDATE licence_history SET new_value = 'x'")
    with pytest.raises(refused):
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


def test_a_schema_6_store_is_merged_into_one_series_per_identity(data_dir):
    """Schema 7 keys series by codes, keeps definitions as labels and values as exact
    mantissas: three HS editions of one Comtrade series become one, M49 and GAC codes
    become the country table's, and float noise is rounded away."""
    from remonitor.store.observations import list_series, observations_for

    conn = connect(prepare_data_dir(data_dir))
    migrate(conn, target=6)
    conn.execute("INSERT INTO import_batch (id, file_name, file_hash, format, release_date, "
                 "imported_at, imported_by) VALUES (1, 'TradeData.csv', 'h', 'comtrade-plus', "
                 "'2025-01-20', '2025-01-20T00:00:00', 'me')")
    for sid, definition, year, value in ((1, "H4 8542: Electronic integrated circuits", 2014,
                                          9680795326.0),
                                         (2, "H5 8542: Electronic integrated circuits", 2017,
                                          24630.999999999996),
                                         (3, "H6 8542: Electronic integrated circuits", 2022,
                                          534882540.0000001)):
        conn.execute("INSERT INTO series (id, flow, reporter, partner, product, measure, unit, "
                     "source, definition) VALUES (?, 'import', 'M49:764', 'WLD', '8542', "
                     "'value', 'USD', 'UN Comtrade', ?)", (sid, definition))
        conn.execute("INSERT INTO observation (series_id, first_month, last_month, batch_id, "
                     "value, decimals, note) VALUES (?, ?, ?, 1, ?, ?, '')",
                     (sid, year * 12, year * 12 + 11, value, 2 if sid == 1 else 12))
    conn.execute("INSERT INTO series (id, flow, reporter, partner, product, measure, unit, "
                 "source, definition) VALUES (4, 'export', 'CHN', 'GAC:502', '2846', "
                 "'quantity', 'kg', 'GAC', '稀土化合物')")
    conn.commit()
    migrate(conn)
    (thailand,) = [s for s in list_series(conn) if s.key.product == "8542"]
    assert (thailand.key.reporter, thailand.observations) == ("THA", 3)
    figures = {o.span.label(): (str(o.value), o.label.edition)
               for o in observations_for(conn, thailand.id)}
    assert figures == {"2014": ("9680795326.00", "H4"), "2017": ("24631", "H5"),
                       "2022": ("534882540", "H6")}
    partners = {r[0] for r in conn.execute("SELECT partner FROM series WHERE source = 'GAC'")}
    assert partners == {"USA"}
    conn.close()


def test_codes_a_newer_country_table_knows_are_mapped_once_and_series_merged(store):
    """GAC:999 was kept as written; a table that knows it as Japan maps it on the next
    start, merging its figures into the Japan series already held."""
    from dataclasses import replace
    from datetime import date
    from decimal import Decimal

    from remonitor.core.countries import CountryTable
    from remonitor.core.periods import MonthSpan
    from remonitor.core.series import Flow, Measure, NewObservation, SeriesKey
    from remonitor.resources import country_table
    from remonitor.store.batches import create_batch
    from remonitor.store.connection import transaction
    from remonitor.store.observations import insert_observations, list_series
    from remonitor.store.places import remap_places

    key = SeriesKey(Flow.EXPORT, "CHN", "JPN", "2846", Measure.QUANTITY, "kg", "GAC")
    with transaction(store):
        batch = create_batch(store, file_name="q.csv", file_hash="q", format="t",
                             release_date=date(2025, 2, 20))
        insert_observations(store, batch, [
            NewObservation(key, MonthSpan.month(2025, 1), Decimal(5), 0),
            NewObservation(replace(key, partner="GAC:999"), MonthSpan.month(2025, 2),
                           Decimal(7), 0)])
    old = country_table()
    assert remap_places(store, old) == frozenset()  # this table was applied already
    newer = CountryTable([replace(c, gac="999") if c.code == "JPN" else c
                          for c in old.countries], old.version + 1)
    (japan,) = remap_places(store, newer)
    (held,) = [s for s in list_series(store) if s.key.product == "2846"]
    assert held.id == japan and held.key.partner == "JPN" and held.observations == 2
    assert remap_places(store, newer) == frozenset()  # once per version
