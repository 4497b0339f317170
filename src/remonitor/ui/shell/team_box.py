"""Preferences → Team store: where the desk's shared store is (host, database, user, TLS),
its password kept in the system keyring, and a Test that says who you are there."""

from __future__ import annotations

from urllib.parse import quote, urlsplit

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from remonitor.ui.settings import TEAM_STORE, Settings
from remonitor.views.team import check_address
from remonitor.workers.keys import KeyStore
from remonitor.workers.tasks import TaskRunner

SSL_MODES = ("require", "verify-full", "verify-ca", "disable")


def password_store(keys_dir, address: str) -> KeyStore:
    """Where the password of the team store at ``address`` is kept (by its address)."""
    return KeyStore(keys_dir / "team.key", name=f"team-store:{address}")


class TeamBox(QWidget):
    """The Team store page. ``save()`` keeps the address in the settings and the password
    in the keyring; ``sig_store_chosen`` then carries the address ('' for the local store)
    if it changed: the window opens again on it."""

    sig_store_chosen = Signal(str)

    def __init__(self, settings: Settings, runner: TaskRunner, keys_dir,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("team-box")
        self._settings, self._runner, self._keys_dir = settings, runner, keys_dir
        self._held = settings.get(TEAM_STORE)
        parts = urlsplit(self._held) if self._held else None
        query = dict(p.split("=", 1) for p in (parts.query.split("&") if parts and
                                                parts.query else []) if "=" in p)
        self.use = QCheckBox(self.tr("Work on a team store (PostgreSQL) shared by the desk"),
                             self)
        self.use.setChecked(bool(self._held))
        self.host = QLineEdit(parts.hostname or "" if parts else "", self)
        self.host.setPlaceholderText("db.desk.example")
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(parts.port or 5432 if parts else 5432)
        self.database = QLineEdit(parts.path.lstrip("/") if parts else "remonitor", self)
        self.user = QLineEdit(parts.username or "" if parts else "", self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sslmode = QComboBox(self)
        for mode in SSL_MODES:
            self.sslmode.addItem(mode, mode)
        self.sslmode.setCurrentIndex(max(0, self.sslmode.findData(
            query.get("sslmode", "require"))))
        self.sslmode.setToolTip(self.tr(
            "TLS is required for a server on another machine; 'disable' is for a server on "
            "this one only"))
        self.test = QPushButton(self.tr("Test"), self)
        self.test.setToolTip(self.tr("Connect with these settings and say what you may do"))
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.kept = QLabel(self)
        self.kept.setWordWrap(True)
        store = password_store(keys_dir, self._held)
        if self._held and store.get():
            self.password.setPlaceholderText(self.tr("(kept)"))
        self.kept.setText(self.tr("The password is kept in {where}, never in the settings "
                                  "file.").format(where=store.where))
        row = QHBoxLayout()
        row.addWidget(self.host, 1)
        row.addWidget(QLabel(self.tr("Port:"), self))
        row.addWidget(self.port)
        form = QFormLayout(self)
        form.addRow("", self.use)
        form.addRow(self.tr("Server:"), row)
        form.addRow(self.tr("Database:"), self.database)
        form.addRow(self.tr("User:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("TLS (sslmode):"), self.sslmode)
        form.addRow(self.test, self.result)
        form.addRow("", self.kept)
        self.test.clicked.connect(self.run_test)
        self.use.toggled.connect(self._enable)
        self._enable(self.use.isChecked())

    def _enable(self, on: bool) -> None:
        for w in (self.host, self.port, self.database, self.user, self.password,
                  self.sslmode, self.test):
            w.setEnabled(on)

    def address(self) -> str:
        """The address as chosen, without the password ('' for the local store)."""
        if not self.use.isChecked() or not self.host.text().strip():
            return ""
        user = quote(self.user.text().strip(), safe="")
        return (f"postgresql://{user + '@' if user else ''}{self.host.text().strip()}:"
                f"{self.port.value()}/{quote(self.database.text().strip(), safe='')}"
                f"?sslmode={self.sslmode.currentData()}")

    def run_test(self):
        address, password = self.address(), self.password.text() or None
        if not address:
            self.result.setText(self.tr("Give the server's name first."))
            return None
        if password is None:
            password = password_store(self._keys_dir, address).get() or None
        self.result.setText(self.tr("Connecting…"))
        task = self._runner.run(self.tr("test the team store"),
                                lambda ctx: check_address(address, password))
        roles = {"viewer": self.tr("viewer"), "editor": self.tr("editor"),
                 "admin": self.tr("admin"), "": self.tr("without a remonitor role")}
        task.sig_result.connect(lambda status: self.result.setText(self.tr(
            "Connected: you are {user}, {role}.").format(user=status.user,
                                                         role=roles[status.role])))
        task.sig_error.connect(lambda error: self.result.setText(error.message))
        return task

    def problem(self) -> str:
        """Why the page cannot be kept as it is ('' if it can)."""
        if self.use.isChecked() and not self.host.text().strip():
            return self.tr("Team store: give the server's name, or untick it.")
        local = self.host.text().strip() in ("localhost", "127.0.0.1", "::1")
        if self.use.isChecked() and self.sslmode.currentData() == "disable" and not local:
            return self.tr("Team store: a server on another machine needs TLS (sslmode "
                           "require or verify-full).")
        return ""

    def save(self) -> None:
        address = self.address()
        if address and self.password.text():
            password_store(self._keys_dir, address).set(self.password.text())
        self._settings.set(TEAM_STORE, address)
        if address != self._held:
            self._held = address
            self.sig_store_chosen.emit(address)
