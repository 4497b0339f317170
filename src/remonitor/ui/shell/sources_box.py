"""Preferences → Sources: whether the watch list is kept current from the UN Comtrade and
Eurostat Comext APIs, the Comtrade key (kept in the system keyring, never in the settings
file), the proxy, and what is watched."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
)

from remonitor.core.watch import WatchList
from remonitor.ui.settings import NETWORK_PROXY, SOURCES_ON, Settings
from remonitor.workers.keys import KeyStore
from remonitor.workers.live import load_watch_list


class SourcesBox(QGroupBox):
    sig_fetch_now = Signal()

    def __init__(self, settings: Settings, keys: KeyStore, watch_path: Path,
                 parent=None) -> None:
        super().__init__(self.tr("Live sources"), parent)
        self.setObjectName("sources-box")
        self._settings, self._keys, self._watch_path = settings, keys, watch_path
        self.watch = load_watch_list(watch_path)
        self.enabled = QCheckBox(self.tr("Keep the watch list current from UN Comtrade and "
                                         "Eurostat Comext (a look a day)"), self)
        self.enabled.setChecked(settings.get(SOURCES_ON))
        self.key = QLineEdit(self)
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setPlaceholderText(self.tr("none: the free preview (500 records a query)"))
        self.had_key = bool(keys.get())
        if self.had_key:
            self.key.setPlaceholderText(self.tr("a key is kept (type to replace it)"))
        forget = QPushButton(self.tr("Forget key"), self)
        forget.clicked.connect(self._forget)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key, 1)
        key_row.addWidget(forget)
        self.where = QLabel(self.tr("Kept in {where}").format(where=keys.where), self)
        self.where.setWordWrap(True)
        self.proxy = QLineEdit(settings.get(NETWORK_PROXY), self)
        self.proxy.setPlaceholderText(self.tr("as the https_proxy variable says, or none"))
        codes = self.watch.comtrade[0].codes if self.watch.comtrade else ()
        self.codes = QLineEdit(", ".join(codes), self)
        self.codes.setToolTip(self.tr("HS codes China's exports and the partners' imports "
                                      "are watched for (Comtrade)"))
        lines = self.watch.comext[0].products if self.watch.comext else ()
        self.lines = QLineEdit(", ".join(lines), self)
        self.lines.setToolTip(self.tr("CN8 lines the EU member states' imports from China "
                                      "are watched for (Comext)"))
        fetch = QPushButton(self.tr("Look now"), self)
        fetch.clicked.connect(self.sig_fetch_now)
        form = QFormLayout(self)
        form.addRow("", self.enabled)
        form.addRow(self.tr("Comtrade key:"), key_row)
        form.addRow("", self.where)
        form.addRow(self.tr("Proxy:"), self.proxy)
        form.addRow(self.tr("HS codes (Comtrade):"), self.codes)
        form.addRow(self.tr("CN8 lines (Comext):"), self.lines)
        form.addRow(self.tr("Watch list:"), QLabel(str(watch_path), self))
        form.addRow("", fetch)
        self._forgotten = False

    def _forget(self) -> None:
        self.key.clear()
        self._forgotten = True
        self.key.setPlaceholderText(self.tr("none: the free preview (500 records a query)"))

    def problem(self) -> str:
        """Why the values cannot be kept ('' when they can)."""
        for text, name in ((self.codes.text(), self.tr("HS codes")),
                           (self.lines.text(), self.tr("CN8 lines"))):
            bad = [c for c in _codes(text) if not c.isdigit() or not 2 <= len(c) <= 10]
            if bad:
                return self.tr("{what}: {codes} are not codes").format(what=name,
                                                                       codes=", ".join(bad))
        proxy = self.proxy.text().strip()
        if proxy and not proxy.startswith(("http://", "https://")):
            return self.tr("The proxy is a URL: http://proxy.example:3128")
        return ""

    def save(self) -> None:
        """Keep what was entered: the key in the keyring (or the private file), the rest in
        the settings and the watch list."""
        typed = self.key.text().strip()
        if typed or self._forgotten:
            self._keys.set(typed)
        self._settings.set(SOURCES_ON, self.enabled.isChecked())
        self._settings.set(NETWORK_PROXY, self.proxy.text().strip())
        watch = self.watch
        codes, lines = tuple(_codes(self.codes.text())), tuple(_codes(self.lines.text()))
        from dataclasses import replace

        changed = WatchList(
            tuple(replace(w, codes=codes) for w in watch.comtrade),
            tuple(replace(w, products=lines) for w in watch.comext),
            watch.comtrade_on, watch.comext_on, watch.months_back)
        if changed != watch:
            self._watch_path.write_text(changed.to_json(), "utf-8")


def _codes(text: str) -> list[str]:
    return [c.strip().replace(".", "") for c in text.replace(";", ",").split(",") if c.strip()]
