"""Change the status of one or more applications: to what, from when, and why."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from remonitor.core.licence import Status
from remonitor.core.workflow import allowed
from remonitor.ui import theme


class StatusDialog(QDialog):
    sig_apply = Signal(object, object, str)
    """target Status, date it took effect, reason."""

    def __init__(self, references: list[str], current: list[Status], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change status"))
        self.setObjectName("status-dialog")
        common = set(allowed(current[0]))
        for status in current[1:]:
            common &= set(allowed(status))
        self.target = QComboBox(self)
        for status in Status:
            if status in common:
                self.target.addItem(status.label, status)
        self.on = QDateEdit(QDate.currentDate(), self)
        self.on.setCalendarPopup(True)
        self.on.setToolTip(self.tr("The date the change took effect: the review clock "
                                   "counts by it"))
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("why (kept in the history)"))
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {theme.warning_text().name()}")
        shown = ", ".join(references[:5]) + (f" … (+{len(references) - 5})"
                                             if len(references) > 5 else "")
        form = QFormLayout()
        form.addRow(self.tr("Applications"), QLabel(shown, self))
        form.addRow(self.tr("New status"), self.target)
        form.addRow(self.tr("Effective on"), self.on)
        form.addRow(self.tr("Reason"), self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._apply)
        self.buttons.rejected.connect(self.reject)
        if self.target.count() == 0:
            self.problem.setText(self.tr("No status change is allowed for all of these "
                                         "applications together."))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _apply(self) -> None:
        self.buttons.setEnabled(False)
        # Qt hands item data back as plain str: make it a Status again.
        self.sig_apply.emit(Status(self.target.currentData()), self.on.date().toPython(),
                            self.reason.text().strip())

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.buttons.setEnabled(True)
