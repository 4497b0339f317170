"""Dates as the tables show them: ISO 8601 (2026-12-02) in every dialog, with a calendar."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget

DATE_FORMAT = "yyyy-MM-dd"


def date_edit(parent: QWidget, day: QDate | None = None) -> QDateEdit:
    edit = QDateEdit(day or QDate.currentDate(), parent)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    return edit
