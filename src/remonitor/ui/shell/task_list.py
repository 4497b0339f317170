"""The task list: what runs in the background and what ran lately, with progress and
Cancel. Opened from the status bar's Tasks button."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
)

from remonitor.ui.vocabulary import word
from remonitor.workers.tasks import TaskHandle

SHOWN = 100


def describe(handle: TaskHandle) -> tuple[str, str]:
    """(state, progress) as the list shows them."""
    state = handle.state
    done, total, message = handle.last_progress
    if state == "running" and total > 0:
        progress = f"{done * 100 // max(total, 1)} %"
    elif state == "running":
        progress = message or "…"
    elif state == "failed" and handle.error is not None:
        progress = handle.error.message.splitlines()[0][:120]
    else:
        progress = ""
    return word(state), progress


class TaskList(QDialog):
    def __init__(self, sources, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("task-list")
        self.setWindowTitle(self.tr("Background tasks"))
        self.resize(720, 360)
        self._sources = sources
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Task"), self.tr("State"),
                                              self.tr("Progress"), self.tr("Time")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setColumnWidth(0, 330)
        self.cancel = QPushButton(self.tr("Cancel selected"), self)
        self.cancel.clicked.connect(self.cancel_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.cancel)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.handles: list[TaskHandle] = []
        self._timer = QTimer(self)
        self._timer.setInterval(500)
        self._timer.timeout.connect(self.update_rows)

    def showEvent(self, event) -> None:
        self.update_rows()
        self._timer.start()
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def all_handles(self) -> list[TaskHandle]:
        handles = [h for source in self._sources for h in source]
        running = [h for h in handles if not h.done]
        finished = sorted((h for h in handles if h.done), key=lambda h: -h.created)
        return (running + finished)[:SHOWN]

    def update_rows(self) -> None:
        self.handles = self.all_handles()
        now = time.monotonic()
        self.table.setRowCount(len(self.handles))
        for r, h in enumerate(self.handles):
            state, progress = describe(h)
            spent = (h.finished_at or now) - (h.begun or h.created)
            for c, text in enumerate((h.name, state, progress, f"{spent:.1f} s")):
                item = self.table.item(r, c)
                if item is None:
                    item = QTableWidgetItem()
                    self.table.setItem(r, c, item)
                if item.text() != text:
                    item.setText(text)
                if c == 2 and h.error is not None:
                    item.setToolTip(h.error.message)

    def cancel_selected(self) -> None:
        for index in self.table.selectionModel().selectedRows():
            if index.row() < len(self.handles):
                self.handles[index.row()].cancel()
        self.update_rows()


class TasksButton(QToolButton):
    """'Tasks: 2 running' in the status bar; opens the task list."""

    def __init__(self, sources, parent=None) -> None:
        super().__init__(parent)
        self._sources = sources
        self.setAutoRaise(True)
        self.setToolTip(self.tr("Background tasks: running and recent, with Cancel"))
        self.list = TaskList(sources, self.window())
        self.clicked.connect(self.open_list)
        timer = QTimer(self)
        timer.setInterval(700)
        timer.timeout.connect(self.update_text)
        timer.start()
        self.update_text()

    def open_list(self) -> None:
        self.list.show()
        self.list.raise_()

    def update_text(self) -> None:
        running = sum(1 for s in self._sources for h in s if not h.done)
        text = self.tr("Tasks: {n} running").format(n=running) if running else self.tr("Tasks")
        if self.text() != text:
            self.setText(text)
        self.setStyleSheet("font-weight: bold;" if running else "")
        self.setProperty("running", running)

