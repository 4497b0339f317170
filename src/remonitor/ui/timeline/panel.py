"""The event timeline panel: every policy event, sortable and searchable."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QSplitter,
)

from remonitor.core.events import RARE_EARTH_ELEMENTS, Category, Event
from remonitor.core.matching import coming_up
from remonitor.store.changes import StoreChange
from remonitor.store.event_matches import matches_for_event
from remonitor.store.events import (
    delete_event,
    list_events,
    restore_event,
    save_event,
    update_event,
)
from remonitor.ui import theme
from remonitor.ui.errors import error_box
from remonitor.ui.event_dialog import EventDialog
from remonitor.ui.table_model import ROW_ROLE, Column
from remonitor.ui.table_view import TablePanel
from remonitor.ui.timeline_lanes import TimelineLanes, event_start, event_tooltip
from remonitor.ui.vocabulary import label, word
from remonitor.workers.tasks import TaskRunner

translate = QCoreApplication.translate


def _event_tooltip(e: Event) -> str:
    return event_tooltip(e, full=True)


def _matches(event: Event, words: list[str]) -> bool:
    text = " ".join((event.title, event.authority, event.number, event.notes, event.source,
                     event.category.value, label(event.category), " ".join(event.elements),
                     " ".join(event.hs_codes), " ".join(event.control_codes))).lower()
    return all(w in text for w in words)


class TimelinePanel(TablePanel):
    sig_filter = Signal(object)
    """A test on events (or None for all): the chart's markers follow the timeline's
    filters."""
    sig_event_selected = Signal(object)
    """The event chosen in the list or on a lane (the chart centres on it)."""

    def __init__(self, runner: TaskRunner, parent=None, writer=None) -> None:
        columns = [
            Column(self.tr("Announced"), lambda e: e.announced, _event_tooltip),
            Column(self.tr("Title"), lambda e: e.title, _event_tooltip),
            Column(self.tr("Category"), lambda e: label(e.category), _event_tooltip,
                   colour=lambda e: theme.category_colour(e.category)),
            Column(self.tr("Authority"), lambda e: e.authority, _event_tooltip),
            Column(self.tr("Number"), lambda e: e.number, _event_tooltip),
            Column(self.tr("Effective"), lambda e: e.effective, _event_tooltip),
            Column(self.tr("Ends"), lambda e: e.end, _event_tooltip),
            Column(self.tr("Elements"), lambda e: e.elements, _event_tooltip),
            Column(self.tr("Acts on"), lambda e: e.links, _event_tooltip),
        ]
        super().__init__(runner, list_events, columns,
                         self.tr("Filter events (title, authority, number…)"), parent,
                         task_name=self.tr("load events"))
        self.setObjectName("timeline-panel")
        self.view.setObjectName("timeline-table")
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        for col, width in enumerate([86, 330, 100, 90, 110, 86, 86, 130]):
            self.view.setColumnWidth(col, width)
        # The search box filters through the same test as the lanes and the chart.
        self.search.textChanged.disconnect()
        self.search.textChanged.connect(self._apply_filters)
        self.category = self._combo(self.tr("All categories"),
                                    [(label(c), c.value) for c in Category])
        self.authority = self._combo(self.tr("All authorities"), [])
        self.element = self._combo(self.tr("All elements"),
                                   [(e, e) for e in sorted(RARE_EARTH_ELEMENTS)])
        filters = QHBoxLayout()
        for box in (self.category, self.authority, self.element):
            filters.addWidget(box)
        filters.addStretch(1)
        self.coming = QLabel(self)
        self.coming.setObjectName("coming-up")
        self.coming.setWordWrap(True)
        self.coming.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.touches = QLabel(self)
        self.touches.setObjectName("event-touches")
        self.touches.setWordWrap(True)
        self.touches.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.lanes = TimelineLanes(self)
        self.lanes.sig_event_clicked.connect(self.select_event)
        layout = self.layout()
        layout.insertLayout(1, filters)
        layout.insertWidget(2, self.coming)
        layout.insertWidget(3, self.touches)
        layout.removeWidget(self.view)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.lanes)
        split.addWidget(self.view)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout.addWidget(split, 1)
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        self.filter_test = None
        self._all: list[Event] = []
        self._writer = writer
        self.undo_stack = QUndoStack(self)
        self.new_action = QAction(self.tr("New &event…"), self)
        self.new_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.new_action.setToolTip(self.tr("Record a policy event (Ctrl+Shift+E)"))
        self.new_action.triggered.connect(self.new_event)
        self.delete_action = QAction(self.tr("&Delete event…"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.setToolTip(self.tr("Delete the selected event (asks first; "
                                              "Ctrl+Z puts it back)"))
        self.delete_action.triggered.connect(self.delete_selected)
        self.addAction(self.delete_action)
        self.view.sig_row_activated.connect(self.edit_event)
        self.dialog: EventDialog | None = None

    def _combo(self, everything: str, items: list[tuple[str, str]]) -> QComboBox:
        box = QComboBox(self)
        box.addItem(everything, "")
        for text, data in items:
            box.addItem(text, data)
        box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(6)  # long names must not widen the window
        box.currentIndexChanged.connect(self._apply_filters)
        return box

    def _show(self, rows: list) -> None:
        self._all = list(rows)
        chosen = self.authority.currentData() or ""
        self.authority.blockSignals(True)
        while self.authority.count() > 1:
            self.authority.removeItem(1)
        names = sorted({a.strip() for e in rows for a in e.authority.split(",") if a.strip()})
        for name in names:
            self.authority.addItem(name, name)
        self.authority.setCurrentIndex(max(0, self.authority.findData(chosen)))
        self.authority.blockSignals(False)
        super()._show(rows)
        self._apply_filters(reset_range=not self.lanes.events)
        self._show_coming_up()

    def _apply_filters(self, *_, reset_range: bool = False) -> None:
        words = self.search.text().lower().split()
        category = self.category.currentData() or ""
        authority = self.authority.currentData() or ""
        element = self.element.currentData() or ""
        if not (words or category or authority or element):
            test = None
        else:
            def test(e: Event) -> bool:
                return ((not category or e.category.value == category)
                        and (not authority or authority in
                             [a.strip() for a in e.authority.split(",")])
                        and (not element or element in e.elements)
                        and _matches(e, words))
        self.filter_test = test
        self.view.proxy.set_row_test(test)
        shown = [e for e in self._all if test is None or test(e)]
        self.lanes.set_events(shown)
        if reset_range:
            self.lanes.reset_range()
        self.count.setText(self.count_text(len(shown)) if test is None else
                           self.tr("{n} of {total}").format(n=len(shown), total=len(self._all)))
        self.sig_filter.emit(test)

    def _show_coming_up(self) -> None:
        ahead = coming_up(self._all, date.today())
        if not ahead:
            self.coming.setText(self.tr("Coming up: nothing in the next 120 days."))
            return
        parts = [self.tr("{day} {what}: {title} (in {n} d)").format(
            day=u.on.isoformat(), what=word(u.what), title=u.event.title[:48], n=u.days_left)
            for u in ahead[:3]]
        self.coming.setText(self.tr("Coming up — ") + "; ".join(parts))
        self.coming.setToolTip("\n".join(self.tr("{day} {what}: {title} (in {n} days)").format(
            day=u.on, what=word(u.what), title=u.event.title, n=u.days_left) for u in ahead))

    def _on_current(self, current, _previous) -> None:
        event = current.data(ROW_ROLE) if current.isValid() else None
        self.lanes.select(event)
        self.touches.setText("")
        if event is not None:
            self.lanes.centre_on(event_start(event))
            self.sig_event_selected.emit(event)
            task = self._runner.read(self.tr("find the applications an event touches"),
                                     lambda conn, ctx: matches_for_event(
                conn, event, date.today()), latest=f"touches:{id(self)}")
            task.sig_result.connect(self._show_touches)

    def _show_touches(self, matches: list) -> None:
        """The applications the selected event may touch (the tracker's Events tab holds
        the verdicts)."""
        live = [m for m in matches if m.state != "dismissed"]
        if not live:
            self.touches.setText("")
            return
        parts = [(self.tr("{reference} ({reasons}, confirmed)") if m.state == "confirmed"
                  else self.tr("{reference} ({reasons})")).format(
            reference=m.life.reference, reasons=", ".join(m.reasons)) for m in live[:6]]
        more = len(live) - 6
        self.touches.setText(self.tr("May touch: ") + "; ".join(parts)
                             + (self.tr(" and {n} more").format(n=more) if more > 0 else ""))

    def select_event(self, event: Event) -> None:
        """Select the event's row in the list (a marker was clicked)."""
        for r in range(self.view.proxy.rowCount()):
            index = self.view.proxy.index(r, 0)
            row = index.data(ROW_ROLE)
            if row is event or (event.id is not None and row.id == event.id):
                self.view.setCurrentIndex(index)
                self.view.scrollTo(index)
                return

    def count_text(self, n: int) -> str:
        return self.tr("1 event") if n == 1 else self.tr("{n} events").format(n=n)

    # -- editing ---------------------------------------------------------------------------

    def _write(self, name: str, fn):
        return self._writer.submit(name, fn, change=StoreChange(events=True))

    def new_event(self) -> EventDialog:
        dialog = EventDialog(self)

        def save(event: Event) -> None:
            job = self._write(self.tr("add event"), lambda conn, ctx: save_event(conn, event))
            job.sig_result.connect(lambda event_id: self._done(dialog, EventCommand.added(
                self, event, event_id)))
            job.sig_error.connect(lambda error: dialog.show_problem(error.message))

        dialog.sig_save_requested.connect(save)
        dialog.open()
        self.dialog = dialog
        return dialog

    def edit_event(self, event: Event) -> EventDialog:
        dialog = EventDialog(self, event)

        def save(after: Event) -> None:
            job = self._write(self.tr("edit event"),
                              lambda conn, ctx: update_event(conn, event.id, after))
            job.sig_result.connect(lambda _: self._done(dialog, EventCommand.edited(
                self, event, after)))
            job.sig_error.connect(lambda error: dialog.show_problem(error.message))

        dialog.sig_save_requested.connect(save)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _done(self, dialog: EventDialog, command: QUndoCommand) -> None:
        dialog.accept()
        self.undo_stack.push(command)

    def delete_selected(self, confirm: bool = True):
        rows = self.view.selected_rows()
        if len(rows) != 1:
            return None
        event = rows[0]
        if confirm and QMessageBox.question(
                self, self.tr("Delete event"),
                self.tr("Delete “{title}” ({day})? Edit → Undo puts it back.").format(
                    title=event.title, day=event.announced.isoformat())
        ) != QMessageBox.StandardButton.Yes:
            return None
        job = self._write(self.tr("delete event"),
                          lambda conn, ctx: delete_event(conn, event.id))
        job.sig_result.connect(lambda found: self.undo_stack.push(
            EventCommand.deleted(self, *found)))
        job.sig_error.connect(lambda error: error_box(
            self, self.tr("The event could not be deleted"), error))
        return job


