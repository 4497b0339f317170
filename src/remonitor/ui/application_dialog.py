"""Create a licence application: a form with validation before anything is saved."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
)

from remonitor.core.events import parse_elements
from remonitor.core.licence import LicenceApplication, LicenceType, Status
from remonitor.ui.form_dialog import FormDialog


class ApplicationDialog(FormDialog):
    sig_save_requested = Signal(object)
    """A validated :class:`LicenceApplication`; the dialog stays open until saved."""

    def __init__(self, parent=None) -> None:
        super().__init__(self.tr("New licence application"), parent,
                         ok=QDialogButtonBox.StandardButton.Save)
        self.setObjectName("application-dialog")
        self.reference = QLineEdit(self)
        self.reference.setPlaceholderText(self.tr("required, e.g. RE-2026-014"))
        self.applicant = QLineEdit(self)
        self.item = QLineEdit(self)
        self.item.setPlaceholderText(self.tr("e.g. samarium-cobalt magnets"))
        self.control_code = QLineEdit(self)
        self.control_code.setPlaceholderText("1C902")
        self.hs_code = QLineEdit(self)
        self.hs_code.setPlaceholderText("8505111000")
        self.elements = QLineEdit(self)
        self.elements.setPlaceholderText("Sm Dy Tb")
        self.quantity = QDoubleSpinBox(self)
        self.quantity.setRange(0, 1e12)
        self.quantity.setDecimals(3)
        self.quantity.setSpecialValueText(self.tr("not set"))
        self.unit = QComboBox(self)
        self.unit.addItems(["kg", "t", "pieces"])
        self.value = QDoubleSpinBox(self)
        self.value.setRange(0, 1e13)
        self.value.setDecimals(2)
        self.value.setSpecialValueText(self.tr("not set"))
        self.currency = QComboBox(self)
        self.currency.addItems(["USD", "CNY", "EUR"])
        self.destination = QLineEdit(self)
        self.end_user = QLineEdit(self)
        self.end_use = QLineEdit(self)
        self.licence_type = QComboBox(self)
        self.licence_type.addItem(self.tr("single (one end user)"), LicenceType.SINGLE)
        self.licence_type.addItem(self.tr("general (several end users)"), LicenceType.GENERAL)
        self.status = QComboBox(self)
        for status in (Status.DRAFT, Status.SUBMITTED):
            self.status.addItem(status.label, status)
        self.submitted = QDateEdit(QDate.currentDate(), self)
        self.submitted.setCalendarPopup(True)
        self.submitted.setEnabled(False)
        self.status.currentIndexChanged.connect(
            lambda: self.submitted.setEnabled(self.status.currentData() == Status.SUBMITTED))
        self.green_channel = QCheckBox(self.tr("Green channel"), self)
        self.notes = QPlainTextEdit(self)
        self.notes.setMaximumHeight(70)

        form = self.form
        form.addRow(self.tr("Internal reference*"), self.reference)
        form.addRow(self.tr("Applicant"), self.applicant)
        form.addRow(self.tr("Item"), self.item)
        form.addRow(self.tr("Control code"), self.control_code)
        form.addRow(self.tr("HS code"), self.hs_code)
        form.addRow(self.tr("Elements"), self.elements)
        form.addRow(self.tr("Quantity"), _pair(self.quantity, self.unit))
        form.addRow(self.tr("Value"), _pair(self.value, self.currency))
        form.addRow(self.tr("Destination"), self.destination)
        form.addRow(self.tr("End user"), self.end_user)
        form.addRow(self.tr("End use"), self.end_use)
        form.addRow(self.tr("Licence type"), self.licence_type)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Submitted on"), self.submitted)
        form.addRow("", self.green_channel)
        form.addRow(self.tr("Notes"), self.notes)
        self.resize(460, self.sizeHint().height())

    def load(self, app: LicenceApplication) -> None:
        """Fill the form from a stored application (editing); its status is kept as is."""
        self.setWindowTitle(self.tr("Edit application {ref}").format(ref=app.reference))
        self._status = app.status
        self.reference.setText(app.reference)
        self.applicant.setText(app.applicant)
        self.item.setText(app.item)
        self.control_code.setText(app.control_code)
        self.hs_code.setText(app.hs_code)
        self.elements.setText(" ".join(app.elements))
        self.quantity.setValue(app.quantity or 0)
        self.unit.setCurrentText(app.quantity_unit)
        self.value.setValue(app.value or 0)
        self.currency.setCurrentText(app.currency)
        self.destination.setText(app.destination)
        self.end_user.setText(app.end_user)
        self.end_use.setText(app.end_use)
        self.licence_type.setCurrentIndex(self.licence_type.findData(app.licence_type))
        self.green_channel.setChecked(app.green_channel)
        self.notes.setPlainText(app.notes)
        self.status.setEnabled(False)
        self.status.setToolTip(self.tr("The status changes through Change status…"))
        if app.submitted_on:
            self.submitted.setDate(app.submitted_on)
        self._loaded = app

    def application(self) -> LicenceApplication:
        """The form as an application; raises ValueError naming the first bad field."""
        elements = parse_elements(self.elements.text())
        # Qt hands item data back as plain str: make the enums again.
        status = Status(self.status.currentData())
        loaded = getattr(self, "_loaded", None)
        if loaded is not None:
            from dataclasses import replace

            return replace(loaded, **self._edited_fields(elements))
        return LicenceApplication(
            status=status,
            submitted_on=self.submitted.date().toPython() if status is Status.SUBMITTED
            else None,
            **self._edited_fields(elements),
        )

    def _edited_fields(self, elements: tuple[str, ...]) -> dict:
        return dict(
            reference=self.reference.text().strip(),
            applicant=self.applicant.text().strip(),
            item=self.item.text().strip(),
            control_code=self.control_code.text().strip().upper(),
            hs_code=self.hs_code.text().strip().replace(".", ""),
            elements=elements,
            quantity=self.quantity.value() or None,
            quantity_unit=self.unit.currentText(),
            value=self.value.value() or None,
            currency=self.currency.currentText(),
            destination=self.destination.text().strip(),
            end_user=self.end_user.text().strip(),
            end_use=self.end_use.text().strip(),
            licence_type=LicenceType(self.licence_type.currentData()),
            green_channel=self.green_channel.isChecked(),
            notes=self.notes.toPlainText().strip(),
        )

    def submit(self) -> None:
        try:
            app = self.application()
        except ValueError as exc:
            self.show_problem(self.tr("Elements: {problem}").format(problem=exc))
            return
        problems = app.problems()
        if problems:
            self.show_problem(" ".join(problems))
            return
        self.busy()
        self.sig_save_requested.emit(app)


def _pair(a, b):
    box = QHBoxLayout()
    box.addWidget(a, 1)
    box.addWidget(b)
    return box
