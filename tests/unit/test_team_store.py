"""The team store: one schema by the same migrations on SQLite and PostgreSQL, the licence
register working alike on both, and what the server itself enforces on a team store —
history that no one alters, viewers who cannot write, each history row naming the
database user who wrote it."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from remonitor.core.licence import LicenceApplication
from remonitor.store.applications import (
    get_application,
    history,
    list_applications,
    save_new_application,
    update_application,
)
from remonitor.store.errors import StoreForbidden, StoreUnavailable
from remonitor.store.migrations import LATEST_VERSION, migrate, schema_version
from remonitor.store.team import connect_team, connection_settings, redacted, role_of


def _columns(conn) -> dict[str, list[str]]:
    """Every table of the store and its columns, as each database describes itself."""
    if getattr(conn, "address", None):
        rows = conn.execute(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = 'remonitor' ORDER BY table_name, ordinal_position"
        ).fetchall()
    else:
        rows = conn.execute(
            "SELECT m.name, p.name FROM sqlite_schema m, pragma_table_info(m.name) p "
            "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' "
            "AND m.name NOT LIKE 'licence_search%' ORDER BY m.name, p.cid").fetchall()
    tables: dict[str, list[str]] = {}
    for table, column in rows:
        tables.setdefault(table, []).append(column)
    tables.pop("schema_version", None)  # PostgreSQL's stand-in for PRAGMA user_version
    # PostgreSQL's stand-in for the rowid SQLite gives event_source implicitly.
    tables["event_source"] = [c for c in tables.get("event_source", []) if c != "rowid"]
    # The search box's index is each database's own: SQLite's trigram tables (left out
    # above), PostgreSQL's over a lower-cased copy of the fields.
    tables["licence_application"] = [c for c in tables.get("licence_application", [])
                                     if c != "search_body"]
    return tables


def test_the_same_migrations_make_the_same_schema_on_both(data_dir, team_store):
    from remonitor.store.connection import connect
    from remonitor.store.location import prepare_data_dir

    local = connect(prepare_data_dir(data_dir))
    migrate(local)
    team = connect_team(team_store("alice"))
    assert schema_version(team) == schema_version(local) == LATEST_VERSION
    assert _columns(team) == _columns(local)
    assert migrate(team) == []  # nothing left to do; an editor never migrates


def _application(reference: str = "DESK-2025-001", **changes) -> LicenceApplication:
    fields = dict(reference=reference, applicant="Ganzhou Rare Earth Co.",
                  item="dysprosium oxide", hs_code="284690", elements=("Dy",),
                  quantity=500.0, destination="Japan", submitted_on=date(2025, 4, 20))
    fields.update(changes)
    return LicenceApplication(**fields)


def test_the_licence_register_works_alike_on_both(any_store):
    app_id = save_new_application(any_store, _application())
    changed = update_application(any_store, app_id, _application(quantity=650.0),
                                 reason="MOFCOM asked for the contract")
    assert changed == ["quantity"]
    assert get_application(any_store, app_id).quantity == 650.0
    assert [a.id for a in list_applications(any_store)] == [app_id]
    lines = history(any_store, app_id)
    assert lines[0].field == "created" and lines[-1].field == "quantity"
    assert (lines[-1].old_value, lines[-1].new_value) == ("500", "650")
    with pytest.raises(ValueError, match="already exists"):
        save_new_application(any_store, _application())
    # A refused constraint is one error on both: nothing of the change is stored.
    with pytest.raises(sqlite3.IntegrityError):
        any_store.execute("INSERT INTO licence_application (reference, created_at, "
                          "updated_at, status) VALUES ('X', 'now', 'now', 'lost')")
    assert len(list_applications(any_store)) == 1


def test_history_is_append_only_even_for_its_owner(team_store):
    editor = connect_team(team_store("alice"))
    app_id = save_new_application(editor, _application())
    for sql in ("UPDATE licence_history SET new_value = 'forged'",
                "DELETE FROM licence_history"):
        with pytest.raises(StoreForbidden):  # the editor: no such privilege
            editor.execute(sql)
        admin = connect_team(team_store("adam"))
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):  # the trigger
            admin.execute(sql)
        admin.close()
    assert history(editor, app_id)[0].new_value == "DESK-2025-001"


def test_history_names_the_database_user_not_what_the_client_says(team_store, monkeypatch):
    monkeypatch.setenv("REMONITOR_USER_NAME", "someone else")
    bob = connect_team(team_store("bob"))
    app_id = save_new_application(bob, _application())
    assert {h.changed_by for h in history(bob, app_id)} == {"bob"}


def test_a_viewer_reads_and_cannot_write(team_store):
    save_new_application(connect_team(team_store("alice")), _application())
    viewer = connect_team(team_store("vera"))
    assert role_of(viewer) == "viewer"
    assert [a.application.reference for a in list_applications(viewer)] == ["DESK-2025-001"]
    with pytest.raises(StoreForbidden, match="your role may not"):
        save_new_application(viewer, _application("DESK-2025-002"))
    assert not viewer.in_transaction  # rolled back, the connection usable
    assert len(list_applications(viewer)) == 1


def test_roles_as_the_server_knows_them(team_store):
    assert [role_of(connect_team(team_store(u))) for u in ("vera", "alice", "adam")] == [
        "viewer", "editor", "admin"]


def test_a_team_connection_compiles_no_statement(team_store):
    """JIT off: compiling a statement that crosses the planner's cost line took 0.28 s of a
    1.5 s summary of a million figures; the store's statements are short."""
    assert connect_team(team_store("alice")).execute("SHOW jit").fetchone() == ("off",)


