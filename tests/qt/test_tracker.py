"""The tracker in the real window: workflow, clock, refusals, history."""

from datetime import date

from PySide6.QtCore import QItemSelectionModel

from remonitor.core.licence import LicenceApplication, Status
from remonitor.store.licences import save_new_application


def add(window, qtbot, app):
    with qtbot.waitSignal(window.writer.submit(
            "add", lambda conn, ctx: save_new_application(conn, app)).sig_result,
            timeout=10_000):
        pass  # committed before the tracker reads
    with qtbot.waitSignal(window.tracker.sig_loaded, timeout=10_000):
        window.tracker.refresh()


def select(window, references):
    view = window.tracker.view
    for r in range(view.proxy.rowCount()):
        if view.proxy.index(r, 0).data() in references:
            view.selectionModel().select(
                view.proxy.index(r, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


def test_move_through_the_workflow_and_see_the_clock(qtbot, session_factory):
    window = session_factory().window
    add(window, qtbot, LicenceApplication(reference="RE-1", status=Status.SUBMITTED,
                                          submitted_on=date(2025, 9, 20)))
    select(window, {"RE-1"})
    dialog = window.tracker.change_status()
    assert [dialog.target.itemText(i) for i in range(dialog.target.count())] == [
        "Accepted", "Withdrawn"]
    dialog.target.setCurrentIndex(0)
    dialog.on.setDate(date(2025, 9, 26))
    dialog.reason.setText("accepted by MOFCOM")
    with qtbot.waitSignal(window.tracker.sig_loaded, timeout=10_000):
        dialog.buttons.accepted.emit()
    (row,) = window.tracker.model.rows
    assert row.application.status is Status.ACCEPTED
    assert row.clock.deadline.due == date(2025, 12, 4)
    assert row.clock.state == "overdue"  # today is long past 2025-12-04
    titles = [c.title for c in window.tracker.model.columns]
    due = window.tracker.model.index(0, titles.index("Decision due")).data()
    assert due == "2025-12-04"


def test_a_refused_bulk_change_explains_and_stores_nothing(qtbot, session_factory):
    window = session_factory().window
    add(window, qtbot, LicenceApplication(reference="RE-A", status=Status.SUBMITTED))
    add(window, qtbot, LicenceApplication(reference="RE-B", status=Status.SUBMITTED))
    select(window, {"RE-A", "RE-B"})
    dialog = window.tracker.change_status()
    dialog.target.setCurrentIndex(dialog.target.findText("Accepted"))
    # Meanwhile RE-B was withdrawn elsewhere: the whole change must be refused.
    from remonitor.store.licences import change_status

    ids = {r.application.reference: r.id for r in window.tracker.model.rows}
    job = window.writer.submit("withdraw", lambda conn, ctx: change_status(
        conn, [ids["RE-B"]], Status.WITHDRAWN, date(2026, 1, 1)))
    with qtbot.waitSignal(job.sig_finished, timeout=10_000):
        pass
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: "cannot become Accepted" in dialog.problem.text(), timeout=10_000)
    assert "RE-B" in dialog.problem.text()
    with qtbot.waitSignal(window.tracker.sig_loaded, timeout=10_000):
        window.tracker.refresh()
    statuses = {r.application.reference: r.application.status for r in window.tracker.model.rows}
    assert statuses == {"RE-A": Status.SUBMITTED, "RE-B": Status.WITHDRAWN}
    dialog.reject()


def test_summary_counts_filter_and_the_history_pane(qtbot, session_factory):
    window = session_factory().window
    add(window, qtbot, LicenceApplication(reference="RE-1", status=Status.SUBMITTED))
    add(window, qtbot, LicenceApplication(reference="RE-2"))
    add(window, qtbot, LicenceApplication(reference="RE-3"))
    tracker = window.tracker
    assert tracker.summary.counts["draft"] == 2 and tracker.summary.counts["all"] == 3
    tracker.summary._buttons["draft"].click()
    assert tracker.view.proxy.rowCount() == 2
    tracker.summary._buttons["all"].click()
    assert tracker.view.proxy.rowCount() == 3
    select(window, {"RE-1"})
    qtbot.waitUntil(lambda: tracker.history.rowCount() > 0, timeout=10_000)
    fields = {tracker.history.item(r, 2).text() for r in range(tracker.history.rowCount())}
    assert {"created", "status"} <= fields


def test_approve_and_record_shipments_in_the_window(qtbot, session_factory):
    from remonitor.store.licences import change_status

    window = session_factory().window
    add(window, qtbot, LicenceApplication(reference="RE-L", quantity=500.0,
                                          status=Status.SUBMITTED))
    (row,) = window.tracker.model.rows
    job = window.writer.submit("accept", lambda conn, ctx: change_status(
        conn, [row.id], Status.ACCEPTED, date.today()))
    with qtbot.waitSignal(job.sig_result, timeout=10_000):
        pass
    with qtbot.waitSignal(window.tracker.sig_loaded, timeout=10_000):
        window.tracker.refresh()
    select(window, {"RE-L"})
    dialog = window.tracker.change_status()
    dialog.target.setCurrentIndex(dialog.target.findText("Approved"))
    assert dialog.licence_number.isVisibleTo(dialog)
    assert dialog.approved_quantity.value() == 500
    dialog.buttons.accepted.emit()
    assert "licence number is required" in dialog.problem.text()
    dialog.licence_number.setText("LIC-2026-9")
    with qtbot.waitSignal(window.tracker.sig_loaded, timeout=10_000):
        dialog.buttons.accepted.emit()
    (row,) = window.tracker.model.rows
    assert row.application.status is Status.APPROVED and row.licence.remaining == 500
    select(window, {"RE-L"})
    shipment = window.tracker.record_shipment()
    shipment.quantity.setValue(600)
    shipment.buttons.accepted.emit()
    qtbot.waitUntil(lambda: "exceeds" in shipment.problem.text(), timeout=10_000)
    shipment.quantity.setValue(200)
    with qtbot.waitSignal(window.tracker.sig_loaded, timeout=10_000):
        shipment.buttons.accepted.emit()
    (row,) = window.tracker.model.rows
    assert row.licence.remaining == 300
    titles = [c.title for c in window.tracker.model.columns]
    assert window.tracker.model.index(0, titles.index("Remaining")).data() == "300"


def test_edit_then_undo_and_redo_with_every_change_in_the_history(qtbot, session_factory):
    from remonitor.store.licences import history

    window = session_factory().window
    tracker = window.tracker
    add(window, qtbot, LicenceApplication(reference="RE-E", applicant="Old Co", quantity=10.0))
    (row,) = tracker.model.rows
    dialog = tracker.edit_application(row)
    assert dialog.reference.text() == "RE-E" and not dialog.status.isEnabled()
    dialog.applicant.setText("New Co")
    dialog.quantity.setValue(25)
    with qtbot.waitSignal(tracker.sig_loaded, timeout=10_000):
        dialog.buttons.accepted.emit()
    assert tracker.model.rows[0].application.applicant == "New Co"
    assert tracker.undo_action.isEnabled()
    with qtbot.waitSignal(tracker.sig_loaded, timeout=10_000):
        tracker.undo_action.trigger()
    assert (tracker.model.rows[0].application.applicant,
            tracker.model.rows[0].application.quantity) == ("Old Co", 10.0)
    with qtbot.waitSignal(tracker.sig_loaded, timeout=10_000):
        tracker.redo_action.trigger()
    assert tracker.model.rows[0].application.applicant == "New Co"
    job = window.runner.read("history", lambda conn, ctx: history(conn, row.id))
    with qtbot.waitSignal(job.sig_result, timeout=10_000) as got:
        pass
    applicant = [(e.old_value, e.new_value, e.reason) for e in got.args[0]
                 if e.field == "applicant" and e.old_value]
    assert applicant == [("Old Co", "New Co", "edited"), ("New Co", "Old Co", "undo"),
                         ("Old Co", "New Co", "redo")]


def test_an_edit_that_breaks_a_rule_is_refused_in_the_form(qtbot, session_factory):
    window = session_factory().window
    add(window, qtbot, LicenceApplication(reference="RE-X"))
    add(window, qtbot, LicenceApplication(reference="RE-Y"))
    row = next(r for r in window.tracker.model.rows if r.application.reference == "RE-Y")
    dialog = window.tracker.edit_application(row)
    dialog.reference.setText("RE-X")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: "already exists" in dialog.problem.text(), timeout=10_000)
    assert not window.tracker.undo_action.isEnabled()
    dialog.reject()
