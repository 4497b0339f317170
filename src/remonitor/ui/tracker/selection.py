"""What is selected in the tracker's table: ids, and the rows already read."""

from __future__ import annotations

from remonitor.ui.widgets.paged_model import PagedRowModel
from remonitor.ui.widgets.table_view import DomainTableView
from remonitor.views.tracker import TrackerRow


class TrackerSelection:
    """The tracker's selection, for the parts that act on it (editor, files)."""

    def __init__(self, view: DomainTableView, model: PagedRowModel) -> None:
        self.view, self.model = view, model

    def ids(self) -> list[int]:
        ids = self.model.ids
        return [ids[i.row()] for i in self.view.selectionModel().selectedRows()
                if i.row() < len(ids)]

    def rows(self) -> list[TrackerRow]:
        """The selected rows already read (a selection scrolled past may hold rows that are
        still being read; those are left out)."""
        rows = (self.model.row(i.row()) for i in self.view.selectionModel().selectedRows())
        return [r for r in rows if r is not None]

    def current_id(self) -> int | None:
        r = self.view.currentIndex().row()
        return self.model.ids[r] if 0 <= r < len(self.model.ids) else None
