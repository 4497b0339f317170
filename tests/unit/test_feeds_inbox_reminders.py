"""The background pieces without Qt: a feed fetched once then answered 304, offline as a
state, backoff; inbox candidates and what taking a file does; reminders once a day."""

import threading
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from remonitor.core.events import Category, Event
from remonitor.core.matching import coming_up
from remonitor.core.reminders import (
    ClockFact,
    LicenceFact,
    Thresholds,
    due_today,
    reminders,
)
from remonitor.workers.feeds import FeedState, backoff, check_url, fetch
from remonitor.workers.inbox import candidates, take

pytestmark = pytest.mark.both_backends

BODY = (b"period,value,flow,reporter,partner,product,measure,unit,source\n"
        b"2025-05,5864.6,export,CHN,WLD,re,quantity,t,feed\n")


class Handler(BaseHTTPRequestHandler):
    hits: ClassVar[list[tuple[str, int]]] = []

    def do_GET(self):
        if self.headers.get("If-None-Match") == '"v1"':
            Handler.hits.append((self.path, 304))  # before answering: the client may look
            self.send_response(304)
            self.end_headers()
            return
        Handler.hits.append((self.path, 200))
        self.send_response(200)
        self.send_header("ETag", '"v1"')
        self.send_header("Content-Type", "text/csv")
        self.send_header("Content-Disposition", 'attachment; filename="gac-may.csv"')
        self.end_headers()
        self.wfile.write(BODY)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    Handler.hits = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_a_feed_is_fetched_once_then_answered_304(server, tmp_path):
    state = FeedState()
    first = fetch(server + "/latest", state, tmp_path)
    assert first.status == "new" and first.path == tmp_path / "gac-may.csv"
    assert first.path.read_bytes() == BODY and first.etag == '"v1"'
    state.etag = first.etag
    again = fetch(server + "/latest", state, tmp_path)
    assert again.status == "unchanged" and again.path is None
    assert Handler.hits == [("/latest", 200), ("/latest", 304)]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gac-may.csv"]  # no .part left


def test_offline_is_a_state_and_failures_back_off(tmp_path):
    result = fetch("http://127.0.0.1:9/", FeedState(), tmp_path, timeout=2)
    assert result.status == "offline" and not list(tmp_path.iterdir())
    assert [backoff(n, 6 * 3600) for n in (1, 2, 3)] == [300, 600, 1200]
    assert backoff(20, 6 * 3600) == 6 * 3600  # never past the feed's own interval
    with pytest.raises(ValueError, match="only https, http and file"):
        check_url("ftp://example.org/x.csv")


def test_a_file_url_is_copied_when_it_changes(tmp_path):
    source = tmp_path / "share" / "exports.csv"
    source.parent.mkdir()
    source.write_bytes(BODY)
    inbox = tmp_path / "inbox"
    state = FeedState()
    first = fetch(source.as_uri(), state, inbox)
    assert first.status == "new" and (inbox / "exports.csv").read_bytes() == BODY
    state.last_modified = first.last_modified
    assert fetch(source.as_uri(), state, inbox).status == "unchanged"


def test_inbox_candidates_skip_partial_hidden_and_folders(tmp_path):
    for name in ("a.csv", ".hidden.csv", "b.csv.part", "c.crdownload", "~$lock.xlsx"):
        (tmp_path / name).write_text("x")
    (tmp_path / "done").mkdir()
    assert [p.name for p in candidates(tmp_path)] == ["a.csv"]


class Ctx:
    cancelled = False

    def progress(self, *args, **kwargs):
        pass


def test_taking_files_moves_them_to_done_or_failed_with_a_log(store, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    good = inbox / "feed.csv"
    good.write_bytes(BODY)
    outcome = take(store, good, inbox, Ctx())
    assert outcome.kind == "imported" and outcome.path == inbox / "done" / "feed.csv"
    assert outcome.change.series_ids
    again = inbox / "feed.csv"
    again.write_bytes(BODY)
    second = take(store, again, inbox, Ctx())
    assert second.kind == "already" and second.path.name == "feed (2).csv"
    bad = inbox / "bad.csv"
    bad.write_text(BODY.decode().replace("5864.6", "lots"), encoding="utf-8")
    failed = take(store, bad, inbox, Ctx())
    assert failed.kind == "failed" and failed.path == inbox / "failed" / "bad.csv"
    log = (inbox / "failed" / "bad.csv.log").read_text("utf-8")
    assert "nothing was stored" in log and "row 2" in log and "value" in log
    odd = inbox / "odd.csv"
    odd.write_text("colour,size\nred,3\n", encoding="utf-8")
    waiting = take(store, odd, inbox, Ctx())
    assert waiting.kind == "waiting" and odd.exists()  # left for the import dialog


def test_reminders_name_what_is_due_and_come_once_a_day():
    today = date(2026, 11, 23)
    event = Event(date(2026, 10, 9), "Suspension ends", Category.EXPORT_CONTROL,
                  authority="MOFCOM", end=today + timedelta(days=2), key="e1")
    upcoming = coming_up([event], today)
    found = reminders(
        [ClockFact("RE-1", "overdue", -3), ClockFact("RE-2", "near due", 4)],
        [LicenceFact("RE-3", "LIC-3", 1000, 50, 200), LicenceFact("RE-4", "LIC-4", 1000, 900, 10),
         LicenceFact("RE-5", "LIC-5", 1000, 900, 200)],
        upcoming, Thresholds(expiry_days=30, drawn_pct=90, event_days=7))
    titles = [r.title for r in found]
    assert titles == ["RE-1 is overdue", "RE-2 is near due",
                      "Licence LIC-3 is nearly drawn down", "Licence LIC-4 expires soon",
                      "Suspension ends ends in 2 day(s), 2026-11-25"]
    assert found[0].urgent and "3 working day(s) ago" in found[0].text
    shown = {found[0].key: today.isoformat(), found[1].key: "2026-11-22"}
    assert [r.key for r in due_today(found, shown, today)] == [r.key for r in found[1:]]


@pytest.mark.sqlite_only  # a child process opening the store's file
def test_a_big_import_in_its_own_process_commits_refuses_and_cancels(store, data_dir,
                                                                      tmp_path):
    from remonitor.importers.commit import ImportCancelled
    from remonitor.importers.problems import ImportFailed
    from remonitor.workers.isolated import import_in_process

    db = data_dir / "remonitor.sqlite3"
    good = tmp_path / "feed.csv"
    good.write_bytes(BODY)
    summary = import_in_process(db, good, Ctx())
    assert summary.added == 1 and summary.change.series_ids
    assert store.execute("SELECT count(*) FROM import_batch WHERE file_name = 'feed.csv'"
                         ).fetchone()[0] == 1  # committed by the child, seen here
    bad = tmp_path / "bad.csv"
    bad.write_text(BODY.decode().replace("5864.6", "lots"), encoding="utf-8")
    with pytest.raises(ImportFailed, match=r"bad\.csv, row 2, column 'value'"):
        import_in_process(db, bad, Ctx())

    class Cancelled(Ctx):
        cancelled = True

    other = tmp_path / "other.csv"
    other.write_bytes(BODY.replace(b"feed", b"desk"))
    with pytest.raises(ImportCancelled):
        import_in_process(db, other, Cancelled())
    assert store.execute("SELECT count(*) FROM import_batch WHERE file_name = 'other.csv'"
                         ).fetchone()[0] == 0
