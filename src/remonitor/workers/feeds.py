"""Feeds: URLs polled on a schedule (off until the user adds one in Preferences). What a
feed delivers goes into the inbox folder, and the inbox imports it like any dropped file.

Requests are conditional (ETag / If-Modified-Since; a ``file:`` URL by size and time), time
out, and back off after failures (the interval doubles, up to a day). Being offline is a
normal state, shown quietly in the status bar — never an error dialog. Nothing else in
remonitor touches the network.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import time
import urllib.parse
from dataclasses import asdict, dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from remonitor.workers.tasks import TaskRunner

log = logging.getLogger(__name__)
SCHEMES = ("https", "http", "file")
TIMEOUT_S = 20
MAX_BACKOFF_S = 24 * 3600
RETRY_S = 300


def backoff(failures: int, interval_s: float) -> float:
    """Seconds to the next try after ``failures`` failures in a row: 5 min, 10, 20 …, never
    past the feed's own interval (or a day)."""
    return min(RETRY_S * 2 ** max(failures - 1, 0), max(interval_s, RETRY_S), MAX_BACKOFF_S)
CHUNK = 1 << 16


@dataclass
class FeedState:
    etag: str = ""
    last_modified: str = ""
    failures: int = 0
    next_due: float = 0.0
    last_checked: float = 0.0
    last_result: str = ""


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str
    status: str
    """``new`` (a file was written to the inbox), ``unchanged`` (304, same file), ``offline``
    or ``error``."""
    path: Path | None = None
    message: str = ""
    etag: str = ""
    last_modified: str = ""


def check_url(url: str) -> str:
    """The URL if remonitor may fetch it; ValueError saying why not."""
    scheme = urllib.parse.urlsplit(url.strip()).scheme.lower()
    if scheme not in SCHEMES:
        raise ValueError(QCoreApplication.translate(
            "Feeds", "{url}: only https, http and file URLs can be feeds").format(url=repr(url)))
    return url.strip()


def _file_name(url: str, disposition: str | None) -> str:
    if disposition:
        m = re.search(r'filename\*?=(?:UTF-8\'\')?"?([^";]+)"?', disposition, re.IGNORECASE)
        if m:
            return Path(urllib.parse.unquote(m[1])).name
    name = Path(urllib.parse.unquote(urllib.parse.urlsplit(url).path)).name
    return name or "feed-" + hashlib.sha1(url.encode()).hexdigest()[:10] + ".csv"


def _deliver(stream, folder: Path, name: str, is_cancelled) -> Path:
    """Copy ``stream`` into ``folder`` under a free name, through a hidden temporary file
    (which the inbox never takes) renamed when complete."""
    from remonitor.exporters.tables import atomically
    from remonitor.workers.inbox import free_name

    folder.mkdir(parents=True, exist_ok=True)
    target = free_name(folder, name)

    def copy(tmp: Path) -> int:
        with tmp.open("wb") as out:
            while chunk := stream.read(CHUNK):
                if is_cancelled():
                    raise InterruptedError("cancelled")
                out.write(chunk)
        return 0

    atomically(target, copy)
    return target


