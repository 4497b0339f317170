"""A sortable, filterable table with a search box: the timeline and tracker lists."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from remonitor.ui.widgets.table_model import ROW_ROLE, SORT_ROLE, RowTableModel


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


class DomainTableView(QTableView):
    """What every table of domain rows shares: row selection, movable columns, a header
    menu to show or hide columns, Enter or double-click to open a row."""

    sig_row_activated = Signal(object)
    """The domain row under a double-click or Enter."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.column_menu)
        self.activated.connect(self._activated)

    def setModel(self, model) -> None:
        super().setModel(model)
        model.headerDataChanged.connect(lambda *_: self.fit_header_texts())
        model.modelReset.connect(self.fit_header_texts)
        self.fit_header_texts()

    def fit_header_texts(self) -> None:
        """Every column at least as wide as its title (with room for the sort arrow), in
        whatever language: a wider column the user chose is kept."""
        header, model = self.horizontalHeader(), self.model()
        if model is None:
            return
        metrics = header.fontMetrics()
        for column in range(header.count()):
            text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            need = metrics.horizontalAdvance(text) + 28
            if header.sectionSize(column) < need:
                header.resizeSection(column, need)

    def _activated(self, index) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.sig_row_activated.emit(row)

    def column_menu(self, pos: QPoint | None = None) -> QMenu:
        """Right-click on the header: a tick per column to show or hide it (one always
        stays). Drag headers to reorder; both are remembered with the window layout."""
        header = self.horizontalHeader()
        menu = QMenu(self)
        menu.setObjectName("column-menu")
        model = self.model()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        for visual in range(header.count()):
            column = header.logicalIndex(visual)
            action = menu.addAction(str(model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(not (len(shown) == 1 and column in shown))
            action.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))
        menu.addSeparator()
        menu.addAction(self.tr("Show all columns"), lambda: [
            header.setSectionHidden(c, False) for c in range(header.count())])
        if pos is not None:
            menu.popup(header.mapToGlobal(pos))
        return menu

    def shown_columns(self) -> list[int]:
        """Logical indexes of the visible columns, in the order they are shown."""
        header = self.horizontalHeader()
        return [header.logicalIndex(v) for v in range(header.count())
                if not header.isSectionHidden(header.logicalIndex(v))]


class RowTableView(DomainTableView):
    def __init__(self, model: RowTableModel, parent=None) -> None:
        super().__init__(parent)
        self.source = model
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(model)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)

    def set_filter_text(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)

    def selected_rows(self) -> list:
        return [i.data(ROW_ROLE) for i in self.selectionModel().selectedRows()]


class TablePanel(QWidget):
    """A searchable table of domain rows read from the store; the newest read wins."""

    sig_loaded = Signal(list)
    """The rows now listed."""

    def __init__(self, runner, loader, columns, placeholder: str, parent=None,
                 leading: tuple[QWidget, ...] = (), task_name: str = "") -> None:
        super().__init__(parent)
        self._runner = runner
        self._task_name = task_name
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
        task = self._runner.read(self._task_name or self.objectName(),
                                 lambda conn, ctx: loader(conn), latest=f"panel:{id(self)}")
        task.sig_result.connect(self._show)

    def _show(self, rows: list) -> None:
        self.model.set_rows(rows)
        self.count.setText(self.count_text(len(rows)))
        self.sig_loaded.emit(rows)

    def count_text(self, n: int) -> str:
        return str(n)
