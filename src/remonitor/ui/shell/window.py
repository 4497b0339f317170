"""The main window: a frame that composes the panels, menus and status bar."""

from __future__ import annotations

import sys
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QIcon,
    QKeySequence,
    QUndoGroup,
)
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QMessageBox

from remonitor.core.periods import month_label
from remonitor.core.plotting import latest_figure
from remonitor.store.backup import latest_sound_backup
from remonitor.store.changes import StoreChange
from remonitor.ui.background import Background
from remonitor.ui.chart import ChartPanel
from remonitor.ui.errors import error_box
from remonitor.ui.notifications import Notifier
from remonitor.ui.settings import (
    TIMELINE_HEADER,
    TRACKER_HEADER,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    Settings,
)
from remonitor.ui.status import StatusBar
from remonitor.ui.task_list import TasksButton
from remonitor.ui.timeline import TimelinePanel
from remonitor.ui.tracker import TrackerPanel
from remonitor.ui.window_files import EXPORT_TITLES, WindowFiles
from remonitor.workers.tasks import TaskError, TaskRunner
from remonitor.workers.writer import StoreWriter

BACKGROUND_DELAY_MS = 1500


class MainWindow(WindowFiles, QMainWindow):
    sig_restore_requested = Signal(object)
    """A sound backup (Path) to put in place of the store; the app closes and reopens it."""
    sig_store_failed = Signal(object)
    """The store could not be opened (a :class:`TaskError`); the app should quit."""
    sig_reopen_requested = Signal()
    """Build the window again on the same store: the language was changed."""

    def __init__(self, writer: StoreWriter, runner: TaskRunner, settings: Settings,
                 data_dir: Path, icon: QIcon | None = None) -> None:
        super().__init__()
        self.setObjectName("main-window")
        self.setWindowTitle(self.tr("remonitor — China rare-earth exports"))
        if icon is not None:
            self.setWindowIcon(icon)
        self.writer = writer
        self.runner = runner
        self.settings = settings
        self.data_dir = data_dir
        self.ready = False
        self.setAcceptDrops(True)

        self.chart = ChartPanel(runner, settings, self)
        self.setCentralWidget(self.chart)
        self.timeline = TimelinePanel(runner, self, writer)
        self.tracker = TrackerPanel(runner, writer, self, data_dir)
        # The timeline and the chart share their date range both ways; its filters and its
        # selection reach the chart's markers and centre.
        self.timeline.lanes.follow(self.chart.plot)
        self.timeline.sig_filter.connect(self.chart.set_event_filter)
        self.chart.sig_event_clicked.connect(self.timeline.select_event)
        self.timeline.sig_event_selected.connect(
            lambda e: self.chart.centre_on(e.effective or e.announced))
        self.tracker.sig_message.connect(lambda text: self.status.showMessage(text, 15000))
        self.timeline_dock = self._dock(self.timeline, self.tr("Event timeline"), "timeline-dock")
        self.tracker_dock = self._dock(self.tracker, self.tr("Licence tracker"), "tracker-dock")
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.timeline_dock)
        self.splitDockWidget(self.timeline_dock, self.tracker_dock, Qt.Orientation.Horizontal)
        self.status = StatusBar(data_dir, self)
        self.setStatusBar(self.status)
        self.tasks_button = TasksButton([runner.recent, writer.recent], self.status)
        self.status.insertPermanentWidget(0, self.tasks_button)
        self.notifier = Notifier(self)
        self.background = Background(self, settings, data_dir)
        self._last_change: StoreChange | None = None
        self._build_menus()

        writer.sig_ready.connect(self._on_ready)
        writer.sig_store_changed.connect(self._on_store_changed)
        writer.sig_open_failed.connect(self._on_open_failed)
        self.chart.sig_loaded.connect(self._on_chart_loaded)
        self.chart.sig_import_rates.connect(self.choose_rates_import)
        self._restore_layout()

    def _dock(self, widget, title: str, name: str) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        return dock

    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.import_action = self._action(
            self.tr("&Import…"), self.choose_import, QKeySequence.StandardKey.Open,
            self.tr("Import figures or events from a file"))
        file_menu.addAction(self.import_action)
        file_menu.addAction(self._action(
            self.tr("Import exchange &rates…"), self.choose_rates_import,
            tip=self.tr("Monthly rates per US dollar, for showing values in another currency")))
        export_menu = file_menu.addMenu(self.tr("&Export"))
        for name, title in EXPORT_TITLES.items():
            export_menu.addAction(self._action(
                self.tr(title) + "…", lambda checked=False, n=name: self.choose_export(n)))
        file_menu.addSeparator()
        file_menu.addAction(self.tracker.new_action)
        file_menu.addAction(self.tracker.import_action)
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("Restore from &backup…"), self.open_restore,
                                         tip=self.tr("Put a backup in place of the store")))
        file_menu.addSeparator()
        quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        quit_action.setShortcuts([QKeySequence.StandardKey.Quit, QKeySequence("Ctrl+Q")])
        file_menu.addAction(quit_action)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        # One Undo / Redo for the window: the stack of the panel last changed or focused.
        self.undo_group = QUndoGroup(self)
        for stack in (self.tracker.undo_stack, self.timeline.undo_stack):
            self.undo_group.addStack(stack)
            stack.indexChanged.connect(lambda _, s=stack: self._activate_stack(s))
        self.undo_group.setActiveStack(self.tracker.undo_stack)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence.StandardKey.Redo,
                                       QKeySequence("Ctrl+Shift+Z")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.tracker.status_action)
        edit_menu.addAction(self.tracker.shipment_action)
        edit_menu.addAction(self.tracker.document_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.timeline.new_action)
        edit_menu.addAction(self.timeline.delete_action)
        edit_menu.addSeparator()
        prefs = self._action(self.tr("&Preferences…"), self.open_preferences,
                             QKeySequence.StandardKey.Preferences,
                             self.tr("Inbox folder, feeds, reminders"))
        prefs.setShortcuts([QKeySequence.StandardKey.Preferences, QKeySequence("Ctrl+,")])
        prefs.setMenuRole(QAction.MenuRole.PreferencesRole)
        edit_menu.addAction(prefs)

        view_menu = bar.addMenu(self.tr("&View"))
        for dock in (self.timeline_dock, self.tracker_dock):
            view_menu.addAction(dock.toggleViewAction())
        view_menu.addAction(self.tracker.columns_action)
        view_menu.addAction(self._action(self.tr("Background &tasks…"),
                                         self.tasks_button.open_list))
        view_menu.addSeparator()
        view_menu.addAction(self._action(self.tr("&Refresh"), self.refresh_all,
                                         QKeySequence.StandardKey.Refresh))

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About remonitor"), self.about))

    def _activate_stack(self, stack) -> None:
        # Stacks emit indexChanged while the window is torn down, after the group is gone.
        if shiboken6.isValid(self.undo_group) and shiboken6.isValid(stack):
            self.undo_group.setActiveStack(stack)

    def _focus_changed(self, _old, new) -> None:
        for panel in (self.tracker, self.timeline):
            if new is not None and shiboken6.isValid(panel) and (
                    new is panel or panel.isAncestorOf(new)):
                self._activate_stack(panel.undo_stack)

    # -- store lifecycle -----------------------------------------------------------------

    def _on_ready(self) -> None:
        # Workers run Python too (catalogues, derivations): hand the interpreter lock back
        # to the event loop every millisecond instead of every five.
        sys.setswitchinterval(0.001)
        self.ready = True
        self.refresh_all()
        # The inbox, feeds and reminders wait until the window has drawn what it shows.
        QTimer.singleShot(BACKGROUND_DELAY_MS, self.background.start)

    def refresh_all(self) -> None:
        self._on_store_changed(StoreChange(everything=True))

    def _on_store_changed(self, change: StoreChange) -> None:
        if not self.ready:
            return
        if change.observations or change.events or change.rates:  # the chart draws events
            self.chart.refresh()
        if change.events or change.everything:
            self.timeline.refresh()
        if change.applications or change.everything:
            self.tracker.refresh()
        if change.applications or change.events:
            self.background.check_reminders()
        self._last_change = change
        self.status.mark_refreshed(change.describe())

    def _on_open_failed(self, error: TaskError) -> None:
        self.status.refreshed.setText(self.tr("Store unavailable"))
        db = self.data_dir / "remonitor.sqlite3"
        # Every backup is checked by SQLite, on a worker: the window stays responsive.
        task = self.runner.run(self.tr("look for a sound backup"),
                               lambda ctx: latest_sound_backup(db))
        task.sig_result.connect(lambda good: self._offer_backup(error, good))
        task.sig_error.connect(lambda _e: self._offer_backup(error, None))

    def _offer_backup(self, error: TaskError, good) -> None:
        if good is not None:  # offer the way back; the damaged file is never overwritten
            answer = QMessageBox.question(
                self, self.tr("remonitor cannot open its store"),
                self.tr("{why}\n\nRestore the backup of {made}? The damaged file is kept "
                        "aside.").format(why=error.message, made=good.made.strftime(
                            "%Y-%m-%d %H:%M")))
            if answer == QMessageBox.StandardButton.Yes:
                self.sig_restore_requested.emit(good.path)
                return
        box = error_box(self, self.tr("remonitor cannot open its store"), error)
        box.finished.connect(lambda: self.sig_store_failed.emit(error))

    def open_restore(self):
        from remonitor.ui.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.data_dir / "remonitor.sqlite3", self.runner, self)
        dialog.sig_restore.connect(self.sig_restore_requested)
        dialog.open()
        self.restore_dialog = dialog
        return dialog

    def _on_chart_loaded(self, data) -> None:
        if data.first is None:
            self.status.set_freshness("")
            return
        change, self._last_change = self._last_change, None
        if change is not None and set(data.first.choice.ids) & change.series_ids:
            # New figures of the series on screen: say what they are.
            self.status.mark_refreshed(latest_figure(data.first.choice.key.source,
                                                     data.first.points, data.first.unit),
                                       headline=True)
        choice = data.first.choice
        text = self.tr("{source}: latest {period}, released {date}").format(
            source=choice.key.source, period=month_label(choice.last_month),
            date=choice.latest_release.isoformat())
        if choice.next_release:  # GAC: headline ~7th–14th, detail by partner ~20th
            text += " · " + choice.next_release
        self.status.set_freshness(text)

    # -- window state --------------------------------------------------------------------

    def about(self):
        from remonitor.ui.about import AboutDialog

        dialog = AboutDialog(self.data_dir, self)
        dialog.open()
        self.about_dialog = dialog
        return dialog

    def bring_forward(self, files: list[str]) -> None:
        """A later start (or the file manager) asked this window to open ``files``."""
        self.showNormal()
        self.raise_()
        self.activateWindow()
        for name in files:
            self.import_path(Path(name))

    def _restore_layout(self) -> None:
        geometry = self.settings.get(WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        self.tracker.restore_header(self.settings.get(TRACKER_HEADER))
        header = self.settings.get(TIMELINE_HEADER)
        if not header.isEmpty():
            self.timeline.view.horizontalHeader().restoreState(header)
        state = self.settings.get(WINDOW_STATE)
        if state.isEmpty() or not self.restoreState(state):
            self.resizeDocks([self.timeline_dock], [380], Qt.Orientation.Vertical)
            self.resizeDocks([self.timeline_dock, self.tracker_dock], [640, 640],
                             Qt.Orientation.Horizontal)

    def save_layout(self) -> None:
        self.settings.set(WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(WINDOW_STATE, self.saveState())
        self.settings.set(TRACKER_HEADER, self.tracker.header_state())
        self.settings.set(TIMELINE_HEADER, self.timeline.view.horizontalHeader().saveState())
        self.settings.sync()

    def open_preferences(self):
        from remonitor.ui.preferences import Preferences

        dialog = Preferences(self.settings, self.data_dir / "inbox", self)
        dialog.sig_changed.connect(self.background.apply_settings)
        dialog.sig_language_changed.connect(self._language_changed)
        dialog.open()
        self.preferences = dialog
        return dialog

    def _language_changed(self) -> None:
        """Widgets are built with their words: the window is built again in the new
        language, at once unless a write (an import, say) is running."""
        if self.writer.recent.running:
            self.status.showMessage(self.tr("The language changes at the next start: "
                                            "background work is running."), 15000)
            return
        QTimer.singleShot(0, self.sig_reopen_requested.emit)  # once the dialog has closed

    def closeEvent(self, event: QCloseEvent) -> None:
        self.background.stop()
        self.chart.save_range()
        self.save_layout()
        super().closeEvent(event)
