"""Record a shipment drawn against an approved licence."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from remonitor.ui import theme


class ShipmentDialog(QDialog):
    sig_record = Signal(object, float, str)
    """shipped on (date), quantity, reference."""

    def __init__(self, reference: str, remaining: float, unit: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a shipment"))
        self.setObjectName("shipment-dialog")
        self.shipped_on = QDateEdit(QDate.currentDate(), self)
        self.shipped_on.setCalendarPopup(True)
        self.quantity = QDoubleSpinBox(self)
        self.quantity.setRange(0, 1e12)
        self.quantity.setDecimals(3)
        self.quantity.setSuffix(f" {unit}")
        self.reference = QLineEdit(self)
        self.reference.setPlaceholderText(self.tr("bill of lading, invoice…"))
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {theme.warning_text().name()}")
        form = QFormLayout()
        form.addRow(self.tr("Licence"), QLabel(
            self.tr("{ref}: {left:,.3f} {unit} left").format(ref=reference, left=remaining,
                                                              unit=unit), self))
        form.addRow(self.tr("Shipped on"), self.shipped_on)
        form.addRow(self.tr("Quantity"), self.quantity)
        form.addRow(self.tr("Reference"), self.reference)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._record)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _record(self) -> None:
        self.buttons.setEnabled(False)
        self.sig_record.emit(self.shipped_on.date().toPython(), self.quantity.value(),
                             self.reference.text().strip())

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.buttons.setEnabled(True)
