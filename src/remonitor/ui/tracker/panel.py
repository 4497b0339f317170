"""The licence tracker panel: the desk's applications, their details, and the actions on
them."""

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
from PySide6.QtGui import QKeySequence, QUndoStack
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

from remonitor.core.changes import StoreChange
from remonitor.edits import applications as edits
from remonitor.exporters.tables import write_table
from remonitor.ui.context import PanelContext
from remonitor.ui.tracker.columns import WIDTHS, tracker_columns
from remonitor.ui.tracker.details import DetailsPane
from remonitor.ui.tracker.editor import TrackerEditor
from remonitor.ui.tracker.files import TrackerFiles
from remonitor.ui.tracker.selection import TrackerSelection
from remonitor.ui.tracker.summary import StatusSummary
from remonitor.ui.widgets.actions import make_action
from remonitor.ui.widgets.errors import error_box
from remonitor.ui.widgets.filter_combo import filter_combo
from remonitor.ui.widgets.paged_model import PagedRowModel
from remonitor.ui.widgets.table_model import display
from remonitor.ui.widgets.table_view import DomainTableView, make_search_box
from remonitor.views.tracker import (
    ApplicationQuery,
    TrackerContext,
    TrackerResult,
    application_details,
    load_context,
    load_rows,
    run_query,
)

RECENT_RESULTS = 8
"""Query results kept per store state, so returning to one needs no read."""


