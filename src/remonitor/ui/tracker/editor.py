"""The tracker's edits: new applications, edits with undo, status changes (approval
included) and shipments — each a dialog that stays open until the writer has written it. A
mixin of the tracker panel (it uses the panel's writer, selection and undo stack)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox

from remonitor.core.licence import LicenceApplication
from remonitor.store.changes import StoreChange
from remonitor.store.licences import (
    add_shipment,
    approve,
    change_status,
    save_new_application,
    update_application,
)
from remonitor.ui.application_dialog import ApplicationDialog
from remonitor.ui.errors import error_box
from remonitor.ui.shipment_dialog import ShipmentDialog
from remonitor.ui.status_dialog import StatusDialog
from remonitor.ui.tracker_data import TrackerRow

translate = QCoreApplication.translate


class TrackerEdits:
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
            self.tr("edit application"),
            lambda conn, ctx: update_application(conn, app_id, app, reason),
            change=StoreChange(applications=True))

    def record_shipment(self) -> ShipmentDialog | None:
        rows = [r for r in self.selected_rows() if r.licence is not None]
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
            self.tr("record shipment"),
            lambda conn, ctx: add_shipment(conn, app_id, on, quantity, reference),
            change=StoreChange(applications=True))
        job.sig_result.connect(lambda _: dialog.accept())
        job.sig_error.connect(lambda error: dialog.show_problem(error.message))

    def new_application(self) -> ApplicationDialog:
        self.dialog = ApplicationDialog(self)
        self.dialog.sig_save_requested.connect(self._save)
        self.dialog.open()
        return self.dialog

    def _save(self, app: LicenceApplication) -> None:
        dialog = self.dialog
        job = self._writer.submit(
            self.tr("save application"), lambda conn, ctx: save_new_application(conn, app),
            change=StoreChange(applications=True))
        job.sig_result.connect(lambda app_id: self._saved(dialog, app_id))
        job.sig_error.connect(lambda error: dialog.show_problem(error.message))

    def change_status(self) -> StatusDialog | None:
        rows = self.selected_rows()
        if not rows:
            return None
        if len(rows) != len(self.selected_ids()):
            QMessageBox.information(self, self.tr("Change status"), self.tr(
                "Some selected applications are still being read; try again in a moment."))
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
        job = self._writer.submit(self.tr("change status"), write,
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

    def __init__(self, panel, app_id: int, before, after, changed: list[str]):
        super().__init__(translate("EditCommand", "edit {ref} ({fields})").format(
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
            self.panel, translate("EditCommand", "The change could not be written"), error))
