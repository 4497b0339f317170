"""The event timeline panel: every policy event, sortable and searchable."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from remonitor.core.events import Event
from remonitor.store.events import list_events
from remonitor.ui import theme
from remonitor.ui.table_model import Column, RowTableModel
from remonitor.ui.table_view import RowTableView, make_search_box
from remonitor.workers.tasks import TaskRunner


def _event_tooltip(e: Event) -> str:
    lines = [e.title, f"{e.authority} · {e.category.value}"]
    if e.number:
        lines.append(e.number)
    if e.effective and e.effective != e.announced:
        lines.append(f"announced {e.announced.isoformat()}, effective {e.effective.isoformat()}")
    if e.end:
        lines.append(f"until {e.end.isoformat()}")
    if e.links:
        lines.append("acts on: " + ", ".join(e.links))
    if e.source:
        lines.append(f"source: {e.source}")
    if e.notes:
        lines.append(e.notes)
    return "\n".join(lines)


class TimelinePanel(QWidget):
    sig_loaded = Signal(list)
    """The events now listed."""

    def __init__(self, runner: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline-panel")
        self._runner = runner
        self._task = None
        columns = [
            Column(self.tr("Announced"), lambda e: e.announced, _event_tooltip),
            Column(self.tr("Title"), lambda e: e.title, _event_tooltip),
            Column(self.tr("Category"), lambda e: e.category.value, _event_tooltip,
                   colour=lambda e: theme.category_colour(e.category)),
            Column(self.tr("Authority"), lambda e: e.authority, _event_tooltip),
            Column(self.tr("Number"), lambda e: e.number, _event_tooltip),
            Column(self.tr("Effective"), lambda e: e.effective, _event_tooltip),
            Column(self.tr("Ends"), lambda e: e.end, _event_tooltip),
            Column(self.tr("Elements"), lambda e: e.elements, _event_tooltip),
        ]
        self.model = RowTableModel(columns, self)
        self.view = RowTableView(self.model, self)
        self.view.setObjectName("timeline-table")
        self.search = make_search_box(self, self.tr("Filter events (title, authority, number…)"))
        self.search.textChanged.connect(self.view.set_filter_text)
        self.count = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        for col, width in enumerate([86, 330, 100, 90, 110, 86, 86]):
            self.view.setColumnWidth(col, width)

    def refresh(self) -> None:
        if self._task is not None:
            self._task.cancel()
        self._task = self._runner.read("load events", lambda conn, ctx: list_events(conn))
        self._task.sig_result.connect(self._show)

    def _show(self, events: list[Event]) -> None:
        self.model.set_rows(events)
        n = len(events)
        self.count.setText(self.tr("1 event") if n == 1 else self.tr("{n} events").format(n=n))
        self.sig_loaded.emit(events)
