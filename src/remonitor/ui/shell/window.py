"""The main window: a frame that composes the panels. It builds the menu bar from the
actions the panels and its own parts contribute, hands each store change to every panel,
and keeps the layout between sessions. It knows no panel's insides."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QIcon, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QMessageBox

from remonitor.core.changes import StoreChange
from remonitor.core.periods import month_label
from remonitor.core.plotting import latest_figure
from remonitor.ui.chart.panel import ChartPanel
from remonitor.ui.context import PanelContext
from remonitor.ui.settings import (
    TIMELINE_HEADER,
    TRACKER_HEADER,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    Settings,
    config_dir,
)
from remonitor.ui.shell.actions import ActionRegistry
from remonitor.ui.shell.background import Background
from remonitor.ui.shell.files import FileActions
from remonitor.ui.shell.notifications import Notifier
from remonitor.ui.shell.status import StatusBar
from remonitor.ui.shell.task_list import TasksButton
from remonitor.ui.timeline.panel import TimelinePanel
from remonitor.ui.tracker.panel import TrackerPanel
from remonitor.ui.widgets.actions import key_sequences, make_action
from remonitor.ui.widgets.errors import error_box
from remonitor.views.backups import latest_sound_backup
from remonitor.views.team import TeamStatus, team_status
from remonitor.workers.tasks import TaskError, TaskRunner
from remonitor.workers.turns import gui_first
from remonitor.workers.writer import StoreWriter

BACKGROUND_DELAY_MS = 1500
MAXIMISE_BELOW_PX = 1440
SIDE_BY_SIDE_PX = 1600
SWITCH_INTERVAL_S = 0.0001
"""How long a thread that wants the interpreter lock waits before asking its holder to let
go (Python's default: 5 ms). The GUI thread lets go of the lock around most of its Qt calls
and then waits this long to have it back from a worker running Python: with 1 ms, a paint
of the chart during the refresh after an import took 50-74 ms instead of 12-25, and a
step of the scripted session 137-170 ms (benchmarks/frame_pacing.py). With 0.1 ms: 47-76
ms, and the worker's read 10-20 % longer; a worker alone is never interrupted."""


def first_geometry(screen: QRect) -> tuple[QRect, bool]:
    """Where the first window goes on a screen with this free area, and whether it is
    maximised: below 1440 px wide, maximised (a 1366×768 laptop); above, 90 % of it (at most
    1920×1200), centred."""
    if screen.width() < MAXIMISE_BELOW_PX:
        return QRect(screen), True
    width = min(int(screen.width() * 0.9), 1920)
    height = min(int(screen.height() * 0.9), 1200)
    rect = QRect(0, 0, width, height)
    rect.moveCenter(screen.center())
    return rect, False


class MainWindow(QMainWindow):
    sig_restore_requested = Signal(object)
    """A sound backup (Path) to put in place of the store; the app closes and reopens it."""
    sig_store_failed = Signal(object)
    """The store could not be opened (a :class:`TaskError`); the app should quit."""
    sig_reopen_requested = Signal()
    """Build the window again on the same store: the language was changed."""
    sig_store_chosen = Signal(str)
    """Open the window again on another store: a team store's address, or '' for the data
    folder's own (Preferences → Team store)."""

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
        self._read_early = False
        self.setAcceptDrops(True)
        context = PanelContext(runner, writer, settings.for_folder(data_dir), data_dir)

        self.chart = ChartPanel(context, self)
        self.setCentralWidget(self.chart)
        self.timeline = TimelinePanel(context, self)
        self.tracker = TrackerPanel(context, self)
        self.panels = (self.chart, self.timeline, self.tracker)
        # The timeline and the chart share their date range both ways; its filters and its
        # selection reach the chart's markers and centre.
        self.timeline.lanes.follow(self.chart.plot)
        self.timeline.sig_filter.connect(self.chart.markers.set_event_filter)
        self.chart.sig_event_clicked.connect(self.timeline.select_event)
        self.timeline.sig_event_selected.connect(lambda e: self.chart.navigation.centre_on(e.start))
        self.timeline_dock = self._dock(self.timeline, self.tr("Event timeline"), "timeline-dock")
        self.tracker_dock = self._dock(self.tracker, self.tr("Licence tracker"), "tracker-dock")
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.timeline_dock)
        self.splitDockWidget(self.timeline_dock, self.tracker_dock, Qt.Orientation.Horizontal)
        self.status = StatusBar(data_dir, self)
        self.setStatusBar(self.status)
        for panel in (self.chart, self.tracker):
            panel.sig_message.connect(lambda text: self.status.showMessage(text, 15000))
        self.tasks_button = TasksButton([runner.recent, writer.recent], self.status)
        self.status.insertPermanentWidget(1, self.tasks_button)  # 0 is the message area
        self.notifier = Notifier(self)
        self.files = FileActions(context, self.status, self)
        self.chart.sig_import_rates.connect(self.files.choose_rates_import)
        self.chart.sig_analyse.connect(lambda token: self.open_analysis(token=token))
        self.timeline.sig_analyse_event.connect(
            lambda key: self.open_analysis(key, self.chart.tokens[0] if self.chart.tokens
                                           else ""))
        self.background = Background(context, self.notifier, self.status, self.open_restore,
                                     self.files.import_path, self)
        self._last_change: StoreChange | None = None
        self.team_status: TeamStatus | None = None
        """On a team store, who you are there (a read once the store is open)."""
        self.actions_ = ActionRegistry(self)
        self._build_menus()

        # Workers run Python (catalogues, derivations) from the first read: the event loop
        # has the interpreter lock back soon after it asks, and their long loops wait out
        # its turns (remonitor.core.turns).
        sys.setswitchinterval(SWITCH_INTERVAL_S)
        gui_first()
        writer.check_after_first_paint()
        writer.sig_readable.connect(self._on_readable)
        writer.sig_ready.connect(self._on_ready)
        writer.sig_store_changed.connect(self._on_store_changed)
        writer.sig_open_failed.connect(self._on_open_failed)
        writer.sig_waiting.connect(lambda text: self.status.set_team("", text, connected=False))
        self.chart.sig_loaded.connect(self._on_chart_loaded)
        self._restore_layout()

    def _dock(self, widget, title: str, name: str) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        return dock

    def _build_menus(self) -> None:
        registry = self.actions_
        self.files.contribute(registry)
        for panel in self.panels:
            panel.contribute(registry)
        self.restore_action = registry.add("file", "backup", make_action(
            self, self.tr("Restore from &backup…"), self.open_restore,
            tip=self.tr("Put a backup in place of the store")))
        self.quit_action = registry.add("file", "quit", make_action(
            self, self.tr("&Quit"), self.close, ("Ctrl+Q", QKeySequence.StandardKey.Quit)))

        # One Undo / Redo for the window: the stack of the panel last changed or focused.
        self.undo_group = QUndoGroup(self)
        stacks = [p.undo_stack for p in self.panels if hasattr(p, "undo_stack")]
        for stack in stacks:
            self.undo_group.addStack(stack)
            stack.indexChanged.connect(lambda _, s=stack: self._activate_stack(s))
        self.undo_group.setActiveStack(self.tracker.undo_stack)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(key_sequences(QKeySequence.StandardKey.Undo))
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(key_sequences(QKeySequence.StandardKey.Redo,
                                                    "Ctrl+Shift+Z"))
        registry.add("edit", "history", self.undo_action)
        registry.add("edit", "history", self.redo_action)
        prefs = make_action(self, self.tr("&Preferences…"), self.open_preferences,
                            ("Ctrl+,", QKeySequence.StandardKey.Preferences),
                            self.tr("Inbox folder, feeds, reminders"))
        prefs.setMenuRole(prefs.MenuRole.PreferencesRole)
        registry.add("edit", "preferences", prefs)
        for dock in (self.timeline_dock, self.tracker_dock):
            registry.add("view", "panels", dock.toggleViewAction())
        registry.add("view", "tasks", make_action(self, self.tr("Background &tasks…"),
                                                  self.tasks_button.open_list))
        registry.add("view", "refresh", make_action(self, self.tr("&Refresh"), self.refresh_all,
                                                    QKeySequence.StandardKey.Refresh))
        registry.add("help", "about", make_action(self, self.tr("&About remonitor"),
                                                  self.about))
        registry.build_menus(self.menuBar(), self.files.export_action)

    def _activate_stack(self, stack) -> None:
        # Stacks emit indexChanged while the window is torn down, after the group is gone.
        if shiboken6.isValid(self.undo_group) and shiboken6.isValid(stack):
            self.undo_group.setActiveStack(stack)

    def _focus_changed(self, _old, new) -> None:
        for panel in self.panels:
            if new is not None and hasattr(panel, "undo_stack") and shiboken6.isValid(panel) \
                    and (new is panel or panel.isAncestorOf(new)):
                self._activate_stack(panel.undo_stack)

    # -- store lifecycle -----------------------------------------------------------------

    def _on_readable(self) -> None:
        """The panels read before the store is checked, which waits for the chart's first
        paint (a 10 M-figure store's check takes its whole 0.5 s budget, which the first
        paint waited for); the writes and the background's work wait for the check."""
        self._read_early = True
        for panel in self.panels:
            panel.on_store_changed(StoreChange(everything=True))

    def _on_ready(self) -> None:
        self.ready = True
        self._on_store_changed(StoreChange(everything=True), read=not self._read_early)
        # The inbox, feeds and reminders wait until the window has drawn what it shows.
        QTimer.singleShot(BACKGROUND_DELAY_MS, self.background.start)

    def follow_desk(self, listener) -> None:
        """A team store: colleagues' changes come in as the writer's do (and are named in
        the status bar); the connection's state and who you are there are shown."""
        listener.sig_store_changed.connect(self._on_store_changed)
        listener.sig_heard.connect(lambda who, change: self.status.showMessage(
            self.tr("{who} changed {what}").format(who=who, what=change.describe()), 15000))
        listener.sig_connection.connect(self._on_team_connection)
        self.writer.sig_ready.connect(self._read_team_status)

    def _read_team_status(self) -> None:
        task = self.runner.read(self.tr("team store"), lambda conn, ctx: team_status(conn))
        task.sig_result.connect(self._on_team_status)

    def _on_team_status(self, status: TeamStatus | None) -> None:
        if status is None:
            return
        self.team_status = status
        roles = {"viewer": self.tr("viewer"), "editor": self.tr("editor"),
                 "admin": self.tr("admin"), "": self.tr("no role")}
        self.status.set_team(
            self.tr("Team: {user} ({role})").format(user=status.user, role=roles[status.role]),
            self.tr("Team store {address}").format(address=status.address))
        self.actions_.set_read_only(not status.may_write)
        # The data folder's backups are of a local store: a team store's are its server's.
        self.restore_action.setEnabled(False)
        self.restore_action.setToolTip(self.tr(
            "A team store's backups are its server's (pg_dump; see the README)"))

    def _on_team_connection(self, connected: bool, text: str) -> None:
        if connected and self.team_status is not None:
            self._on_team_status(self.team_status)
        elif not connected:
            self.status.set_team("", text, connected=False)

    def refresh_all(self) -> None:
        self._on_store_changed(StoreChange(everything=True))

    def _on_store_changed(self, change: StoreChange, read: bool = True) -> None:
        """Each panel decides what a change means to it (``read`` False: the panels have
        read this state already, while the store was checked)."""
        if not self.ready:
            return
        self._last_change = change
        for panel in self.panels if read else ():
            panel.on_store_changed(change)
        self.background.on_store_changed(change)
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

    def open_analysis(self, event_key: str = "", token: str = ""):
        """*What moved after a control*: the analysis tabs, on the event chosen on the
        timeline and the chart's series."""
        from remonitor.ui.analysis.dialog import AnalysisDialog

        data = self.chart.data
        if data is None:
            return None
        selected = self.timeline.selected_event()
        dialog = AnalysisDialog(self.runner, data.choices, data.events, self)
        dialog.choose(event_key or (selected.key or str(selected.id) if selected else ""),
                      token)
        dialog.show()
        dialog.tabs.currentWidget().refresh()
        self.analysis = dialog
        return dialog

    def open_restore(self):
        from remonitor.ui.shell.restore import RestoreDialog

        dialog = RestoreDialog(self.data_dir / "remonitor.sqlite3", self.runner, self)
        dialog.sig_restore.connect(self.sig_restore_requested)
        dialog.open()
        self.restore_dialog = dialog
        return dialog

    def _on_chart_loaded(self, data) -> None:
        self.writer.painted()
        if data.first is None:
            self.status.set_freshness("")
            return
        change, self._last_change = self._last_change, None
        choice = data.first.choice
        if change is not None and change.bundled:
            # The bundled data, loaded on a first start: say how old they are, not "new".
            months = (date.today().year - choice.latest_release.year) * 12 + \
                date.today().month - choice.latest_release.month
            self.status.showMessage(self.tr(
                "Bundled reference data: {source} to {period}, released {date} ({n} months "
                "ago). Import newer releases to bring it up to date.").format(
                source=choice.key.source, period=month_label(choice.last_month),
                date=choice.latest_release.isoformat(), n=max(months, 0)), 60_000)
        elif change is not None and set(data.first.choice.ids) & change.series_ids:
            # New figures of the series on screen: say what they are.
            self.status.mark_refreshed(latest_figure(data.first.choice.key.source,
                                                     data.first.points, data.first.unit),
                                       headline=True)
        text = self.tr("{source}: latest {period}, released {date}").format(
            source=choice.key.source, period=month_label(choice.last_month),
            date=choice.latest_release.isoformat())
        if choice.next_release:  # GAC: headline ~7th–14th, detail by partner ~20th
            text += " · " + choice.next_release
        self.status.set_freshness(text)

    # -- window state --------------------------------------------------------------------

    def about(self):
        from remonitor.ui.shell.about import AboutDialog

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
        screen = (self.screen() or QApplication.primaryScreen()).availableGeometry()
        geometry = self.settings.get(WINDOW_GEOMETRY)
        restored = not geometry.isEmpty() and self.restoreGeometry(geometry)
        if restored and not screen.contains(self.frameGeometry().center()):
            restored = False  # saved on a screen that is gone: start afresh on this one
        self.tracker.restore_header(self.settings.get(TRACKER_HEADER))
        header = self.settings.get(TIMELINE_HEADER)
        if not header.isEmpty():
            self.timeline.view.horizontalHeader().restoreState(header)
        state = self.settings.get(WINDOW_STATE)
        if not restored or state.isEmpty() or not self.restoreState(state):
            self.first_layout(screen, place=not restored)

    def first_layout(self, screen: QRect, place: bool = True) -> None:
        """The layout of a first start on a screen of ``screen`` (its free area): the window
        fills it below 1440 px wide (maximised) and takes most of a larger one; below 1600 px
        the timeline and the tracker share the bottom as tabs, each with the full width."""
        rect, maximised = first_geometry(screen)
        if place:
            self.setGeometry(rect)
            if maximised:
                self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        height = rect.height()
        if rect.width() < SIDE_BY_SIDE_PX:
            self.tabifyDockWidget(self.timeline_dock, self.tracker_dock)
            self.timeline_dock.raise_()
        else:
            self.resizeDocks([self.timeline_dock, self.tracker_dock],
                             [rect.width() // 2] * 2, Qt.Orientation.Horizontal)
        self.resizeDocks([self.timeline_dock], [int(height * 0.4)], Qt.Orientation.Vertical)

    def save_layout(self) -> None:
        self.settings.set(WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(WINDOW_STATE, self.saveState())
        self.settings.set(TRACKER_HEADER, self.tracker.header_state())
        self.settings.set(TIMELINE_HEADER, self.timeline.view.horizontalHeader().saveState())
        self.settings.sync()

    def open_preferences(self):
        from remonitor.ui.shell.alerts_box import AlertsBox
        from remonitor.ui.shell.preferences import Preferences
        from remonitor.ui.shell.sources_box import SourcesBox
        from remonitor.ui.shell.team_box import TeamBox

        sources = SourcesBox(self.settings, self.background.keys,
                             self.background.live.watch_path)
        sources.sig_fetch_now.connect(self.background.look_now)
        alerts = AlertsBox(self.chart.data.choices if self.chart.data else [], self.data_dir)
        team = TeamBox(self.settings, self.runner, config_dir())
        team.sig_store_chosen.connect(self.sig_store_chosen)
        dialog = Preferences(self.settings, self.data_dir / "inbox", self, sources, alerts,
                             team)
        dialog.accepted.connect(self.background.check_alerts)
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

    def export_to(self, name: str, path: Path):
        """The File → Export entry ``name`` (figures, events, applications) to ``path``."""
        export = next(e for e in self.actions_.exports if e.name == name)
        return self.files.export_to(export, path)

    def import_path(self, path: Path):
        """Open the import dialog on a file (a second start handed it over)."""
        return self.files.import_path(path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.files.accepts(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.files.dropped(event.mimeData())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.background.stop()
        self.chart.save_range()
        self.save_layout()
        super().closeEvent(event)
