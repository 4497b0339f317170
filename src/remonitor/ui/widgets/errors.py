"""Showing errors that were carried to the GUI thread as data."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from remonitor.workers.tasks import TaskError


def error_box(parent: QWidget | None, title: str, error: TaskError) -> QMessageBox:
    """A window-modal message box (not blocking the event loop) with the details folded."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, error.message,
                      QMessageBox.StandardButton.Close, parent)
    box.setObjectName("error-box")
    if error.details:
        box.setDetailedText(error.details)
    box.open()
    return box
