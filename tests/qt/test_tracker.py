"""The tracker in the real window: workflow, clock, refusals, history."""

from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt

from remonitor.core.licence import Status
from remonitor.store.applications import save_new_application
from tests.factories import application


def add(window, qtbot, app):
    with qtbot.waitSignal(window.writer.submit(
            "add", lambda conn, ctx: save_new_application(conn, app)).sig_result,
            timeout=10_000):
        pass  # committed before the tracker reads
    with qtbot.waitSignal(window.tracker.sig_loaded, timeout=10_000):
        window.tracker.refresh()


def select(window, references):
    view, model = window.tracker.view, window.tracker.model
    view.selectionModel().clearSelection()
    for r in range(model.rowCount()):
        if model.index(r, 0).data() in references:
            view.selectionModel().select(
                model.index(r, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


def test_move_through_the_workflow_and_see_the_clock(qtbot, session_factory):
    window = session_factory().window
    add(window, qtbot, application("RE-1", Status.SUBMITTED,
                                  submitted_on=date(2025, 9, 20)))
    select(window, {"RE-1"})
    dialog = window.tracker.editor.change_status()
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
    add(window, qtbot, application("RE-A", status=Status.SUBMITTED))
    add(window, qtbot, application("RE-B", status=Status.SUBMITTED))
    select(window, {"RE-A", "RE-B"})
    dialog = window.tracker.editor.change_status()
    dialog.target.setCurrentIndex(dialog.target.findText("Accepted"))
    # Meanwhile RE-B was withdrawn elsewhere: the whole change must be refused.
    from remonitor.store.workflow import change_status

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
    add(window, qtbot, application("RE-1", status=Status.SUBMITTED))
    add(window, qtbot, application("RE-2"))
    add(window, qtbot, application("RE-3"))
    tracker = window.tracker
    assert tracker.summary.counts["draft"] == 2 and tracker.summary.counts["all"] == 3
    with qtbot.waitSignal(tracker.sig_loaded, timeout=10_000):
        tracker.summary._buttons["draft"].click()
    assert tracker.model.rowCount() == 2
    with qtbot.waitSignal(tracker.sig_loaded, timeout=10_000):
        tracker.summary._buttons["all"].click()
    assert tracker.model.rowCount() == 3
    select(window, {"RE-1"})
    qtbot.waitUntil(lambda: tracker.details.history.rowCount() > 0, timeout=10_000)
    table = tracker.details.history
    fields = {table.item(r, 2).text() for r in range(table.rowCount())}
    assert {"created", "status"} <= fields


def test_approve_and_record_shipments_in_the_window(qtbot, session_factory):
    from remonitor.store.workflow import change_status

    window = session_factory().window
    add(window, qtbot, application("RE-L", quantity=500.0,
                                          status=Status.SUBMITTED))
    (row,) = window.tracker.model.rows
    job = window.writer.submit("accept", lambda conn, ctx: change_status(
        conn, [row.id], Status.ACCEPTED, date.today()))
    with qtbot.waitSignal(job.sig_result, timeout=10_000):
        pass
    with qtbot.waitSignal(window.tracker.sig_loaded, timeout=10_000):
        window.tracker.refresh()
    select(window, {"RE-L"})
    dialog = window.tracker.editor.change_status()
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
    shipment = window.tracker.editor.record_shipment()
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
    select(window, {"RE-L"})
    shipments = window.tracker.details.shipments
    qtbot.waitUntil(lambda: shipments.rowCount() == 1, timeout=10_000)
    assert [shipments.item(0, c).text() for c in (1, 2)] == ["200 kg", "300 kg"]


def test_edit_then_undo_and_redo_with_every_change_in_the_history(qtbot, session_factory):
    from remonitor.store.applications import history

    window = session_factory().window
    tracker = window.tracker
    add(window, qtbot, application("RE-E", applicant="Old Co", quantity=10.0))
    (row,) = tracker.model.rows
    dialog = tracker.editor.edit_application(row)
    assert dialog.reference.text() == "RE-E" and not dialog.status.isEnabled()
    dialog.applicant.setText("New Co")
    dialog.quantity.setValue(25)
    with qtbot.waitSignal(tracker.sig_loaded, timeout=10_000):
        dialog.buttons.accepted.emit()
    assert tracker.model.rows[0].application.applicant == "New Co"
    assert tracker.undo_stack.canUndo()
    with qtbot.waitSignal(tracker.sig_loaded, timeout=10_000):
        tracker.undo_stack.undo()
    assert (tracker.model.rows[0].application.applicant,
            tracker.model.rows[0].application.quantity) == ("Old Co", 10.0)
    with qtbot.waitSignal(tracker.sig_loaded, timeout=10_000):
        tracker.undo_stack.redo()
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
    add(window, qtbot, application("RE-X"))
    add(window, qtbot, application("RE-Y"))
    row = next(r for r in window.tracker.model.rows if r.application.reference == "RE-Y")
    dialog = window.tracker.editor.edit_application(row)
    dialog.reference.setText("RE-X")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: "already exists" in dialog.problem.text(), timeout=10_000)
    assert not window.tracker.undo_stack.canUndo()
    dialog.reject()


def _desk(window, qtbot):
    add(window, qtbot, application("RE-10", Status.SUBMITTED, applicant="Baotou Rare Earth",
                                   destination="DE", elements=("Dy", "Tb"), quantity=100.0))
    add(window, qtbot, application("RE-11", Status.SUBMITTED, applicant="Ganzhou Magnet",
                                   destination="JP", elements=("Tb",), quantity=300.0))
    add(window, qtbot, application("RE-12", applicant="=HYPERLINK(\"x\")", destination="US",
                                   elements=("Sm",), quantity=200.0))


def shown(tracker):
    return [tracker.model.index(r, 0).data() for r in range(tracker.model.rowCount())]


def test_filter_and_sort_in_the_store_and_keep_the_selection(qtbot, session_factory):
    window = session_factory().window
    tracker = window.tracker
    _desk(window, qtbot)
    assert [tracker.element.itemText(i) for i in range(tracker.element.count())] == [
        "All elements", "Dy", "Sm", "Tb"]
    with qtbot.waitSignal(tracker.sig_loaded, timeout=10_000):
        tracker.element.setCurrentIndex(tracker.element.findData("Tb"))
    assert shown(tracker) == ["RE-10", "RE-11"]
    with qtbot.waitSignal(tracker.sig_loaded, timeout=10_000):
        qtbot.keyClicks(tracker.search, "ganzhou")
    assert shown(tracker) == ["RE-11"]
    assert tracker.count.text() == "1 application"
    with qtbot.waitSignal(tracker.sig_loaded, timeout=10_000):
        tracker.search.clear()
    with qtbot.waitSignal(tracker.sig_loaded, timeout=10_000):
        tracker.element.setCurrentIndex(0)
    quantity = [c.title for c in tracker.model.columns].index("Quantity")
    with qtbot.waitSignal(tracker.sig_loaded, timeout=10_000):
        tracker.view.sortByColumn(quantity, Qt.SortOrder.DescendingOrder)
    assert shown(tracker) == ["RE-11", "RE-12", "RE-10"]
    select(window, {"RE-12"})
    with qtbot.waitSignal(tracker.sig_loaded, timeout=10_000):
        tracker.refresh()  # the store changed elsewhere: the selection stays
    assert [r.application.reference for r in tracker.selection.rows()] == ["RE-12"]


def test_columns_chosen_by_the_user_are_remembered(qtbot, session_factory):
    session = session_factory()
    tracker = session.window.tracker
    titles = [c.title for c in tracker.model.columns]
    menu = tracker.view.column_menu()
    hide = next(a for a in menu.actions() if a.text() == "Item")
    hide.setChecked(False)
    tracker.view.horizontalHeader().moveSection(titles.index("Applicant"), 0)
    assert tracker.view.shown_columns()[0] == titles.index("Applicant")
    session.close()
    again = session_factory().window.tracker
    assert again.view.horizontalHeader().isSectionHidden(titles.index("Item"))
    assert again.view.shown_columns()[0] == titles.index("Applicant")


def test_export_writes_the_filtered_table_as_shown(qtbot, session_factory, tmp_path):
    import csv

    window = session_factory().window
    tracker = window.tracker
    _desk(window, qtbot)
    with qtbot.waitSignal(tracker.sig_loaded, timeout=10_000):
        tracker.destination.setCurrentIndex(tracker.destination.findData("US"))
    out = tmp_path / "apps.csv"
    with qtbot.waitSignal(window.export_to("applications", out).sig_result, timeout=10_000):
        pass
    with out.open(encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:2] == ["Reference", "Status"] and len(rows) == 2
    assert rows[1][0] == "RE-12"
    applicant = rows[0].index("Applicant")
    assert rows[1][applicant] == "'=HYPERLINK(\"x\")"  # formula injection neutralised


def test_documents_are_kept_and_programs_never_opened(qtbot, session_factory, tmp_path,
                                                     monkeypatch):
    from PySide6.QtGui import QDesktopServices

    session = session_factory()
    window = session.window
    tracker = window.tracker
    add(window, qtbot, application("RE-D"))
    notice = tmp_path / "MOFCOM notice.pdf"
    notice.write_bytes(b"%PDF-1.4 notice")
    script = tmp_path / "evil.sh"
    script.write_text("rm -rf ~\n")
    (row,) = tracker.model.rows
    for path in (notice, script):
        with qtbot.waitSignal(tracker.sig_loaded, timeout=10_000):
            tracker.files.attach_document(row.id, path)
    notice.unlink()  # the copy in the data folder is what counts
    select(window, {"RE-D"})
    qtbot.waitUntil(lambda: tracker.details.documents.rowCount() == 2, timeout=10_000)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    pdf = tracker.files.open_document(0, confirm=False)
    assert pdf.is_file() and pdf.read_bytes() == b"%PDF-1.4 notice"
    assert window.data_dir in pdf.parents and oct(pdf.stat().st_mode)[-3:] == "600"
    folder = tracker.files.open_document(1, confirm=False)
    assert folder.is_dir()  # a script is shown in its folder, never run
    assert [u.toLocalFile() for u in opened] == [str(pdf), str(folder)]
    job = tracker.files.attach_document(row.id, script)
    with qtbot.waitSignal(job.sig_error, timeout=10_000) as err:
        pass
    assert "already attached" in err.args[0].message


def test_import_applications_from_a_desk_sheet(qtbot, session_factory, tmp_path):
    window = session_factory().window
    tracker = window.tracker
    add(window, qtbot, application("RE-1"))
    sheet = tmp_path / "desk.csv"
    sheet.write_text("Desk sheet\nRef,Status,Applicant,Destination\nRE-1,Draft,Old,DE\n"
                     "RE-7,Draft,Ganzhou,JP\nRE-8,Draft,Baotou,US\n", encoding="utf-8")
    with qtbot.waitSignals([tracker.sig_message, tracker.sig_loaded], timeout=10_000) as got:
        tracker.files.import_file(sheet, confirm=False)
    assert "Added 2 applications" in window.status.currentMessage()
    assert "RE-1" in window.status.currentMessage()  # already present: left alone
    assert sorted(shown(tracker)) == ["RE-1", "RE-7", "RE-8"]
    del got
    bad = tmp_path / "bad.csv"
    bad.write_text("Reference,Quantity\nRE-9,lots\n", encoding="utf-8")
    task = tracker.files.import_file(bad, confirm=False)
    with qtbot.waitSignal(task.sig_error, timeout=10_000) as err:
        pass
    assert "bad.csv, row 2, column 'Quantity'" in err.args[0].message


def test_a_save_over_a_colleagues_is_refused_with_what_they_changed(qtbot, session_factory):
    """Two people edit one application: the second save is refused with who changed what,
    the form keeps its values, and a second Save (having been told) writes over theirs."""
    from remonitor.store.applications import update_application

    window = session_factory().window
    tracker = window.tracker
    add(window, qtbot, application("RE-C", applicant="Old Co", quantity=10.0))
    (row,) = tracker.model.rows
    dialog = tracker.editor.edit_application(row)
    dialog.applicant.setText("Mine Co")
    theirs = application("RE-C", applicant="Old Co", quantity=40.0)
    with qtbot.waitSignal(window.writer.submit(  # a colleague's save, meanwhile
            "colleague", lambda conn, ctx: update_application(conn, row.id, theirs)
    ).sig_result, timeout=10_000):
        pass
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: "while you edited it" in dialog.problem.text(), timeout=10_000)
    assert "quantity: 10 → 40" in dialog.problem.text()
    assert dialog.isVisible() and dialog.applicant.text() == "Mine Co"
    with qtbot.waitSignal(tracker.sig_loaded, timeout=10_000):
        dialog.buttons.accepted.emit()
    saved = tracker.model.rows[0].application
    assert (saved.applicant, saved.quantity) == ("Mine Co", 10.0)


