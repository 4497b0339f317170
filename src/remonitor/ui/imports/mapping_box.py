"""Mapping a table's columns to remonitor's fields: a column, or one value for every row."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
)

from remonitor.importers.formats.generic import FIELDS, Mapping, header_rows
from remonitor.importers.source import Source
from remonitor.workers.tasks import TaskRunner

CONSTANT = "\x00constant"
HINTS = {"period": "2025-05, 202505, 2025年5月…", "value": "",
         "flow": QT_TRANSLATE_NOOP("MappingBox", "export"), "reporter": "CHN",
         "partner": "WLD", "product": "850511",
         "measure": QT_TRANSLATE_NOOP("MappingBox", "quantity"), "unit": "t",
         "source": QT_TRANSLATE_NOOP("MappingBox", "desk sheet"),
         "quantity": QT_TRANSLATE_NOOP("MappingBox", "a tonnes column, if any"),
         "quantity_unit": "t"}
"""What a constant looks like (the flow and measure are read in English or Chinese)."""


TITLES = {"period": QT_TRANSLATE_NOOP("MappingBox", "Period"),
          "value": QT_TRANSLATE_NOOP("MappingBox", "Value"),
          "flow": QT_TRANSLATE_NOOP("MappingBox", "Flow"),
          "reporter": QT_TRANSLATE_NOOP("MappingBox", "Reporter"),
          "partner": QT_TRANSLATE_NOOP("MappingBox", "Partner"),
          "product": QT_TRANSLATE_NOOP("MappingBox", "Product"),
          "measure": QT_TRANSLATE_NOOP("MappingBox", "Measure"),
          "unit": QT_TRANSLATE_NOOP("MappingBox", "Unit"),
          "source": QT_TRANSLATE_NOOP("MappingBox", "Source"),
          "quantity": QT_TRANSLATE_NOOP("MappingBox", "Quantity (2nd measure)"),
          "quantity_unit": QT_TRANSLATE_NOOP("MappingBox", "Quantity unit")}


class MappingBox(QGroupBox):
    sig_changed = Signal()
    """The mapping changed: re-read the file."""
    sig_save = Signal(str)
    """Save the mapping as a profile under this name."""

    def __init__(self, path: Path, runner: TaskRunner, parent=None) -> None:
        super().__init__(self.tr("Which column holds what"), parent)
        self.setObjectName("mapping-box")
        self._path = path
        self._runner = runner
        self.columns: list[str] = []
        self.header_row = QSpinBox(self)
        self.header_row.setRange(1, 100)
        self.header_row.setToolTip(self.tr("The row with the column names"))
        self.header_row.valueChanged.connect(self._read_header)
        self.choice: dict[str, QComboBox] = {}
        self.constant: dict[str, QLineEdit] = {}
        self.factor = QComboBox(self)
        self.factor.setEditable(True)
        for factor in ("1", "1000", "10000", "1000000", "100000000"):
            self.factor.addItem(f"×{int(factor):,}", factor)
        self.factor.setToolTip(self.tr(
            "Multiply every value by this: a column in thousand USD is USD ×1,000, in 万吨 "
            "is t ×10,000. Give the unit the figures are in after it (USD, t)."))
        self.factor.activated.connect(lambda _=0: self.sig_changed.emit())
        self.factor.lineEdit().editingFinished.connect(self.sig_changed.emit)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Header row"), self), 0, 0)
        grid.addWidget(self.header_row, 0, 1)
        grid.addWidget(QLabel(self.tr("Factor"), self), 0, 3)
        grid.addWidget(self.factor, 0, 4)
        for i, name in enumerate(FIELDS):
            row, col = 1 + i // 3, (i % 3) * 3
            combo, text = QComboBox(self), QLineEdit(self)
            combo.setMinimumWidth(120)
            text.setMinimumWidth(120)
            text.setPlaceholderText(self.tr(HINTS[name]) if HINTS[name] else "")
            combo.currentIndexChanged.connect(
                lambda _=0, c=combo, t=text: t.setEnabled(c.currentData() == CONSTANT))
            combo.activated.connect(lambda _=0: self.sig_changed.emit())
            text.editingFinished.connect(self.sig_changed.emit)
            grid.addWidget(QLabel(self.tr(TITLES[name]), self), row, col)
            grid.addWidget(combo, row, col + 1)
            grid.addWidget(text, row + 0, col + 2)
            self.choice[name], self.constant[name] = combo, text
        self.profile_name = QLineEdit(self)
        self.profile_name.setPlaceholderText(self.tr("name, e.g. desk magnets sheet"))
        save = QPushButton(self.tr("Save as profile"), self)
        save.setToolTip(self.tr("Files with the same columns will be read this way "
                                "automatically"))
        save.clicked.connect(self._save)
        self.saved_label = QLabel(self)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Profile"), self))
        bottom.addWidget(self.profile_name, 1)
        bottom.addWidget(save)
        bottom.addWidget(self.saved_label)
        grid.addLayout(bottom, 5, 0, 1, 9)
        for col in (1, 2, 4, 5, 7, 8):
            grid.setColumnStretch(col, 1)
        self.setLayout(grid)
        self._read_header()

    def _read_header(self) -> None:
        path, wanted = self._path, self.header_row.value()

        def read(ctx):
            rows = header_rows(Source(path))
            return next((cells for number, cells in rows if number >= wanted), [])

        task = self._runner.run(self.tr("read the header of {file}").format(file=path.name),
                                read)
        task.sig_result.connect(self._fill)

    def _fill(self, columns: list[str]) -> None:
        self.columns = [c for c in columns if c.strip()]
        for name, combo in self.choice.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("fixed value →"), CONSTANT)
            for column in self.columns:
                combo.addItem(column, column)
            guess = next((i for i, c in enumerate(self.columns)
                          if c.strip().lower() == name), None)
            combo.setCurrentIndex(guess + 1 if guess is not None else 0)
            self.constant[name].setEnabled(guess is None)
            combo.blockSignals(False)
        self.sig_changed.emit()

    def mapping(self) -> Mapping:
        columns = {n: c.currentData() for n, c in self.choice.items()
                   if c.currentData() not in (None, CONSTANT)}
        constants = {n: t.text().strip() for n, t in self.constant.items()
                     if n not in columns and t.text().strip()}
        return Mapping(self.header_row.value(), None, columns, constants, self.scale())

    def scale(self) -> int:
        """The factor chosen or typed (``×1,000``, ``1000``); 1 when it is no whole number."""
        text = self.factor.currentText().replace("×", "").replace(",", "").strip()
        return int(text) if text.isdigit() and int(text) > 0 else 1

    def _save(self) -> None:
        name = self.profile_name.text().strip()
        if not name:
            self.saved_label.setText(self.tr("Give the profile a name"))
            return
        self.sig_save.emit(name)

    def saved(self, name: str, problem: str = "") -> None:
        self.saved_label.setText(problem or self.tr("Saved “{name}”").format(name=name))
