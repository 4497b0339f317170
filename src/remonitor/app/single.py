"""One window per data folder: a second start hands its files to the first and ends.

A QLockFile in the data folder says who owns it (a crashed owner's lock is stale and taken
over); the owner listens on a QLocalServer named after the folder and the user. A second
start sends its arguments (files to import) as one JSON line, the first brings its window
forward and opens them in the import dialog. On macOS the file manager does not start the
program again but sends the running one a FileOpen event: it takes the same way.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha1(f"{getpass.getuser()}:{data_dir.resolve()}".encode()).hexdigest()
    return f"remonitor-{digest[:16]}"


class SingleInstance(QObject):
    sig_files = Signal(list)
    """Paths (str) a later start asked this one to open; [] just to come forward."""

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        self.server: QLocalServer | None = None
        try:
            data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError:
            self.lock = None  # the store's own checks will say what is wrong with it
            return
        self.lock = QLockFile(str(data_dir / "remonitor.lock"))
        self.lock.setStaleLockTime(0)  # only a dead owner's lock is stale

    def claim(self, files: list[str]) -> bool:
        """True: this process owns the folder (and listens). False: another does and has
        been handed ``files``; this process should end."""
        if self.lock is None:
            return True
        if self.lock.tryLock(200):
            self.server = QLocalServer(self)
            QLocalServer.removeServer(self.name)  # left over by a crash
            if not self.server.listen(self.name):
                log.warning("single-instance server not listening: %s",
                            self.server.errorString())
            self.server.newConnection.connect(self._accept)
            return True
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(2000):
            log.warning("another remonitor holds %s but does not answer", self.lock.fileName())
            return True  # better a second window than none
        socket.write((json.dumps([str(Path(f).resolve()) for f in files]) + "\n").encode())
        socket.waitForBytesWritten(2000)
        socket.disconnectFromServer()
        return False

    def _accept(self) -> None:
        while self.server is not None and self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        try:
            files = json.loads(bytes(socket.readLine()).decode("utf-8"))
        except ValueError:
            files = []
        socket.disconnectFromServer()
        self.sig_files.emit([f for f in files if isinstance(f, str)])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Installed on the application: a file opened from the file manager (macOS)."""
        if event.type() == QEvent.Type.FileOpen and event.file():
            self.sig_files.emit([event.file()])
            return True
        return super().eventFilter(watched, event)

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
        if self.lock is not None:
            self.lock.unlock()
