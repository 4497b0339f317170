"""The status bar: where the data live, how fresh they are, and the running long task."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QLabel,
    QProgressBar,
    QPushButton,
    QStatusBar,
    QWidget,
)

from remonitor.workers.tasks import TaskHandle


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with "…" when the window is narrow, instead
    of setting the window's minimum width (the whole text is in the tooltip)."""

    def minimumSizeHint(self) -> QSize:
        return QSize(80, super().minimumSizeHint().height())

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                             self.contentsRect().width())
        painter.drawText(self.contentsRect(), int(self.alignment()), text)


class StatusBar(QStatusBar):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.refreshed = QLabel(self.tr("Loading…"), self)
        self.freshness = ElidedLabel(self)
        self.offline = QLabel(self)
        self.offline.hide()
        text = self.tr("Data: {path}").format(path=data_dir)
        self.data_dir = QLabel(
            self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideMiddle, 260), self)
        self.data_dir.setToolTip(self.tr("The store is {path}").format(
            path=data_dir / "remonitor.sqlite3"))

        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(180)
        self.progress.setTextVisible(True)
        self.cancel = QPushButton(self.tr("Cancel"), self)
        self.cancel.setToolTip(self.tr("Stop the running task; nothing half-done is kept"))
        for w in (self.freshness, self.offline, self.refreshed, self.progress, self.cancel,
                  self.data_dir):
            self.addPermanentWidget(w)
        self._task: TaskHandle | None = None
        self.cancel.clicked.connect(self._cancel_task)
        self._hide_progress()

    def mark_refreshed(self, what: str, headline: bool = False) -> None:
        """The views were refreshed after ``what`` changed; a ``headline`` (new figures of
        the series on screen) is also said in the message area for a while."""
        stamp = datetime.now().strftime("%H:%M:%S")
        self.refreshed.setText(self.tr("Refreshed {time}").format(time=stamp))
        self.refreshed.setToolTip(self.tr("Last change: {what}").format(what=what))
        self.last_change = what
        if headline:
            self.showMessage(self.tr("New: {what}").format(what=what), 30_000)

    def set_offline(self, text: str) -> None:
        """Feeds not reached: said quietly, never as an error."""
        self.offline.setText(text)
        self.offline.setVisible(bool(text))

    def set_freshness(self, text: str) -> None:
        self.freshness.setText(text)
        self.freshness.setToolTip(text)

    def follow(self, task: TaskHandle, label: str) -> None:
        """Show a long task's progress with a Cancel button until it finishes."""
        self._task = task
        self.progress.setRange(0, 0)
        self.progress.setFormat(label)
        self.progress.show()
        self.cancel.show()
        task.sig_progress.connect(self._on_progress)
        task.sig_finished.connect(self._hide_progress)

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        if message:
            self.progress.setFormat(message)

    def _cancel_task(self) -> None:
        if self._task is not None:
            self._task.cancel()
        self._hide_progress()

    def _hide_progress(self) -> None:
        self._task = None
        self.progress.hide()
        self.cancel.hide()
