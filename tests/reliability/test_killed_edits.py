"""Edits killed at every point: a child process makes a run of edits and kills itself
(SIGKILL, as a power cut or the OOM killer would) just before the k-th SQL statement of
one of them — for every k. Afterwards the store holds every edit the child acknowledged,
each with its audit trail, and nothing of the one cut short: the history and the rows it
describes always agree.

A random kill rarely lands between two statements of one edit (a test of that kind still
passed with the transaction removed from ``save_new_application``); killing at each
statement in turn always does."""

from __future__ import annotations

import shutil
import sqlite3
import sys
from datetime import date
from pathlib import Path

import pytest

from tests.reliability.children import ROOT

EDITS = 4
"""Edits per child: two before the one killed, so acknowledged edits are there to lose."""
VICTIM = 2
PARALLEL = 4

CHILD = """
import os, signal, sys
from datetime import date
from pathlib import Path
from remonitor.store.connection import connect
from tests.reliability.test_killed_edits import EDIT
db, kind, victim, kill_at = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
conn = connect(db)
count = [0]

def trace(statement):
    count[0] += 1
    if count[0] == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)

for i in range({edits}):
    if i == victim:
        conn.set_trace_callback(trace)
    EDIT[kind](conn, i)
    conn.set_trace_callback(None)
    print("ack", i, count[0] if i == victim else "", flush=True)
"""


def _new_application(conn, i):
    from remonitor.core.licence import Status
    from remonitor.store.applications import save_new_application
    from tests.factories import application

    save_new_application(conn, application(f"K-NEW-{i}", Status.SUBMITTED))


def _status_change(conn, i):
    from remonitor.core.licence import Status
    from remonitor.store.workflow import change_status

    change_status(conn, [_app_id(conn, f"K-SUB-{i}")], Status.ACCEPTED, date(2025, 10, 1),
                  "killed-edit test")


def _approval(conn, i):
    from remonitor.core.licence import Approval
    from remonitor.store.workflow import approve

    approve(conn, _app_id(conn, f"K-ACC-{i}"), Approval(f"LIC-{i}", date(2025, 11, 1),
                                                       date(2026, 10, 31), 100.0),
            date(2025, 11, 1))


def _shipment(conn, i):
    from remonitor.store.shipments import add_shipment

    add_shipment(conn, _app_id(conn, "K-APPROVED"), date(2025, 12, 1 + i), 1.0, f"S{i}")


def _import(conn, i):
    from remonitor.importers.commit import import_file

    import_file(conn, Path(conn.execute("PRAGMA database_list").fetchone()[2]).parent
                / f"figures-{i}.csv")


def _undo(conn, i):
    from remonitor.store.batches import undo_batch

    batch = conn.execute("SELECT id FROM import_batch WHERE file_name = ?",
                         (f"undo-{i}.csv",)).fetchone()[0]
    undo_batch(conn, batch)


EDIT = {"new application": _new_application, "status change": _status_change,
        "approval": _approval, "shipment": _shipment, "import": _import, "undo": _undo}


def _app_id(conn, reference: str) -> int:
    return conn.execute("SELECT id FROM licence_application WHERE reference = ?",
                        (reference,)).fetchone()[0]


def _figures(path: Path, tag: str) -> None:
    path.write_text("period,value,flow,reporter,partner,product,measure,unit,source\n" +
                    "".join(f"2024-{m:02d},{m}.25,export,CHN,{tag},284690,quantity,t,desk\n"
                            for m in range(1, 13)), encoding="utf-8")


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """A store holding what every kind of edit works on."""
    from remonitor.core.licence import Approval, Status
    from remonitor.importers.commit import import_file
    from remonitor.importers.reference import ensure_reference_dataset
    from remonitor.store.applications import save_new_application
    from remonitor.store.connection import connect
    from remonitor.store.location import prepare_data_dir
    from remonitor.store.migrations import migrate
    from remonitor.store.workflow import approve, change_status
    from tests.factories import application

    folder = tmp_path_factory.mktemp("killed")
    db = prepare_data_dir(folder / "data")
    conn = connect(db)
    migrate(conn)
    ensure_reference_dataset(conn)
    for i in range(EDITS):
        save_new_application(conn, application(f"K-SUB-{i}", Status.SUBMITTED))
        app = save_new_application(conn, application(f"K-ACC-{i}", Status.SUBMITTED))
        change_status(conn, [app], Status.ACCEPTED, date(2025, 10, 1))
        _figures(db.parent / f"figures-{i}.csv", f"F{i}")
        _figures(db.parent / f"undo-{i}.csv", f"U{i}")
        import_file(conn, db.parent / f"undo-{i}.csv")
    app = save_new_application(conn, application("K-APPROVED", Status.SUBMITTED))
    change_status(conn, [app], Status.ACCEPTED, date(2025, 10, 1))
    approve(conn, app, Approval("LIC-SHIP", date(2025, 11, 1), date(2026, 10, 31), 100.0),
            date(2025, 11, 1))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return db


