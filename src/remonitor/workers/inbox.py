"""The inbox: a folder where files land (a download, a shared drive, a feed) and are
imported without anyone waiting.

The folder is watched (QFileSystemWatcher) and rescanned at start and every few minutes,
since network drives do not always notify. Listing runs on a worker: a slow share never
stalls the window. A file is taken only once its size and modification time have stayed
the same across two looks ``settle_s`` apart — a download still being written is left
alone. It is imported on the store's writer with the format or saved profile that
recognises it, then moved to ``done/``, or to ``failed/`` with a ``.log`` beside it saying
why. A file that nothing recognises waits where it is (and is reported once) so the user
can map it in the import dialog.
"""

from __future__ import annotations

import logging
import os
import shutil
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from remonitor.store.changes import StoreChange
from remonitor.workers.tasks import TaskContext, TaskRunner
from remonitor.workers.writer import StoreWriter

log = logging.getLogger(__name__)

IGNORED_SUFFIXES = (".part", ".crdownload", ".tmp", ".download", ".partial", ".log", ".lock")
"""Names a browser, a copy or remonitor itself uses while a file is still being written."""


def candidates(folder: Path) -> dict[Path, tuple[int, float]]:
    """Files directly in ``folder`` worth a look, with their size and modification time."""
    found = {}
    try:
        entries = list(os.scandir(folder))
    except OSError as exc:
        log.warning("inbox %s cannot be listed: %s", folder, exc)
        return found
    for entry in entries:
        name = entry.name
        if name.startswith((".", "~$")) or name.lower().endswith(IGNORED_SUFFIXES):
            continue
        try:
            if not entry.is_file():
                continue
            st = entry.stat()
        except OSError:
            continue  # vanished or unreadable between listing and stat
        found[Path(entry.path)] = (st.st_size, st.st_mtime)
    return found


def free_name(folder: Path, name: str) -> Path:
    """``folder/name``, or ``name (2)``… when a file of that name is already there."""
    target = folder / name
    n = 2
    while target.exists():
        stem, suffix = os.path.splitext(name)
        target = folder / f"{stem} ({n}){suffix}"
        n += 1
    return target