def test_the_tracker_search_is_planned_for_its_word_every_time(team_store):
    """psycopg prepares a statement run five times; the server's generic plan of the
    search, its word unknown, read the whole trigram index for a one-letter word (190-230
    ms a keystroke over 100,000 applications, against 67 ms planned for the word)."""
    from remonitor.store.licence_query import ApplicationQuery, query_applications

    alice = connect_team(team_store("alice"))
    for n in range(30):
        save_new_application(alice, _application(f"DESK-2025-{n:03d}"))
    for _ in range(4):  # prepared after five runs, then planned five times before
        for word in ("g", "ga", "gan", "d", "de", "desk"):  # the generic plan is weighed
            query_applications(alice, ApplicationQuery(text=word), {}, date(2025, 6, 1))
    plans = alice.execute("SELECT generic_plans, custom_plans FROM pg_prepared_statements "
                          "WHERE statement LIKE '%search_body LIKE%'").fetchall()
    assert plans and all(generic == 0 and custom > 0 for generic, custom in plans)


def test_one_desk_sees_one_register(team_store):
    alice, bob = connect_team(team_store("alice")), connect_team(team_store("bob"))
    app_id = save_new_application(alice, _application())
    update_application(bob, app_id, _application(destination="Korea"))
    assert get_application(alice, app_id).destination == "Korea"
    assert [h.changed_by for h in history(alice, app_id)][-1] == "bob"


def test_tls_is_required_unless_the_server_is_on_this_machine():
    assert connection_settings("postgresql://a@db.desk.example/rm")["sslmode"] == "require"
    assert "sslmode" not in connection_settings("postgresql://a@localhost/rm")
    assert connection_settings(
        "postgresql://a@db.desk.example/rm?sslmode=verify-full")["sslmode"] == "verify-full"
    with pytest.raises(StoreUnavailable, match="sslmode=disable"):
        connection_settings("postgresql://a@db.desk.example/rm?sslmode=disable")


def test_a_password_is_never_shown():
    shown = redacted("postgresql://alice:s3cret@db.desk.example:5433/rm?sslmode=require")
    assert "s3cret" not in shown
    assert shown == "postgresql://alice@db.desk.example:5433/rm (sslmode=require)"


def test_an_unreachable_server_is_said_in_words(postgres_cluster):
    url = postgres_cluster.url().replace(str(postgres_cluster.port), "1")
    with pytest.raises(StoreUnavailable, match="cannot be reached") as refused:
        connect_team(url)
    assert refused.value.where.startswith("postgresql://postgres@127.0.0.1:1/")


def test_a_save_from_an_older_reading_is_refused_on_both(any_store):
    from remonitor.store.applications import EditConflict

    app_id = save_new_application(any_store, _application())
    (read,) = list_applications(any_store)  # two people open the same application
    update_application(any_store, app_id, _application(quantity=650.0), base=read)
    with pytest.raises(EditConflict, match=r"quantity: 500 → 650"):
        update_application(any_store, app_id, _application(destination="Korea"), base=read)
    held = get_application(any_store, app_id)
    assert (held.quantity, held.destination) == (650.0, "Japan")  # theirs, whole
    (again,) = list_applications(any_store)
    assert again.version == read.version + 1
    update_application(any_store, app_id, _application(quantity=650.0, destination="Korea"),
                       base=again)  # read afresh: saved
    assert get_application(any_store, app_id).destination == "Korea"


