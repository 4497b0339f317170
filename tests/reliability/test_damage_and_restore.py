"""A damaged store is found before it is trusted or copied; a sound backup is never pushed
out by a damaged one; an empty store file is damage, not a new store; copies left by killed
backups are cleaned up; a restore cut short at any step leaves a store to open."""

from __future__ import annotations

import os
import signal
import sqlite3
from pathlib import Path

import pytest

from remonitor.store import backup as backups
from remonitor.store.backup import (
    check_open_store,
    list_backups,
    make_backup,
    open_checked,
    restore_backup,
)
from remonitor.store.connection import connect
from remonitor.store.errors import StoreDamaged, StoreUnavailable
from tests.reliability.children import run_child, run_cli

FIGURES = "period,value,flow,reporter,partner,product,measure,unit,source\n"


def filled_store(store, data_dir: Path, tmp_path: Path) -> Path:
    """The store with some thousands of figures, closed, its log folded in."""
    from remonitor.importers.commit import import_file

    path = tmp_path / "many.csv"
    path.write_text(FIGURES + "".join(
        f"{2000 + i // 240}-{i // 20 % 12 + 1:02d},{i},export,CHN,P{i % 20},280530,quantity,"
        f"t,desk\n" for i in range(6000)), encoding="utf-8")
    import_file(store, path)
    store.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return data_dir / "remonitor.sqlite3"


