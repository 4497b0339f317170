"""Live across the desk: a thread that listens for the changes colleagues' windows make to
a team store and tells this window, as its own writer does."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QThread, Signal

from remonitor.store.errors import StoreError
from remonitor.store.team import redacted
from remonitor.store.team_live import RETRY_WAITS_S, ChangeListener

log = logging.getLogger(__name__)


class TeamListener(QThread):
    """LISTENs on its own connection; each colleague's change comes out as
    ``sig_store_changed`` (the same StoreChange the writer emits) and ``sig_heard`` (who,
    what). ``sig_connection(connected, text)`` follows the server: lost, retried with
    backoff, back."""

    sig_store_changed = Signal(object)
    sig_heard = Signal(str, object)
    sig_connection = Signal(bool, str)

    def __init__(self, url: str, own_origin: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("remonitor-team-listener")
        self.url = url
        self.listener = ChangeListener(url, own_origin)
        self._stop = threading.Event()

    def stop(self, timeout_ms: int = 5_000) -> bool:
        self._stop.set()
        return self.wait(timeout_ms)

    def run(self) -> None:
        attempt, connected = 0, None
        while not self._stop.is_set():
            try:
                if self.listener.conn is None:
                    self.listener.connect()
                    if connected is False:
                        # Back after a loss: what colleagues did meanwhile was not heard.
                        self.sig_store_changed.emit(_everything())
                    connected, attempt = True, 0
                    self.sig_connection.emit(True, redacted(self.url))
                for heard in self.listener.wait(0.5):
                    self.sig_heard.emit(heard.who, heard.change)
                    self.sig_store_changed.emit(heard.change)
            except StoreError as exc:
                self.listener.close()
                if connected is not False:
                    log.warning("team store lost: %s", exc.problem)
                connected = False
                wait = RETRY_WAITS_S[min(attempt, len(RETRY_WAITS_S) - 1)]
                attempt += 1
                self.sig_connection.emit(False, self.tr(
                    "{problem} Trying again in {n} s.").format(problem=exc.problem, n=wait))
                self._stop.wait(wait)
        self.listener.close()


def _everything():
    from remonitor.core.changes import StoreChange

    return StoreChange(everything=True)
