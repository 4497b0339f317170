"""More guarantees of docs/reliability.md: a writer killed at a random moment, two processes
writing at once, limits on hostile files, no network, a private data folder, no store on a
network share. Each test fails when its guarantee is broken."""

import contextlib
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from remonitor.importers.commit import build_plan, import_file
from remonitor.importers.numbers import parse_number
from remonitor.importers.periods import parse_period
from remonitor.importers.problems import ImportFailed

ROOT = Path(__file__).resolve().parents[2]
ROWS = "period,value,flow,reporter,partner,product,measure,unit,source\n"

CHILD_EDITS = """
import sys
from pathlib import Path
sys.path.insert(0, {root!r})
from remonitor.core.licence import Status
from remonitor.store.backup import migrate_safely
from remonitor.store.connection import connect
from remonitor.store.applications import save_new_application
from tests.factories import application
conn = connect(Path({db!r}))
migrate_safely(conn)
for i in range(100000):
    save_new_application(conn, application(f"RE-{{i:05d}}", Status.SUBMITTED))
    print(i, flush=True)
"""

def run_child(code: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                            cwd=ROOT, env=os.environ | {"PYTHONPATH": str(ROOT / "src")})


def test_a_licence_edit_killed_midway_keeps_every_committed_edit(store, data_dir):
    db = data_dir / "remonitor.sqlite3"
    store.close()
    child = run_child(CHILD_EDITS.format(root=str(ROOT), db=str(db)))
    last = -1
    for line in child.stdout:
        last = int(line)
        if last >= 60:
            break
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert last >= 60, "the child stopped before it was killed"
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    refs = {r[0] for r in conn.execute("SELECT reference FROM licence_application")}
    assert {f"RE-{i:05d}" for i in range(last + 1)} <= refs  # every committed one is there
    # The child may have committed more before the kill reached it than this side had read
    # (a loaded machine), but edits commit in order: what is stored is a run from the first
    # with no gap, and the one in flight left nothing.
    assert refs == {f"RE-{i:05d}" for i in range(len(refs))}
    orphans = conn.execute(
        "SELECT count(*) FROM licence_application a WHERE NOT EXISTS ("
        "SELECT 1 FROM licence_history h WHERE h.application_id = a.id)").fetchone()[0]
    assert orphans == 0  # no application without its audit line: nothing half-written
    conn.close()


CHILD_WRITER = """
from pathlib import Path
from remonitor.core.licence import Status
from remonitor.store.connection import connect
from remonitor.store.applications import save_new_application
import sys
sys.path.insert(0, {root!r})
from tests.factories import application
conn = connect(Path({db!r}))
for i in range(150):
    save_new_application(conn, application(f"{tag}-{{i:03d}}", Status.DRAFT))
print("ok", flush=True)
"""


def test_two_processes_writing_at_once_never_see_database_is_locked(store, data_dir):
    db = data_dir / "remonitor.sqlite3"
    from remonitor.core.licence import Status
    from remonitor.store.applications import save_new_application
    from tests.factories import application

    children = [run_child(CHILD_WRITER.format(root=str(ROOT), db=str(db), tag=t))
                for t in ("A", "B")]
    for i in range(150):  # and this process writes at the same time (the window)
        save_new_application(store, application(f"C-{i:03d}", Status.DRAFT))
    outputs = [c.communicate(timeout=120) for c in children]
    assert [c.returncode for c in children] == [0, 0], outputs
    counts = dict(store.execute("SELECT substr(reference, 1, 1), count(*) FROM "
                                "licence_application GROUP BY 1").fetchall())
    assert counts == {"A": 150, "B": 150, "C": 150}  # each sees the others' changes


def test_a_zip_bomb_workbook_is_refused_by_a_limit(tmp_path):
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as sheet:
            block = b"<c>0</c>" * 8192
            for _ in range(1200):  # ~75 MiB unpacked, a few hundred KiB packed
                sheet.write(block)
    assert bomb.stat().st_size < 2 * 1024**2
    with pytest.raises(ImportFailed, match="workbooks that expand like this are refused"):
        build_plan(bomb)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=40))
def test_the_period_and_number_parsers_answer_or_refuse_never_crash(text):
    for parse in (parse_period, parse_number):
        with contextlib.suppress(ValueError):  # a refusal, worded; anything else fails
            parse(text)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=3000), st.sampled_from([".csv", ".xlsx", ".txt"]))
def test_any_bytes_are_imported_or_refused_and_a_refusal_writes_nothing(store, tmp_path,
                                                                        raw, suffix):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(raw)
    before = store.execute("SELECT count(*) FROM import_batch").fetchone()[0]
    try:
        import_file(store, path)
    except ImportFailed:
        assert store.execute("SELECT count(*) FROM import_batch").fetchone()[0] == before


def test_starting_and_importing_open_no_network_connection(tmp_path, monkeypatch):
    calls = []
    real = socket.socket.connect

    def connect_spy(self, address):
        calls.append(address)
        return real(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect_spy)
    from remonitor.app.cli import main

    figures = tmp_path / "f.csv"
    figures.write_text(ROWS + "2025-05,1,export,CHN,WLD,x,quantity,t,desk\n", encoding="utf-8")
    assert main(["--data-dir", str(tmp_path / "d"), "import", str(figures)]) == 0
    assert main(["--data-dir", str(tmp_path / "d"), "export", "figures",
                 str(tmp_path / "out.xlsx")]) == 0
    assert calls == []


def test_data_folder_backups_and_documents_are_private(store, data_dir):
    from remonitor.store.backup import make_backup

    made = make_backup(store, data_dir / "remonitor.sqlite3", "daily")
    assert data_dir.stat().st_mode & 0o777 == 0o700
    assert made.parent.stat().st_mode & 0o777 == 0o700
    assert made.stat().st_mode & 0o777 == 0o600


def test_reading_a_big_text_file_line_is_limited_not_exhausted(tmp_path):
    path = tmp_path / "one-line.csv"
    with path.open("w") as fh:
        fh.write("period,value\n" + "9" * 3_000_000 + "\n")
    with pytest.raises(ImportFailed, match="lines over 1,000,000 are refused"):
        build_plan(path)


def test_a_data_folder_on_a_network_share_is_refused_with_the_reason(tmp_path, monkeypatch):
    from remonitor.store import location
    from remonitor.store.errors import StoreUnavailable

    share = tmp_path / "share"
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/sda1 / ext4 rw 0 0\n//nas/desk {share} cifs rw 0 0\n")
    assert location.network_filesystem(share / "remonitor", mounts) == "cifs"
    assert location.network_filesystem(tmp_path / "local", mounts) is None
    monkeypatch.setattr(location, "MOUNTS", mounts)
    monkeypatch.setattr(location.network_filesystem, "__defaults__", (mounts,))
    with pytest.raises(StoreUnavailable, match="network file system \\(cifs\\)"):
        location.prepare_data_dir(share / "remonitor")
