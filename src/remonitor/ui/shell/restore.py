"""Restore from backup…: the backups with when and why they were made and whether they are
sound (checked on a worker: an integrity check reads the whole file). Restoring closes the
store, keeps the current file aside, puts the backup in its place and opens it again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from remonitor.views.backups import check_backup, list_backups


class RestoreDialog(QDialog):
    sig_restore = Signal(object)
    """The backup (a Path) the user chose, checked sound."""

    def __init__(self, db_path: Path, runner, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("restore-dialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(640, 320)
        self.backups = list_backups(db_path)
        self.verdicts: dict[Path, str | None] = {b.path: None for b in self.backups}
        intro = QLabel(self.tr(
            "Restoring replaces the store with the backup. The current file is kept beside "
            "it ({name}.before-restore-…), never deleted.").format(name=db_path.name), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.backups), 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Why"),
                                              self.tr("Size"), self.tr("Check")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for r, b in enumerate(self.backups):
            for c, text in enumerate((b.made.strftime("%Y-%m-%d %H:%M:%S"), self.why(b.reason),
                                      f"{b.size / 1024**2:,.1f} MiB", self.tr("checking…"))):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.setWordWrap(False)
        self.table.resizeColumnsToContents()  # a date on one line
        if self.backups:
            self.table.selectRow(0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._update_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table if self.backups else QLabel(self.tr(
            "No backups yet: one is made each day at start-up, before every schema change "
            "and before big imports."), self), 1)
        layout.addWidget(self.buttons)
        for r, b in enumerate(self.backups):
            task = runner.run(self.tr("check backup {name}").format(name=b.path.name),
                              lambda ctx, p=b.path: check_backup(p))
            task.sig_result.connect(lambda why, r=r, p=b.path: self._checked(r, p, why))

    def why(self, reason: str) -> str:
        """A backup's reason (from its file name) in words."""
        if reason == "daily":
            return self.tr("daily")
        if reason == "before-import":
            return self.tr("before a big import")
        if reason.startswith("before-v") and reason[8:].isdigit():
            return self.tr("before the schema change to version {n}").format(n=reason[8:])
        return reason

    def _checked(self, row: int, path: Path, why: str) -> None:
        self.verdicts[path] = why
        self.table.item(row, 3).setText(why or self.tr("sound"))
        self._update_button()

    def chosen(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows() if self.backups else []
        return self.backups[rows[0].row()].path if rows else None

    def _update_button(self) -> None:
        path = self.chosen()
        self.restore_button.setEnabled(path is not None and self.verdicts.get(path) == "")

    def confirm(self, ask: bool = True) -> None:
        path = self.chosen()
        if path is None or self.verdicts.get(path) != "":
            return
        if ask and QMessageBox.question(self, self.tr("Restore from backup"), self.tr(
                "Replace the store with the backup of {made}? Changes made since then will "
                "not be in it (the current file is kept aside).").format(
                made=self.table.item(self.table.currentRow(), 0).text())) != \
                QMessageBox.StandardButton.Yes:
            return
        self.accept()
        self.sig_restore.emit(path)
