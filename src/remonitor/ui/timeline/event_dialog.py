"""Add or edit a policy event: a form checked before anything is written."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from remonitor.core.events import Category, Event, parse_elements
from remonitor.ui import vocabulary
from remonitor.ui.widgets.dates import date_edit
from remonitor.ui.widgets.form_dialog import FormDialog


def _optional_date(text: str, label: str) -> date | None:
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(QCoreApplication.translate(
            "EventDialog", "{field}: {text} is not a date (write 2026-11-10)").format(
            field=label, text=repr(text))) from None


class EventDialog(FormDialog):
    sig_save_requested = Signal(object)
    """A validated :class:`Event`; the dialog stays open until it is written."""

    def __init__(self, parent=None, event: Event | None = None) -> None:
        super().__init__(self.tr("Edit event") if event else self.tr("New event"), parent)
        self.setObjectName("event-dialog")
        self.original = event
        self.announced = date_edit(self, QDate.currentDate())
        self.announced.setCalendarPopup(True)
        self.effective = QLineEdit(self)
        self.effective.setPlaceholderText(self.tr("YYYY-MM-DD, when it differs"))
        self.end = QLineEdit(self)
        self.end.setPlaceholderText(self.tr("YYYY-MM-DD, for a period (e.g. a suspension)"))
        self.title = QLineEdit(self)
        self.authority = QLineEdit(self)
        self.authority.setPlaceholderText("MOFCOM, GAC")
        self.category = QComboBox(self)
        for c in Category:
            self.category.addItem(vocabulary.label(c), c.value)
        self.number = QLineEdit(self)
        self.number.setPlaceholderText("2025 No. 70")
        self.elements = QLineEdit(self)
        self.elements.setPlaceholderText("Sm Gd Tb Dy")
        self.hs_codes = QLineEdit(self)
        self.control_codes = QLineEdit(self)
        self.links = QLineEdit(self)
        self.links.setPlaceholderText(self.tr("keys of the events it acts on"))
        self.source = QLineEdit(self)
        self.source.setPlaceholderText(self.tr("URL or document"))
        self.notes = QPlainTextEdit(self)
        self.notes.setMaximumHeight(70)
        form = self.form
        for label, widget in (
                (self.tr("Announced *"), self.announced), (self.tr("Effective"), self.effective),
                (self.tr("Ends"), self.end), (self.tr("Title *"), self.title),
                (self.tr("Authority"), self.authority), (self.tr("Category *"), self.category),
                (self.tr("Number"), self.number), (self.tr("Elements"), self.elements),
                (self.tr("HS codes"), self.hs_codes),
                (self.tr("Control codes"), self.control_codes),
                (self.tr("Acts on"), self.links), (self.tr("Source"), self.source),
                (self.tr("Notes"), self.notes)):
            form.addRow(label, widget)
        if event is not None:
            self.announced.setDate(event.announced)
            self.effective.setText(event.effective.isoformat() if event.effective else "")
            self.end.setText(event.end.isoformat() if event.end else "")
            self.title.setText(event.title)
            self.authority.setText(event.authority)
            self.category.setCurrentIndex(self.category.findData(event.category.value))
            self.number.setText(event.number)
            self.elements.setText(" ".join(event.elements))
            self.hs_codes.setText(" ".join(event.hs_codes))
            self.control_codes.setText(" ".join(event.control_codes))
            self.links.setText(" ".join(event.links))
            self.source.setText(event.source)
            self.notes.setPlainText(event.notes)
        self.resize(480, self.sizeHint().height())

    def event_value(self) -> Event:
        """The form as an event; ValueError names the field that is wrong."""
        try:
            elements = parse_elements(self.elements.text())
        except ValueError as exc:
            raise ValueError(self.tr("Elements: {problem}").format(problem=exc)) from None
        fields = dict(
            announced=self.announced.date().toPython(),
            effective=_optional_date(self.effective.text(), self.tr("Effective")),
            end=_optional_date(self.end.text(), self.tr("Ends")),
            title=self.title.text().strip(), authority=self.authority.text().strip(),
            category=Category(self.category.currentData()), number=self.number.text().strip(),
            elements=elements, hs_codes=tuple(self.hs_codes.text().split()),
            control_codes=tuple(c.upper() for c in self.control_codes.text().split()),
            links=tuple(self.links.text().split()), source=self.source.text().strip(),
            notes=self.notes.toPlainText().strip())
        if self.original is not None:
            return replace(self.original, **fields)
        return Event(**fields)

    def submit(self) -> None:
        try:
            event = self.event_value()
        except ValueError as exc:
            self.show_problem(str(exc))
            return
        self.busy()
        self.sig_save_requested.emit(event)
