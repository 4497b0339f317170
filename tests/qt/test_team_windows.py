"""Windows of a desk on one team store (PostgreSQL): a colleague's change appears within a
second, named; a viewer's window has the writing actions off; a server restart while the
windows are open loses nothing."""

from __future__ import annotations

import time

import pytest

from remonitor.core.licence import Status
from tests.factories import application

pytestmark = pytest.mark.team_store


def _window(session_factory, tmp_path, url, name):
    return session_factory(data_dir=tmp_path / name, store=url).window


def _save_new(qtbot, window, app):
    """A new application through the tracker's form, as a person saves it."""
    dialog = window.tracker.editor.new_application()
    dialog.reference.setText(app.reference)
    dialog.applicant.setText(app.applicant)
    with qtbot.waitSignal(window.tracker.editor.sig_saved, timeout=10_000):
        dialog.buttons.accepted.emit()


def _references(window):
    return [r.application.reference for r in window.tracker.model.rows]


def test_a_colleagues_new_application_appears_within_a_second_named(
        qtbot, session_factory, tmp_path, team_store):
    alice = _window(session_factory, tmp_path, team_store("alice"), "alice")
    bob = _window(session_factory, tmp_path, team_store("bob"), "bob")
    qtbot.waitUntil(lambda: bob.status.team.text() == "Team: bob (editor)", timeout=10_000)
    started = time.monotonic()
    _save_new(qtbot, alice, application("DESK-1", Status.DRAFT, applicant="Baotou"))
    qtbot.waitUntil(lambda: "DESK-1" in _references(bob), timeout=5_000)
    assert time.monotonic() - started < 1.0 + 0.5  # a second, and the form's own save
    assert "alice changed licence applications" in bob.status.currentMessage()
    qtbot.waitUntil(lambda: _references(alice) == ["DESK-1"], timeout=5_000)


def test_a_viewers_window_has_the_writing_actions_off(qtbot, session_factory, tmp_path,
                                                       team_store):
    vera = _window(session_factory, tmp_path, team_store("vera"), "vera")
    qtbot.waitUntil(lambda: vera.status.team.text() == "Team: vera (viewer)",
                    timeout=10_000)
    from remonitor.ui.shell.actions import WRITING

    writing = [a for menu, section in WRITING for a in vera.actions_.actions(menu, section)]
    assert not vera.restore_action.isEnabled()  # a team store's backups are the server's
    assert writing and not any(a.isEnabled() for a in writing)
    # A panel turning one on (a selection) does not turn it on for a viewer.
    writing[0].setEnabled(True)
    assert not writing[0].isEnabled()
    # And the server refuses anyway: a viewer's save is refused in the form.
    dialog = vera.tracker.editor.new_application()
    dialog.reference.setText("DESK-V")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: "your role may not" in dialog.problem.text(), timeout=10_000)
    dialog.reject()


def test_a_server_restart_while_windows_are_open_loses_nothing(
        qtbot, session_factory, tmp_path, team_store, postgres_cluster):
    alice = _window(session_factory, tmp_path, team_store("alice"), "alice")
    bob = _window(session_factory, tmp_path, team_store("bob"), "bob")
    qtbot.waitUntil(lambda: bob.status.team.text() == "Team: bob (editor)", timeout=10_000)
    _save_new(qtbot, alice, application("DESK-1", Status.DRAFT, applicant="Baotou"))
    qtbot.waitUntil(lambda: "DESK-1" in _references(bob), timeout=5_000)
    lost = []
    postgres_cluster.restart()  # a crash or failover: every connection is cut
    qtbot.waitUntil(lambda: lost.append(bob.status.team.property("lost")) or True in lost,
                    timeout=10_000)  # Bob's window says so …
    qtbot.waitUntil(lambda: bob.status.team.property("lost") is False, timeout=20_000)
    # Alice's next save goes through on a new connection; Bob hears of it.
    _save_new(qtbot, alice, application("DESK-2", Status.DRAFT, applicant="Ganzhou"))
    qtbot.waitUntil(lambda: _references(bob) == ["DESK-1", "DESK-2"], timeout=10_000)
    qtbot.waitUntil(lambda: _references(alice) == ["DESK-1", "DESK-2"], timeout=5_000)


