"""Counts by status above the tracker; each count filters the table to its rows."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QToolButton, QWidget

from remonitor.core.licence import Status
from remonitor.ui.vocabulary import label

ALL = "all"
CLOCK = ("overdue", "near due")


class StatusSummary(QWidget):
    sig_filter = Signal(str)
    """A status value or clock state to list, or '' for every row."""

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
        self.update_counts({})

    def update_counts(self, counts: dict[str, int]) -> None:
        """Counts per status and clock state (from the store, under the other filters)."""
        counts = Counter(counts)
        self.counts = counts
        labels = {ALL: self.tr("All"), "overdue": self.tr("Overdue"),
                  "near due": self.tr("Near due")} | {s.value: label(s) for s in Status}
        for key, button in self._buttons.items():
            button.setText(f"{labels[key]} {counts[key]:,}")
            button.setVisible(key in (ALL, *CLOCK) or counts[key] > 0 or button.isChecked())

    def _choose(self, key: str) -> None:
        self.sig_filter.emit("" if key == ALL else key)
