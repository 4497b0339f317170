"""Big imports in a process of their own, so the window never waits for them.

Parsing a few hundred megabytes is Python and pandas work that holds the interpreter lock
for long stretches; in a thread of the window's process it starves the event loop (a 10 ms
timer came 64 ms late at the 99th percentile during a 200,000-row import). A child process
has its own interpreter: the window stays at its idle latency. The child opens its own
connection and imports in one transaction exactly as ``import_file`` does; progress, the
summary and refusals come back through a queue; Cancel sets an event the import checks
between blocks — or, if the child does not stop, ends it, and SQLite rolls the
uncommitted transaction back.
"""

from __future__ import annotations

import multiprocessing
import queue
import time
import traceback
from pathlib import Path

BIG_FILE_BYTES = 8 * 1024 * 1024
"""Smaller files import in the writer thread: starting a process (~1 s) costs more."""
PROGRESS_EVERY_S = 0.1


def _child(db_path: str, file_path: str, out, cancel) -> None:
    """Runs in the child process."""
    import os

    if hasattr(os, "nice"):
        os.nice(10)  # background work: the window's process gets the CPU first
    from remonitor.importers.commit import ImportCancelled, import_file
    from remonitor.importers.problems import ImportFailed
    from remonitor.store.connection import connect

    last = [0.0]

    def progress(done: int, total: int, message: str = "") -> None:
        now = time.monotonic()
        if now - last[0] >= PROGRESS_EVERY_S:
            last[0] = now
            out.put(("progress", done, total, message))

    try:
        conn = connect(Path(db_path))
        try:
            summary = import_file(conn, Path(file_path), progress=progress,
                                  is_cancelled=cancel.is_set)
        finally:
            conn.close()
        out.put(("result", summary))
    except ImportCancelled:
        out.put(("cancelled",))
    except ImportFailed as exc:
        out.put(("refused", type(exc).__name__, exc.problems))
    except BaseException as exc:  # everything must reach the parent
        out.put(("error", f"{type(exc).__name__}: {exc}",
                 "".join(traceback.format_exception(exc))))


def import_in_process(db_path: Path, path: Path, ctx, grace_s: float = 10.0):
    """``import_file`` in a child process; raises what it would raise. ``ctx`` is the
    calling task's context (progress, cancel)."""
    from remonitor.importers.commit import ImportCancelled
    from remonitor.importers.problems import ImportFailed, NotRecognised

    mp = multiprocessing.get_context("spawn")
    out, cancel = mp.Queue(), mp.Event()
    child = mp.Process(target=_child, args=(str(db_path), str(path), out, cancel),
                       name=f"remonitor import {path.name}", daemon=True)
    child.start()
    cancelled_at = None
    try:
        while True:
            if ctx.cancelled and cancelled_at is None:
                cancel.set()
                cancelled_at = time.monotonic()
            if cancelled_at is not None and time.monotonic() - cancelled_at > grace_s:
                child.terminate()  # SQLite rolls the open transaction back
                raise ImportCancelled()
            try:
                message = out.get(timeout=0.1)
            except queue.Empty:
                if not child.is_alive():
                    raise RuntimeError(f"the import process ended unexpectedly (exit code "
                                       f"{child.exitcode}); nothing was stored") from None
                continue
            kind = message[0]
            if kind == "progress":
                ctx.progress(*message[1:])
            elif kind == "result":
                return message[1]
            elif kind == "cancelled":
                raise ImportCancelled()
            elif kind == "refused":
                raise (NotRecognised if message[1] == "NotRecognised" else ImportFailed)(
                    message[2])
            else:
                raise RuntimeError(message[1] + "\n\n" + message[2])
    finally:
        child.join(timeout=grace_s)
        if child.is_alive():
            child.kill()
            child.join()
        out.close()