def test_a_server_not_there_at_start_is_waited_for_with_the_window_up(
        qtbot, session_factory, tmp_path, postgres_cluster, _empty_team_template):
    """The team store's database is not there when the window opens (a server still
    starting, a network not yet up): the window stays up, says so, and opens the store
    once it is there."""
    import psycopg

    name = "team_late"
    url = postgres_cluster.url(name, "alice")
    session = session_factory(data_dir=tmp_path / "late", store=url, wait=False)
    window = session.window
    window.show()
    qtbot.waitUntil(lambda: window.status.team.property("lost") is True, timeout=10_000)
    assert "Trying again" in window.status.team.toolTip()
    assert window.isVisible() and not window.ready
    with psycopg.connect(postgres_cluster.url(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE {_empty_team_template}")
    try:
        with qtbot.waitSignal(window.tracker.sig_loaded, timeout=20_000):
            pass
        qtbot.waitUntil(lambda: window.status.team.text() == "Team: alice (editor)",
                        timeout=10_000)
    finally:
        session.close()
        with psycopg.connect(postgres_cluster.url(), autocommit=True) as conn:
            conn.execute(f"DROP DATABASE {name} WITH (FORCE)")


def test_preferences_choose_a_team_store_password_in_the_keyring_not_the_settings(
        qtbot, session_factory, tmp_path, team_store, postgres_cluster):
    from remonitor.ui.settings import TEAM_STORE, config_dir
    from remonitor.ui.shell.team_box import password_store

    window = session_factory().window  # a local store
    dialog = window.open_preferences()
    team = dialog.team
    team.use.setChecked(True)
    url = team_store("alice")
    team.host.setText("127.0.0.1")
    team.port.setValue(postgres_cluster.port)
    team.database.setText(url.rsplit("/", 1)[1])
    team.user.setText("alice")
    team.password.setText("s3cret-for-the-test")
    team.sslmode.setCurrentIndex(team.sslmode.findData("disable"))
    with qtbot.waitSignal(team.run_test().sig_finished, timeout=10_000):
        pass
    assert team.result.text() == "Connected: you are alice, editor."
    with qtbot.waitSignal(window.sig_store_chosen, timeout=5_000) as chosen:
        dialog.accept()
    address = chosen.args[0]
    assert address.startswith("postgresql://alice@127.0.0.1:") and "s3cret" not in address
    assert window.settings.get(TEAM_STORE) == address
    window.settings.sync()
    assert "s3cret" not in window.settings.path.read_text("utf-8")
    assert password_store(config_dir(), address).get() == "s3cret-for-the-test"
    # A remote server without TLS is refused on the page.
    dialog = window.open_preferences()
    dialog.team.host.setText("db.desk.example")
    dialog.team.sslmode.setCurrentIndex(dialog.team.sslmode.findData("disable"))
    dialog.accept()
    assert "needs TLS" in dialog.problem.text() and dialog.isVisible()
    dialog.reject()


def test_two_people_saving_one_application_the_second_is_told_what_changed(
        qtbot, session_factory, tmp_path, team_store):
    alice = _window(session_factory, tmp_path, team_store("alice"), "alice")
    bob = _window(session_factory, tmp_path, team_store("bob"), "bob")
    _save_new(qtbot, alice, application("DESK-1", Status.DRAFT, applicant="Baotou"))
    qtbot.waitUntil(lambda: "DESK-1" in _references(bob) and "DESK-1" in _references(alice),
                    timeout=5_000)  # each window's tracker has read it
    (row_a,), (row_b,) = alice.tracker.model.rows, bob.tracker.model.rows
    mine = alice.tracker.editor.edit_application(row_a)   # both open it
    theirs = bob.tracker.editor.edit_application(row_b)
    theirs.applicant.setText("Baotou Steel")
    with qtbot.waitSignal(bob.tracker.sig_loaded, timeout=10_000):
        theirs.buttons.accepted.emit()
    mine.consignee.setText("Tokyo Magnets")
    mine.buttons.accepted.emit()
    qtbot.waitUntil(lambda: "saved by bob" in mine.problem.text(), timeout=10_000)
    assert "applicant: Baotou → Baotou Steel" in mine.problem.text()
    assert mine.isVisible() and mine.consignee.text() == "Tokyo Magnets"
    mine.reject()
    qtbot.waitUntil(lambda: alice.tracker.model.rows[0].application.applicant
                    == "Baotou Steel", timeout=5_000)  # theirs, heard live
