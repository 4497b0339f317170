"""The licence tracker panel: the desk's applications, and a form to add one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from remonitor.core.licence import LicenceApplication
from remonitor.store.changes import StoreChange
from remonitor.store.licences import (
    add_shipment,
    approve,
    change_status,
    history,
    save_new_application,
    update_application,
)
from remonitor.ui import theme
from remonitor.ui.application_dialog import ApplicationDialog
from remonitor.ui.errors import error_box
from remonitor.ui.shipment_dialog import ShipmentDialog
from remonitor.ui.status_dialog import StatusDialog
from remonitor.ui.table_model import Column
from remonitor.ui.table_view import TablePanel
from remonitor.ui.tracker_data import TrackerRow, load_tracker
from remonitor.ui.tracker_summary import StatusSummary
from remonitor.workers.tasks import TaskRunner
from remonitor.workers.writer import StoreWriter


def _a(row: TrackerRow) -> LicenceApplication:
    return row.application


def _due(row: TrackerRow) -> str:
    d = row.clock.deadline
    if d is None:
        return ""
    if d.stopped:
        return "clock stopped"
    return d.due.isoformat() + (" (est.)" if d.estimated else "")


def _clock_tip(row: TrackerRow) -> str:
    d = row.clock.deadline
    if d is None:
        return "No review clock: the application is not under review."
    if d.stopped:
        return (f"Information requested: the clock is stopped after {d.days_used} working "
                "days.")
    text = (f"Decision due by the end of working day 45 after acceptance: {d.due}. "
            f"{row.clock.days_left} working days left.")
    if d.estimated:
        text += " Estimated: the holiday calendar does not cover the whole period."
    return text


def _licence_text(row: TrackerRow) -> str:
    if row.licence is None:
        return ""
    text = row.licence.state.value
    if row.licence.state.value == "valid" and row.licence.days_to_expiry is not None:
        text += f", {row.licence.days_to_expiry} d to expiry"
    return text


def _licence_tip(row: TrackerRow) -> str:
    lic = row.licence
    if lic is None:
        return "No licence yet."
    return (f"Licence {lic.number}: {lic.approved:g} {row.application.quantity_unit} "
            f"approved, {lic.remaining:g} left; {lic.state.value}"
            + (f", expires in {lic.days_to_expiry} days" if lic.days_to_expiry is not None
               else ""))


def _licence_colour(row: TrackerRow):
    lic = row.licence
    if lic is None:
        return None
    if lic.state.value in ("expired", "used up"):
        return theme.muted()
    if lic.days_to_expiry is not None and lic.days_to_expiry <= 30:
        return theme.near_due()
    return None


def _clock_colour(row: TrackerRow):
    if row.clock.state == "overdue":
        return theme.overdue()
    if row.clock.state == "near due":
        return theme.near_due()
    return None


class TrackerPanel(TablePanel):
    sig_saved = Signal(int)
    """Id of an application just saved."""

    def __init__(self, runner: TaskRunner, writer: StoreWriter, parent=None,
                 data_dir: Path | None = None) -> None:
        columns = [
            Column(self.tr("Reference"), lambda r: _a(r).reference),
            Column(self.tr("Status"), lambda r: _a(r).status.label),
            Column(self.tr("Days left"), lambda r: r.clock.days_left, _clock_tip,
                   colour=_clock_colour, align_right=True),
            Column(self.tr("Decision due"), _due, _clock_tip, colour=_clock_colour),
            Column(self.tr("Licence"), _licence_text, _licence_tip, colour=_licence_colour),
            Column(self.tr("Remaining"), lambda r: r.licence.remaining if r.licence else None,
                   _licence_tip, align_right=True),
            Column(self.tr("Applicant"), lambda r: _a(r).applicant),
            Column(self.tr("Item"), lambda r: _a(r).item),
            Column(self.tr("Control code"), lambda r: _a(r).control_code),
            Column(self.tr("Elements"), lambda r: _a(r).elements),
            Column(self.tr("Quantity"), lambda r: _a(r).quantity, align_right=True),
            Column(self.tr("Unit"), lambda r: _a(r).quantity_unit),
            Column(self.tr("Destination"), lambda r: _a(r).destination),
            Column(self.tr("Submitted"), lambda r: _a(r).submitted_on),
            Column(self.tr("Accepted"), lambda r: _a(r).accepted_on),
            Column(self.tr("Updated"), lambda r: r.stored.updated_at.replace("T", " ")[:16]),
        ]
        self.new_action = QAction(self.tr("&New application…"))
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setToolTip(self.tr("Record a new licence application (Ctrl+N)"))
        new_button = QToolButton()
        new_button.setDefaultAction(self.new_action)
        new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.status_action = QAction(self.tr("Change &status…"))
        self.status_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.status_action.setToolTip(self.tr("Move the selected applications through the "
                                              "workflow (Ctrl+Shift+S)"))
        status_button = QToolButton()
        status_button.setDefaultAction(self.status_action)
        super().__init__(runner, lambda conn: load_tracker(conn, data_dir), columns,
                         self.tr("Filter applications"), parent,
                         leading=(new_button, status_button))
        self.new_action.setParent(self)
        self.status_action.setParent(self)
        self.status_action.triggered.connect(self.change_status)
        self.shipment_action = QAction(self.tr("Record &shipment…"), self)
        self.shipment_action.setToolTip(self.tr("Draw a shipment against the selected "
                                                "approved licence"))
        self.shipment_action.triggered.connect(self.record_shipment)
        shipment_button = QToolButton(self)
        shipment_button.setDefaultAction(self.shipment_action)
        self.layout().itemAt(0).layout().insertWidget(2, shipment_button)
        self.shipment_dialog: ShipmentDialog | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence.StandardKey.Redo,
                                       QKeySequence("Ctrl+Shift+Z")])
        self.view.sig_row_activated.connect(self.edit_application)
        self.status_dialog: StatusDialog | None = None
        self.summary = StatusSummary(self)
        self.summary.sig_filter.connect(self.view.proxy.set_row_test)
        self.sig_loaded.connect(self.summary.update_counts)
        self.history = QTableWidget(self)
        self.history.setObjectName("tracker-history")
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().selectionChanged.connect(self._load_history)
        layout = self.layout()
        layout.insertWidget(1, self.summary)
        split = QSplitter(Qt.Orientation.Vertical, self)
        layout.removeWidget(self.view)
        split.addWidget(self.view)
        history_box = QWidget(self)
        history_layout = QVBoxLayout(history_box)
        history_layout.setContentsMargins(0, 4, 0, 0)
        self.history_caption = QLabel(self.tr("History — select one application to see every "
                                              "change to it"), history_box)
        history_layout.addWidget(self.history_caption)
        history_layout.addWidget(self.history, 1)
        split.addWidget(history_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)
        self.new_action.triggered.connect(self.new_application)
        self.setObjectName("tracker-panel")
        self.view.setObjectName("tracker-table")
        for column, width in ((0, 110), (1, 100), (2, 70), (3, 130)):
            self.view.setColumnWidth(column, width)
        self._writer = writer
        self.dialog: ApplicationDialog | None = None
        self._show([])

    def edit_application(self, row: TrackerRow) -> ApplicationDialog:
        """Open a stored application in the form (double-click or Enter on its row)."""
        dialog = ApplicationDialog(self)
        dialog.load(row.application)
        before = row.application
        dialog.sig_save_requested.connect(
            lambda after: self._save_edit(dialog, row.id, before, after))
        dialog.open()
        self.dialog = dialog
        return dialog

    def _save_edit(self, dialog, app_id: int, before, after) -> None:
        job = self.write_edit(app_id, after, "edited")
        job.sig_result.connect(lambda changed: self._edited(dialog, app_id, before, after,
                                                            changed))
        job.sig_error.connect(lambda error: dialog.show_problem(error.message))

    def _edited(self, dialog, app_id, before, after, changed: list[str]) -> None:
        dialog.accept()
        if changed:
            self.undo_stack.push(EditCommand(self, app_id, before, after, changed))

    def write_edit(self, app_id: int, app, reason: str):
        return self._writer.submit(
            "edit application",
            lambda conn, ctx: update_application(conn, app_id, app, reason),
            change=StoreChange(applications=True))

    def record_shipment(self) -> ShipmentDialog | None:
        rows = [r for r in self.view.selected_rows() if r.licence is not None]
        if len(rows) != 1:
            return None
        row = rows[0]
        dialog = ShipmentDialog(row.application.reference, row.licence.remaining,
                                row.application.quantity_unit, self)
        dialog.sig_record.connect(lambda on, qty, ref: self._record(dialog, row.id, on, qty,
                                                                    ref))
        dialog.open()
        self.shipment_dialog = dialog
        return dialog

    def _record(self, dialog, app_id, on, quantity, reference) -> None:
        job = self._writer.submit(
            "record shipment",
            lambda conn, ctx: add_shipment(conn, app_id, on, quantity, reference),
            change=StoreChange(applications=True))
        job.sig_result.connect(lambda _: dialog.accept())
        job.sig_error.connect(lambda error: dialog.show_problem(error.message))

    def _load_history(self) -> None:
        rows = self.view.selected_rows()
        if len(rows) != 1:
            self.history.setRowCount(0)
            self.history_caption.setText(self.tr("History — select one application to see "
                                                 "every change to it"))
            return
        app_id = rows[0].id
        self.history_caption.setText(self.tr("History of {ref}").format(
            ref=rows[0].application.reference))
        task = self._runner.read("load history", lambda conn, ctx: history(conn, app_id),
                                 latest=f"history:{id(self)}")
        task.sig_result.connect(self._show_history)

    def _show_history(self, entries: list) -> None:
        headers = [self.tr("When"), self.tr("Who"), self.tr("Field"), self.tr("Old"),
                   self.tr("New"), self.tr("Why")]
        self.history.clear()
        self.history.setColumnCount(len(headers))
        self.history.setHorizontalHeaderLabels(headers)
        self.history.setRowCount(len(entries))
        for r, e in enumerate(reversed(entries)):
            cells = [e.changed_at.replace("T", " ")[:19], e.changed_by, e.field,
                     e.old_value or "", e.new_value or "", e.reason]
            for c, text in enumerate(cells):
                self.history.setItem(r, c, QTableWidgetItem(text))
        self.history.resizeColumnsToContents()

    def count_text(self, n: int) -> str:
        if n == 0:
            return self.tr("none yet (Ctrl+N)")
        return self.tr("1 application") if n == 1 else self.tr("{n} applications").format(n=n)

    def new_application(self) -> ApplicationDialog:
        self.dialog = ApplicationDialog(self)
        self.dialog.sig_save_requested.connect(self._save)
        self.dialog.open()
        return self.dialog

    def _save(self, app: LicenceApplication) -> None:
        dialog = self.dialog
        job = self._writer.submit(
            "save application", lambda conn, ctx: save_new_application(conn, app),
            change=StoreChange(applications=True))
        job.sig_result.connect(lambda app_id: self._saved(dialog, app_id))
        job.sig_error.connect(lambda error: dialog.show_problem(error.message))

    def change_status(self) -> StatusDialog | None:
        rows = self.view.selected_rows()
        if not rows:
            return None
        dialog = StatusDialog([r.application.reference for r in rows],
                              [r.application.status for r in rows], self,
                              quantity=rows[0].application.quantity)
        ids = [r.id for r in rows]
        dialog.sig_apply.connect(lambda target, on, reason, approval: self._apply_status(
            dialog, ids, target, on, reason, approval))
        dialog.open()
        self.status_dialog = dialog
        return dialog

    def _apply_status(self, dialog, ids, target, on, reason, approval=None) -> None:
        if approval is not None:
            def write(conn, ctx):
                return approve(conn, ids[0], approval, on, reason)
        else:
            def write(conn, ctx):
                return change_status(conn, ids, target, on, reason)
        job = self._writer.submit("change status", write,
                                  change=StoreChange(applications=True))
        job.sig_result.connect(lambda _: dialog.accept())
        job.sig_error.connect(lambda error: dialog.show_problem(error.message))

    def _saved(self, dialog: ApplicationDialog | None, app_id: int) -> None:
        if dialog is not None:
            dialog.accept()
        self.sig_saved.emit(app_id)


class EditCommand(QUndoCommand):
    """An edit already written; undo writes the old values back (recorded as a change
    with reason "undo"), redo the new ones again."""

    def __init__(self, panel: TrackerPanel, app_id: int, before, after, changed: list[str]):
        super().__init__(panel.tr("edit {ref} ({fields})").format(
            ref=after.reference, fields=", ".join(changed)))
        self.panel, self.app_id, self.before, self.after = panel, app_id, before, after
        self._written = True

    def redo(self) -> None:
        if self._written:  # the first redo is the edit itself, already saved
            self._written = False
            return
        self._write(self.after, "redo")

    def undo(self) -> None:
        self._write(self.before, "undo")

    def _write(self, app, reason: str) -> None:
        job = self.panel.write_edit(self.app_id, app, reason)
        job.sig_error.connect(lambda error: error_box(
            self.panel, self.panel.tr("The change could not be written"), error))