def move_to(path: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = free_name(folder, path.name)
    shutil.move(str(path), str(target))
    return target


@dataclass(frozen=True, slots=True)
class InboxOutcome:
    path: Path
    """Where the file is now."""
    kind: str
    """``imported``, ``already`` (imported before), ``waiting`` or ``failed``."""
    summary: object | None = None
    """The :class:`ImportSummary` of an imported file."""
    reason: str = ""
    change: StoreChange = field(default_factory=StoreChange)
    stamp: tuple[int, float] | None = None
    """Size and mtime of a waiting file, read on the writer (not on the GUI thread)."""


def _stamp(path: Path) -> tuple[int, float] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime


def take(conn, path: Path, folder: Path, ctx: TaskContext, db_path: Path | None = None
         ) -> InboxOutcome:
    """Import one inbox file on the writer (a big one in a process of its own, when
    ``db_path`` says where the store is), then move it where it belongs."""
    # Imported here, not at start-up: the importers (and numpy) load when a file comes.
    from remonitor.importers.commit import ImportCancelled, import_file
    from remonitor.importers.problems import ImportFailed, NotRecognised
    from remonitor.workers.isolated import BIG_FILE_BYTES, import_in_process

    try:
        if db_path is not None and path.stat().st_size >= BIG_FILE_BYTES:
            summary = import_in_process(db_path, path, ctx)
        else:
            summary = import_file(conn, path,
                                  progress=lambda d, t, m="": ctx.progress(d, t, m),
                                  is_cancelled=lambda: ctx.cancelled)
    except NotRecognised as exc:
        return InboxOutcome(path, "waiting", reason=str(exc), stamp=_stamp(path))
    except ImportCancelled:
        return InboxOutcome(path, "waiting", reason="cancelled", stamp=_stamp(path))
    except (ImportFailed, OSError, ValueError) as exc:
        failed = move_to(path, folder / "failed")
        stamp = datetime.now().isoformat(timespec="seconds")
        failed.with_name(failed.name + ".log").write_text(
            f"{stamp}: {failed.name} was not imported; nothing was stored.\n\n{exc}\n",
            encoding="utf-8")
        return InboxOutcome(failed, "failed", reason=str(exc))
    done = move_to(path, folder / "done")
    kind = "already" if summary.already_imported else "imported"
    return InboxOutcome(done, kind, summary, change=summary.change)


class Inbox(QObject):
    sig_outcome = Signal(object)
    """An :class:`InboxOutcome` for each file taken (waiting ones once per version)."""
    sig_error = Signal(object)
    """A :class:`TaskError` from a job that broke (a bug, a full disk)."""

    def __init__(self, folder: Path, writer: StoreWriter, runner: TaskRunner,
                 rescan_s: float = 300, settle_s: float = 2.0, parent=None) -> None:
        super().__init__(parent)
        self.folder = folder
        self._writer = writer
        self._runner = runner
        self.settle_s = settle_s
        self._seen: dict[Path, tuple[tuple[int, float], float]] = {}
        self._busy: set[Path] = set()
        self._waiting: dict[Path, tuple[int, float]] = {}
        self.jobs: list = []
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(lambda _path: self.scan())
        self._rescan = QTimer(self)
        self._rescan.timeout.connect(self.scan)
        self.set_rescan(rescan_s)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.timeout.connect(self.scan)
        self.enabled = False

    def set_rescan(self, seconds: float) -> None:
        self._rescan.setInterval(max(5, int(seconds)) * 1000)

    def start(self) -> None:
        for sub in ("", "done", "failed"):
            (self.folder / sub).mkdir(parents=True, exist_ok=True)
        self._watcher.addPath(str(self.folder))
        self.enabled = True
        self._rescan.start()
        self.scan()

    def stop(self) -> None:
        self.enabled = False
        self._rescan.stop()
        self._settle.stop()
        if self._watcher.directories():
            self._watcher.removePaths(self._watcher.directories())

    def move(self, folder: Path) -> None:
        """Watch another folder (Preferences)."""
        self.stop()
        self.folder = folder
        self._seen.clear()
        self._waiting.clear()
        self.start()

    def scan(self) -> None:
        """List the folder on a worker; decide on the GUI thread when the answer comes."""
        if not self.enabled:
            return
        folder = self.folder
        task = self._runner.run(self.tr("look in the inbox"), lambda ctx: candidates(folder),
                                latest=f"inbox:{id(self)}")
        task.sig_result.connect(self._consider)

    def _consider(self, found: dict[Path, tuple[int, float]]) -> None:
        now = time.monotonic()
        again = False
        for path, stamp in found.items():
            if path in self._busy or self._waiting.get(path) == stamp:
                continue
            held = self._seen.get(path)
            if held is None or held[0] != stamp:
                self._seen[path] = (stamp, now)  # new or still growing: look again later
                again = True
            elif now - held[1] >= self.settle_s:
                self._take(path)
            else:
                again = True
        for gone in set(self._seen) - set(found):
            del self._seen[gone]
        if again and not self._settle.isActive():
            self._settle.start(int(self.settle_s * 1000) + 50)

    def _take(self, path: Path) -> None:
        self._busy.add(path)
        self._seen.pop(path, None)
        folder, db = self.folder, self._writer.db_path
        job = self._writer.submit(self.tr("import {file} from the inbox").format(file=path.name),
                                  lambda conn, ctx: take(conn, path, folder, ctx, db))
        self.jobs.append(job)
        job.sig_result.connect(lambda outcome: self._done(path, outcome))
        job.sig_error.connect(self.sig_error)
        job.sig_finished.connect(lambda: self._finished(path, job))

    def _done(self, path: Path, outcome: InboxOutcome) -> None:
        if outcome.kind == "waiting" and outcome.stamp is not None:
            self._waiting[path] = outcome.stamp  # not taken again until it changes
        self.sig_outcome.emit(outcome)

    def _finished(self, path: Path, job) -> None:
        self._busy.discard(path)
        if job in self.jobs:
            self.jobs.remove(job)
