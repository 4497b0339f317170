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
import stat
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from remonitor.core.changes import StoreChange
from remonitor.workers.tasks import TaskContext, TaskRunner
from remonitor.workers.writer import StoreWriter

log = logging.getLogger(__name__)

BUSY_RETRY_S = 10
"""A file that met a store kept busy by another writer is looked at again this soon."""
IGNORED_SUFFIXES = (".part", ".crdownload", ".tmp", ".download", ".partial", ".log", ".lock")
"""Names a browser, a copy or remonitor itself uses while a file is still being written."""


def candidates(folder: Path) -> dict[Path, tuple[int, float]]:
    """Regular files directly in ``folder`` worth a look, with their size and modification
    time. A symbolic link, a hard link to a file elsewhere, a pipe or a device is never a
    candidate: on a shared inbox, a link to a private file would otherwise be read as the
    user running remonitor, and its cells quoted into reports."""
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
            st = entry.stat(follow_symlinks=False)
        except OSError:
            continue  # vanished or unreadable between listing and stat
        if not_a_plain_file(st):
            continue
        found[Path(entry.path)] = (st.st_size, st.st_mtime)
    return found


def not_a_plain_file(st: os.stat_result) -> str:
    """Why a file (as ``lstat`` saw it) is not taken from the inbox; '' if it is."""
    if stat.S_ISLNK(st.st_mode):
        return "a symbolic link"
    if not stat.S_ISREG(st.st_mode):
        return "not a regular file (a folder, a pipe or a device)"
    if st.st_nlink > 1:
        return "a hard link to a file elsewhere"
    return ""


STAGING = ".remonitor-taking"
"""A folder of the inbox only this user may enter: a file is moved there before it is
read, so nobody can swap it for a link between the check and the read."""


def stage(path: Path, folder: Path) -> Path:
    """Move ``path`` into the private staging folder and check what arrived there; raises
    ValueError (nothing read) for anything but one plain regular file."""
    staging = folder / STAGING
    staging.mkdir(mode=0o700, exist_ok=True)
    st = os.lstat(staging)
    if not stat.S_ISDIR(st.st_mode) or st.st_uid != os.getuid() or st.st_mode & 0o077:
        raise ValueError(f"{staging} is not a private folder of yours; the inbox is not safe "
                         "to read")
    staged = free_name(staging, path.name)
    os.rename(path, staged)  # the name moves; a link would move as a link, never followed
    why = not_a_plain_file(os.lstat(staged))
    if why:
        os.rename(staged, free_name(folder / "failed", path.name))
        raise ValueError(f"{path.name} is {why}; remonitor reads only plain files from the "
                         "inbox, and has not read it")
    return staged


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
    """``imported``, ``already`` (imported before), ``waiting`` (nothing reads it, or
    cancelled), ``busy`` (another writer held the store; tried again soon), ``failed``,
    ``refused`` (not a plain file: never read) or ``gone``."""
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
    from remonitor.store.connection import is_busy
    from remonitor.store.errors import StoreBusy
    from remonitor.workers.isolated import BIG_FILE_BYTES, import_in_process

    (folder / "failed").mkdir(exist_ok=True)
    try:
        staged = stage(path, folder)
    except FileNotFoundError:
        return InboxOutcome(path, "gone")
    except (OSError, ValueError) as exc:
        log.warning("inbox: %s", exc)
        return InboxOutcome(folder / "failed" / path.name, "refused", reason=str(exc))

    def back(kind: str, reason: str) -> InboxOutcome:
        home = free_name(folder, path.name)
        os.rename(staged, home)
        return InboxOutcome(home, kind, reason=reason, stamp=_stamp(home))

    try:
        if db_path is not None and staged.stat().st_size >= BIG_FILE_BYTES:
            summary = import_in_process(db_path, staged, ctx)
        else:
            summary = import_file(conn, staged,
                                  progress=lambda d, t, m="": ctx.progress(d, t, m),
                                  is_cancelled=lambda: ctx.cancelled)
    except NotRecognised as exc:
        return back("waiting", str(exc))
    except ImportCancelled:
        return back("waiting", "cancelled")
    except StoreBusy as exc:
        return back("busy", exc.message)
    except (ImportFailed, OSError, ValueError) as exc:
        if is_busy(exc):
            return back("busy", str(exc))
        failed = move_to(staged, folder / "failed")
        stamp = datetime.now().isoformat(timespec="seconds")
        # The inbox may be shared: the log says where and why, never what the cells held
        # (the notification and remonitor's own log, both the user's alone, do).
        failed.with_name(failed.name + ".log").write_text(
            f"{stamp}: {failed.name} was not imported; nothing was stored.\n\n"
            f"{_shared_report(exc)}\n\n(Cell contents are left out here; remonitor's own log "
            "has them.)\n", encoding="utf-8")
        log.warning("inbox: %s was not imported:\n%s", path.name, exc)
        return InboxOutcome(failed, "failed", reason=str(exc))
    except BaseException:
        back("waiting", "broke off")  # a bug or a full disk: the file is not lost in staging
        raise
    done = move_to(staged, folder / "done")
    kind = "already" if summary.already_imported else "imported"
    return InboxOutcome(done, kind, summary, change=summary.change)


def _shared_report(exc: Exception) -> str:
    from remonitor.importers.problems import ImportFailed

    if isinstance(exc, ImportFailed):
        return "\n".join(p.redacted() for p in exc.problems[:200])
    return type(exc).__name__


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
            self._waiting[outcome.path] = outcome.stamp  # not taken again until it changes
        elif outcome.kind == "busy" and self.enabled:
            QTimer.singleShot(int(BUSY_RETRY_S * 1000), self.scan)  # soon, not in minutes
        if outcome.kind != "gone":
            self.sig_outcome.emit(outcome)

    def _finished(self, path: Path, job) -> None:
        self._busy.discard(path)
        if job in self.jobs:
            self.jobs.remove(job)