def test_two_saves_racing_on_a_team_store_cannot_both_pass(team_store):
    """Both read version 1; both check it before either writes (the server interleaves
    them): the version in the UPDATE itself refuses the second."""
    from remonitor.store import applications
    from remonitor.store.applications import EditConflict

    alice, bob = connect_team(team_store("alice")), connect_team(team_store("bob"))
    app_id = save_new_application(alice, _application())
    (read,) = list_applications(alice)
    # Bob's save happens between Alice's check and her UPDATE.
    original = applications._refuse_if_changed
    calls = []

    def then_bob_saves(conn, base, current, force=False):
        original(conn, base, current, force)
        if conn is alice and not calls:
            calls.append(1)
            update_application(bob, app_id, _application(quantity=700.0), base=read)

    applications._refuse_if_changed = then_bob_saves
    try:
        with pytest.raises(EditConflict, match="saved by bob"):
            update_application(alice, app_id, _application(destination="Korea"), base=read)
    finally:
        applications._refuse_if_changed = original
    held = get_application(alice, app_id)
    assert (held.quantity, held.destination) == (700.0, "Japan")


def columns(*values):
    import numpy as np

    return [np.array(v, dtype=np.int64) for v in values]


def batch_and_series(team) -> tuple[int, int]:
    """A batch and a series of a team store, in the transaction open on ``team``."""
    from remonitor.store.batches import create_batch

    batch = create_batch(team, file_name="f.csv", file_hash="h", format="x",
                         release_date=date(2025, 1, 1))
    sid = team.execute("INSERT INTO series (flow, reporter, partner, product, measure, "
                       "unit, source) VALUES ('export', 'CHN', 'JPN', '2846', 'value', "
                       "'USD', 't') RETURNING id").fetchone()[0]
    return batch, sid


def test_figures_go_in_by_binary_copy_exactly_as_given(team_store):
    """A big file's figures reach a team store as one binary COPY built from their arrays
    a part at a time: every integer as given (the widest a figure may be, negative ones),
    a figure without a label NULL, the same batch, no release, an empty note."""
    from remonitor.store.connection import transaction
    from remonitor.store.observations import insert_columns
    from remonitor.store.team import binary_rows

    team = connect_team(team_store("alice"))
    with transaction(team):
        batch, sid = batch_and_series(team)
        label = team.execute("INSERT INTO label (edition, description) VALUES ('H6', "
                             "'Rare-earth compounds') RETURNING id").fetchone()[0]
        big = 2**63 - 1
        insert_columns(team, batch, [
            columns([sid] * 3, [300, 301, 302], [300, 301, 302], [5, big, -big], [0, 3, 15],
                    [-1, label, -1]),
            columns([sid], [303], [314], [0], [2], [label])])
    held = team.execute("SELECT first_month, last_month, mantissa, decimals, label_id, "
                        "released, release_approximate, batch_id, note FROM observation "
                        "ORDER BY first_month").fetchall()
    assert [tuple(r) for r in held] == [
        (300, 300, 5, 0, None, None, 0, batch, ""),
        (301, 301, big, 3, label, None, 0, batch, ""),
        (302, 302, -big, 15, None, None, 0, batch, ""),
        (303, 314, 0, 2, label, None, 0, batch, "")]
    with pytest.raises(ValueError, match="empty texts only"):
        binary_rows((columns([1])[0], "a note"))


def test_a_figures_references_are_checked_per_statement_on_a_team_store(team_store):
    """On PostgreSQL a figure's series, batch and label are checked once per statement
    (store.migrations v9), with the guarantees of a foreign key."""
    from remonitor.store.batches import undo_batch
    from remonitor.store.connection import transaction
    from remonitor.store.observations import insert_columns

    team = connect_team(team_store("alice"))
    with transaction(team):
        batch, sid = batch_and_series(team)
        insert_columns(team, batch, [columns([sid], [300], [300], [5], [0], [-1])])
    for series, batch_id, label in ((sid + 99, batch, -1), (sid, batch + 99, -1),
                                    (sid, batch, 12345)):
        with pytest.raises(sqlite3.IntegrityError, match="not held"), transaction(team):
            insert_columns(team, batch_id,
                           [columns([series], [301], [301], [5], [0], [label])])
    with pytest.raises(sqlite3.IntegrityError, match="still holds figures"):
        team.execute("DELETE FROM series WHERE id = ?", (sid,))
    undo_batch(team, batch)  # a batch taken away takes its figures
    assert team.execute("SELECT count(*) FROM observation").fetchone()[0] == 0