def _copy(template: Path, folder: Path) -> Path:
    shutil.copytree(template.parent, folder)
    return folder / template.name


def _start(code: str, db: Path, kind: str, kill_at: int):
    import subprocess

    return subprocess.Popen([sys.executable, "-c", code, str(db), kind, str(VICTIM),
                             str(kill_at)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, cwd=ROOT,
                            env={"PYTHONPATH": f"{ROOT / 'src'}:{ROOT}", "PATH": "/usr/bin"})


def _acks(child) -> list[str]:
    out, err = child.communicate(timeout=120)
    assert "Traceback" not in err, err
    return [line for line in out.splitlines() if line.startswith("ack")]


def _run(code: str, db: Path, kind: str, kill_at: int) -> list[str]:
    return _acks(_start(code, db, kind, kill_at))


def _check(db: Path, kind: str, acked: list[int]) -> None:
    conn = sqlite3.connect(db)
    q = conn.execute
    assert q("PRAGMA integrity_check").fetchone()[0] == "ok"
    # Whatever the kind: no application without its creation in the history.
    assert q("SELECT count(*) FROM licence_application a WHERE NOT EXISTS (SELECT 1 FROM "
             "licence_history h WHERE h.application_id = a.id)").fetchone()[0] == 0
    # An application's status is the last status its history gives.
    assert q("""SELECT count(*) FROM licence_application a WHERE a.status != coalesce((
                  SELECT new_value FROM licence_history h WHERE h.application_id = a.id
                  AND h.field = 'status' ORDER BY h.id DESC LIMIT 1), 'draft')
                  AND EXISTS (SELECT 1 FROM licence_history h WHERE h.application_id = a.id
                  AND h.field = 'status')""").fetchone()[0] == 0
    # Each shipment and each licence number with its line in the history.
    assert q("""SELECT count(*) FROM licence_application a WHERE (SELECT count(*) FROM
                licence_shipment s WHERE s.application_id = a.id) != (SELECT count(*) FROM
                licence_history h WHERE h.application_id = a.id AND h.field = 'shipment')
             """).fetchone()[0] == 0
    assert q("""SELECT count(*) FROM licence_application a WHERE (a.licence_number != '') !=
                EXISTS (SELECT 1 FROM licence_history h WHERE h.application_id = a.id AND
                h.field = 'licence_number')""").fetchone()[0] == 0
    # Each batch with exactly the figures it says it added.
    assert q("""SELECT count(*) FROM import_batch b WHERE b.rows_added != (SELECT count(*)
                FROM observation o WHERE o.batch_id = b.id) + (SELECT count(*) FROM event e
                WHERE e.batch_id = b.id) AND b.rows_revised = 0""").fetchone()[0] == 0
    for i in acked:
        if kind == "new application":
            assert q("SELECT count(*) FROM licence_application WHERE reference = ?",
                     (f"K-NEW-{i}",)).fetchone()[0] == 1
        elif kind == "status change":
            assert q("SELECT status FROM licence_application WHERE reference = ?",
                     (f"K-SUB-{i}",)).fetchone()[0] == "accepted"
        elif kind == "approval":
            assert q("SELECT licence_number FROM licence_application WHERE reference = ?",
                     (f"K-ACC-{i}",)).fetchone()[0] == f"LIC-{i}"
        elif kind == "shipment":
            assert q("SELECT count(*) FROM licence_shipment WHERE reference = ?",
                     (f"S{i}",)).fetchone()[0] == 1
        elif kind == "import":
            assert q("SELECT rows_added FROM import_batch WHERE file_name = ?",
                     (f"figures-{i}.csv",)).fetchone()[0] == 12
        elif kind == "undo":
            assert q("SELECT count(*) FROM import_batch WHERE file_name = ?",
                     (f"undo-{i}.csv",)).fetchone()[0] == 0
    conn.close()


@pytest.mark.parametrize("kind", list(EDIT))
def test_an_edit_killed_before_any_of_its_statements_leaves_the_store_whole(
        template, tmp_path, kind):
    code = CHILD.format(edits=EDITS)
    full = _run(code, _copy(template, tmp_path / "full"), kind, 10**9)
    statements = int(full[VICTIM].split()[2])
    assert statements >= 3, full  # BEGIN, the writes, COMMIT at the least
    points = list(range(1, statements + 1))
    for start in range(0, len(points), PARALLEL):  # independent runs, a few at a time
        batch = {k: _copy(template, tmp_path / f"k{k}") for k in points[start:start + PARALLEL]}
        children = {k: _start(code, db, kind, k) for k, db in batch.items()}
        for kill_at, child in children.items():
            acked = [int(line.split()[1]) for line in _acks(child)]
            assert acked == list(range(VICTIM)), f"killed at statement {kill_at}: {acked}"
            _check(batch[kill_at], kind, acked)
    _check(tmp_path / "full" / template.name, kind, list(range(EDITS)))
