"""A sortable, filterable table with a search box: the timeline and tracker lists."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from remonitor.ui.table_model import ROW_ROLE, SORT_ROLE, RowTableModel


class FilterProxy(QSortFilterProxyModel):
    """Free-text filter across every column, plus an optional test on the row itself;
    sorts on typed values, not display text."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.row_test = None

    def set_row_test(self, test) -> None:
        self.beginFilterChange()
        self.row_test = test
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, parent) -> bool:
        if self.row_test is not None:
            row = self.sourceModel().index(source_row, 0, parent).data(ROW_ROLE)
            if not self.row_test(row):
                return False
        return super().filterAcceptsRow(source_row, parent)


def make_search_box(parent, placeholder: str) -> QLineEdit:
    box = QLineEdit(parent)
    box.setPlaceholderText(placeholder)
    box.setClearButtonEnabled(True)
    return box


class RowTableView(QTableView):
    sig_row_activated = Signal(object)
    """The domain row under a double-click or Enter."""

    def __init__(self, model: RowTableModel, parent=None) -> None:
        super().__init__(parent)
        self.source = model
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(model)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        self.activated.connect(lambda index: self.sig_row_activated.emit(index.data(ROW_ROLE)))

    def set_filter_text(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)

    def selected_rows(self) -> list:
        return [i.data(ROW_ROLE) for i in self.selectionModel().selectedRows()]

    def visible_table(self) -> tuple[list[str], list[list[str]]]:
        """Exactly what the user sees: filtered, in the shown order and column order."""
        header = self.horizontalHeader()
        order = [header.logicalIndex(v) for v in range(header.count())
                 if not header.isSectionHidden(header.logicalIndex(v))]
        titles = [self.source.columns[c].title for c in order]
        rows = [[self.proxy.index(r, c).data() for c in order]
                for r in range(self.proxy.rowCount())]
        return titles, rows


class TablePanel(QWidget):
    """A searchable table of domain rows read from the store; the newest read wins."""

    sig_loaded = Signal(list)
    """The rows now listed."""

    def __init__(self, runner, loader, columns, placeholder: str, parent=None,
                 leading: tuple[QWidget, ...] = ()) -> None:
        super().__init__(parent)
        self._runner = runner
        self._loader = loader  # runs on a worker thread: a plain function of a connection
        self.model = RowTableModel(columns, self)
        self.view = RowTableView(self.model, self)
        self.search = make_search_box(self, placeholder)
        self.search.textChanged.connect(self.view.set_filter_text)
        self.count = QLabel(self)
        top = QHBoxLayout()
        for widget in leading:
            top.addWidget(widget)
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

    def refresh(self) -> None:
        loader = self._loader
        task = self._runner.read(f"load {self.objectName()}", lambda conn, ctx: loader(conn),
                                 latest=f"panel:{id(self)}")
        task.sig_result.connect(self._show)

    def _show(self, rows: list) -> None:
        self.model.set_rows(rows)
        self.count.setText(self.count_text(len(rows)))
        self.sig_loaded.emit(rows)

    def count_text(self, n: int) -> str:
        return str(n)