def test_a_batchs_figures_are_found_by_block_ranges_on_a_team_store(team_store):
    """A team store finds a batch's figures through a BRIN index (store.migrations v11):
    the planner reads it for a batch, and a batch undone takes exactly its figures, also
    when a later batch's figures fill the pages it left."""
    from remonitor.store.batches import create_batch, undo_batch
    from remonitor.store.connection import transaction
    from remonitor.store.observations import insert_columns

    team = connect_team(team_store("alice"))
    assert team.execute("SELECT a.amname FROM pg_class c JOIN pg_am a ON a.oid = c.relam "
                        "WHERE c.relname = 'observation_by_batch'").fetchone()[0] == "brin"
    n = 30_000  # a few hundred pages: several block ranges a batch
    months = list(range(n))
    batches = []
    for i in range(4):
        with transaction(team):
            if i == 0:
                batch, sid = batch_and_series(team)
            else:
                batch = create_batch(team, file_name=f"f{i}.csv", file_hash=f"h{i}",
                                     format="x", release_date=date(2025, 1, 1))
            insert_columns(team, batch, [columns([sid] * n, months, months, [i] * n,
                                                 [0] * n, [-1] * n)])
        batches.append(batch)
        if i == 2:  # the middle batch goes, and the server reuses its pages
            undo_batch(team, batches[1])
            team.execute("VACUUM observation")
    team.execute("ANALYZE observation")
    team.execute("SET enable_seqscan = off")
    plan = "\n".join(r[0] for r in team.execute(
        "EXPLAIN SELECT count(*) FROM observation WHERE batch_id = ?", (batches[3],)))
    assert "Bitmap Index Scan on observation_by_batch" in plan
    team.execute("RESET enable_seqscan")
    undo_batch(team, batches[3])
    held = team.execute("SELECT batch_id, count(*), min(mantissa), max(mantissa) FROM "
                        "observation GROUP BY batch_id ORDER BY batch_id").fetchall()
    assert [tuple(r) for r in held] == [(batches[0], n, 0, 0), (batches[2], n, 2, 2)]
    team.close()


def test_placeholders_become_psycopgs_outside_quoted_text():
    from remonitor.store.dialect import POSTGRESQL, SQLITE

    sql = ("SELECT x::text, '?:a%' FROM t WHERE a = ? AND b LIKE '%y%' AND "
           "c IN (SELECT value FROM json_each(?))")
    assert SQLITE.statement(sql, (1, 2)) == sql
    assert POSTGRESQL.statement(sql, (1, 2)) == (
        "SELECT x::text, '?:a%%' FROM t WHERE a = %s AND b LIKE '%%y%%' AND c IN "
        "(SELECT CAST(jsonb_array_elements_text(CAST(%s AS jsonb)) AS bigint))")
    assert POSTGRESQL.statement("SELECT :a, ':b', x::int WHERE y = :c", {"a": 1, "c": 2}) \
        == "SELECT %(a)s, ':b', x::int WHERE y = %(c)s"
    assert POSTGRESQL.statement("SELECT '100%'", None) == "SELECT '100%'"  # no parameters


def test_a_team_store_made_before_the_search_copy_gains_it(postgres_cluster, monkeypatch):
    """``remonitor team init`` brings a team store of version 9 up to date: its
    applications are found by the search box through the lower-cased copy of their fields
    (migrations v10), one letter or many."""
    import functools

    import psycopg

    from remonitor.store import migrations
    from remonitor.store.licence_query import ApplicationQuery, query_applications
    from remonitor.store.team import init_team_store

    with psycopg.connect(postgres_cluster.url(), autocommit=True) as conn:
        conn.execute("CREATE DATABASE before_v10")
    url = postgres_cluster.url("before_v10")
    try:
        with monkeypatch.context() as older:
            older.setattr(migrations, "migrate",
                          functools.partial(migrations.migrate, target=9))
            init_team_store(url)
        team = connect_team(url)
        app_id = save_new_application(team, _application(applicant="Ganzhou Über Co."))
        assert init_team_store(url) == list(range(10, LATEST_VERSION + 1))
        # ASCII in any case; other letters as the server's locale folds them (the test
        # cluster's is C: none), as ILIKE did.
        for text in ("G", "GANZHOU Üb", "Über", "co."):
            found = query_applications(team, ApplicationQuery(text=text), {}, date.today())
            assert found.ids == [app_id], text
        assert query_applications(team, ApplicationQuery(text="q"), {}, date.today()).ids == []
        team.close()
    finally:
        with psycopg.connect(postgres_cluster.url(), autocommit=True) as conn:
            conn.execute("DROP DATABASE before_v10 WITH (FORCE)")
