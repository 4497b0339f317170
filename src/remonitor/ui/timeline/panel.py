"""The event timeline panel: every policy event, sortable and searchable."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QSplitter,
)

from remonitor.core.changes import StoreChange
from remonitor.core.events import RARE_EARTH_ELEMENTS, Category, Event
from remonitor.core.matching import coming_up
from remonitor.edits import events as edits
from remonitor.ui import theme
from remonitor.ui.context import PanelContext
from remonitor.ui.timeline.commands import EventCommand
from remonitor.ui.timeline.event_dialog import EventDialog
from remonitor.ui.timeline.lanes import TimelineLanes, event_tooltip
from remonitor.ui.vocabulary import label, word
from remonitor.ui.widgets.actions import make_action
from remonitor.ui.widgets.elided_label import ElidedLabel
from remonitor.ui.widgets.errors import error_box
from remonitor.ui.widgets.exporting import export_table
from remonitor.ui.widgets.filter_combo import filter_combo
from remonitor.ui.widgets.table_model import ROW_ROLE, Column
from remonitor.ui.widgets.table_view import TablePanel
from remonitor.views.tables import events_view
from remonitor.views.timeline import events, touches

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
    sig_analyse_event = Signal(str)
    """*Event window…*: the analysis, on this event (its key)."""

    def __init__(self, context: PanelContext, parent=None) -> None:
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
        super().__init__(context.runner, events, columns,
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
        self.coming = ElidedLabel(self)  # one line; every date ahead in its tooltip
        self.coming.setObjectName("coming-up")
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
        split.setChildrenCollapsible(False)
        # Seven lanes, each a label high, and the date axis: labels never touch.
        self.lanes.setMinimumHeight(7 * (self.fontMetrics().height() + 6) + 36)
        self.view.setMinimumHeight(self.view.fontMetrics().height() * 4 + 16)
        layout.addWidget(split, 1)
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        self.filter_test = None
        self._all: list[Event] = []
        self._writer = context.writer
        self.undo_stack = QUndoStack(self)
        self.new_action = make_action(self, self.tr("New &event…"), self.new_event,
                                      "Ctrl+Shift+E",
                                      self.tr("Record a policy event (Ctrl+Shift+E)"))
        self.delete_action = make_action(self, self.tr("&Delete event…"), self.delete_selected,
                                         QKeySequence.StandardKey.Delete,
                                         self.tr("Delete the selected event (asks first; "
                                                 "Ctrl+Z puts it back)"))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.window_action = make_action(
            self, self.tr("Event &window…"), lambda: self.sig_analyse_event.emit(
                (e.key or str(e.id)) if (e := self.selected_event()) else ""),
            tip=self.tr("The months around the selected event, and who gained or lost "
                        "share after it"))
        self.addAction(self.delete_action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.addActions([self.window_action, self.new_action, self.delete_action])
        self.view.sig_row_activated.connect(self.edit_event)
        self.dialog: EventDialog | None = None

    def contribute(self, registry) -> None:
        """The timeline's actions in the window's menus."""
        registry.add("edit", "events", self.new_action)
        registry.add("edit", "events", self.delete_action)
        registry.add("edit", "events", self.window_action)
        registry.add_export(self.tr("Events"), self.export_events, "events", calendar=True)

    def on_store_changed(self, change: StoreChange) -> None:
        if change.events or change.everything:
            self.refresh()

    def _combo(self, everything: str, items: list[tuple[str, str]]) -> QComboBox:
        box = filter_combo(self, everything)
        for text, data in items:
            box.addItem(text, data)
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
            self.lanes.centre_on(event.start)
            self.sig_event_selected.emit(event)
            task = self._runner.read(self.tr("find the applications an event touches"),
                                     lambda conn, ctx: touches(conn, event, date.today()),
                                     latest=f"touches:{id(self)}")
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

    def _in_dialog(self, edit, dialog: EventDialog, command) -> None:
        """Write ``edit``; once written the dialog closes and ``command(result)`` goes on
        the undo stack; a refusal is shown in the dialog."""
        job = self._writer.apply(edit)
        job.sig_result.connect(lambda result: self._done(dialog, command(result)))
        job.sig_error.connect(lambda error: dialog.show_problem(error.message))

    def new_event(self) -> EventDialog:
        dialog = self.dialog = EventDialog(self)
        dialog.sig_save_requested.connect(lambda event: self._in_dialog(
            edits.add_event(event), dialog,
            lambda event_id: EventCommand.added(self._writer, event, event_id)))
        dialog.open()
        return dialog

    def edit_event(self, event: Event) -> EventDialog:
        dialog = self.dialog = EventDialog(self, event)
        dialog.sig_save_requested.connect(lambda after: self._in_dialog(
            edits.edit_event(event.id, after), dialog,
            lambda _: EventCommand.edited(self._writer, event, after)))
        dialog.open()
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
        job = self._writer.apply(edits.delete_event(event.id))
        job.sig_result.connect(lambda found: self.undo_stack.push(
            EventCommand.deleted(self._writer, *found)))
        job.sig_error.connect(lambda error: error_box(
            self, self.tr("The event could not be deleted"), error))
        return job

    # -- export ----------------------------------------------------------------------------

    def export_events(self, path: Path):
        """Events as a table (.csv, .xlsx) or a calendar (.ics), on a worker."""
        if path.suffix.lower() == ".ics":
            def calendar(conn, ctx):
                from remonitor.exporters.ics import write_calendar  # loads when used

                return write_calendar(path, events(conn))

            return self._runner.read(self.tr("export calendar"), calendar)
        return export_table(self._runner, self.tr("export events"), events_view, path)

    def selected_event(self) -> Event | None:
        rows = self.view.selected_rows()
        return rows[0] if rows else None
