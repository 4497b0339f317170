"""Feeds: URLs polled on a schedule (off until the user adds one in Preferences). What a
feed delivers goes into the inbox folder, and the inbox imports it like any dropped file.

Requests are conditional (ETag / If-Modified-Since; a ``file:`` URL by size and time), time
out, and back off after failures (the interval doubles, up to a day). Being offline is a
normal state, shown quietly in the status bar — never an error dialog. Only the feeds and
the live sources (workers.sources) touch the network, both through workers.http.
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

from remonitor.store.connection import is_store_file
from remonitor.workers.http import Watchdog, redact_url
from remonitor.workers.tasks import TaskRunner

log = logging.getLogger(__name__)
SCHEMES = ("https", "http", "file")
TIMEOUT_S = 20
"""No byte for this long: the connection is given up (each read's timeout)."""
DEADLINE_S = 15 * 60
"""A whole download may take this long; a server trickling bytes never holds a feed longer."""
MAX_BYTES = 1024**3
"""A feed delivers at most this much (the importers refuse more anyway)."""
MAX_BACKOFF_S = 24 * 3600
RETRY_S = 300


def backoff(failures: int, interval_s: float) -> float:
    """Seconds to the next try after ``failures`` failures in a row: 5 min, 10, 20 …, never
    past the feed's own interval (or a day)."""
    return min(RETRY_S * 2 ** max(failures - 1, 0), max(interval_s, RETRY_S), MAX_BACKOFF_S)
CHUNK = 1 << 16


class FeedRefused(Exception):
    """The download broke a limit (size, time) or was cancelled; nothing was delivered."""


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
    """A safe name for the delivered file: from Content-Disposition or the URL's path, with
    no folder part, control character or leading dot; else one made from the URL."""
    name = ""
    if disposition:
        m = re.search(r'filename\*?=(?:UTF-8\'\')?"?([^";]+)"?', disposition, re.IGNORECASE)
        if m:
            name = urllib.parse.unquote(m[1])
    if not name:
        name = urllib.parse.unquote(urllib.parse.urlsplit(url).path)
    name = re.sub(r"[\x00-\x1f\x7f]", "", name).replace("\\", "/").rsplit("/", 1)[-1]
    name = name.strip().lstrip(".")[:200]
    return name or "feed-" + hashlib.sha1(url.encode()).hexdigest()[:10] + ".csv"


def _deliver(stream, folder: Path, name: str, is_cancelled, deadline: float,
             limit: int = MAX_BYTES, interrupted=lambda: "") -> Path:
    """Copy ``stream`` into ``folder`` under a free name, through a hidden temporary file
    (which the inbox never takes) renamed when complete. Reads what has arrived (``read1``),
    so Cancel, the size limit and the deadline are looked at between small reads even when
    a server sends a byte a second."""
    from remonitor.exporters.tables import atomically
    from remonitor.workers.inbox import free_name

    folder.mkdir(parents=True, exist_ok=True)
    target = free_name(folder, name)
    read = getattr(stream, "read1", stream.read)

    def copy(tmp: Path) -> int:
        size = 0
        with tmp.open("wb") as out:
            while chunk := read(CHUNK):
                if is_cancelled():
                    raise FeedRefused("cancelled")
                size += len(chunk)
                if size > limit:
                    raise FeedRefused(f"more than {limit // 1024**2:,} MiB; refused")
                if time.monotonic() > deadline:
                    raise FeedRefused(f"not complete after {DEADLINE_S // 60} minutes; "
                                      "given up")
                out.write(chunk)
        why = interrupted()  # the watchdog shut the socket: the end seen is not the end
        if why:
            raise FeedRefused(why)
        return 0

    atomically(target, copy)
    return target


def fetch(url: str, state: FeedState, folder: Path, is_cancelled=lambda: False,
          timeout: float = TIMEOUT_S, deadline_s: float = DEADLINE_S,
          limit: int = MAX_BYTES) -> Fetched:
    """One conditional request; a new body goes into ``folder``. Never raises: every
    failure comes back as an ``error`` or ``offline`` result, so it is backed off."""
    try:
        return _fetch(url, state, folder, is_cancelled, timeout,
                      time.monotonic() + deadline_s, limit)
    except FeedRefused as exc:
        return Fetched(url, "error", message=str(exc))
    except OSError as exc:
        if isinstance(exc, TimeoutError | ConnectionError) or type(exc).__name__ == "URLError":
            return Fetched(url, "offline", message=str(getattr(exc, "reason", exc)))
        return Fetched(url, "error", message=f"{exc.strerror or exc}")
    except Exception as exc:  # a malformed answer: reported, backed off, never a traceback
        return Fetched(url, "error", message=f"{type(exc).__name__}: {exc}")


def _fetch(url: str, state: FeedState, folder: Path, is_cancelled, timeout: float,
           deadline: float, limit: int) -> Fetched:
    import stat as stat_
    import urllib.error  # http, email and ssl load on the first poll, not at start-up
    import urllib.request

    parts = urllib.parse.urlsplit(url)
    if parts.scheme == "file":
        path = Path(urllib.request.url2pathname(parts.path))
        try:
            st = path.stat()
        except OSError as exc:
            return Fetched(url, "error", message=f"{path}: {exc.strerror or exc}")
        if not stat_.S_ISREG(st.st_mode) or is_store_file(path):
            return Fetched(url, "error", message=f"{path}: not a file a feed may deliver")
        stamp = f"{st.st_mtime_ns}:{st.st_size}"
        if stamp == state.last_modified:
            return Fetched(url, "unchanged", last_modified=stamp)
        with path.open("rb") as fh:
            written = _deliver(fh, folder, path.name, is_cancelled, deadline, limit)
        return Fetched(url, "new", written, last_modified=stamp)
    request = urllib.request.Request(url, headers={"User-Agent": "remonitor"})
    if state.etag:
        request.add_header("If-None-Match", state.etag)
    if state.last_modified:
        request.add_header("If-Modified-Since", state.last_modified)
    watchdog = Watchdog(deadline, is_cancelled)
    try:
        with watchdog.opener().open(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > limit:
                raise FeedRefused(f"announces {int(length) / 1024**2:,.0f} MiB, more than "
                                  f"{limit // 1024**2:,} MiB; refused")
            name = _file_name(url, response.headers.get("Content-Disposition"))
            written = _deliver(response, folder, name, is_cancelled, deadline, limit,
                               lambda: watchdog.reason)
            return Fetched(url, "new", written, etag=response.headers.get("ETag", ""),
                           last_modified=response.headers.get("Last-Modified", ""))
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return Fetched(url, "unchanged", etag=state.etag, last_modified=state.last_modified)
        return Fetched(url, "error", message=f"HTTP {exc.code} {exc.reason}")
    except Exception as exc:
        if watchdog.reason:  # the socket was shut by the deadline or by Cancel
            raise FeedRefused(watchdog.reason) from exc
        if isinstance(exc, TimeoutError | urllib.error.URLError | ConnectionError):
            return Fetched(url, "offline", message=str(getattr(exc, "reason", exc)))
        raise
    finally:
        watchdog.stop()


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
        task = self._runner.run(self.tr("fetch {url}").format(url=redact_url(url)),
                                lambda ctx: fetch(url, state, folder, lambda: ctx.cancelled))
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
            log.info("feed %s: %s %s", redact_url(result.url), result.status, result.message)
        self._save()
        offline = [u for u in self.urls if self.states.get(u, FeedState()).last_result
                   == "offline"]
        self.sig_offline.emit(self.tr("Offline: {n} feed(s) not reached").format(
            n=len(offline)) if offline else "")
        self.sig_fetched.emit(result)
