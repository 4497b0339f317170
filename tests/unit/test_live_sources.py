"""The live sources against a local stand-in of their APIs (tests/live_server.py): what is
fetched, what is stored, and every way the network fails. Nothing touches the internet."""

from __future__ import annotations

import socket
import time
from datetime import date
from typing import ClassVar

import pytest

from remonitor.core.periods import MonthSpan
from remonitor.core.watch import ComextWatch, ComtradeWatch, default_watch_list
from remonitor.store.observations import list_series, observations_for
from remonitor.workers.http import Forbidden, Garbled, HttpProblem, Network, Offline, Refused
from remonitor.workers.live import (
    Comext,
    Comtrade,
    SourceState,
    import_saved,
    mark_imported,
    next_try,
    record,
)

from ..live_server import LiveServer, template_rows

TODAY = date(2026, 11, 20)
FAST = Network(timeout_s=5, deadline_s=20)
CHINA = (ComtradeWatch(("156",), ("284690", "850511"), "X", (), "China's exports"),)


@pytest.fixture
def server(shared_data):
    with LiveServer(template_rows(shared_data / "comtrade-plus" / "TradeData.csv"),
                    key="k-123") as live:
        live.publish("156", ["202608", "202609"], "2026-10-25T00:00:00")
        yield live


def look(server, state, folder, key="", watches=CHINA):
    return Comtrade(server.base, key).look(watches, state, FAST, folder, TODAY, 3)


def china(store, product="284690", partner="JPN"):
    (s,) = [s for s in list_series(store) if s.key.reporter == "CHN" and s.key.product ==
            product and s.key.partner == partner and s.key.measure.value == "value"]
    return observations_for(store, s.id)


def test_the_preview_fetches_what_was_published_and_nothing_twice(server, store, tmp_path):
    state = SourceState()
    first = look(server, state, tmp_path)
    assert first.problem is None and len(first.saved) == 4  # 2 codes × Aug, Sep (Oct unpublished)
    assert all("getDA" in r or "preview" in r for r in server.requests)
    for saved in first.saved:
        summary, line = import_saved(store, saved)
        assert summary.added > 0 and summary.batch_id is not None
        mark_imported(state, saved)
    assert line.startswith("Comtrade: China → ") and ", Sep 2026: " in line
    japan = china(store)
    assert [o.span for o in japan] == [MonthSpan.month(2026, 8), MonthSpan.month(2026, 9)]
    assert {o.release_date for o in japan} == {date(2026, 10, 25)}  # Comtrade's publication
    record(state, first, time.time())
    server.requests.clear()
    again = look(server, state, tmp_path)
    assert again.saved == [] and all("getDA" in r for r in server.requests)  # nothing again


def test_a_revised_month_arrives_as_a_new_vintage(server, store, tmp_path):
    state = SourceState()
    for saved in look(server, state, tmp_path).saved:
        import_saved(store, saved)
        mark_imported(state, saved)
    before = {o.span: o.value for o in china(store)}
    server.revision[("156", "202609")] = 1.1
    server.publish("156", ["202609"], "2026-11-18T00:00:00")
    server.requests.clear()
    revised = look(server, state, tmp_path)
    assert {s.what for s in revised.saved} == {"156 export 284690, 2026-09",
                                              "156 export 850511, 2026-09"}
    summary, _ = import_saved(store, revised.saved[0])
    assert summary.revised > 0 and all(r.takes_effect for r in summary.revisions)
    sep = MonthSpan.month(2026, 9)
    newest = max((o for o in china(store) if o.span == sep), key=lambda o: o.vintage)
    assert newest.release_date == date(2026, 11, 18) and newest.value != before[sep]
    assert newest.batch_id == summary.batch_id  # the revision is what the chart shows


def test_the_preview_cap_is_said_with_what_is_missing(server, tmp_path):
    server.template = server.template * 6  # more partners than the preview gives
    found = look(server, SourceState(), tmp_path, watches=(ComtradeWatch(
        ("156",), ("284690",), "X"),))
    assert found.problem is None and len(found.saved) == 2
    assert any("the preview stops at 500 records" in n and "a key fetches them all" in n
               for n in found.notes)


def test_a_key_uses_the_full_api_and_a_bad_key_stops_until_changed(server, store, tmp_path):
    state = SourceState()
    keyed = look(server, state, tmp_path, key="k-123")
    assert keyed.problem is None and len(keyed.saved) == 2  # all codes in one query
    assert any(r.startswith("/data/v1/get/") for r in server.requests)
    bad = look(server, state, tmp_path, key="wrong")
    assert isinstance(bad.problem, Forbidden) and "key" in str(bad.problem)
    record(state, bad, time.time())
    assert state.stopped and "key" in state.stopped


def test_429_waits_for_retry_after_or_the_next_day(server, tmp_path):
    state, now = SourceState(), time.time()
    server.fail("429:120")
    waited = look(server, state, tmp_path)
    assert waited.problem.kind == "wait" and next_try(state, waited, now) == now + 120
    server.fail("429")
    quota = look(server, state, tmp_path)
    tomorrow = next_try(state, quota, now)
    assert tomorrow > now and time.gmtime(tomorrow)[3:6] == (0, 0, 0)  # next UTC midnight


