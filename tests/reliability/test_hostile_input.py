"""Input made to hurt: links in a shared inbox, text that would break a calendar, a search
that would eat the memory, the crashes a fuzzer found, pipes and devices where files are
expected, folders that cannot be written."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from remonitor.importers.commit import build_plan, import_file
from remonitor.importers.problems import ImportFailed
from remonitor.workers.inbox import candidates, take
from tests.reliability.children import ROOT

SECRET = "s3cr3t-cell-never-to-be-read"
FIGURES = "period,value,flow,reporter,partner,product,measure,unit,source\n"


class Ctx:
    cancelled = False

    def progress(self, *args, **kwargs) -> None:
        pass


@pytest.fixture
def private_file(tmp_path) -> Path:
    """A file of the user's that a colleague on the shared inbox may not read."""
    home = tmp_path / "home"
    home.mkdir(mode=0o700)
    secret = home / "salaries.csv"
    secret.write_text(FIGURES + f"2025-01,{SECRET},export,CHN,WLD,x,value,USD,hr\n")
    secret.chmod(0o600)
    return secret


def test_links_pipes_and_devices_in_the_inbox_are_never_read(store, tmp_path, private_file):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "link.csv").symlink_to(private_file)
    os.link(private_file, inbox / "hard.csv")
    os.mkfifo(inbox / "pipe.csv")
    (inbox / "real.csv").write_text(FIGURES + "2025-01,1.5,export,CHN,WLD,x,quantity,t,d\n")
    assert set(candidates(inbox)) == {inbox / "real.csv"}
    # Swapped for a link after the listing: taken through the private staging folder, the
    # link is moved (never followed) and refused there.
    for name in ("link.csv", "hard.csv", "pipe.csv"):
        outcome = take(store, inbox / name, inbox, Ctx())
        assert outcome.kind == "refused", (name, outcome)
        assert SECRET not in outcome.reason
    for path in inbox.rglob("*"):
        if path.is_file() and not path.is_symlink() and path.stat().st_nlink == 1:
            assert SECRET not in path.read_text("utf-8", "replace"), path
    assert store.execute("SELECT count(*) FROM series WHERE source = 'hr'").fetchone()[0] == 0
    assert take(store, inbox / "real.csv", inbox, Ctx()).kind == "imported"


def test_the_shared_failed_log_never_quotes_a_cell(store, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    bad = inbox / "bad.csv"
    bad.write_text(FIGURES + f"2025-01,{SECRET},export,CHN,WLD,x,quantity,t,d\n")
    outcome = take(store, bad, inbox, Ctx())
    assert outcome.kind == "failed" and SECRET in outcome.reason  # the user's own card
    log = (inbox / "failed" / "bad.csv.log").read_text("utf-8")
    assert SECRET not in log and "row 2" in log and "'value'" in log


ugly = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80) | \
    st.sampled_from(["a\r\nBEGIN:VEVENT\r\nSUMMARY:forged", "x\rEND:VCALENDAR", "\n\n",
                     "https://e.org/a\r\nURL:https://evil", "tab\there", "\x00\x1b[31m"])


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(title=ugly.filter(lambda t: t.strip()), notes=ugly, source=ugly, authority=ugly)
def test_no_event_text_can_break_the_calendar(title, notes, source, authority):
    from remonitor.core.events import Category, Event
    from remonitor.exporters.ics import calendar_text

    event = Event(date(2025, 10, 9), title, Category.EXPORT_CONTROL, authority=authority,
                  effective=date(2025, 11, 8), end=date(2026, 11, 10), notes=notes,
                  source="https://example.org/" + source)
    text = calendar_text([event])
    body = text.replace("\r\n", "")
    assert "\r" not in body and "\n" not in body  # only the CRLF that ends each line
    lines = text.split("\r\n")[:-1]
    assert all(len(line.encode()) <= 75 for line in lines)
    unfolded = []
    for line in lines:
        if line.startswith(" "):
            unfolded[-1] += line[1:]
        else:
            unfolded.append(line)
    names = [line.split(":", 1)[0].split(";", 1)[0] for line in unfolded]
    assert names.count("BEGIN") == 4 and names.count("END") == 4  # calendar + 3 entries
    assert set(names) <= {"BEGIN", "END", "VERSION", "PRODID", "CALSCALE", "X-WR-CALNAME",
                          "UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION",
                          "CATEGORIES", "URL"}


