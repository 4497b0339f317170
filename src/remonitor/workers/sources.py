"""The live sources on the window's schedule: a look at each source when it is due (a day
after the last, or when the server said to try again), run as a task with progress and
Cancel; each saved answer imported as a writer job, as a file would be. Off until the desk
turns it on in Preferences → Sources (remonitor is offline-first; no test reaches out)."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from remonitor.workers.http import Forbidden, Network
from remonitor.workers.keys import KeyStore
from remonitor.workers.live import (
    COMEXT_BASE,
    COMTRADE_BASE,
    Arrivals,
    Comext,
    Comtrade,
    Look,
    Saved,
    SourceState,
    import_all,
    load_states,
    load_watch_list,
    mark_imported,
    quiet_status,
    record,
    save_states,
)
from remonitor.workers.tasks import TaskRunner
from remonitor.workers.writer import StoreWriter

log = logging.getLogger(__name__)
CHECK_MS = 60_000


@dataclass(frozen=True)
class SourcesConfig:
    enabled: bool = False
    network: Network = field(default_factory=Network)
    comtrade_base: str = COMTRADE_BASE
    comext_base: str = COMEXT_BASE


class LiveSources(QObject):
    sig_arrived = Signal(str, object)
    """A line naming what arrived, and the import summaries of the look (for Undo)."""
    sig_notes = Signal(str, list)
    """A source's notes of a look (a preview cap, a code the API does not know)."""
    sig_problem = Signal(str, str)
    """A source stopped (a bad key): its name and why; said once."""
    sig_status = Signal(str)
    """The quiet words for the status bar ('' when all is well)."""

    def __init__(self, data_dir: Path, writer: StoreWriter, runner: TaskRunner,
                 keys: KeyStore, parent=None) -> None:
        super().__init__(parent)
        self.data_dir, self.writer, self.runner, self.keys = data_dir, writer, runner, keys
        self.folder = data_dir / "sources"
        self.watch_path = data_dir / "sources.json"
        self.state_path = data_dir / "sources-state.json"
        self.states: dict[str, SourceState] = load_states(self.state_path)
        self.config = SourcesConfig()
        self.running: dict[str, object] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.look_due)

    def configure(self, config: SourcesConfig) -> None:
        self.config = config
        for state in self.states.values():  # a new key, list or proxy: try again
            if state.stopped:
                state.stopped, state.next_due = "", 0.0
        if config.enabled:
            self._timer.start()
            self.look_due()
        else:
            self._timer.stop()
            self.sig_status.emit("")

    def stop(self) -> None:
        self._timer.stop()
        for task in list(self.running.values()):
            task.cancel()

    def look_due(self) -> None:
        now = time.time()
        watch = load_watch_list(self.watch_path)
        for source, on in (("comtrade", watch.comtrade_on and watch.comtrade),
                           ("comext", watch.comext_on and watch.comext)):
            state = self.states.setdefault(source, SourceState())
            if on and source not in self.running and not state.stopped and \
                    state.next_due <= now:
                self.look(source)

    def look(self, source: str):
        """Look at ``source`` now (the schedule, or *Fetch now*); the task, or None."""
        if source in self.running:
            return None
        watch = load_watch_list(self.watch_path)
        state = self.states.setdefault(source, SourceState())
        config, folder, today = self.config, self.folder, date.today()
        if source == "comtrade":
            client = Comtrade(config.comtrade_base, self.keys.get())
            watches = watch.comtrade
            title = self.tr("Comtrade: look for new figures")
        else:
            client = Comext(config.comext_base)
            watches = watch.comext
            title = self.tr("Comext: look for new figures")

        def run(ctx) -> Look:
            return client.look(watches, state, config.network, folder, today,
                               watch.months_back, lambda: ctx.cancelled,
                               lambda d, t, m: ctx.progress(d, t, m))

        task = self.runner.run(title, run)
        self.running[source] = task
        task.sig_result.connect(lambda found: self._looked(source, found))
        task.sig_finished.connect(lambda: self.running.pop(source, None))
        return task

    def _looked(self, source: str, found: Look) -> None:
        state = self.states.setdefault(source, SourceState())
        record(state, found, time.time())
        if found.problem is not None:
            log.info("%s: %s (%s)", source, found.problem.kind, found.problem)
            if isinstance(found.problem, Forbidden):
                self.sig_problem.emit(source, str(found.problem))
        if found.notes:
            self.sig_notes.emit(source, list(found.notes))
        if found.saved:
            self._import(source, found.saved)
        save_states(self.state_path, self.states)
        self._say_status()

    def _import(self, source: str, saved: list[Saved]) -> None:
        """One writer job for the look's answers: one refresh, one notification."""
        state = self.states.setdefault(source, SourceState())
        job = self.writer.submit(
            self.tr("import {n} answer(s) from {source}").format(n=len(saved),
                                                                source=source.title()),
            lambda conn, ctx: import_all(conn, saved, lambda s: mark_imported(state, s)))
        job.sig_result.connect(lambda result: self._imported(source, result))
        job.sig_error.connect(lambda error: self.sig_notes.emit(source, [error.message]))

    def _imported(self, source: str, result: Arrivals) -> None:
        save_states(self.state_path, self.states)
        if result.failed:
            self.sig_notes.emit(source, list(result.failed))
        news = [a for a in result.arrived
                if a.summary.added or a.summary.revised or a.summary.more_decimals]
        if news:
            self.sig_arrived.emit(news[-1].line, [a.summary for a in news])

    def _say_status(self) -> None:
        now = time.time()
        words = [w for s, state in sorted(self.states.items())
                 if (w := quiet_status(s, state, now))]
        self.sig_status.emit(" · ".join(words))
