"""The licence tracker panel: the desk's applications, and a form to add one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolButton

from remonitor.core.licence import LicenceApplication
from remonitor.store.changes import StoreChange
from remonitor.store.licences import StoredApplication, list_applications, save_new_application
from remonitor.ui.application_dialog import ApplicationDialog
from remonitor.ui.table_model import Column
from remonitor.ui.table_view import TablePanel
from remonitor.workers.tasks import TaskRunner
from remonitor.workers.writer import StoreWriter


def _a(row: StoredApplication) -> LicenceApplication:
    return row.application


class TrackerPanel(TablePanel):
    sig_saved = Signal(int)
    """Id of an application just saved."""

    def __init__(self, runner: TaskRunner, writer: StoreWriter, parent=None) -> None:
        columns = [
            Column(self.tr("Reference"), lambda r: _a(r).reference),
            Column(self.tr("Status"), lambda r: _a(r).status.label),
            Column(self.tr("Applicant"), lambda r: _a(r).applicant),
            Column(self.tr("Item"), lambda r: _a(r).item),
            Column(self.tr("Control code"), lambda r: _a(r).control_code),
            Column(self.tr("Elements"), lambda r: _a(r).elements),
            Column(self.tr("Quantity"), lambda r: _a(r).quantity, align_right=True),
            Column(self.tr("Unit"), lambda r: _a(r).quantity_unit),
            Column(self.tr("Destination"), lambda r: _a(r).destination),
            Column(self.tr("Submitted"), lambda r: _a(r).submitted_on),
            Column(self.tr("Updated"), lambda r: r.updated_at.replace("T", " ")[:16]),
        ]
        self.new_action = QAction(self.tr("&New application…"))
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setToolTip(self.tr("Record a new licence application (Ctrl+N)"))
        new_button = QToolButton()
        new_button.setDefaultAction(self.new_action)
        new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        super().__init__(runner, list_applications, columns, self.tr("Filter applications"),
                         parent, leading=(new_button,))
        self.new_action.setParent(self)
        self.new_action.triggered.connect(self.new_application)
        self.setObjectName("tracker-panel")
        self.view.setObjectName("tracker-table")
        self._writer = writer
        self.dialog: ApplicationDialog | None = None
        self._show([])

    def count_text(self, n: int) -> str:
        if n == 0:
            return self.tr("No applications yet — Ctrl+N adds one")
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

    def _saved(self, dialog: ApplicationDialog | None, app_id: int) -> None:
        if dialog is not None:
            dialog.accept()
        self.sig_saved.emit(app_id)