SEARCH = """
import resource, sys
from datetime import date
from pathlib import Path
from dataclasses import replace
from remonitor.core.licence import Status
from remonitor.store.connection import connect
from remonitor.store.licence_query import ApplicationQuery, query_applications
from remonitor.store.applications import save_new_application
from remonitor.store.location import prepare_data_dir
from remonitor.store.migrations import migrate
from tests.factories import application
conn = connect(prepare_data_dir(Path(sys.argv[1])))
migrate(conn)
save_new_application(conn, replace(application("RE-RUN", Status.DRAFT), notes="a" * 300_000))
limit = 700 * 1024**2  # the search once took 700 MB to 6 GB here
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
for text in ("a" * 5000, "a" * 70 + " b\\x00c", "aaa\\x00aaa", "z" * 100_000):
    found = query_applications(conn, ApplicationQuery(text=text), {{}}, date.today()).ids
    print(len(found), flush=True)
"""


def test_a_search_for_a_long_run_of_one_character_stays_small(tmp_path):
    done = subprocess.run([sys.executable, "-c", SEARCH.format(), str(tmp_path / "d")],
                          capture_output=True, text=True, cwd=ROOT, timeout=120,
                          env=os.environ | {"PYTHONPATH": f"{ROOT / 'src'}:{ROOT}"})
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["1", "0", "1", "0"]


def _comtrade_plus(year: str) -> str:
    header = ("typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,"
              "flowCode,partnerCode,partnerISO,partner2Code,cmdCode,cmdDesc,customsCode,"
              "mosCode,motCode,qtyUnitAbbr,qty,netWgt,primaryValue,isAggregate\n")
    return header + (f"C,A,20240101,{year},52,2024,156,CHN,X,0,W00,0,284690,RE,C00,0,0,kg,1,"
                     f"1,1000,false\n")


@pytest.mark.parametrize("year", ["inf", "-inf", "nan", "1e400", "2024.5", "99999999999"])
def test_a_comtrade_year_that_is_no_year_is_named_not_a_crash(tmp_path, year):
    path = tmp_path / "TradeData.csv"
    path.write_text(_comtrade_plus(year), encoding="utf-8")
    plan = build_plan(path)
    assert [(p.row, p.column) for p in plan.errors] == [(2, "refYear")]


@pytest.mark.parametrize("modified", ["9" * 20, "1" * 26, "-5", "soon"])
def test_an_iea_modification_time_out_of_range_is_a_warning(tmp_path, modified, shared_data):
    lines = (shared_data / "iea-policy-tracker" / "IEA_CM_Policies.csv").read_text(
        "utf-8").splitlines(keepends=True)
    import csv
    import io

    rows = list(csv.reader(io.StringIO("".join(lines[:3]))))
    where = rows[0].index("dateModified")
    for row in rows[1:]:
        row[where] = modified
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    path = tmp_path / "IEA_CM_Policies.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    plan = build_plan(path)
    assert not plan.errors and len(plan.events) == 2
    if not modified.isdigit() or len(modified) > 15:
        assert any(w.column == "dateModified" for w in plan.warnings)


def test_a_workbook_with_a_flipped_bit_in_its_directory_is_refused_in_words(tmp_path,
                                                                           shared_data):
    raw = bytearray((shared_data / "oec" / "Net-Trade-2022.xlsx").read_bytes())
    directory = raw.rindex(b"PK\x01\x02")  # the last central directory entry
    raw[directory + 46] ^= 0x80  # a bit of its file name: no longer UTF-8 or CP437 text
    path = tmp_path / "flipped.xlsx"
    path.write_bytes(bytes(raw))
    with pytest.raises(ImportFailed, match=r"flipped\.xlsx"):
        build_plan(path)


