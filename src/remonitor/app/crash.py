"""Unhandled exceptions, from any thread: logged, then shown on the GUI thread."""

from __future__ import annotations

import logging
import sys
import threading
import traceback

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("remonitor.crash")


class CrashReporter(QObject):
    """Owns the hooks; a queued signal carries the report to the GUI thread."""

    sig_crash = Signal(str, str)
    """summary, details — emitted from any thread, shown on the GUI thread."""

    def __init__(self, log_path: str = "") -> None:
        super().__init__()
        self.log_path = log_path
        self.reports: list[str] = []
        self.show_dialogs = True
        self._previous = (sys.excepthook, threading.excepthook)
        self.sig_crash.connect(self._show)

    def install(self) -> None:
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous

    def _excepthook(self, kind, value, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        self.report(value, "".join(traceback.format_exception(kind, value, tb)))

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        details = "".join(traceback.format_exception(args.exc_type, args.exc_value,
                                                     args.exc_traceback))
        self.report(args.exc_value, f"in thread {getattr(args.thread, 'name', '?')}\n{details}")

    def report(self, exc: BaseException | None, details: str) -> None:
        log.error("unhandled exception\n%s", details)
        summary = f"{type(exc).__name__}: {exc}" if exc else "unknown error"
        self.sig_crash.emit(summary, details)

    def _show(self, summary: str, details: str) -> None:
        self.reports.append(summary)
        if not self.show_dialogs:
            return
        text = self.tr(
            "Something went wrong, but your data are safe: every change is written in one "
            "transaction.\n\n{summary}\n\nDetails are in the log: {log}"
        ).format(summary=summary, log=self.log_path)
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("remonitor — unexpected error"),
                          text, QMessageBox.StandardButton.Close)
        box.setDetailedText(details)
        box.open()
        self._box = box
