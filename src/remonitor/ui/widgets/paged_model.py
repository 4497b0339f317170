"""A table model over a query in the store: it holds the ordered ids of the matching rows and
reads the rows themselves a page at a time, on a worker, as the view scrolls to them.

Sorting is not done here: clicking a header asks the owner (``sig_sort``) to query again in
SQL. Rows already read stay cached by id across sorts and filters until the store changes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal

from remonitor.ui.widgets.table_model import Column, ColumnModel

MAX_CACHED = 20_000
"""Rows kept in memory at most (about 20 MB of tracker rows)."""


class PagedRowModel(ColumnModel):
    sig_sort = Signal(str, bool)
    """The sort key of a clicked column and whether descending."""
    sig_rows_arrived = Signal()
    """A page of rows was read and is now shown."""

    def __init__(self, columns: Sequence[Column], fetch: Callable[[list[int]], Any],
                 page: int = 200, parent=None) -> None:
        """``fetch(ids)`` starts a read and returns its task handle, whose result is a dict of
        id → row."""
        super().__init__(columns, parent)
        self.ids: list[int] = []
        self.cache: dict[int, Any] = {}
        self._fetch = fetch
        self._page = page
        self._pending: set[int] = set()
        self._epoch = 0
        self.max_cached = MAX_CACHED

    # -- content -------------------------------------------------------------------------

    def set_result(self, ids: list[int], rows: dict[int, Any], fresh: bool) -> None:
        """Show ``ids`` in this order. ``fresh``: the store changed, so rows read before are
        stale and dropped."""
        self.beginResetModel()
        if fresh:
            self.cache = {}
            self._pending.clear()
            self._epoch += 1
        self.ids = list(ids)
        self.cache.update(rows)
        self.endResetModel()

    def row(self, r: int) -> Any | None:
        """The row at position ``r`` if it has been read, else None (and it is requested)."""
        if not 0 <= r < len(self.ids):
            return None
        row = self.cache.get(self.ids[r])
        if row is None:
            self._want(r)
        return row

    @property
    def rows(self) -> list:
        """The rows read so far, in the shown order."""
        return [self.cache[i] for i in self.ids if i in self.cache]

    def first_rows(self) -> list:
        """The rows of the first page that have been read, in order."""
        return [self.cache[i] for i in self.ids[:self._page] if i in self.cache]

    def position(self, row_id: int) -> int:
        try:
            return self.ids.index(row_id)
        except ValueError:
            return -1

    def _want(self, r: int) -> None:
        start = (r // self._page) * self._page
        wanted = [i for i in self.ids[start:start + self._page]
                  if i not in self.cache and i not in self._pending]
        if not wanted:
            return
        self._pending.update(wanted)
        epoch = self._epoch
        handle = self._fetch(wanted)
        handle.sig_result.connect(lambda rows: self._arrived(epoch, wanted, rows))
        handle.sig_error.connect(lambda _: self._pending.difference_update(wanted))

    def _arrived(self, epoch: int, wanted: list[int], rows: dict[int, Any]) -> None:
        if epoch != self._epoch:
            return
        self._pending.difference_update(wanted)
        if len(self.cache) + len(rows) > self.max_cached:
            # Scrolled through a great many rows: keep the first page and this one; the
            # rest is read again if the view returns to it.
            keep = set(self.ids[:self._page])
            self.cache = {i: r for i, r in self.cache.items() if i in keep}
        self.cache.update(rows)
        if self.ids:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.ids) - 1, len(self.columns) - 1))
        self.sig_rows_arrived.emit()

    # -- Qt model ------------------------------------------------------------------------

    def row_count(self) -> int:
        return len(self.ids)

    def row_at(self, r: int) -> Any | None:
        return self.row(r)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column].key if 0 <= column < len(self.columns) else ""
        if key:
            self.sig_sort.emit(key, order == Qt.SortOrder.DescendingOrder)