class EventCommand(QUndoCommand):
    """A change to the events already written; undo and redo write through the writer.
    Ids change when a deleted event is put back, so the command follows them."""

    def __init__(self, panel: TimelinePanel, text: str, undo, redo) -> None:
        super().__init__(text)
        self.panel, self._undo, self._redo, self._first = panel, undo, redo, True

    def redo(self) -> None:
        if self._first:  # the change itself, already written
            self._first = False
            return
        self._redo()

    def undo(self) -> None:
        self._undo()

    @classmethod
    def added(cls, panel, event: Event, event_id: int) -> EventCommand:
        state = {"id": event_id, "event": event, "incoming": []}
        return cls(panel, translate("EventCommand", "add event {title}").format(
            title=event.title),
                   lambda: _delete(panel, state), lambda: _restore(panel, state))

    @classmethod
    def edited(cls, panel, before: Event, after: Event) -> EventCommand:
        def put(event: Event):
            panel._write(translate("EventCommand", "undo event edit"),
                         lambda conn, ctx: update_event(conn, before.id, event))
        return cls(panel, translate("EventCommand", "edit event {title}").format(
            title=after.title),
                   lambda: put(before), lambda: put(after))

    @classmethod
    def deleted(cls, panel, event: Event, incoming: list[int]) -> EventCommand:
        state = {"id": None, "event": event, "incoming": incoming}
        return cls(panel, translate("EventCommand", "delete event {title}").format(
            title=event.title),
                   lambda: _restore(panel, state), lambda: _delete(panel, state))


def _delete(panel: TimelinePanel, state: dict) -> None:
    job = panel._write(translate("EventCommand", "delete event"),
                       lambda conn, ctx: delete_event(conn, state["id"]))
    job.sig_result.connect(lambda found: state.update(event=found[0], incoming=found[1]))


def _restore(panel: TimelinePanel, state: dict) -> None:
    job = panel._write(translate("EventCommand", "restore event"), lambda conn, ctx: restore_event(
        conn, state["event"], state["incoming"]))
    job.sig_result.connect(lambda event_id: state.update(id=event_id))
