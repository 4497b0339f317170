"""An import killed mid-transaction leaves the store exactly as it was."""

import os
import signal
import subprocess
import sys

import pytest

from remonitor.importers.commit import CHUNK
from remonitor.store.connection import connect

HEADER = "period,value,flow,reporter,partner,product,measure,unit,source\n"


@pytest.fixture(scope="module")
def big_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("big") / "figures.csv"
    rows = 4 * CHUNK
    with path.open("w", encoding="utf-8") as fh:
        fh.write(HEADER)
        for i in range(rows):
            year, month = 1990 + (i // 12) % 30, i % 12 + 1
            fh.write(f"{year}-{month:02d},{i}.5,export,CHN,P{i // 360},2846,quantity,kg,TEST\n")
    return path, rows


def counts(data_dir):
    conn = connect(data_dir / "remonitor.sqlite3", readonly=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return (conn.execute("SELECT count(*) FROM import_batch").fetchone()[0],
                conn.execute("SELECT count(*) FROM observation").fetchone()[0])
    finally:
        conn.close()


def start_import(data_dir, path):
    return subprocess.Popen(
        [sys.executable, "-m", "remonitor", "--data-dir", str(data_dir), "import", str(path)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"})


def prepare(tmp_path):
    data_dir = tmp_path / "data"
    subprocess.run([sys.executable, "-m", "remonitor", "--data-dir", str(data_dir), "export",
                    "events", str(tmp_path / "e.csv")], check=True, capture_output=True)
    return data_dir, counts(data_dir)


@pytest.mark.slow
def test_sigkill_inside_the_transaction_changes_nothing(tmp_path, big_file):
    path, _ = big_file
    data_dir, before = prepare(tmp_path)
    proc = start_import(data_dir, path)
    for line in proc.stderr:
        if line.startswith("progress:"):
            done, total = map(int, line.split()[1].split("/"))
            if CHUNK <= done < total:
                break  # the first chunk is written, inside the open transaction
    else:
        pytest.fail(f"no progress report past the first chunk (exit {proc.wait()})")
    assert proc.poll() is None, "the import finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    assert counts(data_dir) == before


@pytest.mark.slow
def test_the_same_import_without_the_kill_commits_every_row(tmp_path, big_file):
    path, rows = big_file
    data_dir, (batches, observations) = prepare(tmp_path)
    proc = start_import(data_dir, path)
    proc.stderr.read()
    assert proc.wait() == 0
    assert counts(data_dir) == (batches + 1, observations + rows)
