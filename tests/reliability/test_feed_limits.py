"""Feeds against a server that misbehaves on purpose (on 127.0.0.1): one that trickles a
byte at a time, one that sends too much, odd headers, a full disk. A fetch never raises and
never outlives its deadline or Cancel: every failure is a result the feed backs off from."""

from __future__ import annotations

import contextlib
import errno
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from remonitor.workers import feeds
from remonitor.workers.feeds import FeedState, fetch, redact_url

PACE = threading.Event()
"""Set when the tests are done: a trickling answer stops at once instead of running on."""


class Misbehaving(BaseHTTPRequestHandler):
    def do_GET(self):
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self._answer()  # the client may give up half-way, as it should

    def _answer(self):
        if self.path == "/trickle-headers":
            for ch in b"HTTP/1.1 200 OK\r\nX-Slow: " + b"y" * 100:
                self.wfile.write(bytes([ch]))
                self.wfile.flush()
                PACE.wait(0.2)  # a slow server's pace, cut short at teardown
            return
        self.send_response(200)
        if self.path == "/odd-name":
            self.send_header("Content-Disposition",
                             'attachment; filename="../../a\x01b/..\\\\.hidden.csv"')
        if self.path == "/announced-huge":
            self.send_header("Content-Length", str(10**12))
        self.end_headers()
        if self.path in ("/trickle", "/announced-huge"):
            for _ in range(200):
                self.wfile.write(b"x")
                self.wfile.flush()
                PACE.wait(0.2)  # a slow server's pace, cut short at teardown
        elif self.path == "/too-much":
            for _ in range(100):
                self.wfile.write(b"y" * 10_000)
        else:
            self.wfile.write(b"period,value\n")

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Misbehaving)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    PACE.set()
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize("path", ["/trickle", "/trickle-headers"])
def test_a_server_sending_a_byte_at_a_time_is_given_up_at_the_deadline(server, tmp_path,
                                                                       path):
    started = time.monotonic()
    result = fetch(server + path, FeedState(), tmp_path, deadline_s=1.5, timeout=20)
    assert result.status == "error" and "given up" in result.message
    assert time.monotonic() - started < 4  # the 20 s read timeout never came into it
    assert list(tmp_path.iterdir()) == []


def test_cancel_stops_a_trickling_download_at_once(server, tmp_path):
    asked = time.monotonic() + 0.6
    started = time.monotonic()
    result = fetch(server + "/trickle", FeedState(), tmp_path,
                   is_cancelled=lambda: time.monotonic() > asked)
    assert result.status == "error" and result.message == "cancelled"
    assert time.monotonic() - started < 2.5
    assert list(tmp_path.iterdir()) == []


def test_a_download_bigger_than_the_limit_is_refused(server, tmp_path):
    result = fetch(server + "/too-much", FeedState(), tmp_path, limit=50_000)
    assert result.status == "error" and "refused" in result.message
    announced = fetch(server + "/announced-huge", FeedState(), tmp_path)
    assert announced.status == "error" and "announces" in announced.message
    assert list(tmp_path.iterdir()) == []


def test_an_odd_file_name_is_made_safe(server, tmp_path):
    result = fetch(server + "/odd-name", FeedState(), tmp_path)
    assert result.status == "new" and result.path.parent == tmp_path
    assert result.path.name == "hidden.csv"


def test_a_full_disk_is_a_failure_to_back_off_from_not_a_crash(server, tmp_path,
                                                               monkeypatch):
    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(feeds, "_deliver", full)
    result = fetch(server + "/fine", FeedState(), tmp_path)
    assert result.status == "error" and "No space left" in result.message


def test_a_url_with_credentials_is_never_shown_whole():
    url = "https://desk:hunter2@data.example.org:8443/x.csv?token=abc123&year=2025#f"
    shown = redact_url(url)
    assert "hunter2" not in shown and "desk" not in shown and "abc123" not in shown
    assert shown == "https://…@data.example.org:8443/x.csv?token=…&year=…"
