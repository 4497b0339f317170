"""The licence tracker panel: the desk's applications, and a form to add one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from remonitor.core.licence import LicenceApplication
from remonitor.store.changes import StoreChange
from remonitor.store.licences import StoredApplication, list_applications, save_new_application
from remonitor.ui.application_dialog import ApplicationDialog
from remonitor.ui.table_model import Column, RowTableModel
from remonitor.ui.table_view import RowTableView, make_search_box
from remonitor.workers.tasks import TaskRunner
from remonitor.workers.writer import StoreWriter


def _a(row: StoredApplication) -> LicenceApplication:
    return row.application


class TrackerPanel(QWidget):
    sig_loaded = Signal(list)
    """The applications now listed."""
    sig_saved = Signal(int)
    """Id of an application just saved."""

    def __init__(self, runner: TaskRunner, writer: StoreWriter, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("tracker-panel")
        self._runner = runner
        self._writer = writer
        self._task = None
        self.dialog: ApplicationDialog | None = None
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
        self.model = RowTableModel(columns, self)
        self.view = RowTableView(self.model, self)
        self.view.setObjectName("tracker-table")
        self.new_action = QAction(self.tr("&New application…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setToolTip(self.tr("Record a new licence application (Ctrl+N)"))
        self.new_action.triggered.connect(self.new_application)
        new_button = QToolButton(self)
        new_button.setDefaultAction(self.new_action)
        new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.search = make_search_box(self, self.tr("Filter applications"))
        self.search.textChanged.connect(self.view.set_filter_text)
        self.count = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(new_button)
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self._show([])

    def refresh(self) -> None:
        if self._task is not None:
            self._task.cancel()
        self._task = self._runner.read("load applications",
                                       lambda conn, ctx: list_applications(conn))
        self._task.sig_result.connect(self._show)

    def _show(self, rows: list[StoredApplication]) -> None:
        self.model.set_rows(rows)
        if rows:
            n = len(rows)
            self.count.setText(self.tr("1 application") if n == 1
                               else self.tr("{n} applications").format(n=n))
        else:
            self.count.setText(self.tr("No applications yet — Ctrl+N adds one"))
        self.sig_loaded.emit(rows)

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