def test_an_applications_table_with_a_huge_cell_is_read_or_refused_in_words(tmp_path):
    from remonitor.importers.applications import read_applications

    path = tmp_path / "apps.csv"
    path.write_text("reference,applicant,notes\nRE-1,Baotou," + "n" * 200_000 + "\n",
                    encoding="utf-8")
    table = read_applications(path, None)
    assert table.applications[0].notes == "n" * 200_000


def test_line_breaks_inside_an_events_table_cell_are_kept(tmp_path):
    from remonitor.importers.event_table import parse_event_table

    path = tmp_path / "events.csv"
    path.write_text('announced,title,category,notes\n2025-10-09,No. 61,export control,'
                    '"first line\nsecond line"\n2025-11-07,No. 70,export control,one\n',
                    encoding="utf-8")
    events = parse_event_table(path)
    assert [e.notes for e in events] == ["first line\nsecond line", "one"]


@pytest.mark.parametrize("special", ["fifo", "/dev/zero", "folder"])
def test_attaching_a_pipe_or_a_device_is_refused_at_once(store, data_dir, tmp_path, special):
    from remonitor.core.licence import Status
    from remonitor.store.applications import save_new_application
    from remonitor.store.documents import attach_document
    from tests.factories import application

    app = save_new_application(store, application("RE-DOC", Status.DRAFT))
    if special == "fifo":
        path = tmp_path / "pipe.pdf"
        os.mkfifo(path)  # nobody writes to it: opening it to read would wait for ever
    elif special == "folder":
        path = tmp_path / "folder.pdf"
        path.mkdir()
    else:
        path = Path(special)
    with pytest.raises(ValueError, match="not a regular file"):
        attach_document(store, data_dir, app, path)
    assert store.execute("SELECT count(*) FROM licence_document").fetchone()[0] == 0


def test_the_store_itself_is_never_imported_nor_attached(store, data_dir):
    from remonitor.core.licence import Status
    from remonitor.store.applications import save_new_application
    from remonitor.store.documents import attach_document
    from tests.factories import application

    db = data_dir / "remonitor.sqlite3"
    for path in (db, db.with_name(db.name + "-wal")):
        with pytest.raises(ImportFailed, match="remonitor's own store"):
            import_file(store, path)
    app = save_new_application(store, application("RE-SELF", Status.DRAFT))
    with pytest.raises(ValueError, match="remonitor's own store"):
        attach_document(store, data_dir, app, db)
    assert db.with_name(db.name + "-wal").exists()  # the locks were never dropped


def test_a_file_bigger_than_free_memory_allows_is_refused_before_reading(tmp_path,
                                                                         monkeypatch):
    from remonitor.importers import source

    path = tmp_path / "events.csv"
    path.write_text("announced,title,category\n" + "2025-01-01,x,other\n" * 30_000)
    monkeypatch.setattr(source, "available_memory", lambda: 4 * 1024**2)
    plan = build_plan(path)
    assert [p.message for p in plan.errors if "GiB free. Split it" in p.message]
    assert not plan.events


def test_the_window_starts_when_its_config_and_log_folders_cannot_be_written(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folders should be")
    done = subprocess.run(
        [sys.executable, "-m", "remonitor", "--data-dir", str(tmp_path / "data")],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
        env=os.environ | {"PYTHONPATH": str(ROOT / "src"), "QT_QPA_PLATFORM": "offscreen",
                          "REMONITOR_QUIT_WHEN_PAINTED": "1",
                          "REMONITOR_CONFIG_DIR": str(blocker / "config"),
                          "REMONITOR_LOG_DIR": str(blocker / "log")})
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    assert "the log cannot be written" in done.stderr
