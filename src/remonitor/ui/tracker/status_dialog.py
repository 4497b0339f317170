"""Change the status of one or more applications: to what, from when, and why."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
)

from remonitor.core.licence import Status
from remonitor.core.workflow import allowed
from remonitor.ui.vocabulary import label
from remonitor.ui.widgets.dates import date_edit
from remonitor.ui.widgets.form_dialog import FormDialog


class StatusDialog(FormDialog):
    sig_apply = Signal(object, object, str, object)
    """target Status, date it took effect, reason, and an Approval when approving."""

    def __init__(self, references: list[str], current: list[Status], parent=None,
                 quantity: float | None = None) -> None:
        super().__init__(self.tr("Change status"), parent)
        self.setObjectName("status-dialog")
        common = set(allowed(current[0]))
        for status in current[1:]:
            common &= set(allowed(status))
        self.target = QComboBox(self)
        for status in Status:
            if status in common:
                self.target.addItem(label(status), status)
        self.on = date_edit(self, QDate.currentDate())
        self.on.setCalendarPopup(True)
        self.on.setToolTip(self.tr("The date the change took effect: the review clock "
                                   "counts by it"))
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("why (kept in the history)"))
        shown = ", ".join(references[:5]) + (f" … (+{len(references) - 5})"
                                             if len(references) > 5 else "")
        self.licence_number = QLineEdit(self)
        self.licence_number.setPlaceholderText(self.tr("as printed on the licence"))
        self.valid_from = date_edit(self, QDate.currentDate())
        self.valid_until = date_edit(self, QDate.currentDate().addYears(1).addDays(-1))
        for edit in (self.valid_from, self.valid_until):
            edit.setCalendarPopup(True)
        self.approved_quantity = QDoubleSpinBox(self)
        self.approved_quantity.setRange(0, 1e12)
        self.approved_quantity.setDecimals(3)
        self.approved_quantity.setValue(quantity or 0)
        self.approval_rows = (self.licence_number, self.valid_from, self.valid_until,
                              self.approved_quantity)
        form = self.form
        form.addRow(self.tr("Applications"), QLabel(shown, self))
        form.addRow(self.tr("New status"), self.target)
        form.addRow(self.tr("Effective on"), self.on)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Licence number"), self.licence_number)
        form.addRow(self.tr("Valid from"), self.valid_from)
        form.addRow(self.tr("Valid until"), self.valid_until)
        form.addRow(self.tr("Approved quantity"), self.approved_quantity)
        self.target.currentIndexChanged.connect(self._show_approval)
        if self.target.count() == 0:
            self.problem.setText(self.tr("No status change is allowed for all of these "
                                         "applications together."))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self._single = len(references) == 1
        self._show_approval()

    def approving(self) -> bool:
        return self.target.currentData() == Status.APPROVED

    def _show_approval(self) -> None:
        for widget in self.approval_rows:
            self.form.setRowVisible(widget, self.approving())

    def submit(self) -> None:
        approval = None
        if self.approving():
            from remonitor.core.licence import Approval

            if not self._single:
                self.show_problem(self.tr("Approve one application at a time: each licence "
                                          "has its own number, validity and quantity."))
                return
            approval = Approval(self.licence_number.text(), self.valid_from.date().toPython(),
                                self.valid_until.date().toPython(),
                                self.approved_quantity.value())
            if approval.problems():
                self.show_problem(" ".join(approval.problems()))
                return
        self.busy()
        # Qt hands item data back as plain str: make it a Status again.
        self.sig_apply.emit(Status(self.target.currentData()), self.on.date().toPython(),
                            self.reason.text().strip(), approval)