def fetch(url: str, state: FeedState, folder: Path, is_cancelled=lambda: False,
          timeout: float = TIMEOUT_S) -> Fetched:
    """One conditional request; a new body goes into ``folder``."""
    import urllib.error  # http, email and ssl load on the first poll, not at start-up
    import urllib.request

    parts = urllib.parse.urlsplit(url)
    if parts.scheme == "file":
        path = Path(urllib.request.url2pathname(parts.path))
        try:
            st = path.stat()
        except OSError as exc:
            return Fetched(url, "error", message=f"{path}: {exc.strerror or exc}")
        stamp = f"{st.st_mtime_ns}:{st.st_size}"
        if stamp == state.last_modified:
            return Fetched(url, "unchanged", last_modified=stamp)
        with path.open("rb") as fh:
            written = _deliver(fh, folder, path.name, is_cancelled)
        return Fetched(url, "new", written, last_modified=stamp)
    request = urllib.request.Request(url, headers={"User-Agent": "remonitor"})
    if state.etag:
        request.add_header("If-None-Match", state.etag)
    if state.last_modified:
        request.add_header("If-Modified-Since", state.last_modified)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            name = _file_name(url, response.headers.get("Content-Disposition"))
            written = _deliver(response, folder, name, is_cancelled)
            return Fetched(url, "new", written, etag=response.headers.get("ETag", ""),
                           last_modified=response.headers.get("Last-Modified", ""))
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return Fetched(url, "unchanged", etag=state.etag, last_modified=state.last_modified)
        return Fetched(url, "error", message=f"HTTP {exc.code} {exc.reason}")
    except (TimeoutError, urllib.error.URLError, ConnectionError) as exc:
        reason = getattr(exc, "reason", exc)
        return Fetched(url, "offline", message=str(reason))


class Feeds(QObject):
    """Polls the configured feeds; each fetch runs on a worker."""

    sig_fetched = Signal(object)
    """A :class:`Fetched` for every poll."""
    sig_offline = Signal(str)
    """'' when the last poll of every feed got through; else a short quiet message."""

    def __init__(self, state_path: Path, inbox: Path, runner: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self.state_path = state_path
        self.inbox = inbox
        self._runner = runner
        self.urls: list[str] = []
        self.interval_s = 6 * 3600
        self.states: dict[str, FeedState] = self._load()
        self._running: dict[str, object] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(30_000)
        self._timer.timeout.connect(self.poll_due)

    def _load(self) -> dict[str, FeedState]:
        try:
            raw = json.loads(self.state_path.read_text("utf-8"))
            return {u: FeedState(**s) for u, s in raw.items()}
        except (OSError, ValueError, TypeError):
            return {}

    def _save(self) -> None:
        tmp = self.state_path.with_suffix(".tmp")
        try:
            tmp.write_text(json.dumps({u: asdict(s) for u, s in self.states.items()},
                                      indent=1), "utf-8")
            os.replace(tmp, self.state_path)
        except OSError as exc:
            log.warning("feed state not saved: %s", exc)

    def configure(self, urls: list[str], interval_s: float) -> None:
        self.urls = [check_url(u) for u in urls if u.strip()]
        self.interval_s = max(60, interval_s)
        if self.urls:
            self._timer.start()
            self.poll_due()
        else:
            self._timer.stop()
            self.sig_offline.emit("")

    def stop(self) -> None:
        self._timer.stop()
        for task in self._running.values():
            task.cancel()

    def poll_due(self) -> None:
        now = time.time()
        for url in self.urls:
            if url not in self._running and self.states.get(url, FeedState()).next_due <= now:
                self.poll(url)

    def poll(self, url: str):
        state = self.states.setdefault(url, FeedState())
        folder = self.inbox
        task = self._runner.run(self.tr("fetch {url}").format(url=url), lambda ctx: fetch(
            url, state, folder, lambda: ctx.cancelled))
        self._running[url] = task
        task.sig_result.connect(self._fetched)
        task.sig_finished.connect(lambda: self._running.pop(url, None))
        return task

    def _fetched(self, result: Fetched) -> None:
        state = self.states.setdefault(result.url, FeedState())
        now = time.time()
        state.last_checked, state.last_result = now, result.status
        if result.status in ("new", "unchanged"):
            state.failures = 0
            state.etag = result.etag or state.etag
            state.last_modified = result.last_modified or state.last_modified
            state.next_due = now + self.interval_s
        else:
            state.failures += 1
            state.next_due = now + backoff(state.failures, self.interval_s)
            log.info("feed %s: %s %s", result.url, result.status, result.message)
        self._save()
        offline = [u for u in self.urls if self.states.get(u, FeedState()).last_result
                   == "offline"]
        self.sig_offline.emit(self.tr("Offline: {n} feed(s) not reached").format(
            n=len(offline)) if offline else "")
        self.sig_fetched.emit(result)
