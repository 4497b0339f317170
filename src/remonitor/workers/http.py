"""HTTP for the feeds and the live sources: proxies (the standard variables, or the one set
in Preferences), a timeout per read, a deadline for the whole answer and Cancel enforced on
the socket, a size limit, and failures sorted into what the caller does about them — wait
(429 and the quota, with the server's Retry-After), stop (401/403: a bad key is said once),
back off (5xx, resets, garbled answers), or stay quiet (offline).
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime

TIMEOUT_S = 30
"""No byte for this long: the connection is given up (each read's timeout)."""
DEADLINE_S = 10 * 60
"""A whole answer may take this long."""
CHUNK = 1 << 16


class HttpProblem(Exception):
    """A request that did not give a usable answer; ``kind`` says what to do next."""

    kind = "retry"
    """``retry`` (back off), ``wait`` (until ``retry_after``), ``stop`` (a key or a
    permission: do not try again until the user changes something), ``offline``."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class RateLimited(HttpProblem):
    kind = "wait"


class Forbidden(HttpProblem):
    kind = "stop"


class Offline(HttpProblem):
    kind = "offline"


class Refused(HttpProblem):
    """The answer broke a limit (too big, too slow) or was cancelled: nothing kept."""


class Garbled(HttpProblem):
    """The answer is not what the API documents (truncated or malformed JSON)."""


@dataclass(frozen=True)
class Network:
    """How remonitor reaches the internet: the proxy set in Preferences ('' = the standard
    ``https_proxy`` / ``http_proxy`` / ``no_proxy`` variables), and the limits."""

    proxy: str = ""
    timeout_s: float = TIMEOUT_S
    deadline_s: float = DEADLINE_S
    headers: dict[str, str] = field(default_factory=dict)

    def proxies(self) -> dict[str, str]:
        import urllib.request

        if self.proxy.strip():
            return {"http": self.proxy.strip(), "https": self.proxy.strip()}
        return urllib.request.getproxies()


def redact_url(url: str) -> str:
    """The URL as logs and the task list show it: no user name, password or query values
    (a token in ``?key=`` is a password too)."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    query = "&".join(f"{k}=…" for k, _ in urllib.parse.parse_qsl(parts.query,
                                                                 keep_blank_values=True))
    return urllib.parse.urlunsplit((parts.scheme, ("…@" if parts.username else "") + host,
                                    parts.path, query, ""))


def retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds, or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, moment - (now if now is not None else time.time()))


class Watchdog:
    """Shuts the request's socket once the deadline passes or cancel is asked for, so a
    server that trickles its headers or body a byte at a time (each read within the
    timeout) can hold a request neither past its deadline nor past Cancel."""

    def __init__(self, deadline: float, is_cancelled) -> None:
        self.deadline = deadline
        self.is_cancelled = is_cancelled
        self.reason = ""
        self.sockets: list = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="http watchdog",
                                        daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        while not self._stop.wait(0.2):
            if self.is_cancelled():
                self.reason = "cancelled"
            elif time.monotonic() > self.deadline:
                self.reason = "not complete in time; given up"
            else:
                continue
            for sock in self.sockets:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
            return

    def stop(self) -> None:
        self._stop.set()

    def opener(self, proxies: dict[str, str] | None = None):
        import http.client
        import urllib.request

        watchdog = self

        def watched(base):
            class Connection(base):
                def connect(self) -> None:
                    super().connect()
                    watchdog.sockets.append(self.sock)
            return Connection

        class Http(urllib.request.HTTPHandler):
            def http_open(self, req):
                return self.do_open(watched(http.client.HTTPConnection), req)

        class Https(urllib.request.HTTPSHandler):
            def https_open(self, req):
                return self.do_open(watched(http.client.HTTPSConnection), req,
                                    context=self._context)

        handlers = [Http, Https]
        if proxies is not None:
            handlers.append(urllib.request.ProxyHandler(proxies))
        return urllib.request.build_opener(*handlers)


def get(url: str, network: Network, limit: int, headers: dict[str, str] | None = None,
        is_cancelled=lambda: False) -> tuple[bytes, dict[str, str]]:
    """The body and headers of a GET; an :class:`HttpProblem` for every failure."""
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, headers={"User-Agent": "remonitor",
                                                   **network.headers, **(headers or {})})
    watchdog = Watchdog(time.monotonic() + network.deadline_s, is_cancelled)
    try:
        with watchdog.opener(network.proxies()).open(request,
                                                     timeout=network.timeout_s) as response:
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > limit:
                raise Refused(f"announces {int(length):,} bytes, more than the "
                              f"{limit:,} asked for could take; refused")
            read = getattr(response, "read1", response.read)
            body = bytearray()
            while chunk := read(CHUNK):
                body += chunk
                if len(body) > limit:
                    raise Refused(f"sent more than {limit:,} bytes, far more than asked "
                                  "for; refused")
            if watchdog.reason:
                raise Refused(watchdog.reason)
            if length.isdigit() and len(body) < int(length):
                raise Garbled(f"cut off: {len(body):,} of {int(length):,} bytes")
            return bytes(body), {k.lower(): v for k, v in response.headers.items()}
    except HttpProblem:
        raise
    except urllib.error.HTTPError as exc:
        wait = retry_after(exc.headers.get("Retry-After") if exc.headers else None)
        if exc.code == 429:
            raise RateLimited(f"HTTP 429 {exc.reason}: too many requests or the day's "
                              "quota used", wait) from None
        if exc.code in (401, 403):
            raise Forbidden(f"HTTP {exc.code} {exc.reason}: the key is missing, wrong or "
                            "expired (or the plan does not cover this)") from None
        raise HttpProblem(f"HTTP {exc.code} {exc.reason}", wait) from None
    except Exception as exc:
        if watchdog.reason:
            raise Refused(watchdog.reason) from None
        reason = getattr(exc, "reason", exc)
        if isinstance(exc, TimeoutError | ConnectionError) or isinstance(
                reason, TimeoutError | ConnectionError | socket.gaierror) or \
                type(exc).__name__ == "URLError":
            if isinstance(reason, ConnectionResetError) or isinstance(exc,
                                                                       ConnectionResetError):
                raise HttpProblem(f"connection reset: {reason}") from None
            raise Offline(str(reason)) from None
        if isinstance(exc, OSError):
            raise HttpProblem(f"{exc.strerror or exc}") from None
        raise HttpProblem(f"{type(exc).__name__}: {exc}") from None
    finally:
        watchdog.stop()


def get_json(url: str, network: Network, limit: int, headers: dict[str, str] | None = None,
             is_cancelled=lambda: False) -> tuple[object, dict[str, str], bytes]:
    """A JSON answer, parsed: (value, headers, raw body); Garbled when it does not parse."""
    body, answer_headers = get(url, network, limit, headers, is_cancelled)
    try:
        return json.loads(body), answer_headers, body
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise Garbled(f"not JSON ({exc}); nothing kept") from None
