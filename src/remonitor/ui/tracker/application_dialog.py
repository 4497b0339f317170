"""Create a licence application: a form with validation before anything is saved."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
)

from remonitor.core.events import parse_elements
from remonitor.core.licence import LicenceApplication, LicenceType, Status, required_fields
from remonitor.ui.vocabulary import label
from remonitor.ui.widgets.dates import date_edit
from remonitor.ui.widgets.form_dialog import FormDialog


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
        self.mofcom_number = QLineEdit(self)
        self.mofcom_number.setPlaceholderText(self.tr("given when submitted"))
        self.contract_number = QLineEdit(self)
        self.destination = QLineEdit(self)
        self.destination.setPlaceholderText(self.tr("country, e.g. DE"))
        self.consignee = QLineEdit(self)
        self.end_user = QLineEdit(self)
        self.end_users = QPlainTextEdit(self)
        self.end_users.setObjectName("end-users")
        self.end_users.setMaximumHeight(70)
        self.end_users.setPlaceholderText(self.tr("one per line: end user; destination\n"
                                                  "Magnetwerk GmbH; DE"))
        self.end_use = QLineEdit(self)
        self.licence_type = QComboBox(self)
        self.licence_type.addItem(self.tr("single (one end user)"), LicenceType.SINGLE)
        self.licence_type.addItem(self.tr("general (several end users)"), LicenceType.GENERAL)
        self.status = QComboBox(self)
        for status in (Status.DRAFT, Status.SUBMITTED):
            self.status.addItem(label(status), status)
        self.submitted = date_edit(self, QDate.currentDate())
        self.submitted.setCalendarPopup(True)
        self.submitted.setEnabled(False)
        self.status.currentIndexChanged.connect(
            lambda: self.submitted.setEnabled(self.status.currentData() == Status.SUBMITTED))
        self.status.currentIndexChanged.connect(self._mark_required)
        self.licence_type.currentIndexChanged.connect(self._mark_required)
        self.green_channel = QCheckBox(self.tr("Green channel"), self)
        self.notes = QPlainTextEdit(self)
        self.notes.setMaximumHeight(70)

        form = self.form
        form.addRow(self.tr("Internal reference"), self.reference)
        form.addRow(self.tr("MOFCOM application no."), self.mofcom_number)
        form.addRow(self.tr("Applicant"), self.applicant)
        form.addRow(self.tr("Contract number"), self.contract_number)
        form.addRow(self.tr("Item"), self.item)
        form.addRow(self.tr("Control code"), self.control_code)
        form.addRow(self.tr("HS code"), self.hs_code)
        form.addRow(self.tr("Elements"), self.elements)
        form.addRow(self.tr("Quantity"), _pair(self.quantity, self.unit))
        form.addRow(self.tr("Value"), _pair(self.value, self.currency))
        form.addRow(self.tr("Licence type"), self.licence_type)
        form.addRow(self.tr("Destination"), self.destination)
        form.addRow(self.tr("Consignee"), self.consignee)
        form.addRow(self.tr("End user"), self.end_user)
        form.addRow(self.tr("End users"), self.end_users)
        form.addRow(self.tr("End use"), self.end_use)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Submitted on"), self.submitted)
        form.addRow("", self.green_channel)
        form.addRow(self.tr("Notes"), self.notes)
        self._labels = {name: form.labelForField(getattr(self, name)).text()
                        for name in ("reference", "mofcom_number", "applicant", "item",
                                     "control_code", "destination", "end_user", "end_users",
                                     "end_use", "submitted")}
        self._status = Status.DRAFT
        self._mark_required()
        self.resize(480, self.sizeHint().height())

    def current_status(self) -> Status:
        return self._status if hasattr(self, "_loaded") else Status(self.status.currentData())

    def _mark_required(self) -> None:
        """Star what the application's status requires; a general licence lists its end
        users, a single one names its end user and destination."""
        general = LicenceType(self.licence_type.currentData()) is LicenceType.GENERAL
        self.end_users.setEnabled(general)
        self.end_user.setEnabled(not general)
        self.destination.setEnabled(not general)
        needed = set(required_fields(self.current_status(), LicenceType(
            self.licence_type.currentData())))
        if "submitted_on" in needed:
            needed.add("submitted")
        for name, text in self._labels.items():
            caption = self.form.labelForField(getattr(self, name))
            caption.setText(text + (" *" if name in needed else ""))
            caption.setToolTip(self.tr("Required for this status") if name in needed else "")

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
        self.mofcom_number.setText(app.mofcom_number)
        self.contract_number.setText(app.contract_number)
        self.consignee.setText(app.consignee)
        self.end_user.setText(app.end_user)
        self.end_users.setPlainText("\n".join(f"{n}; {c}" for n, c in app.end_users))
        self.end_use.setText(app.end_use)
        self.licence_type.setCurrentIndex(self.licence_type.findData(app.licence_type))
        self.green_channel.setChecked(app.green_channel)
        self.notes.setPlainText(app.notes)
        self.status.setEnabled(False)
        self.status.setToolTip(self.tr("The status changes through Change status…"))
        if app.submitted_on:
            self.submitted.setDate(app.submitted_on)
        self._loaded = app
        self._mark_required()

    def application(self) -> LicenceApplication:
        """The form as an application; raises ValueError naming the first bad field."""
        try:
            elements = parse_elements(self.elements.text())
        except ValueError as exc:
            raise ValueError(self.tr("Elements: {problem}").format(problem=exc)) from None
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

    def _end_users(self) -> tuple[tuple[str, str], ...]:
        if LicenceType(self.licence_type.currentData()) is not LicenceType.GENERAL:
            return ()
        out = []
        for n, line in enumerate(self.end_users.toPlainText().splitlines(), 1):
            if not line.strip():
                continue
            name, sep, country = line.rpartition(";")
            if not sep or not name.strip() or not country.strip():
                raise ValueError(self.tr("End users, line {n}: write 'end user; destination' "
                                         "(got {line!r}).").format(n=n, line=line.strip()))
            out.append((name.strip(), country.strip()))
        return tuple(out)

    def _edited_fields(self, elements: tuple[str, ...]) -> dict:
        general = LicenceType(self.licence_type.currentData()) is LicenceType.GENERAL
        return dict(
            mofcom_number=self.mofcom_number.text().strip(),
            contract_number=self.contract_number.text().strip(),
            consignee=self.consignee.text().strip(),
            end_users=self._end_users(),
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
            destination="" if general else self.destination.text().strip(),
            end_user="" if general else self.end_user.text().strip(),
            end_use=self.end_use.text().strip(),
            licence_type=LicenceType(self.licence_type.currentData()),
            green_channel=self.green_channel.isChecked(),
            notes=self.notes.toPlainText().strip(),
        )

    def submit(self) -> None:
        try:
            app = self.application()
        except ValueError as exc:
            self.show_problem(str(exc))
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
