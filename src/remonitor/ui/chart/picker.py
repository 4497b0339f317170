"""The series picker: every series the store holds in one searchable, sortable table with
its freshness (latest period, release date, next expected GAC release); tick the ones the
chart shows. Every word typed must match (``850511 japan value``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from remonitor.core.periods import month_label
from remonitor.ui.vocabulary import word
from remonitor.ui.widgets.table_model import Column, RowTableModel
from remonitor.ui.widgets.table_view import RowTableView, make_search_box
from remonitor.views.catalogue import Choice

MAX_SHOWN = 12
translate = QCoreApplication.translate


def _columns() -> list[Column[Choice]]:
    return [
        Column(translate("SeriesPicker", "Shown"), lambda c: ""),
        Column(translate("SeriesPicker", "Product"), lambda c: c.product_name,
               lambda c: c.label),
        Column(translate("SeriesPicker", "Partner"), lambda c: c.partner_name,
               lambda c: c.key.partner),
        Column(translate("SeriesPicker", "Measure"),
               lambda c: word("unit value" if c.kind == "unit value" else c.key.measure.value)),
        Column(translate("SeriesPicker", "Unit"), lambda c: c.key.unit),
        Column(translate("SeriesPicker", "Flow"),
               lambda c: f"{c.reporter_name} {word(c.key.flow.value)}"),
        Column(translate("SeriesPicker", "Source"), lambda c: c.key.source),
        Column(translate("SeriesPicker", "From"),
               lambda c: month_label(c.first_month)),
        Column(translate("SeriesPicker", "Latest"),
               lambda c: month_label(c.last_month)),
        Column(translate("SeriesPicker", "Released"), lambda c: c.latest_release),
        Column(translate("SeriesPicker", "Next release"), lambda c: c.next_release),
    ]


class ChoiceModel(RowTableModel):
    """The catalogue, with a tick per row; ticked order is kept (the first sets the axis)."""

    sig_ticked = Signal(list)

    def __init__(self, parent=None) -> None:
        super().__init__(_columns(), parent)
        self.ticked: list[str] = []

    def set_ticked(self, tokens: list[str]) -> None:
        self.ticked = list(tokens)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0))

    def flags(self, index):
        flags = super().flags(index)
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            token = self.rows[index.row()].token
            return Qt.CheckState.Checked if token in self.ticked else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        token = self.rows[index.row()].token
        on = Qt.CheckState(value) == Qt.CheckState.Checked
        if on and token not in self.ticked and len(self.ticked) < MAX_SHOWN:
            self.ticked.append(token)
        elif not on and token in self.ticked and len(self.ticked) > 1:
            self.ticked.remove(token)
        else:
            return False
        self.dataChanged.emit(index, index)
        self.sig_ticked.emit(list(self.ticked))
        return True


class SeriesPicker(QDialog):
    """Non-modal: ticking a series shows it at once; double-click shows only that one."""

    sig_chosen = Signal(list)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("series-picker")
        self.setWindowTitle(self.tr("Series on the chart"))
        self.resize(980, 520)
        self.model = ChoiceModel(self)
        self._hay: dict[str, str] = {}
        self.table = RowTableView(self.model, self)
        self.search = make_search_box(self, self.tr(
            "Search: product, partner, measure, source… (every word must match)"))
        self.search.textChanged.connect(self._filter)
        self.count = QLabel(self)
        only = QPushButton(self.tr("Show only the selected"), self)
        only.clicked.connect(self._only_selected)
        self.table.sig_row_activated.connect(lambda c: self._choose([c.token]))
        self.model.sig_ticked.connect(self.sig_chosen)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        hint = QLabel(self.tr("Tick to add a series (up to {n}); double-click to show only "
                              "that one. Two units get two axes; more: use the Index view."
                              ).format(n=MAX_SHOWN), self)
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        row.addWidget(only)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)

    def set_choices(self, choices: list[Choice], ticked: list[str]) -> None:
        if [c.token for c in choices] != [c.token for c in self.model.rows]:
            # The words first: the proxy filters the new rows as they come in, with the row
            # test installed for the old ones (a search typed while the whole list was still
            # being read raised KeyError for every new series).
            self._hay = {c.token: _haystack(c) for c in choices}
            self.model.set_rows(choices)
            self.table.resizeColumnsToContents()
        self.model.set_ticked(ticked)
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        words = text.lower().split()
        if words:  # (self._hay read at each test: the rows may change under it)
            self.table.proxy.set_row_test(lambda c: all(w in self._hay[c.token] for w in words))
        else:
            self.table.proxy.set_row_test(None)
        self.count.setText(self.tr("{n} of {total} series").format(
            n=self.table.proxy.rowCount(), total=len(self.model.rows)))

    def _only_selected(self) -> None:
        chosen = [c.token for c in self.table.selected_rows()][:MAX_SHOWN]
        if chosen:
            self._choose(chosen)

    def _choose(self, tokens: list[str]) -> None:
        self.model.set_ticked(tokens)
        self.sig_chosen.emit(list(tokens))


def _haystack(choice: Choice) -> str:
    return choice.search_text()
