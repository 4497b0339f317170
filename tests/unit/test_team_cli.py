"""Setting up a desk's team store from the command line: init, grant, push (verified table
by table), status, and the everyday commands with --store."""

from __future__ import annotations

import psycopg
import pytest

from remonitor.app.cli import main
from remonitor.importers.commit import import_file
from remonitor.importers.formats import ImportOptions
from remonitor.importers.problems import ImportFailed
from remonitor.store.applications import list_applications
from remonitor.store.team import connect_team
from remonitor.store.team_push import push_store, store_tables, table_check

from ..conftest import shared_files

OPTIONS = {"oec": ImportOptions(product="2846")}
"""What a file needs said that it does not say itself (OEC names no product)."""


@pytest.fixture
def empty_database(postgres_cluster):
    name = "desk_cli"
    with psycopg.connect(postgres_cluster.url(), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {name}")
    yield postgres_cluster.url(name)
    with psycopg.connect(postgres_cluster.url(), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE {name} WITH (FORCE)")


def test_a_desk_is_set_up_pushed_and_used_from_the_command_line(
        empty_database, postgres_cluster, store, shared_data, data_dir, capsys):
    url = empty_database
    # The local store: the bundled dataset plus every real file remonitor reads alone.
    imported = 0
    for path in shared_files():
        options = OPTIONS.get(path.parent.name, ImportOptions())
        try:
            imported += import_file(store, path, options=options).added > 0
        except ImportFailed:
            continue  # a file that needs the wizard's mapping
    assert imported >= 8
    assert main(["team", "init", url]) == 0
    assert "roles remonitor_viewer, remonitor_editor, remonitor_owner ready" in \
        capsys.readouterr().out
    assert main(["team", "init", url]) == 0  # again: nothing to do, nothing broken
    assert main(["team", "grant", url, "alice", "editor"]) == 0
    assert main(["team", "grant", url, "vera", "viewer"]) == 0

    assert main(["--data-dir", str(data_dir), "team", "push", url]) == 0
    out = capsys.readouterr().out
    assert out.count(": equal") == len(store_tables(store))
    team = connect_team(url)
    for table in store_tables(store):  # read again here: what was copied is what is held
        columns = [r[0] for r in store.execute(
            "SELECT name FROM pragma_table_info(?) ORDER BY cid", (table,))]
        assert table_check(team, table, columns) == table_check(store, table, columns)
    team.close()

    alice = postgres_cluster.url("desk_cli", "alice")
    assert main(["team", "status", alice]) == 0
    assert "you are alice, editor" in capsys.readouterr().out
    # The everyday commands on the team store: an export reads what the push brought.
    out_file = data_dir.parent / "figures.csv"
    assert main(["export", "figures", str(out_file), "--store", alice]) == 0
    local_file = data_dir.parent / "local.csv"
    assert main(["--data-dir", str(data_dir), "export", "figures", str(local_file)]) == 0
    assert out_file.read_bytes() == local_file.read_bytes()
    # A second push is refused: the team store is no longer empty, and nothing changes.
    assert main(["--data-dir", str(data_dir), "team", "push", url]) == 2
    assert "is not empty" in capsys.readouterr().err
    # A viewer reads, and its writes are refused by the server.
    vera = postgres_cluster.url("desk_cli", "vera")
    apps = data_dir.parent / "apps.csv"
    apps.write_text("reference,applicant\nDESK-9,Baotou\n", "utf-8")
    assert main(["import", "--applications", str(apps), "--store", vera]) == 2
    assert "your role may not" in capsys.readouterr().err
    assert main(["import", "--applications", str(apps), "--store", alice]) == 0
    assert [a.application.reference for a in list_applications(connect_team(alice))
            ][-1] == "DESK-9"


def test_a_push_that_would_not_verify_leaves_nothing(team_store, store, monkeypatch):
    from remonitor.store import team_push as team_module

    real = team_module.table_check

    def unequal(conn, table, columns):  # the copy of one table comes out different
        check = real(conn, table, columns)
        if getattr(conn, "address", None) and table == "licence_history":
            return team_module.TableCheck(table, check.rows + 1, check.digest)
        return check

    monkeypatch.setattr(team_module, "table_check", unequal)
    with pytest.raises(team_module.StoreUnavailable, match="received licence_history "
                                                           "unequal"):
        push_store(store, team_store("adam"))
    team = connect_team(team_store("alice"))
    assert team.execute("SELECT count(*) FROM observation").fetchone()[0] == 0
