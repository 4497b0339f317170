"""The licence tracker panel: the desk's applications, and a form to add one."""

from __future__ import annotations

from collections import OrderedDict
from contextlib import suppress
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QItemSelection,
    QItemSelectionModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from remonitor.store.changes import StoreChange
from remonitor.store.event_matches import decide_match, matches_for_application
from remonitor.store.licence_query import ApplicationQuery
from remonitor.store.licences import (
    documents,
    history,
    shipments,
)
from remonitor.ui.application_dialog import ApplicationDialog
from remonitor.ui.errors import error_box
from remonitor.ui.paged_model import PagedRowModel
from remonitor.ui.shipment_dialog import ShipmentDialog
from remonitor.ui.status_dialog import StatusDialog
from remonitor.ui.table_view import DomainTableView, make_search_box
from remonitor.ui.tracker_columns import WIDTHS, tracker_columns
from remonitor.ui.tracker_data import (
    TrackerContext,
    TrackerResult,
    TrackerRow,
    load_context,
    load_rows,
    run_query,
)
from remonitor.ui.tracker_details import DetailsPane
from remonitor.ui.tracker_edits import TrackerEdits
from remonitor.ui.tracker_files import TrackerFiles
from remonitor.ui.tracker_summary import StatusSummary
from remonitor.workers.tasks import TaskRunner
from remonitor.workers.writer import StoreWriter

RECENT_RESULTS = 8
"""Query results kept per store state, so returning to one needs no read."""


