"""Preferences → Alerts: the watch list of series and the rule each is watched by (a new
print, y/y or m/m beyond a threshold, outside its recent range, later than usual), kept in
``<data>/alerts.json`` (the file a desk may also edit by hand)."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from remonitor.core.alerts import KINDS, AlertRule, dump_rules
from remonitor.exporters.tables import atomically
from remonitor.views.alerts import ALERTS_FILE, read_rules
from remonitor.views.analysis import match_choice
from remonitor.views.catalogue import Choice

SERIES, RULE, THRESHOLD, NAME = range(4)


class AlertsBox(QWidget):
    """The rules as rows: series, rule, threshold, the name the alert uses."""

    def __init__(self, choices: list[Choice], data_dir: Path, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("alerts-box")
        self._choices = [c for c in choices if c.kind in ("series", "sum")]
        self._path = data_dir / ALERTS_FILE
        self.rules, self.read_problem = read_rules(data_dir)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Series"), self.tr("Rule"),
                                              self.tr("Threshold"), self.tr("Named in alerts")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(SERIES, QHeaderView.ResizeMode.Stretch)
        for column in (RULE, THRESHOLD, NAME):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        probe = QComboBox()  # (never shown) the rule column as wide as its longest choice
        probe.addItems([self.kind_text(k) for k in KINDS])
        self.table.setColumnWidth(RULE, probe.sizeHint().width() + 8)
        probe.deleteLater()
        metrics = self.fontMetrics()
        self.table.setColumnWidth(THRESHOLD, max(metrics.horizontalAdvance(
            self.tr("Threshold")), metrics.horizontalAdvance(self.tr("25 or 12"))) + 32)
        self.table.setColumnWidth(NAME, metrics.horizontalAdvance("M" * 14))
        self.table.verticalHeader().setDefaultSectionSize(probe.sizeHint().height() + 4)
        self.table.verticalHeader().hide()
        for rule in self.rules:
            self.add(rule)
        add = QPushButton(self.tr("&Add rule"), self)
        add.setToolTip(self.tr("Watch one more series"))
        add.clicked.connect(lambda: self.add())
        self.remove = QPushButton(self.tr("&Remove"), self)
        self.remove.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        explain = QLabel(self.tr(
            "Each alert comes once, as a notification naming the figure, the rule and the "
            "source, and the day's alerts are listed in the task list. Threshold: a % for y/y "
            "and m/m (25 fires beyond ±25 %), a number of periods for the range rule. The "
            "rules are kept in {path}.").format(path=self._path), self)
        explain.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(explain)

    def kind_text(self, kind: str) -> str:
        return {"new print": self.tr("a new figure arrives"),
                "y/y": self.tr("y/y change beyond ±%"),
                "m/m": self.tr("m/m change beyond ±%"),
                "range": self.tr("outside its range of the last N"),
                "late": self.tr("later than its usual release")}[kind]

    def add(self, rule: AlertRule | None = None) -> int:
        """A row for ``rule`` (a new-print rule on the first series when None)."""
        if rule is None:
            rule = AlertRule(self._choices[0].token if self._choices else "", "new print")
        row = self.table.rowCount()
        self.table.insertRow(row)
        series = QComboBox(self.table)
        for c in self._choices:
            series.addItem(c.label, c.token)
        with suppress(ValueError):  # alerts.json may name a series by words
            rule = replace(rule, series=match_choice(rule.series, self._choices).token)
        if series.findData(rule.series) < 0:  # a series the store does not hold (yet)
            series.addItem(self.tr("{token} (not in the store)").format(token=rule.series),
                           rule.series)
        series.setCurrentIndex(series.findData(rule.series))
        series.setToolTip(series.currentText())
        series.currentTextChanged.connect(series.setToolTip)
        series.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        series.setMinimumContentsLength(20)
        series.setProperty("elides", True)  # the whole label in its tooltip
        kind = QComboBox(self.table)
        for k in KINDS:
            kind.addItem(self.kind_text(k), k)
        kind.setCurrentIndex(kind.findData(rule.kind))
        threshold = QLineEdit(rule.threshold, self.table)
        threshold.setPlaceholderText(self.tr("25 or 12"))
        name = QLineEdit(rule.label, self.table)
        name.setPlaceholderText(self.tr("the series' own name"))
        for column, widget in ((SERIES, series), (RULE, kind), (THRESHOLD, threshold),
                               (NAME, name)):
            self.table.setCellWidget(row, column, widget)
        self.table.selectRow(row)
        return row

    def _remove(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()},
                      reverse=True) or ([self.table.currentRow()]
                                        if self.table.currentRow() >= 0 else [])
        for row in rows:
            self.table.removeRow(row)

    def edited(self) -> list[AlertRule]:
        out = []
        for row in range(self.table.rowCount()):
            series, kind, threshold, name = (self.table.cellWidget(row, c) for c in range(4))
            out.append(AlertRule(series.currentData() or "", kind.currentData(),
                                 threshold.text().strip(), name.text().strip()))
        return out

    def problem(self) -> str:
        """Why the rules cannot be kept ('' when they can)."""
        for number, rule in enumerate(self.edited(), 1):
            if not rule.series:
                return self.tr("Alert rule {n}: choose a series").format(n=number)
            if rule.problems():
                return self.tr("Alert rule {n}: the threshold must be a positive number"
                               ).format(n=number)
        return ""

    def save(self) -> None:
        rules = self.edited()
        if rules == self.rules:
            return
        text = dump_rules(rules)
        atomically(self._path, lambda tmp: tmp.write_text(text, "utf-8"))
        self.rules = rules
