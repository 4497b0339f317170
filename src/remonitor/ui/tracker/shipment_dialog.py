"""Record a shipment drawn against an approved licence."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDoubleSpinBox, QLabel, QLineEdit

from remonitor.core.figures import number_text
from remonitor.ui.widgets.dates import date_edit
from remonitor.ui.widgets.form_dialog import FormDialog


class ShipmentDialog(FormDialog):
    sig_record = Signal(object, float, str)
    """shipped on (date), quantity, reference."""

    def __init__(self, reference: str, remaining: float, unit: str, parent=None) -> None:
        super().__init__(self.tr("Record a shipment"), parent)
        self.setObjectName("shipment-dialog")
        self.shipped_on = date_edit(self, QDate.currentDate())
        self.shipped_on.setCalendarPopup(True)
        self.quantity = QDoubleSpinBox(self)
        self.quantity.setRange(0, 1e12)
        self.quantity.setDecimals(3)
        self.quantity.setSuffix(f" {unit}")
        self.reference = QLineEdit(self)
        self.reference.setPlaceholderText(self.tr("bill of lading, invoice…"))
        form = self.form
        form.addRow(self.tr("Licence"), QLabel(
            self.tr("{ref}: {left} {unit} left").format(ref=reference, left=number_text(remaining),
                                                              unit=unit), self))
        form.addRow(self.tr("Shipped on"), self.shipped_on)
        form.addRow(self.tr("Quantity"), self.quantity)
        form.addRow(self.tr("Reference"), self.reference)

    def submit(self) -> None:
        self.busy()
        self.sig_record.emit(self.shipped_on.date().toPython(), self.quantity.value(),
                             self.reference.text().strip())