def damage(db: Path) -> None:
    """Garbage over data pages in the middle of the file, as a failing disk leaves it."""
    size = db.stat().st_size
    with db.open("r+b") as fh:
        for page in range(size // 4096 // 3, size // 4096 // 3 + 4):
            fh.seek(page * 4096)
            fh.write(os.urandom(4096))


def test_a_damaged_store_is_refused_before_it_is_trusted(store, data_dir, tmp_path):
    db = filled_store(store, data_dir, tmp_path)
    damage(db)
    done = run_cli("--data-dir", str(data_dir), "export", "figures", str(tmp_path / "f.csv"))
    assert done.returncode == 2 and "is damaged (SQLite's check says" in done.stderr
    assert "Traceback" not in done.stderr and not (tmp_path / "f.csv").exists()
    with pytest.raises(StoreDamaged):
        open_checked(db)


def test_a_damaged_store_never_becomes_a_backup_nor_pushes_a_sound_one_out(
        store, data_dir, tmp_path):
    db = data_dir / "remonitor.sqlite3"
    for n in range(backups.KEEP):
        make_backup(store, db, f"sound{n}")
    sound = [b.path for b in list_backups(db)]
    db = filled_store(store, data_dir, tmp_path)
    damage(db)
    conn = connect(db)  # opened without the check, as a store damaged while open is
    with pytest.raises(StoreDamaged, match="No backup was made"):
        make_backup(conn, db, "daily")
    conn.close()
    assert [b.path for b in list_backups(db)] == sound
    assert not [p for p in sound[0].parent.iterdir() if ".part" in p.name]


def test_an_empty_store_file_is_damage_and_the_sound_backup_is_found(store, data_dir):
    db = data_dir / "remonitor.sqlite3"
    made = make_backup(store, db, "daily")
    store.close()
    for extra in ("-wal", "-shm"):
        db.with_name(db.name + extra).unlink(missing_ok=True)
    db.write_bytes(b"")
    with pytest.raises(StoreUnavailable, match=r"is empty \(0 bytes\)"):
        connect(db)
    assert db.stat().st_size == 0  # not made into a new, empty store
    assert backups.latest_sound_backup(db).path == made
    done = run_cli("--data-dir", str(data_dir), "export", "events", str(data_dir / "e.csv"))
    assert done.returncode == 2 and "is empty (0 bytes)" in done.stderr


def test_the_check_at_opening_keeps_to_its_budget_on_a_big_store(store, data_dir, tmp_path):
    db = filled_store(store, data_dir, tmp_path)
    conn = connect(db)
    assert backups.quick_check(conn, budget_s=0) is None  # out of time: not a verdict
    check_open_store(conn, budget_s=0)  # and no refusal for what it could not read
    assert backups.quick_check(conn) == ""
    conn.close()


KILLED_BACKUP = """
from pathlib import Path
from remonitor.store.backup import make_backup
from remonitor.store.connection import connect
conn = connect(Path({db!r}))
print("backing up", flush=True)

def copied(done, total):
    print(f"copied {{done}} of {{total}}", flush=True)
    __import__("time").sleep(0.001)

make_backup(conn, Path({db!r}), "daily", pages_per_step=1, progress=copied)
"""


def test_a_killed_backup_leaves_no_false_backup_and_its_copy_is_cleaned_up(store, data_dir):
    db = data_dir / "remonitor.sqlite3"
    store.executemany("INSERT INTO meta (key, value) VALUES (?, ?)",
                      [(f"pad{i}", "x" * 2000) for i in range(3000)])
    for _ in range(3):
        child = run_child(KILLED_BACKUP.format(db=str(db)))
        assert child.stdout.readline().strip() == "backing up"
        for line in child.stdout:
            done, total = (int(n) for n in line.split()[1::2])
            if done >= total // 3:
                break
        child.send_signal(signal.SIGKILL)
        child.wait()
    folder = backups.backups_dir(db)
    assert list_backups(db) == []  # a half copy is never taken for a backup
    # Each new attempt swept its dead predecessor's copy: only the last one's is left ...
    assert {p.name.split(".part-")[1].split("-")[0] for p in folder.iterdir()} == \
        {str(child.pid)}
    made = make_backup(store, db, "daily")  # ... and the next backup sweeps that too
    assert [p for p in folder.iterdir()] == [made]
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


@pytest.mark.parametrize("cut_at", range(1, 6))
def test_a_restore_cut_short_at_any_step_leaves_a_store_that_opens(store, data_dir,
                                                                    monkeypatch, cut_at):
    """The restore's file operations (links, renames, removals) fail at step ``cut_at`` as
    if the machine went down there; the next start finishes the restore or undoes it."""
    db = data_dir / "remonitor.sqlite3"
    made = make_backup(store, db, "daily")
    store.execute("INSERT INTO meta (key, value) VALUES ('after', 'the backup')")
    store.close()
    steps = [0]

    class Down(Exception):
        pass

    def step(real):
        def wrapped(*args, **kwargs):
            steps[0] += 1
            if steps[0] == cut_at:
                raise Down
            return real(*args, **kwargs)
        return wrapped

    for name in ("replace", "link"):
        monkeypatch.setattr(backups.os, name, step(getattr(os, name)))
    monkeypatch.setattr(Path, "unlink", step(Path.unlink))
    try:
        restore_backup(db, made)
        finished = True
    except Down:
        finished = False
    monkeypatch.undo()
    conn = open_checked(db)  # the next start
    after = conn.execute("SELECT count(*) FROM meta WHERE key = 'after'").fetchone()[0]
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM import_batch").fetchone()[0] > 0  # not empty
    conn.close()
    assert after in (0, 1)  # the backup's contents, or the store's as it was
    if finished:
        assert after == 0
    leftovers = [p.name for p in data_dir.iterdir() if p.name.endswith((".restoring",
                                                                       ".restoring.part"))]
    assert leftovers == []


def test_the_check_stops_inside_sqlites_long_step_when_asked(tmp_path):
    """SQLite checks a b-tree in one step of its program, and calls a progress handler only
    between steps: the check is stopped from another thread (sqlite3_interrupt), so a
    closing window or a spent budget never waits for a big table's step to end."""
    import threading

    db = tmp_path / "big.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE t (a INTEGER, b TEXT)")
    conn.executemany("INSERT INTO t VALUES (?, ?)", ((i, f"row {i}" * 3) for i in range(400_000)))
    conn.execute("CREATE INDEX t_b ON t(b)")
    conn.commit()
    # Only the watching thread is told to stop: the handler between steps never is.
    asked = lambda: threading.current_thread().name == "remonitor-check-watch"  # noqa: E731
    assert backups.quick_check(conn, stop=asked) is None
    assert backups.quick_check(conn) == ""  # and the connection checks whole afterwards
    conn.close()
