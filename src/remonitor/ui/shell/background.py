"""Background work the window does on its own: the inbox, feeds and daily reminders.
Results arrive as notifications; being offline is a quiet word in the status bar."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from remonitor.core.changes import StoreChange
from remonitor.core.reminders import (
    Reminder,
    Thresholds,
    due_today,
)
from remonitor.edits.backups import daily_backup_snapshot
from remonitor.edits.imports import undo_import
from remonitor.exporters.tables import atomically
from remonitor.ui.context import PanelContext
from remonitor.ui.i18n import font_missing, language_for
from remonitor.ui.settings import (
    COMEXT_URL,
    COMTRADE_URL,
    FEED_INTERVAL_H,
    FEED_URLS,
    INBOX_ENABLED,
    INBOX_PATH,
    INBOX_RESCAN_MIN,
    LANGUAGE,
    NETWORK_PROXY,
    REMIND_DRAWN_PCT,
    REMIND_EVENT_DAYS,
    REMIND_EXPIRY_DAYS,
    REMINDERS_SHOWN,
    SOURCES_ON,
    config_dir,
)
from remonitor.ui.shell.notifications import Notifier
from remonitor.ui.shell.status import StatusBar
from remonitor.views.alerts import load_alerts, read_rules
from remonitor.views.reminders import load_reminders
from remonitor.workers.feeds import Feeds, redact_url
from remonitor.workers.http import Network
from remonitor.workers.inbox import Inbox, InboxOutcome
from remonitor.workers.keys import KeyStore
from remonitor.workers.sources import LiveSources, SourcesConfig

REMINDER_CHECK_MS = 3600 * 1000


class Background(QObject):
    """The inbox, the feeds, reminders and the day's backup. Given the context, the
    notifier its news goes to, the status bar (offline), and what to do when a card asks
    to restore a backup or to open a file in the import dialog."""

    sig_alerts_checked = Signal(int)
    """The alert rules were evaluated (how many alerts hold now, shown or shown before)."""

    def __init__(self, context: PanelContext, notifier: Notifier, status: StatusBar,
                 open_restore: Callable[[], object], import_path: Callable[[Path], object],
                 parent=None) -> None:
        super().__init__(parent)
        self.runner, self.writer = context.runner, context.writer
        self.settings, self.data_dir = context.settings, context.data_dir
        self.notifier = notifier
        self._open_restore, self._import_path = open_restore, import_path
        settings, data_dir = self.settings, self.data_dir
        self.inbox = Inbox(self.inbox_folder(), self.writer, self.runner,
                           settings.get(INBOX_RESCAN_MIN) * 60, parent=self)
        self.inbox.sig_outcome.connect(self._on_inbox)
        self.inbox.sig_error.connect(lambda error: notifier.notify(
            "error", self.tr("An inbox import broke off"), error.message, error.details))
        self.feeds = Feeds(data_dir / "feeds.json", self.inbox.folder, self.runner, self)
        self.feeds.sig_offline.connect(status.set_offline)
        self.feeds.sig_fetched.connect(self._on_feed)
        self.keys = KeyStore(config_dir() / "comtrade.key")
        self.live = LiveSources(data_dir, self.writer, self.runner, self.keys, self)
        self.live.sig_status.connect(lambda text: status.set_quiet("sources", text))
        self.live.sig_arrived.connect(self._on_arrived)
        self.live.sig_notes.connect(lambda source, notes: notifier.notify(
            "info", self.tr("{source}: notes on the last look").format(
                source=source.title()), "\n".join(notes)))
        self.live.sig_problem.connect(lambda source, why: notifier.notify(
            "warning", self.tr("{source} stopped").format(source=source.title()),
            self.tr("{why}\n\nEnter a valid key in Edit → Preferences → Sources; remonitor "
                    "does not try again until then.").format(why=why)))
        self._reminder_timer = QTimer(self)
        self._reminder_timer.setInterval(REMINDER_CHECK_MS)
        self._reminder_timer.timeout.connect(self.check_reminders)
        self.started = False

    def inbox_folder(self) -> Path:
        return Path(self.settings.get(INBOX_PATH) or self.data_dir / "inbox")

    def on_store_changed(self, change: StoreChange) -> None:
        """Applications or events changed: what is due may have changed; new figures may
        meet an alert's rule."""
        if self.started and (change.applications or change.events):
            self.check_reminders()
        if self.started and change.observations:
            self.check_alerts()

    def start(self) -> None:
        """Once the store is open and the window drawn: the day's backup, then watch, poll
        and remind."""
        self.started = True
        self.warn_if_font_missing()
        self.backup_today()
        self.apply_settings()
        self._reminder_timer.start()
        self.check_reminders()
        self.check_alerts(digest=True)

    def warn_if_font_missing(self) -> bool:
        """Chosen Chinese without a Chinese font: every word would be a box. Said in English
        on purpose — a translation could not be read."""
        if not font_missing(language_for(self.settings.get(LANGUAGE))):
            return False
        self.notifier.notify(
            "warning", "No Chinese font is installed",
            "The window is in Chinese, but this computer has no font for Chinese "
            "characters, so they show as boxes. Install one (Debian/Ubuntu: sudo apt install "
            "fonts-noto-cjk) and start remonitor again, or choose English in Edit → "
            "Preferences.")
        return True

    def apply_settings(self) -> None:
        folder = self.inbox_folder()
        self.inbox.set_rescan(self.settings.get(INBOX_RESCAN_MIN) * 60)
        if not self.settings.get(INBOX_ENABLED):
            self.inbox.stop()
        elif folder != self.inbox.folder or not self.inbox.enabled:
            try:
                self.inbox.move(folder)
            except OSError as exc:
                self.notifier.notify("warning", self.tr("The inbox cannot be watched"),
                                            f"{folder}: {exc.strerror or exc}")
        self.feeds.inbox = self.inbox.folder
        urls = [u for u in self.settings.get(FEED_URLS).splitlines() if u.strip()]
        self.feeds.configure(urls, self.settings.get(FEED_INTERVAL_H) * 3600)
        self.live.configure(SourcesConfig(
            self.settings.get(SOURCES_ON), Network(proxy=self.settings.get(NETWORK_PROXY)),
            self.settings.get(COMTRADE_URL), self.settings.get(COMEXT_URL)))

    def backup_today(self):
        """The daily backup, a task on a reader's connection: a snapshot copied in steps,
        so neither the writer nor the window waits for it on a large store; its progress is
        in the task list. A failure (a full disk) is said and logged."""
        task = self.runner.read(self.tr("backup of the store"), daily_backup_snapshot,
                                latest=f"backup:{id(self)}")
        task.sig_error.connect(self._backup_failed)
        return task

    def _backup_failed(self, error) -> None:
        if error.kind == "StoreDamaged":  # the copy showed the store itself is damaged
            self.notifier.notify(
                "error", self.tr("The store is damaged"), error.message, error.details,
                actions=[(self.tr("Restore from backup…"), self._open_restore)])
            return
        self.notifier.notify("warning", self.tr("Today's backup was not made"),
                                    error.message, error.details)

    def stop(self) -> None:
        self._reminder_timer.stop()
        self.inbox.stop()
        self.feeds.stop()
        self.live.stop()

    # -- inbox and feeds -----------------------------------------------------------------

    def _on_inbox(self, outcome: InboxOutcome) -> None:
        # After the store-change refresh has started, in an event of its own: the window
        # never does both in one go.
        QTimer.singleShot(0, lambda: self._tell(outcome))

    def _tell(self, outcome: InboxOutcome) -> None:
        note = self.notifier.notify
        name = outcome.path.name
        if outcome.kind == "imported":
            batch = outcome.summary.batch_id
            note("info", self.tr("Imported from the inbox"), outcome.summary.describe(),
                 actions=[(self.tr("Undo"), lambda: self.undo_import(batch))])
        elif outcome.kind == "already":
            note("info", self.tr("Already imported"), self.tr(
                "{file} was imported before; moved to done/.").format(file=name))
        elif outcome.kind == "failed":
            note("warning", self.tr("{file} could not be imported").format(file=name),
                 outcome.reason.splitlines()[0] if outcome.reason else "",
                 details=self.tr("Moved to {path}; the reason is in {log} beside it.\n\n"
                                 "{why}").format(path=outcome.path,
                                                 log=outcome.path.name + ".log",
                                                 why=outcome.reason),
                 actions=[(self.tr("Show the folder"), lambda: QDesktopServices.openUrl(
                     QUrl.fromLocalFile(str(outcome.path.parent))))])
        elif outcome.kind == "refused":
            note("warning", self.tr("{file} was not read").format(file=name), outcome.reason)
        elif outcome.kind == "waiting" and outcome.reason not in ("cancelled", "broke off"):
            path = outcome.path
            note("warning", self.tr("{file} waits in the inbox").format(file=name),
                 self.tr("No format or saved profile recognises it. Map its columns once in "
                         "the import dialog; files of the same shape are then imported on "
                         "their own."),
                 actions=[(self.tr("Open in the import dialog"),
                           lambda: self._import_path(path))])

    def undo_import(self, batch_id: int):
        return self.writer.apply(undo_import(batch_id))

    def look_now(self) -> None:
        """*Look now*: both sources, whatever their schedule (a stopped one too)."""
        self.apply_settings()
        for source in ("comtrade", "comext"):
            self.live.look(source)

    def _on_arrived(self, line: str, summaries: list) -> None:
        """New figures from a live source, said once a look: the newest, how much, and
        Undo (each answer is a batch, like a file's)."""
        batches = [s.batch_id for s in summaries if s.batch_id is not None]
        actions = [(self.tr("Undo"), lambda: [self.undo_import(b) for b in batches])] \
            if batches else []
        text = self.tr("{n} answer(s), {figures} figures added or revised").format(
            n=len(summaries), figures=f"{sum(s.added + s.revised for s in summaries):,}")
        self.notifier.notify("info", line, text, actions=actions)

    def _on_feed(self, result) -> None:
        if result.status == "error":
            self.notifier.notify("warning", self.tr("A feed failed"),
                                        f"{redact_url(result.url)}: {result.message}")

    # -- reminders -----------------------------------------------------------------------

    def check_reminders(self):
        limits = Thresholds(self.settings.get(REMIND_EXPIRY_DAYS),
                            float(self.settings.get(REMIND_DRAWN_PCT)),
                            self.settings.get(REMIND_EVENT_DAYS))
        data_dir, today = self.data_dir, date.today()
        task = self.runner.read(
            self.tr("check reminders"),
            lambda conn, ctx: load_reminders(conn, data_dir, limits, today),
            latest=f"reminders:{id(self)}")
        task.sig_result.connect(lambda found: self._remind(found, today))
        return task

    # -- alerts on figures ---------------------------------------------------------------

    def check_alerts(self, digest: bool = False):
        """The alert rules on the figures held; each alert once (its print's key is kept
        in alerts-state.json); ``digest`` (the day's first check) also lists today's in the
        task list."""
        rules, problem = read_rules(self.data_dir)
        if problem:
            self.notifier.notify("warning", self.tr("The alert rules cannot be read"),
                                 problem)
        if not rules:
            return None
        today = date.today()
        task = self.runner.read(self.tr("check alerts"),
                                lambda conn, ctx: load_alerts(conn, rules, today),
                                latest=f"alerts:{id(self)}")
        task.sig_result.connect(lambda found: self._alert(found, digest))
        return task

    def _alert(self, found: list[Reminder], digest: bool) -> None:
        state = self.data_dir / "alerts-state.json"
        try:
            fired = set(json.loads(state.read_text("utf-8")))
        except (OSError, ValueError, TypeError):
            fired = set()
        new = [a for a in found if a.key not in fired]
        for a in new:
            self.notifier.notify("warning" if a.urgent else "info", a.title, a.text)
        if new:
            text = json.dumps(sorted(fired | {a.key for a in new}), indent=0)
            atomically(state, lambda tmp: tmp.write_text(text, "utf-8"))
        if digest and found:
            summary = "; ".join(a.title for a in found[:6])
            self.runner.run(self.tr("alerts today: {n} — {titles}").format(
                n=len(found), titles=summary), lambda ctx: len(found))
        self.sig_alerts_checked.emit(len(found))

    def _remind(self, found: list[Reminder], today: date) -> None:
        try:
            shown = json.loads(self.settings.get(REMINDERS_SHOWN))
        except ValueError:
            shown = {}
        fresh = due_today(found, shown, today)
        for r in fresh[:3]:
            self.notifier.notify("warning" if r.urgent else "info", r.title, r.text)
        if len(fresh) > 3:
            self.notifier.notify("info", self.tr("{n} more reminders").format(
                n=len(fresh) - 3), "; ".join(r.title for r in fresh[3:8]))
        day = today.isoformat()
        shown = {k: v for k, v in shown.items() if v == day} | {r.key: day for r in fresh}
        self.settings.set(REMINDERS_SHOWN, json.dumps(shown))
