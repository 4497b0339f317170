"""Background work the window does on its own: the inbox, feeds and daily reminders.
Results arrive as notifications; being offline is a quiet word in the status bar."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl
from PySide6.QtGui import QDesktopServices

from remonitor.core.matching import coming_up
from remonitor.core.reminders import (
    ClockFact,
    LicenceFact,
    Reminder,
    Thresholds,
    due_today,
    reminders,
)
from remonitor.store.backup import daily_backup
from remonitor.store.batches import remove_batch
from remonitor.store.connection import transaction
from remonitor.store.events import list_events
from remonitor.store.licence_query import applications_by_id
from remonitor.store.licences import licence_terms
from remonitor.ui.i18n import font_missing, language_for
from remonitor.ui.settings import (
    FEED_INTERVAL_H,
    FEED_URLS,
    INBOX_ENABLED,
    INBOX_PATH,
    INBOX_RESCAN_MIN,
    LANGUAGE,
    REMIND_DRAWN_PCT,
    REMIND_EVENT_DAYS,
    REMIND_EXPIRY_DAYS,
    REMINDERS_SHOWN,
)
from remonitor.ui.tracker_data import licence_view, load_context
from remonitor.workers.feeds import Feeds, redact_url
from remonitor.workers.inbox import Inbox, InboxOutcome

REMINDER_CHECK_MS = 3600 * 1000


def load_reminders(conn: sqlite3.Connection, data_dir: Path | None, limits: Thresholds,
                   today: date) -> list[Reminder]:
    """What deserves a reminder today, read on a worker."""
    context = load_context(conn, data_dir, today)
    clocks = {i: c for i, c in context.clocks.items() if c.state in ("near due", "overdue")}
    terms = licence_terms(conn)
    licences = {i: v for i, t in terms.items() if (v := licence_view(t, today)) is not None}
    refs = {i: s.application.reference
            for i, s in applications_by_id(conn, list(clocks) + list(licences)).items()}
    return reminders(
        [ClockFact(refs[i], c.state, c.days_left) for i, c in clocks.items() if i in refs],
        [LicenceFact(refs[i], v.number, v.approved, v.remaining, v.days_to_expiry)
         for i, v in licences.items() if i in refs],
        coming_up(list_events(conn), today, limits.event_days), limits)


class Background(QObject):
    def __init__(self, window, settings, data_dir: Path) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.data_dir = data_dir
        self.inbox = Inbox(self.inbox_folder(), window.writer, window.runner,
                           settings.get(INBOX_RESCAN_MIN) * 60, parent=self)
        self.inbox.sig_outcome.connect(self._on_inbox)
        self.inbox.sig_error.connect(lambda error: window.notifier.notify(
            "error", self.tr("An inbox import broke off"), error.message, error.details))
        self.feeds = Feeds(data_dir / "feeds.json", self.inbox.folder, window.runner, self)
        self.feeds.sig_offline.connect(window.status.set_offline)
        self.feeds.sig_fetched.connect(self._on_feed)
        self._reminder_timer = QTimer(self)
        self._reminder_timer.setInterval(REMINDER_CHECK_MS)
        self._reminder_timer.timeout.connect(self.check_reminders)
        self.started = False

    def inbox_folder(self) -> Path:
        return Path(self.settings.get(INBOX_PATH) or self.data_dir / "inbox")

    def start(self) -> None:
        """Once the store is open and the window drawn: the day's backup, then watch, poll
        and remind."""
        self.started = True
        self.warn_if_font_missing()
        self.backup_today()
        self.apply_settings()
        self._reminder_timer.start()
        self.check_reminders()

    def warn_if_font_missing(self) -> bool:
        """Chosen Chinese without a Chinese font: every word would be a box. Said in English
        on purpose — a translation could not be read."""
        if not font_missing(language_for(self.settings.get(LANGUAGE))):
            return False
        self.window.notifier.notify(
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
                self.window.notifier.notify("warning", self.tr("The inbox cannot be watched"),
                                            f"{folder}: {exc.strerror or exc}")
        self.feeds.inbox = self.inbox.folder
        urls = [u for u in self.settings.get(FEED_URLS).splitlines() if u.strip()]
        self.feeds.configure(urls, self.settings.get(FEED_INTERVAL_H) * 3600)

    def backup_today(self):
        """The daily backup, a writer job like any other; a failure (a full disk) is said
        and logged, and nothing else waits for it."""
        job = self.window.writer.submit(self.tr("daily backup"),
                                        lambda conn, ctx: daily_backup(conn))
        job.sig_error.connect(self._backup_failed)
        return job

    def _backup_failed(self, error) -> None:
        if error.kind == "StoreDamaged":  # the copy showed the store itself is damaged
            self.window.notifier.notify(
                "error", self.tr("The store is damaged"), error.message, error.details,
                actions=[(self.tr("Restore from backup…"), self.window.open_restore)])
            return
        self.window.notifier.notify("warning", self.tr("Today's backup was not made"),
                                    error.message, error.details)

    def stop(self) -> None:
        self._reminder_timer.stop()
        self.inbox.stop()
        self.feeds.stop()

    # -- inbox and feeds -----------------------------------------------------------------

    def _on_inbox(self, outcome: InboxOutcome) -> None:
        # After the store-change refresh has started, in an event of its own: the window
        # never does both in one go.
        QTimer.singleShot(0, lambda: self._tell(outcome))

    def _tell(self, outcome: InboxOutcome) -> None:
        note = self.window.notifier.notify
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
                           lambda: self.window.import_path(path))])

    def undo_import(self, batch_id: int):
        def undo(conn, ctx):
            with transaction(conn):
                return remove_batch(conn, batch_id)

        return self.window.writer.submit(self.tr("undo inbox import"), undo)

    def _on_feed(self, result) -> None:
        if result.status == "error":
            self.window.notifier.notify("warning", self.tr("A feed failed"),
                                        f"{redact_url(result.url)}: {result.message}")

    # -- reminders -----------------------------------------------------------------------

    def check_reminders(self):
        limits = Thresholds(self.settings.get(REMIND_EXPIRY_DAYS),
                            float(self.settings.get(REMIND_DRAWN_PCT)),
                            self.settings.get(REMIND_EVENT_DAYS))
        data_dir, today = self.data_dir, date.today()
        task = self.window.runner.read(
            self.tr("check reminders"),
            lambda conn, ctx: load_reminders(conn, data_dir, limits, today),
            latest=f"reminders:{id(self)}")
        task.sig_result.connect(lambda found: self._remind(found, today))
        return task

    def _remind(self, found: list[Reminder], today: date) -> None:
        try:
            shown = json.loads(self.settings.get(REMINDERS_SHOWN))
        except ValueError:
            shown = {}
        fresh = due_today(found, shown, today)
        for r in fresh[:3]:
            self.window.notifier.notify("warning" if r.urgent else "info", r.title, r.text)
        if len(fresh) > 3:
            self.window.notifier.notify("info", self.tr("{n} more reminders").format(
                n=len(fresh) - 3), "; ".join(r.title for r in fresh[3:8]))
        day = today.isoformat()
        shown = {k: v for k, v in shown.items() if v == day} | {r.key: day for r in fresh}
        self.settings.set(REMINDERS_SHOWN, json.dumps(shown))
