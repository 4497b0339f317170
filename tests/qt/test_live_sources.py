"""The live sources through the real window, against the local stand-in of the APIs: a
look runs as a task, what arrives is imported as a batch (with Undo) and named in a
notification, a bad key stops and is said once, and the key never reaches the settings file
or the log."""

from __future__ import annotations

import logging
from datetime import date

import pytest

from remonitor.ui.settings import COMEXT_URL, COMTRADE_URL, SOURCES_ON
from tests.live_server import LiveServer, template_rows
from tests.qt.waiting import wait_for_card

KEY = "sk-live-7f3a9c1e"


@pytest.fixture
def live(shared_data):
    with LiveServer(template_rows(shared_data / "comtrade-plus" / "TradeData.csv"),
                    key=KEY) as server:
        today = date.today()
        month = today.year * 12 + today.month - 2  # last month but one: published
        server.publish("156", [f"{month // 12:04d}{month % 12 + 1:02d}"],
                       "2026-11-25T00:00:00")
        yield server


def pointed_at(window, server, tmp_path) -> None:
    import json

    settings = window.settings
    settings.set(COMTRADE_URL, server.base)
    settings.set(COMEXT_URL, server.base + "/comext/data/DS-045409")
    (window.data_dir / "sources.json").write_text(json.dumps({
        "comtrade": [{"reporters": ["156"], "codes": ["284690"], "flow": "X"}],
        "comext": [], "months_back": 3}), "utf-8")


def test_a_look_imports_what_arrived_with_undo_and_the_key_stays_secret(
        qtbot, session_factory, live, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    window = session_factory().window
    qtbot.waitUntil(lambda: window.background.started, timeout=10_000)
    pointed_at(window, live, tmp_path)
    dialog = window.open_preferences()
    sources = dialog.sources
    sources.enabled.setChecked(True)
    sources.key.setText(KEY)
    with qtbot.waitSignal(window.background.live.sig_arrived, timeout=30_000) as arrived:
        dialog.accept()
    line, summaries = arrived.args
    assert line.startswith("Comtrade: China → ") and summaries[0].batch_id is not None
    assert any(r.startswith("/data/v1/get/") for r in live.requests)  # the key was used
    card = wait_for_card(qtbot, window, line)
    assert "Undo" in card.buttons
    # The key: in the keyring or the private file — never the settings, never the log.
    assert window.background.keys.get() == KEY
    assert KEY not in window.settings.path.read_text("utf-8")
    assert KEY not in caplog.text
    from remonitor.app.logs import setup_logging

    log_file = setup_logging()
    if log_file.exists():
        assert KEY not in log_file.read_text("utf-8", "replace")


def test_a_bad_key_stops_the_source_and_is_said_once(qtbot, session_factory, live,
                                                     tmp_path):
    window = session_factory().window
    qtbot.waitUntil(lambda: window.background.started, timeout=10_000)
    pointed_at(window, live, tmp_path)
    window.background.keys.set("not-the-key")
    window.settings.set(SOURCES_ON, True)
    with qtbot.waitSignal(window.background.live.sig_problem, timeout=30_000) as said:
        window.background.apply_settings()
    assert said.args[0] == "comtrade" and "key" in said.args[1]
    assert window.background.live.states["comtrade"].stopped
    assert "Comtrade: stopped" in window.status.offline.text()
    live.requests.clear()
    window.background.live.look_due()  # the schedule does not try a refused key again
    assert live.requests == []
    window.background.keys.set("")
