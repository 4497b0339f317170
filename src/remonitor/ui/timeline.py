"""The event timeline panel: every policy event, sortable and searchable."""

from __future__ import annotations

from PySide6.QtCore import Qt

from remonitor.core.events import Event
from remonitor.store.events import list_events
from remonitor.ui import theme
from remonitor.ui.table_model import Column
from remonitor.ui.table_view import TablePanel
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


class TimelinePanel(TablePanel):
    def __init__(self, runner: TaskRunner, parent=None) -> None:
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
        super().__init__(runner, list_events, columns,
                         self.tr("Filter events (title, authority, number…)"), parent)
        self.setObjectName("timeline-panel")
        self.view.setObjectName("timeline-table")
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        for col, width in enumerate([86, 330, 100, 90, 110, 86, 86]):
            self.view.setColumnWidth(col, width)

    def count_text(self, n: int) -> str:
        return self.tr("1 event") if n == 1 else self.tr("{n} events").format(n=n)
