"""Background refresh through the real window: files dropped into the inbox are imported
and the chart follows; bad files go to failed/ with a log; a half-written file waits; a
file nothing recognises offers the import dialog; the task list cancels; closing while an
import runs loses nothing; reminders come once a day; feeds stay quiet when offline."""

import shutil
import sqlite3
from datetime import date, timedelta

import pytest

from remonitor.ui.settings import FEED_URLS, REMINDERS_SHOWN
from tests.qt.waiting import wait_for_card


def open_fast(qtbot, session_factory, data_dir=None):
    """A window whose inbox is watched (it starts once the window has drawn), and which
    takes a file after 0.2 s of stillness instead of 2 s."""
    session = session_factory(data_dir)
    qtbot.waitUntil(lambda: session.window.background.started, timeout=10_000)
    session.window.background.inbox.settle_s = 0.2
    return session


def outcomes(qtbot, window, n=1, timeout=30_000):
    got = []
    window.background.inbox.sig_outcome.connect(got.append)
    return got


def test_real_files_dropped_in_the_inbox_are_imported_and_charted(
        qtbot, session_factory, shared_data):
    window = open_fast(qtbot, session_factory).window
    inbox = window.background.inbox
    got = outcomes(qtbot, window)
    shutil.copy(shared_data / "comtrade-plus" / "TradeData.csv", inbox.folder)
    shutil.copy(shared_data / "gac-online-query-gbk" / "2025out.csv", inbox.folder)
    with qtbot.waitSignal(window.chart.sig_loaded, timeout=30_000):
        qtbot.waitUntil(lambda: len(got) == 2, timeout=30_000)
    assert {o.kind for o in got} == {"imported"}
    assert sorted(p.name for p in (inbox.folder / "done").iterdir()) == [
        "2025out.csv", "TradeData.csv"]
    qtbot.waitUntil(lambda: any(c.key.reporter == "THA" for c in window.chart.data.choices),
                    timeout=10_000)
    qtbot.waitUntil(lambda: [c.title for c in window.notifier.cards].count(
        "Imported from the inbox") == 2, timeout=10_000)
    card = wait_for_card(qtbot, window, "Imported from the inbox")
    assert "Undo" in card.buttons


def test_a_bad_file_lands_in_failed_with_its_log(qtbot, session_factory, tmp_path):
    window = open_fast(qtbot, session_factory).window
    inbox = window.background.inbox
    got = outcomes(qtbot, window)
    bad = tmp_path / "figures.csv"
    bad.write_text("period,value,flow,reporter,partner,product,measure,unit,source\n"
                   "2025-05,five,export,CHN,WLD,re,quantity,t,desk\n", encoding="utf-8")
    shutil.copy(bad, inbox.folder)
    qtbot.waitUntil(lambda: bool(got), timeout=20_000)
    assert got[0].kind == "failed"
    log = (inbox.folder / "failed" / "figures.csv.log").read_text("utf-8")
    assert "figures.csv, row 2, column 'value'" in log
    card = wait_for_card(qtbot, window, "could not be imported")
    assert card.kind == "warning"


