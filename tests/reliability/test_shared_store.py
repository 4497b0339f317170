"""One store, several processes: the window (a writer thread and a short-lived read
connection per task), the command line, the inbox's import process. Nothing committed is
ever lost, and a writer that meets another's long import waits, saying so."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import pytest

from remonitor.core.licence import Status
from remonitor.store import connection
from remonitor.store.applications import save_new_application
from remonitor.store.connection import connect, waiting_reported
from remonitor.store.location import prepare_data_dir
from tests.factories import application
from tests.reliability.children import run_child, run_cli

FIGURES = "period,value,flow,reporter,partner,product,measure,unit,source\n"

HOLD_THE_STORE = """
import sys
from pathlib import Path
from remonitor.store.connection import connect
conn = connect(Path({db!r}))
conn.execute("BEGIN IMMEDIATE")
conn.execute("INSERT INTO meta (key, value) VALUES ('held', 'by the child')")
print("holding", flush=True)
sys.stdin.readline()  # until the test says: release
conn.execute("COMMIT")
conn.close()
print("released", flush=True)
"""


def release(child) -> None:
    """Tell a HOLD_THE_STORE child to commit and go."""
    child.stdin.write("release\n")
    child.stdin.close()


def figures_file(folder: Path, name: str, tag: str, rows: int = 3) -> Path:
    path = folder / name
    path.write_text(FIGURES + "".join(f"2024-{m:02d},{m}.5,export,CHN,{tag},280530,quantity,"
                                      f"t,desk\n" for m in range(1, rows + 1)),
                    encoding="utf-8")
    return path


def test_the_windows_connections_beside_another_process_lose_no_commit(qtbot, tmp_path):
    """The window's pattern: one writer thread, and a fresh read connection for every
    task; beside it the command line opens, writes and closes the store. Opening the file
    outside SQLite (as the store once did for every read) dropped the window's locks: the
    other process then deleted the write-ahead log under it and later commits were lost."""
    from remonitor.workers.tasks import TaskRunner
    from remonitor.workers.writer import StoreWriter

    data = tmp_path / "data"
    db = prepare_data_dir(data)
    writer, runner = StoreWriter(db), TaskRunner(db)
    with qtbot.waitSignal(writer.sig_ready, timeout=20_000):
        writer.start()

    def in_window(ref: str) -> None:
        job = writer.submit("save", lambda conn, ctx: save_new_application(
            conn, application(ref, Status.DRAFT)))
        with qtbot.waitSignal(job.sig_finished, timeout=20_000):
            pass
        assert job.error is None, job.error

    def read_in_window() -> int:
        task = runner.read("count", lambda conn, ctx: conn.execute(
            "SELECT count(*) FROM licence_application").fetchone()[0])
        got: list[int] = []
        task.sig_result.connect(got.append)
        with qtbot.waitSignal(task.sig_finished, timeout=20_000):
            pass
        assert task.error is None, task.error.message  # was: disk I/O error
        return got[0]

    try:
        for i in range(3):
            in_window(f"W-{i}")
            read_in_window()
            done = run_cli("--data-dir", str(data), "import",
                           str(figures_file(tmp_path, f"f{i}.csv", f"P{i}")))
            assert done.returncode == 0, done.stderr
            assert db.with_name(db.name + "-wal").exists()  # still the window's log
            in_window(f"W-{i}b")
            assert read_in_window() == 2 * (i + 1)
    finally:
        runner.shutdown()
        assert writer.stop()
    conn = sqlite3.connect(db)  # after the window quit
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    refs = {r[0] for r in conn.execute("SELECT reference FROM licence_application")}
    assert refs == {f"W-{i}{b}" for i in range(3) for b in ("", "b")}
    assert conn.execute("SELECT count(*) FROM import_batch WHERE file_name LIKE 'f_.csv'"
                        ).fetchone()[0] == 3
    conn.close()


def test_a_write_waits_out_another_processs_long_import_and_says_so(store, data_dir,
                                                                   monkeypatch):
    db = data_dir / "remonitor.sqlite3"
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 300)
    conn = connect(db)  # busy timeout 0.3 s: the child holds the store far longer
    child = run_child(HOLD_THE_STORE.format(db=str(db)))
    assert child.stdout.readline().strip() == "holding"
    waited: list[float] = []

    def report(seconds: float) -> None:  # the wait is said; past 1.2 s the child lets go
        waited.append(seconds)
        if seconds > 1.2 and not child.stdin.closed:
            release(child)

    started = time.monotonic()
    with waiting_reported(report):
        save_new_application(conn, application("RE-WAITED", Status.DRAFT))
    assert time.monotonic() - started > 1.0 and waited  # it waited, and said so meanwhile
    assert child.wait(timeout=30) == 0
    assert conn.execute("SELECT count(*) FROM licence_application WHERE reference = "
                        "'RE-WAITED'").fetchone()[0] == 1
    conn.close()


def test_a_wait_can_be_cancelled_and_stores_nothing(store, data_dir, monkeypatch):
    from remonitor.store.errors import StoreBusy

    db = data_dir / "remonitor.sqlite3"
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 200)
    conn = connect(db)
    child = run_child(HOLD_THE_STORE.format(db=str(db)))
    assert child.stdout.readline().strip() == "holding"
    asked = []
    with waiting_reported(asked.append, lambda: len(asked) >= 2), \
            pytest.raises(StoreBusy, match="cancelled"):
        save_new_application(conn, application("RE-CANCELLED", Status.DRAFT))
    release(child)
    child.wait(timeout=30)
    assert conn.execute("SELECT count(*) FROM licence_application WHERE reference = "
                        "'RE-CANCELLED'").fetchone()[0] == 0
    conn.close()


def test_the_command_line_waits_for_the_windows_long_write_and_names_it(store, data_dir,
                                                                        tmp_path):
    """The window holds the write lock longer than SQLite's busy timeout (5 s), as a big
    import does; ``remonitor import`` waits, says for whom, and then stores its file."""
    db = data_dir / "remonitor.sqlite3"
    (data_dir / "remonitor.lock").write_text(f"{os.getpid()}\nremonitor\n\n")
    store.execute("BEGIN IMMEDIATE")
    store.execute("INSERT INTO meta (key, value) VALUES ('window', 'importing')")
    import subprocess
    import sys

    cli = subprocess.Popen(
        [sys.executable, "-m", "remonitor", "--data-dir", str(data_dir), "import",
         str(figures_file(tmp_path, "waits.csv", "WAIT"))], stderr=subprocess.PIPE,
        stdout=subprocess.PIPE, text=True,
        env=os.environ | {"PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")})
    said = ""
    for line in cli.stderr:
        said += line
        if "waiting for" in line:
            break
    # Said from the CLI's stepped wait, after SQLite's 5 s busy timeout: let go now.
    store.execute("COMMIT")
    out, err = cli.communicate(timeout=60)
    assert cli.returncode == 0, said + err
    assert f"the remonitor window (process {os.getpid()})" in said
    assert "added 3" in out
    assert "Traceback" not in said + err
    assert sqlite3.connect(db).execute("SELECT count(*) FROM import_batch WHERE file_name = "
                                       "'waits.csv'").fetchone()[0] == 1


def test_one_file_imported_by_two_processes_at_once_is_one_batch(store, data_dir, tmp_path):
    """Both check the file's hash before either has written it; the check made again under
    the write lock makes the second one find the first's batch."""
    import subprocess
    import sys

    path = figures_file(tmp_path, "twice.csv", "TWICE", rows=12)
    store.execute("BEGIN IMMEDIATE")  # both get as far as waiting for the lock
    env = os.environ | {"PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")}
    clis = [subprocess.Popen([sys.executable, "-m", "remonitor", "--data-dir", str(data_dir),
                              "import", str(path)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=env) for _ in range(2)]
    for cli in clis:
        for line in cli.stderr:
            if "waiting for" in line:
                break
    store.execute("COMMIT")
    outs = [cli.communicate(timeout=60) for cli in clis]
    assert [c.returncode for c in clis] == [0, 0], outs
    assert sum("already imported" in out for out, _ in outs) == 1
    assert store.execute("SELECT count(*) FROM import_batch WHERE file_name = 'twice.csv'"
                         ).fetchone()[0] == 1