class TrackerPanel(TrackerEdits, TrackerFiles, QWidget):
    sig_saved = Signal(int)
    """Id of an application just saved."""
    sig_message = Signal(str)
    """Something the status bar should say (an import's outcome)."""
    sig_loaded = Signal(list)
    """The rows of the current query read so far (its first page), once it is shown."""

    def __init__(self, runner: TaskRunner, writer: StoreWriter, parent=None,
                 data_dir: Path | None = None) -> None:
        super().__init__(parent)
        columns = tracker_columns()
        self._runner = runner
        self._writer = writer
        self._data_dir = data_dir
        self.context: TrackerContext | None = None
        self._needs_context = False
        self._recent: OrderedDict[ApplicationQuery, TrackerResult] = OrderedDict()
        self.query = ApplicationQuery(sort="reference")
        self.model = PagedRowModel(columns, self._fetch_rows, parent=self)
        self.view = DomainTableView(self)
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.model.sig_sort.connect(self._sort)

        self.new_action = self._action(
            self.tr("&New application…"), self.tr("Record a new licence application (Ctrl+N)"),
            self.new_application, QKeySequence.StandardKey.New)
        self.status_action = self._action(
            self.tr("Change &status…"), self.tr("Move the selected applications through the "
                                                "workflow (Ctrl+Shift+S)"),
            self.change_status, QKeySequence("Ctrl+Shift+S"))
        self.shipment_action = self._action(
            self.tr("Record &shipment…"),
            self.tr("Draw a shipment against the selected approved licence"),
            self.record_shipment)
        self.document_action = self._action(
            self.tr("Attach &document…"), self.tr("Keep a copy of a file (application, MOFCOM "
                                                  "notice, contract) with the selected "
                                                  "application"), self.choose_document)
        self.import_action = self._action(
            self.tr("Import &applications…"), self.tr("Add licence applications from a CSV or "
                                                      "Excel table (the desk's sheet, or an "
                                                      "export)"), self.choose_import)
        self.columns_action = self._action(
            self.tr("C&olumns…"), self.tr("Choose the columns shown (or right-click a column "
                                          "header; drag headers to reorder)"),
            lambda: self.view.column_menu().popup(self.mapToGlobal(self.view.pos())))
        self.undo_stack = QUndoStack(self)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence.StandardKey.Redo,
                                       QKeySequence("Ctrl+Shift+Z")])

        self.search = make_search_box(self, self.tr("Filter applications (any field; "
                                                    "several words narrow)"))
        self.search.textChanged.connect(lambda text: self._set_query(text=text))
        self.destination = self._facet_box(self.tr("All destinations"), "destination")
        self.element = self._facet_box(self.tr("All elements"), "element")
        self.applicant = self._facet_box(self.tr("All applicants"), "applicant")
        self.count = QLabel(self)
        self.summary = StatusSummary(self)
        self.summary.sig_filter.connect(lambda key: self._set_query(status=key or ""))

        top = QHBoxLayout()
        actions = QToolBar(self)  # folds into a » menu when the dock is narrow
        actions.setObjectName("tracker-actions")
        actions.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_action, self.status_action, self.shipment_action):
            actions.addAction(action)
        top.addWidget(actions, 0)
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        filters = QHBoxLayout()
        for box in (self.destination, self.element, self.applicant):
            filters.addWidget(box)
        filters.addStretch(1)
        columns_button = QToolButton(self)
        columns_button.setDefaultAction(self.columns_action)
        filters.addWidget(columns_button)

        self.details = DetailsPane(self.document_action, self)
        self.details.sig_verdict.connect(self.decide_selected_match)
        self.details.sig_open_document.connect(self.open_document)
        # The tables by name, as before the pane had its own module (tests, scripts).
        self.history, self.shipments = self.details.history, self.details.shipments
        self.documents, self.matches = self.details.documents, self.details.matches
        self.view.selectionModel().selectionChanged.connect(self._load_details)
        self.view.sig_row_activated.connect(self.edit_application)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setObjectName("tracker-split")
        split.addWidget(self.view)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([300, 110])  # the table first; the details pane grows when dragged
        layout.addWidget(split, 1)
        self.setObjectName("tracker-panel")
        self.view.setObjectName("tracker-table")
        for column, c in enumerate(columns):
            if c.key in WIDTHS:
                self.view.setColumnWidth(column, WIDTHS[c.key])
        self.dialog: ApplicationDialog | None = None
        self.status_dialog: StatusDialog | None = None
        self.shipment_dialog: ShipmentDialog | None = None
        self._load_details()
        self._show_count()

    def _action(self, text: str, tip: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    # -- reading ---------------------------------------------------------------------------

    def _facet_box(self, everything: str, field: str) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(f"tracker-{field}")
        box.addItem(everything, "")
        box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(7)  # long names must not widen the window
        box.setToolTip(everything)
        box.currentIndexChanged.connect(
            lambda _: self._set_query(**{field: box.currentData() or ""}))
        return box

    def refresh(self) -> None:
        """Read again after the store changed: the clocks and filter values, then the rows
        of the current query. Selection and scroll position are kept."""
        self._needs_context = True
        self._run()

    def _set_query(self, **changes) -> None:
        query = replace(self.query, **changes)
        if query != self.query:
            self.query = query
            self._run()

    def _sort(self, key: str, descending: bool) -> None:
        self._set_query(sort=key, descending=descending)

    def _run(self) -> None:
        """One read for the current query; the newest wins. A keystroke that overtakes a
        refresh still carries the refresh (new clocks, no stale rows)."""
        query, context, data_dir = self.query, self.context, self._data_dir
        if not self._needs_context and query in self._recent:
            # Back to a list seen since the store last changed (the search box cleared,
            # a sort undone): shown at once, no read.
            self._runner.cancel_latest(f"tracker:{id(self)}")
            self._show(self._recent[query], fresh=False)
            return
        if self._needs_context:
            self._read(lambda conn, ctx: run_query(conn, load_context(conn, data_dir), query),
                       fresh=True)
        elif context is not None:
            self._read(lambda conn, ctx: run_query(conn, context, query), fresh=False)

    def _read(self, task, fresh: bool) -> None:
        handle = self._runner.read(self.tr("load applications"), task,
                                   latest=f"tracker:{id(self)}")
        handle.sig_result.connect(lambda result: self._show(result, fresh))

    def _fetch_rows(self, ids: list[int]):
        context = self.context
        return self._runner.read(self.tr("read applications"),
                                 lambda conn, ctx: load_rows(conn, context, ids))

    def _show(self, result: TrackerResult, fresh: bool) -> None:
        keep = set(self.selected_ids())
        current = self._current_id()
        top = self.model.ids[self.view.rowAt(0)] if self.view.rowAt(0) >= 0 else None
        if fresh:
            self._needs_context = False
            self._recent.clear()
        self.context = result.context
        self._recent[result.query] = result
        self._recent.move_to_end(result.query)
        while len(self._recent) > RECENT_RESULTS:
            self._recent.popitem(last=False)
        self.model.set_result(result.ids, result.rows, fresh)
        if fresh:
            self._set_facets(result.context.facets)
        self.summary.update_counts(result.counts)
        self._restore_view(keep, current, top)
        self._show_count()
        if fresh:
            self._load_details()  # the selected application may have changed
        self.sig_loaded.emit(self.model.first_rows())

    def _set_facets(self, facets) -> None:
        for box, values in ((self.destination, facets.destinations),
                            (self.element, facets.elements),
                            (self.applicant, facets.applicants)):
            chosen = box.currentData() or ""
            box.blockSignals(True)
            while box.count() > 1:
                box.removeItem(1)
            for value in values:
                box.addItem(value, value)
            index = box.findData(chosen) if chosen else 0
            if index < 0:  # the value is gone from the store: keep it, it still filters
                box.addItem(chosen, chosen)
                index = box.count() - 1
            box.setCurrentIndex(index)
            box.blockSignals(False)

    def _restore_view(self, keep: set[int], current: int | None, top: int | None) -> None:
        wanted = keep | {i for i in (current, top) if i is not None}
        if not wanted:
            return
        ids = self.model.ids
        if len(wanted) < 64:  # list.index runs in C: quicker than a dict of every id
            where = {}
            for i in wanted:
                with suppress(ValueError):  # filtered out now
                    where[i] = ids.index(i)
        else:
            where = {i: r for r, i in enumerate(ids) if i in wanted}
        selection = QItemSelection()
        for i in keep:
            if i in where:
                index = self.model.index(where[i], 0)
                selection.select(index, index)
        self.view.selectionModel().select(
            selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        if current in where:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(where[current], 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        if top in where:
            self.view.scrollTo(self.model.index(where[top], 0),
                               QAbstractItemView.ScrollHint.PositionAtTop)

    def _current_id(self) -> int | None:
        r = self.view.currentIndex().row()
        return self.model.ids[r] if 0 <= r < len(self.model.ids) else None

    def selected_ids(self) -> list[int]:
        ids = self.model.ids
        return [ids[i.row()] for i in self.view.selectionModel().selectedRows()
                if i.row() < len(ids)]

    def selected_rows(self) -> list[TrackerRow]:
        """The selected rows already read (a selection scrolled past may hold rows that are
        still being read; those are left out)."""
        rows = (self.model.row(i.row()) for i in self.view.selectionModel().selectedRows())
        return [r for r in rows if r is not None]

    def _show_count(self) -> None:
        n, total = len(self.model.ids), self.summary.counts.get("all", 0)
        if n == 0 and not total:
            text = self.tr("none yet (Ctrl+N)")
        elif n == 1:
            text = self.tr("1 application")
        else:
            text = self.tr("{n} applications").format(n=f"{n:,}")
        self.count.setText(text)

    def _load_details(self) -> None:
        """History, shipments, documents and events of the one selected application."""
        rows = self.selected_rows()
        if len(rows) != 1 or len(self.selected_ids()) != 1:
            self.details.clear_details()
            self.document_action.setEnabled(False)
            return
        row = rows[0]
        app_id = row.id
        self.document_action.setEnabled(True)
        self.details.announce(row)

        def task(conn, ctx):
            return (history(conn, app_id), shipments(conn, app_id), documents(conn, app_id),
                    matches_for_application(conn, app_id, date.today()))

        handle = self._runner.read(self.tr("load application details"), task,
                                   latest=f"details:{id(self)}")
        handle.sig_result.connect(lambda found: self.details.show_details(row, *found))

    def decide_selected_match(self, state: str, index: int | None = None):
        """Confirm or dismiss the event match selected in the Events tab."""
        if index is None:
            index = self.matches.currentRow()
        suggestions, app_id = self.details.suggestions, self.details.app_id
        if not 0 <= index < len(suggestions) or app_id is None:
            return None
        match = suggestions[index]
        job = self._writer.submit(
            self.tr("record an event match"),
            lambda conn, ctx: decide_match(conn, match.key, app_id, state),
            change=StoreChange(applications=True))
        job.sig_error.connect(lambda error: error_box(
            self, self.tr("The verdict could not be written"), error))
        return job

    def header_state(self) -> QByteArray:
        return self.view.horizontalHeader().saveState()

    def restore_header(self, state: QByteArray) -> None:
        if not state.isEmpty():
            self.view.horizontalHeader().restoreState(state)