def test_a_letter_typed_shows_the_first_page_then_the_whole_list(qtbot, session_factory,
                                                                   tmp_path, monkeypatch):
    """Over more applications than a page, a keystroke shows the query's first page as soon
    as it is read, the count and the selection as they were; the whole list follows, and
    the selection made before, beyond the first page, is selected again."""
    from remonitor.store.connection import connect
    from remonitor.store.location import prepare_data_dir
    from remonitor.store.migrations import migrate
    from remonitor.views.tracker import PAGE

    data_dir = tmp_path / "data"
    conn = connect(prepare_data_dir(data_dir))
    migrate(conn)
    total = PAGE + 60
    with conn:
        ids = {f"RE-{n:04d}": save_new_application(conn, application(
            f"RE-{n:04d}", applicant="Ganzhou" if n % 2 else "Baotou")) for n in range(total)}
    conn.close()
    window = session_factory(data_dir).window
    tracker = window.tracker
    from remonitor.views import tracker as views

    asked: list[int] = []  # the rows each query read with its ids

    def load_rows(conn, context, wanted):
        asked.extend(wanted)
        return real_load_rows(conn, context, wanted)

    real_load_rows = views.load_rows
    monkeypatch.setattr(views, "load_rows", load_rows)
    chosen = ids["RE-0250"]
    row = tracker.model.position(chosen)
    tracker.view.selectionModel().select(tracker.model.index(row, 0), (
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows))
    assert tracker.selection.ids() == [chosen]
    at_head = []
    tracker.sig_head_shown.connect(lambda: at_head.append((
        shown(tracker), tracker.count.text(), tracker.count.isEnabled(),
        tracker.summary.isEnabled())))
    with qtbot.waitSignal(tracker.sig_loaded, timeout=10_000):
        tracker.search.setText("a")  # in every applicant's name
    # the counts as they were, greyed: being counted
    assert at_head == [(sorted(ids)[:PAGE], f"{total} applications", False, False)]
    assert tracker.count.isEnabled() and tracker.summary.isEnabled()
    assert sorted(asked) == sorted(ids[r] for r in sorted(ids)[:PAGE])  # read once, by the head
    assert tracker.model.rowCount() == total
    assert shown(tracker)[:PAGE] == at_head[0][0]
    assert tracker.selection.ids() == [chosen]
    assert tracker.count.text() == f"{total} applications"
    # Fewer matches than a page: the head is the whole answer, counted, and shown once.
    with qtbot.waitSignal(tracker.sig_loaded, timeout=10_000):
        tracker.search.setText("RE-000")
    assert shown(tracker) == [f"RE-000{n}" for n in range(10)]
    assert tracker.count.text() == "10 applications" and len(at_head) == 1
