"""About remonitor: versions, where the data, settings and log live, the log folder one
click away, and Qt's licence."""

from __future__ import annotations

import platform
import sys
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from remonitor import __version__
from remonitor.ui.settings import config_dir
from remonitor.views.about import places


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path, parent=None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.setObjectName("about-dialog")
        self.setWindowTitle(self.tr("About remonitor"))
        import pyqtgraph

        self.facts = {
            self.tr("Version"): __version__,
            self.tr("Qt / PySide6"): f"{qVersion()} / {pyside_version}",
            self.tr("pyqtgraph"): pyqtgraph.__version__,
            self.tr("Python"): f"{platform.python_version()} ({sys.platform})",
            self.tr("Data folder"): str(data_dir),
            self.tr("Settings"): str(config_dir()),
            self.tr("Log folder"): str(places(data_dir).log),
        }
        rows = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>"
                       for k, v in self.facts.items())
        text = QLabel(self.tr(
            "<h3>remonitor {version}</h3><p>China's rare-earth exports, export-control "
            "events and licence applications, offline.</p><table cellspacing=4>{rows}"
            "</table><p>remonitor uses Qt {qt} under the GNU LGPL version 3 (see "
            "<i>About Qt</i>), PySide6, pyqtgraph, pandas and SQLite.</p>").format(
            version=__version__, rows=rows, qt=qVersion()), self)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        logs = QPushButton(self.tr("Open log folder"), self)
        logs.clicked.connect(self.open_log_folder)
        qt = QPushButton(self.tr("About Qt"), self)
        qt.clicked.connect(QApplication.aboutQt)
        buttons.addButton(logs, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(qt, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)

    def open_log_folder(self) -> bool:
        folder = places(self.data_dir).log
        folder.mkdir(parents=True, exist_ok=True)
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
