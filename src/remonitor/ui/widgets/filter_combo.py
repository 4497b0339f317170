"""A filter list (All categories, All destinations …): wide enough for its "All …" entry
whatever the language, never widened by a long name; a long choice is elided in the box,
whole in its tooltip and in the list that opens."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget


def filter_combo(parent: QWidget, everything: str, tip: str = "") -> QComboBox:
    box = QComboBox(parent)
    box.addItem(everything, "")
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(len(everything) + 1)  # "All …" always reads whole
    box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    box.setProperty("elides", True)  # a long choice: elided, whole in the tooltip
    box.view().setMinimumWidth(320)  # the list shows long names whole

    def show_choice(_index: int = 0) -> None:
        text = box.currentText()
        box.setToolTip(text if not tip or box.currentIndex() > 0 else tip)

    box.currentIndexChanged.connect(show_choice)
    show_choice()
    return box
