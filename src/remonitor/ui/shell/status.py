"""The status bar: where the data live, how fresh they are, and the running long task."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStatusBar,
    QWidget,
)

from remonitor.ui.widgets.elided_label import ElidedLabel
from remonitor.workers.tasks import TaskHandle


class StatusBar(QStatusBar):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = ElidedLabel(self)  # what just happened (QStatusBar's own is cut)
        self.message.setObjectName("status-message")
        self.addWidget(self.message, 1)
        self._clear = QTimer(self)
        self._clear.setSingleShot(True)
        self._clear.timeout.connect(lambda: self.message.setText(""))
        self.refreshed = QLabel(self.tr("Loading…"), self)
        self.freshness = ElidedLabel(self)
        self.freshness.setSizePolicy(QSizePolicy.Policy.Preferred,
                                     QSizePolicy.Policy.Preferred)  # whole when it fits
        self.offline = QLabel(self)
        self.offline.hide()
        self.team = QLabel(self)  # a team store: who you are there, and the connection
        self.team.setObjectName("status-team")
        self.team.hide()
        self._quiet: dict[str, str] = {}
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
        for w in (self.freshness, self.offline, self.team, self.refreshed, self.progress,
                  self.cancel, self.data_dir):
            self.addPermanentWidget(w)
        self._task: TaskHandle | None = None
        self.cancel.clicked.connect(self._cancel_task)
        self._hide_progress()

    def set_team(self, text: str, tooltip: str, connected: bool = True) -> None:
        """The team store line: who you are and where, or that the server is lost."""
        self.team.setText(text if connected else self.tr("⚠ Team store lost"))
        self.team.setToolTip(tooltip)
        self.team.setProperty("lost", not connected)
        self.team.show()
        self.data_dir.setToolTip(self.tr("The figures, events and register are the team "
                                         "store's; this folder keeps this window's own files "
                                         "(inbox, attached documents)"))

    def mark_refreshed(self, what: str, headline: bool = False) -> None:
        """The views were refreshed after ``what`` changed; a ``headline`` (new figures of
        the series on screen) is also said in the message area for a while."""
        stamp = datetime.now().strftime("%H:%M:%S")
        self.refreshed.setText(self.tr("Refreshed {time}").format(time=stamp))
        self.refreshed.setToolTip(self.tr("Last change: {what}").format(what=what))
        self.last_change = what
        if headline:
            self.showMessage(self.tr("New: {what}").format(what=what), 30_000)

    def showMessage(self, text: str, timeout: int = 0) -> None:
        """Said in the message area (elided there, whole in its tooltip) for ``timeout``
        ms, or until the next message."""
        self.message.setText(text)
        if timeout:
            self._clear.start(timeout)
        else:
            self._clear.stop()

    def currentMessage(self) -> str:
        return self.message.text()

    def clearMessage(self) -> None:
        self.message.setText("")

    def set_quiet(self, who: str, text: str) -> None:
        """A background part's quiet word (feeds offline, Comtrade's next try): said in
        the status bar, never as an error; '' takes it back."""
        self._quiet[who] = text
        shown = " · ".join(t for t in self._quiet.values() if t)
        self.offline.setText(shown)
        self.offline.setVisible(bool(shown))

    def set_offline(self, text: str) -> None:
        """Feeds not reached: said quietly, never as an error."""
        self.set_quiet("feeds", text)

    def set_freshness(self, text: str) -> None:
        self.freshness.setText(text)

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