def test_a_half_written_file_is_not_taken_early(qtbot, session_factory, shared_data):
    window = open_fast(qtbot, session_factory).window
    inbox = window.background.inbox
    inbox.settle_s = 1.5
    got = outcomes(qtbot, window)
    text = (shared_data / "comtrade-plus" / "TradeData.csv").read_bytes()
    target = inbox.folder / "TradeData.csv"
    target.write_bytes(text[: len(text) // 2])
    with qtbot.waitSignal(window.runner.sig_task_started, timeout=5_000):
        inbox.scan()
    qtbot.wait(300)  # the look at the folder comes back; the file is too new to take
    assert not got and not inbox.jobs
    with target.open("ab") as fh:  # the download goes on, then completes
        fh.write(text[len(text) // 2:])
    qtbot.waitUntil(lambda: bool(got), timeout=30_000)
    assert got[0].kind == "imported" and got[0].summary.rows == 1178  # the whole file


def test_a_file_nothing_recognises_waits_and_offers_the_import_dialog(
        qtbot, session_factory):
    window = open_fast(qtbot, session_factory).window
    inbox = window.background.inbox
    got = outcomes(qtbot, window)
    odd = inbox.folder / "desk-sheet.csv"
    odd.write_text("Colour,Size\nred,3\n", encoding="utf-8")
    inbox.scan()
    qtbot.waitUntil(lambda: bool(got), timeout=20_000)
    assert got[0].kind == "waiting" and odd.exists()
    card = wait_for_card(qtbot, window, "waits in the inbox")
    card.buttons["Open in the import dialog"].click()
    assert window.files.import_wizard.isVisible() and window.files.import_wizard.path == odd
    window.files.import_wizard.reject()
    inbox.scan()  # looked at again: not reported twice while it is unchanged
    qtbot.wait(600)
    assert len(got) == 1


def test_task_list_shows_and_cancels_a_running_task(qtbot, session_factory):
    import threading

    window = session_factory().window
    started = threading.Event()

    def slow(ctx):
        started.set()
        while not ctx.cancelled:
            ctx.progress(1, 10, "working")
            threading.Event().wait(0.02)

    task = window.runner.run("a slow job", slow)
    started.wait(5)
    listing = window.tasks_button.list
    window.tasks_button.open_list()
    qtbot.waitUntil(lambda: listing.table.rowCount() > 0
                    and listing.table.item(0, 0).text() == "a slow job", timeout=5_000)
    assert listing.table.item(0, 1).text() == "running"
    qtbot.waitUntil(lambda: "running" in window.tasks_button.text(), timeout=5_000)
    listing.table.selectRow(0)
    with qtbot.waitSignal(task.sig_finished, timeout=5_000):
        listing.cancel_selected()
    listing.update_rows()
    assert listing.table.item(0, 1).text() == "cancelled"
    listing.close()


def test_closing_while_an_inbox_import_runs_loses_nothing(qtbot, session_factory, tmp_path):
    session = open_fast(qtbot, session_factory)
    window = session.window
    inbox = window.background.inbox
    big = tmp_path / "big.csv"
    with big.open("w", encoding="utf-8") as fh:
        fh.write("period,value,flow,reporter,partner,product,measure,unit,source\n")
        for i in range(200_000):
            fh.write(f"{2000 + i // 12 % 25}-{i % 12 + 1:02d},{i},export,CHN,P{i // 300},"
                     f"re{i % 7},quantity,t,desk\n")
    shutil.move(str(big), inbox.folder / "big.csv")
    inbox.scan()
    qtbot.waitUntil(lambda: bool(inbox.jobs) and inbox.jobs[0].begun is not None,
                    timeout=20_000)
    session.close()  # cancels the import; the writer rolls back and stops
    db = sqlite3.connect(window.data_dir / "remonitor.sqlite3")
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("SELECT count(*) FROM import_batch WHERE file_name = 'big.csv'"
                      ).fetchone()[0] == 0
    db.close()
    assert (inbox.folder / "big.csv").exists()  # still there, taken again next start


def test_reminders_come_once_a_day(qtbot, session_factory, tmp_path):
    from remonitor.core.licence import Status
    from remonitor.store.applications import save_new_application
    from remonitor.store.connection import connect
    from remonitor.store.location import prepare_data_dir
    from remonitor.store.migrations import migrate
    from remonitor.store.workflow import change_status
    from tests.factories import application

    folder = tmp_path / "data"
    conn = connect(prepare_data_dir(folder))
    migrate(conn)
    today = date.today()
    app_id = save_new_application(conn, application(
        "RE-OLD", Status.SUBMITTED, submitted_on=today - timedelta(days=99)))
    change_status(conn, [app_id], Status.ACCEPTED, today - timedelta(days=90))
    conn.close()
    window = session_factory(folder).window
    card = wait_for_card(qtbot, window, "RE-OLD is overdue")
    assert card.kind in ("warning", "info")
    assert "RE-OLD" in window.settings.get(REMINDERS_SHOWN)
    before = len(window.notifier.history)
    with qtbot.waitSignal(window.background.check_reminders().sig_finished, timeout=10_000):
        pass
    assert len(window.notifier.history) == before  # shown today already


def test_feeds_offline_is_quiet_in_the_status_bar(qtbot, session_factory):
    window = session_factory().window
    window.settings.set(FEED_URLS, "http://127.0.0.1:9/latest.csv")
    with qtbot.waitSignal(window.background.feeds.sig_fetched, timeout=30_000) as got:
        window.background.apply_settings()
    assert got.args[0].status == "offline"
    assert window.status.offline.isVisible() and "Offline" in window.status.offline.text()
    assert not [c for c in window.notifier.cards if c.kind == "error"]


def test_preferences_refuse_a_bad_feed_and_move_the_inbox(qtbot, session_factory, tmp_path):
    window = session_factory().window
    dialog = window.open_preferences()
    dialog.feeds.setPlainText("https://example.org/gac.csv\nftp://example.org/x.csv")
    dialog.accept()
    assert "Feed line 2" in dialog.problem.text() and dialog.isVisible()
    dialog.feeds.setPlainText("")
    dialog.inbox.setText(str(tmp_path / "shared-drive"))
    dialog.accept()
    assert not dialog.isVisible()
    assert window.background.inbox.folder == tmp_path / "shared-drive"
    assert (tmp_path / "shared-drive" / "failed").is_dir()




def test_new_figures_of_the_series_on_screen_keep_the_dates_and_are_named(
        qtbot, session_factory):
    from remonitor.core.periods import utc_timestamp

    window = open_fast(qtbot, session_factory).window
    chart = window.chart
    chart.plot.setXRange(utc_timestamp(date(2024, 6, 1)), utc_timestamp(date(2026, 6, 1)),
                         padding=0)
    before = chart.plot.getViewBox().viewRange()[0]
    got = outcomes(qtbot, window)
    (window.background.inbox.folder / "desk-march.csv").write_text(
        "period,value,flow,reporter,partner,product,measure,unit,source,definition\n"
        "2026-03,5000,export,CHN,WLD,rare earths (GAC headline),quantity,t,GAC,"
        "\"GAC headline 稀土, exports of major commodities table\"\n", encoding="utf-8")
    with qtbot.waitSignal(chart.sig_loaded, timeout=30_000):
        qtbot.waitUntil(lambda: bool(got), timeout=30_000)
    assert got[0].kind == "imported"
    assert any(p.span.describe() == "Mar 2026" for p in chart.data.first.points)
    after = chart.plot.getViewBox().viewRange()[0]
    assert after == pytest.approx(before)  # the user's dates stay
    assert window.status.last_change == "GAC Mar 2026: 5,000 t, −11.8% y/y"
    assert "GAC Mar 2026" in window.status.currentMessage()