class TrackerPanel(QWidget):
    """The desk's applications in a table read page by page, filtered and sorted in SQL.
    Its parts, each given what it needs: ``selection``, ``details`` (the pane below),
    ``editor`` (dialogs and writes), ``files`` (documents, import), ``summary`` (counts by
    status)."""

    sig_message = Signal(str)
    """Something the status bar should say (an import's outcome)."""
    sig_loaded = Signal(list)
    """The rows of the current query read so far (its first page), once it is shown."""
    sig_head_shown = Signal()
    """The first page of the current query is shown, its other rows and counts still being
    read (sig_loaded follows)."""

    def __init__(self, context: PanelContext, parent=None) -> None:
        super().__init__(parent)
        columns = tracker_columns()
        self._runner = context.runner
        self._writer = context.writer
        self._data_dir = context.data_dir
        self.context: TrackerContext | None = None
        self._needs_context = False
        self._recent: OrderedDict[ApplicationQuery, TrackerResult] = OrderedDict()
        self._reads = f"tracker:{id(self)}"
        self._heads = f"tracker-head:{id(self)}"
        self._view_before: tuple[set[int], int | None, int | None] | None = None
        """Selection, current row and top row as they were before a head was shown: a head
        holds only the first page, so the whole answer restores them."""
        self.query = ApplicationQuery(sort="reference")
        self.model = PagedRowModel(columns, self._fetch_rows, parent=self)
        self.view = DomainTableView(self)
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.model.sig_sort.connect(self._sort)
        self.undo_stack = QUndoStack(self)

        self.selection = TrackerSelection(self.view, self.model)
        self.editor = TrackerEditor(self._writer, self.selection, self.undo_stack, self)
        self.document_action = make_action(
            self, self.tr("Attach &document…"), None, tip=self.tr(
                "Keep a copy of a file (application, MOFCOM notice, contract) with the "
                "selected application"))
        self.details = DetailsPane(self.document_action, self)
        self.files = TrackerFiles(context, self.selection, self.details, self)
        self.document_action.triggered.connect(self.files.choose_document)
        self.files.sig_message.connect(self.sig_message)
        self.details.sig_verdict.connect(self.decide_selected_match)
        self.details.sig_open_document.connect(self.files.open_document)

        self.new_action = make_action(
            self, self.tr("&New application…"), self.editor.new_application,
            QKeySequence.StandardKey.New, self.tr("Record a new licence application (Ctrl+N)"))
        self.status_action = make_action(
            self, self.tr("Change &status…"), self.editor.change_status,
            QKeySequence("Ctrl+Shift+S"), self.tr("Move the selected applications through the "
                                                  "workflow (Ctrl+Shift+S)"))
        self.shipment_action = make_action(
            self, self.tr("Record &shipment…"), self.editor.record_shipment,
            tip=self.tr("Draw a shipment against the selected approved licence"))
        self.import_action = make_action(
            self, self.tr("Import &applications…"), self.files.choose_import,
            tip=self.tr("Add licence applications from a CSV or Excel table (the desk's "
                        "sheet, or an export)"))
        self.columns_action = make_action(
            self, self.tr("C&olumns…"),
            lambda: self.view.column_menu().popup(self.mapToGlobal(self.view.pos())),
            tip=self.tr("Choose the columns shown (or right-click a column header; drag "
                        "headers to reorder)"))

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

        self.view.selectionModel().selectionChanged.connect(self._load_details)
        self.view.sig_row_activated.connect(self.editor.edit_application)

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
        split.setChildrenCollapsible(False)  # neither the table nor the details vanish
        split.setSizes([300, 110])  # the table first; the details pane grows when dragged
        layout.addWidget(split, 1)
        self.setObjectName("tracker-panel")
        self.view.setObjectName("tracker-table")
        for column, c in enumerate(columns):
            if c.key in WIDTHS:
                self.view.setColumnWidth(column, WIDTHS[c.key])
        self._load_details()
        self._show_count()

    def contribute(self, registry) -> None:
        """The tracker's actions in the window's menus."""
        registry.add("file", "records", self.new_action)
        registry.add("file", "records", self.import_action)
        registry.add("edit", "applications", self.status_action)
        registry.add("edit", "applications", self.shipment_action)
        registry.add("edit", "applications", self.document_action)
        registry.add("view", "columns", self.columns_action)
        registry.add_export(self.tr("Licence applications (as filtered)"), self.export_table,
                            "applications")

    def on_store_changed(self, change: StoreChange) -> None:
        if change.applications or change.everything:
            self.refresh()

    # -- reading ---------------------------------------------------------------------------

    def _facet_box(self, everything: str, field: str) -> QComboBox:
        box = filter_combo(self, everything, everything)
        box.setObjectName(f"tracker-{field}")
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
        """The reads for the current query; the newest wins. A keystroke that overtakes a
        refresh still carries the refresh (new clocks, no stale rows). A sort or a filter
        reads its first page alone first, and shows it while the whole answer is read: a
        letter typed matches most of a desk's applications, and reading them all back
        takes several times longer. One after the other, not side by side: on two cores
        the two reads and the window slowed each other (the first rows came later)."""
        query, context, data_dir = self.query, self.context, self._data_dir
        self._runner.cancel_latest(self._heads)
        if not self._needs_context and query in self._recent:
            # Back to a list seen since the store last changed (the search box cleared,
            # a sort undone): shown at once, no read.
            self._runner.cancel_latest(self._reads)
            self._show(self._recent[query], fresh=False)
            return
        if self._needs_context:
            self._read(lambda conn, ctx: run_query(conn, load_context(conn, data_dir), query),
                       fresh=True)
        elif context is not None:
            self._runner.cancel_latest(self._reads)  # the whole answer of an older query
            head = self._runner.read(self.tr("load applications"), lambda conn, ctx: run_query(
                conn, context, query, head=True), latest=self._heads)
            head.sig_result.connect(lambda result: self._show_head(result, context))

    def _read(self, task, fresh: bool) -> None:
        handle = self._runner.read(self.tr("load applications"), task, latest=self._reads)
        handle.sig_result.connect(lambda result: self._show(result, fresh))

    def _show_head(self, result: TrackerResult, context: TrackerContext) -> None:
        """The first page of the query, shown until the whole answer, read now, comes (the
        count and the status counts, greyed, stay as they were meanwhile); a head holding
        every match is the whole answer."""
        if result.query != self.query:
            return
        if result.complete:
            self._show(result, fresh=False)
            return
        query, read = result.query, frozenset(result.rows)
        self._read(lambda conn, ctx: run_query(conn, context, query, read=read), fresh=False)
        if not result.ids:  # no match among the rows it tested: nothing to show yet
            return
        if self._view_before is None:
            self._view_before = self._view_state()
        self.model.set_result(result.ids, result.rows, fresh=False)
        self._restore_view(*self._view_before)
        self._counting(True)  # the counts are those of the query before: greyed until read
        self.sig_head_shown.emit()

    def _counting(self, on: bool) -> None:
        self.count.setEnabled(not on)
        self.summary.setEnabled(not on)

    def _view_state(self) -> tuple[set[int], int | None, int | None]:
        top = self.model.ids[self.view.rowAt(0)] if self.view.rowAt(0) >= 0 else None
        return set(self.selection.ids()), self.selection.current_id(), top

    def _fetch_rows(self, ids: list[int]):
        context = self.context
        return self._runner.read(self.tr("read applications"),
                                 lambda conn, ctx: load_rows(conn, context, ids))

    def _show(self, result: TrackerResult, fresh: bool) -> None:
        self._runner.cancel_latest(self._heads)  # a head read meanwhile is no longer wanted
        keep, current, top = self._view_before or self._view_state()
        self._view_before = None
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
        self._counting(False)
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
        rows = self.selection.rows()
        if len(rows) != 1 or len(self.selection.ids()) != 1:
            self.details.clear_details()
            self.document_action.setEnabled(False)
            return
        row = rows[0]
        app_id = row.id
        self.document_action.setEnabled(True)
        self.details.announce(row)

        handle = self._runner.read(
            self.tr("load application details"),
            lambda conn, ctx: application_details(conn, app_id, date.today()),
            latest=f"details:{id(self)}")
        handle.sig_result.connect(lambda found: self.details.show_details(row, found))

    def decide_selected_match(self, state: str, index: int | None = None):
        """Confirm or dismiss the event match selected in the Events tab."""
        if index is None:
            index = self.details.matches.currentRow()
        suggestions, app_id = self.details.suggestions, self.details.app_id
        if not 0 <= index < len(suggestions) or app_id is None:
            return None
        job = self._writer.apply(edits.decide_match(suggestions[index].key, app_id, state))
        job.sig_error.connect(lambda error: error_box(
            self, self.tr("The verdict could not be written"), error))
        return job

    def header_state(self) -> QByteArray:
        return self.view.horizontalHeader().saveState()

    def restore_header(self, state: QByteArray) -> None:
        if not state.isEmpty():
            self.view.horizontalHeader().restoreState(state)

    def export_table(self, path: Path):
        """Write what the table shows — the current filter and order, the columns shown in
        their order — to CSV or XLSX, on a worker."""
        context, query = self.context, self.query
        columns = [self.model.columns[c] for c in self.view.shown_columns()]
        if context is None:
            raise RuntimeError("the tracker has not read the store yet")

        def task(conn, ctx):
            found = run_query(conn, context, query, first=0)
            rows = []
            for start in range(0, len(found.ids), 2000):
                ctx.check()
                chunk = found.ids[start:start + 2000]
                read = load_rows(conn, context, chunk)
                rows.extend([display(c.value(read[i])) for c in columns] for i in chunk)
                ctx.progress(len(rows), len(found.ids))
            return write_table(path, [c.title for c in columns], rows,
                               sheet_name="applications", total=len(rows),
                               is_cancelled=lambda: ctx.cancelled)

        return self._runner.read(self.tr("export applications"), task)
