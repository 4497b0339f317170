"""The tracker's edits: new applications, edits with undo, status changes (approval
included) and shipments — each a dialog that stays open until the writer has written it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox, QWidget

from remonitor.edits import applications as edits
from remonitor.ui.tracker.application_dialog import ApplicationDialog
from remonitor.ui.tracker.selection import TrackerSelection
from remonitor.ui.tracker.shipment_dialog import ShipmentDialog
from remonitor.ui.tracker.status_dialog import StatusDialog
from remonitor.ui.widgets.errors import error_box
from remonitor.views.tracker import TrackerRow
from remonitor.workers.writer import StoreWriter

translate = QCoreApplication.translate


class TrackerEditor(QObject):
    """New applications, edits with undo, status changes (approval included) and
    shipments: each a dialog that stays open until the writer has written it, then closes;
    a refusal is shown in the dialog. Given the writer, the selection it acts on and the
    undo stack edits go to."""

    sig_saved = Signal(int)
    """Id of an application just saved."""

    def __init__(self, writer: StoreWriter, selection: TrackerSelection, undo_stack,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.writer, self.selection, self.undo_stack = writer, selection, undo_stack
        self.widget = parent
        self.dialog: ApplicationDialog | None = None
        self.status_dialog: StatusDialog | None = None
        self.shipment_dialog: ShipmentDialog | None = None

    def _in_dialog(self, edit, dialog, done, refused=None) -> None:
        """Write ``edit``; its result goes to ``done``, a refusal into the dialog (and to
        ``refused``, given the error)."""
        job = self.writer.apply(edit)
        job.sig_result.connect(done)
        job.sig_error.connect(lambda error: dialog.show_problem(error.message))
        if refused is not None:
            job.sig_error.connect(refused)

    def new_application(self) -> ApplicationDialog:
        dialog = self.dialog = ApplicationDialog(self.widget)
        dialog.sig_save_requested.connect(lambda app: self._in_dialog(
            edits.new_application(app), dialog, lambda app_id: self._saved(dialog, app_id)))
        dialog.open()
        return dialog

    def edit_application(self, row: TrackerRow) -> ApplicationDialog:
        """Open a stored application in the form (double-click or Enter on its row)."""
        dialog = self.dialog = ApplicationDialog(self.widget)
        dialog.load(row.application)
        before = row.application
        # The save names the version the form was read at: if a colleague saved meanwhile
        # it is refused with what they changed, the form kept; a second Save, having been
        # told, writes over theirs.
        base = [row.stored]

        def refused(error) -> None:
            if error.kind == "EditConflict":
                base[0] = None

        dialog.sig_save_requested.connect(lambda after: self._in_dialog(
            edits.edit_application(row.id, after, "edited", base[0]), dialog,
            lambda changed: self._edited(dialog, row.id, before, after, changed), refused))
        dialog.open()
        return dialog

    def _edited(self, dialog, app_id, before, after, changed: list[str]) -> None:
        dialog.accept()
        if changed:
            self.undo_stack.push(EditCommand(self, app_id, before, after, changed))

    def write_edit(self, app_id: int, app, reason: str):
        return self.writer.apply(edits.edit_application(app_id, app, reason))

    def record_shipment(self) -> ShipmentDialog | None:
        rows = [r for r in self.selection.rows() if r.licence is not None]
        if len(rows) != 1:
            return None
        row = rows[0]
        dialog = self.shipment_dialog = ShipmentDialog(
            row.application.reference, row.licence.remaining, row.application.quantity_unit,
            self.widget)
        dialog.sig_record.connect(lambda on, qty, ref: self._in_dialog(
            edits.record_shipment(row.id, on, qty, ref), dialog, lambda _: dialog.accept()))
        dialog.open()
        return dialog

    def change_status(self) -> StatusDialog | None:
        rows = self.selection.rows()
        if not rows:
            return None
        if len(rows) != len(self.selection.ids()):
            QMessageBox.information(self.widget, self.tr("Change status"), self.tr(
                "Some selected applications are still being read; try again in a moment."))
            return None
        dialog = self.status_dialog = StatusDialog(
            [r.application.reference for r in rows], [r.application.status for r in rows],
            self.widget, quantity=rows[0].application.quantity)
        ids = [r.id for r in rows]

        def apply(target, on, reason, approval) -> None:
            edit = (edits.approve(ids[0], approval, on, reason) if approval is not None
                    else edits.change_status(ids, target, on, reason))
            self._in_dialog(edit, dialog, lambda _: dialog.accept())

        dialog.sig_apply.connect(apply)
        dialog.open()
        return dialog

    def _saved(self, dialog: ApplicationDialog, app_id: int) -> None:
        dialog.accept()
        self.sig_saved.emit(app_id)


class EditCommand(QUndoCommand):
    """An edit already written; undo writes the old values back (recorded as a change
    with reason "undo"), redo the new ones again."""

    def __init__(self, editor: TrackerEditor, app_id: int, before, after,
                 changed: list[str]) -> None:
        super().__init__(translate("EditCommand", "edit {ref} ({fields})").format(
            ref=after.reference, fields=", ".join(changed)))
        self.editor, self.app_id, self.before, self.after = editor, app_id, before, after
        self._written = True

    def redo(self) -> None:
        if self._written:  # the first redo is the edit itself, already saved
            self._written = False
            return
        self._write(self.after, "redo")

    def undo(self) -> None:
        self._write(self.before, "undo")

    def _write(self, app, reason: str) -> None:
        job = self.editor.write_edit(self.app_id, app, reason)
        job.sig_error.connect(lambda error: error_box(
            self.editor.widget, translate("EditCommand", "The change could not be written"),
            error))
