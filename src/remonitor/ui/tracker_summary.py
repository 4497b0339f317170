"""Counts by status above the tracker; each count filters the table to its rows."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QToolButton, QWidget

from remonitor.core.licence import Status

ALL = "all"
CLOCK = ("overdue", "near due")


class StatusSummary(QWidget):
    sig_filter = Signal(object)
    """A test on a tracker row, or None for every row."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("tracker-summary")
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[str, QToolButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for key in (ALL, *CLOCK, *(s.value for s in Status)):
            button = QToolButton(self)
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.clicked.connect(lambda _=False, k=key: self._choose(k))
            self._group.addButton(button)
            layout.addWidget(button)
            self._buttons[key] = button
        layout.addStretch(1)
        self._buttons[ALL].setChecked(True)
        self.counts: Counter[str] = Counter()
        self.update_counts([])

    def update_counts(self, rows: list) -> None:
        counts: Counter[str] = Counter()
        for row in rows:
            counts[row.application.status.value] += 1
            if row.clock.state in CLOCK:
                counts[row.clock.state] += 1
        counts[ALL] = len(rows)
        self.counts = counts
        labels = {ALL: self.tr("All"), "overdue": self.tr("Overdue"),
                  "near due": self.tr("Near due")} | {s.value: s.label for s in Status}
        for key, button in self._buttons.items():
            button.setText(f"{labels[key]} {counts[key]}")
            button.setVisible(key in (ALL, *CLOCK) or counts[key] > 0 or button.isChecked())

    def _choose(self, key: str) -> None:
        if key == ALL:
            self.sig_filter.emit(None)
        elif key in CLOCK:
            self.sig_filter.emit(lambda row, k=key: row.clock.state == k)
        else:
            self.sig_filter.emit(lambda row, k=key: row.application.status.value == k)