@pytest.mark.parametrize("failure", ["500", "reset", "truncate", "garbage"])
def test_server_errors_and_garbled_answers_store_nothing_and_back_off(server, tmp_path,
                                                                      failure):
    state = SourceState()
    server.fail(failure)
    broken = look(server, state, tmp_path)
    assert isinstance(broken.problem, HttpProblem) and broken.saved == []
    assert not list(tmp_path.glob("*.json"))
    if failure in ("truncate", "garbage"):
        assert isinstance(broken.problem, Garbled)
    record(state, broken, time.time())
    assert state.failures == 1 and state.next_due > time.time() + 60


def test_an_answer_far_larger_than_asked_is_refused(server, tmp_path):
    server.fail("huge:12000000")  # 12 MB for an availability look capped at 10 MB
    refused = look(server, SourceState(), tmp_path)
    assert isinstance(refused.problem, Refused)


def test_offline_is_quiet(tmp_path):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    gone = Comtrade(f"http://127.0.0.1:{port}").look(CHINA, SourceState(), FAST, tmp_path,
                                                     TODAY, 3)
    assert isinstance(gone.problem, Offline)


def test_a_proxy_is_honoured(server, tmp_path):
    """A proxy set in Preferences carries the requests (here the stand-in itself, which
    answers a proxied request's absolute URL as it would a direct one)."""
    via = Network(proxy=server.base, timeout_s=5, deadline_s=20)
    server.requests.clear()
    found = Comtrade("http://comtrade.invalid").look(CHINA, SourceState(), via, tmp_path,
                                                      TODAY, 3)
    assert found.problem is None and found.saved
    assert all(r.startswith("http://comtrade.invalid/") for r in server.requests)


def test_comext_fetches_when_the_dataset_changed(server, store, tmp_path):
    watch = (ComextWatch(("DE", "FR", "EL"), ("28053020", "28469050", "85051110"), "CN", "1",
                         "EU imports from China"),)
    comext = Comext(server.base + "/comext/dissemination/statistics/1.0/data/DS-045409")
    state = SourceState()
    found = comext.look(watch, state, FAST, tmp_path, TODAY, 3)
    assert found.problem is None and len(found.saved) == 1
    (saved,) = found.saved
    assert saved.release == date(2026, 11, 14)
    summary, line = import_saved(store, saved)
    assert summary.added > 0 and line.startswith("Comext: ")
    mark_imported(state, saved)
    greece = [s for s in list_series(store) if s.key.reporter == "GRC"
              and s.key.source == "Eurostat Comext"]
    assert greece and {s.key.partner for s in greece} == {"CHN"}  # EL and CN, mapped
    units = {s.key.unit for s in list_series(store) if s.key.source == "Eurostat Comext"}
    assert units == {"EUR", "100 kg"}
    again = comext.look(watch, state, FAST, tmp_path, TODAY, 3)
    assert again.saved == [] and again.requests == 1  # the probe said nothing changed


def test_the_default_watch_list_names_the_rare_earth_codes():
    watch = default_watch_list()
    china_exports, mirror = watch.comtrade
    assert china_exports.reporters == ("156",) and china_exports.flow == "X"
    assert set(china_exports.codes) == {"280530", "284610", "284690", "850511"}
    assert mirror.flow == "M" and mirror.partners == ("156",) and "392" in mirror.reporters
    (eu,) = watch.comext
    assert len(eu.reporters) == 27 and eu.partner == "CN" and "85051110" in eu.products
    assert type(watch).from_json(watch.to_json()) == watch


def test_the_key_lives_in_the_keyring_or_else_a_private_file(tmp_path):
    import stat

    import keyring
    from keyring.backend import KeyringBackend

    from remonitor.workers.keys import KeyStore

    class Memory(KeyringBackend):
        priority = 1
        held: ClassVar[dict] = {}

        def get_password(self, service, username):
            return self.held.get((service, username))

        def set_password(self, service, username, password):
            self.held[(service, username)] = password

        def delete_password(self, service, username):
            self.held.pop((service, username), None)

    fallback = tmp_path / "config" / "comtrade.key"
    previous = keyring.get_keyring()
    try:
        keyring.set_keyring(Memory())
        store = KeyStore(fallback)
        store.set("k-1")
        assert store.get() == "k-1" and not fallback.exists() and "keyring" in store.where
        store.set("")
        assert store.get() == "" and Memory.held == {}
        from keyring.backends import fail

        keyring.set_keyring(fail.Keyring())  # no keyring service (a server, a bare desktop)
        store.set("k-2")
        assert store.get() == "k-2" and "only you can read it" in store.where
        assert stat.S_IMODE(fallback.stat().st_mode) == 0o600
        store.set("")
        assert not fallback.exists()
    finally:
        keyring.set_keyring(previous)
