"""One table model for lists of domain rows: columns declared once, sortable, filterable."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from remonitor.core.figures import number_text

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column(Generic[R]):
    title: str
    value: Callable[[R], Any]
    tooltip: Callable[[R], str] | None = None
    colour: Callable[[R], QColor | None] | None = None
    align_right: bool = False
    key: str = ""
    """Name of the column in the store's sort keys (tables sorted in SQL); '' = not sortable
    there."""
    text: Callable[[R], str] | None = None
    """How the value reads (a figure grouped, with its decimals); it still sorts by value."""


def display(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return number_text(value)
    if isinstance(value, tuple | list):
        return " ".join(str(v) for v in value)
    return str(value)


def sort_key(value: Any) -> Any:
    # None sorts first; mixed types never raise.
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return " ".join(str(v) for v in value)
    if isinstance(value, Decimal):  # Qt compares numbers it knows; the order is the same
        return float(value)
    return value


_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# The roles as plain integers: a view asks for eight roles of every cell it paints, and
# looking an enum member up each time was a third of the model's share of a repaint.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_SORT = int(SORT_ROLE)
_ROW = int(ROW_ROLE)
_ROLES = frozenset({_DISPLAY, _TOOLTIP, _FOREGROUND, _ALIGNMENT, _SORT, _ROW})
"""The roles a cell answers; any other is None without the row being looked at."""


def cell(column: Column[R], row: R, role: int) -> Any:
    """What a table shows of ``row`` in ``column`` for a Qt item role."""
    if role == _DISPLAY:
        return column.text(row) if column.text else display(column.value(row))
    if role == _SORT:
        return sort_key(column.value(row))
    if role == _ROW:
        return row
    if role == _TOOLTIP:
        return column.tooltip(row) if column.tooltip else cell(column, row, _DISPLAY)
    if role == _FOREGROUND and column.colour:
        return column.colour(row)
    if role == _ALIGNMENT and column.align_right:
        return _RIGHT
    return None


def header(columns: Sequence[Column], section: int, orientation: Qt.Orientation,
           role: int) -> Any:
    if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
        return columns[section].title
    return None


LOADING = "…"


class ColumnModel(QAbstractTableModel):
    """A table of domain rows under declared columns. Subclasses say how many rows there are
    and which row is at a position (None while it is still being read)."""

    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns)

    def row_count(self) -> int:
        raise NotImplementedError

    def row_at(self, r: int) -> Any | None:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return header(self.columns, section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return LOADING if role == _DISPLAY else None
        return cell(self.columns[index.column()], row, role)


class RowTableModel(ColumnModel, Generic[R]):
    """Every row in memory (lists of a few thousand: the events)."""

    def __init__(self, columns: Sequence[Column[R]], parent=None) -> None:
        super().__init__(columns, parent)
        self.rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.rows)

    def row_at(self, r: int) -> R:
        return self.rows[r]

    def table(self) -> tuple[list[str], list[list[str]]]:
        """Headers and displayed text of every row (for export of what is on screen)."""
        return ([c.title for c in self.columns],
                [[cell(c, r, Qt.ItemDataRole.DisplayRole) for c in self.columns]
                 for r in self.rows])
