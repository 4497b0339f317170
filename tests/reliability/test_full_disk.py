"""A disk that fills up, for real: a small tmpfs mounted by the test (as root; otherwise
the tests skip and say why). An import, a backup and an export that meet the full disk are
refused in words, and what was stored before is whole."""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.reliability.children import run_cli

FIGURES = "period,value,flow,reporter,partner,product,measure,unit,source\n"


@pytest.fixture
def small_disk(tmp_path) -> Path:
    where = tmp_path / "disk"
    where.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m,mode=0700", "tmpfs",
                              str(where)], capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"a small file system cannot be mounted here ({mounted.stderr.strip()}); "
                    "these tests need root")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def fill(disk: Path, leave: int) -> None:
    """Take all of ``disk``'s free space but ``leave`` bytes."""
    import os

    st = os.statvfs(disk)
    (disk / "filler").write_bytes(b"\0" * max(st.f_bavail * st.f_frsize - leave, 0))


def big_figures(path: Path, rows: int) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        fh.write(FIGURES)
        for i in range(rows):
            fh.write(f"{2000 + i // 2400}-{i // 200 % 12 + 1:02d},{i}.5,export,CHN,P{i % 200},"
                     f"2846{i % 10},quantity,t,a rather long source name to fill pages\n")
    return path


def test_an_import_that_fills_the_disk_is_refused_and_the_store_is_whole(small_disk,
                                                                           tmp_path):
    data = small_disk / "data"
    small = tmp_path / "small.csv"
    small.write_text(FIGURES + "2024-01,1.5,export,CHN,KEPT,280530,quantity,t,desk\n",
                     encoding="utf-8")
    assert run_cli("--data-dir", str(data), "import", str(small)).returncode == 0
    done = run_cli("--data-dir", str(data), "import",
                   str(big_figures(tmp_path / "big.csv", 200_000)))
    assert done.returncode == 2, done.stdout + done.stderr
    assert "The disk holding the store is full" in done.stderr
    assert "Traceback" not in done.stderr
    conn = sqlite3.connect(data / "remonitor.sqlite3")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM import_batch WHERE file_name = 'big.csv'"
                        ).fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM series WHERE partner = 'KEPT'").fetchone()[0] == 1
    conn.close()


def test_a_backup_that_fills_the_disk_leaves_no_part_and_keeps_the_others(small_disk,
                                                                          tmp_path):
    from remonitor.importers.reference import ensure_reference_dataset
    from remonitor.store.backup import backups_dir, list_backups, make_backup
    from remonitor.store.connection import connect
    from remonitor.store.location import prepare_data_dir
    from remonitor.store.migrations import migrate

    db = prepare_data_dir(small_disk / "data")
    conn = connect(db)
    migrate(conn)
    ensure_reference_dataset(conn)
    first = make_backup(conn, db, "first")
    fill(small_disk, leave=64 * 1024)  # less room than one more copy takes
    with pytest.raises(sqlite3.OperationalError, match="full"):
        make_backup(conn, db, "more")
    assert first in [b.path for b in list_backups(db)]
    assert not [p for p in backups_dir(db).iterdir() if ".part" in p.name]
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_an_export_to_a_full_disk_leaves_no_partial_file(small_disk):
    from remonitor.exporters.tables import write_table

    target = small_disk / "out.csv"
    with pytest.raises(OSError, match="No space left"):
        write_table(target, ["a", "b"], ([i, "x" * 200] for i in range(100_000)))
    assert list(small_disk.iterdir()) == []
