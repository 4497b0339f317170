"""Preferences: the inbox folder and how often it is rescanned, feeds, reminder
thresholds; the live sources and the alert rules on their own tabs. Nothing here is
required: the defaults watch ``inbox/`` in the data folder and fetch nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from remonitor.ui.i18n import LANGUAGES, language_for
from remonitor.ui.settings import (
    APPEARANCE,
    FEED_INTERVAL_H,
    FEED_URLS,
    INBOX_ENABLED,
    INBOX_PATH,
    INBOX_RESCAN_MIN,
    LANGUAGE,
    REMIND_DRAWN_PCT,
    REMIND_EVENT_DAYS,
    REMIND_EXPIRY_DAYS,
    Settings,
)
from remonitor.ui.shell.alerts_box import AlertsBox
from remonitor.ui.shell.sources_box import SourcesBox
from remonitor.ui.shell.team_box import TeamBox
from remonitor.ui.theme import SCHEMES, apply_scheme
from remonitor.ui.vocabulary import word
from remonitor.workers.feeds import check_url


def _spin(low: int, high: int, value: int, suffix: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    box.setSuffix(suffix)
    return box


class Preferences(QDialog):
    sig_changed = Signal()
    sig_language_changed = Signal()
    """Another language was chosen (the window is built again in it)."""

    def __init__(self, settings: Settings, default_inbox: Path, parent=None,
                 sources: SourcesBox | None = None, alerts: AlertsBox | None = None,
                 team: TeamBox | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences")
        self.setWindowTitle(self.tr("Preferences"))
        self._settings = settings
        self.inbox = QLineEdit(settings.get(INBOX_PATH) or str(default_inbox), self)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        folder = QHBoxLayout()
        folder.addWidget(self.inbox, 1)
        folder.addWidget(browse)
        self.watch = QCheckBox(self.tr("Import files that land in the inbox"), self)
        self.watch.setChecked(settings.get(INBOX_ENABLED))
        self.rescan = _spin(1, 240, settings.get(INBOX_RESCAN_MIN), self.tr(" min"))
        self.rescan.setToolTip(self.tr("Network drives do not always report new files"))
        self.feeds = QPlainTextEdit(settings.get(FEED_URLS), self)
        self.feeds.setPlaceholderText(self.tr("One URL per line (https, http or file). "
                                              "Empty: remonitor fetches nothing."))
        self.feeds.setFixedHeight(90)
        self.interval = _spin(1, 168, settings.get(FEED_INTERVAL_H), self.tr(" h"))
        self.expiry = _spin(1, 365, settings.get(REMIND_EXPIRY_DAYS), self.tr(" days"))
        self.drawn = _spin(50, 100, settings.get(REMIND_DRAWN_PCT), self.tr(" %"))
        self.events = _spin(0, 90, settings.get(REMIND_EVENT_DAYS), self.tr(" days"))
        self.appearance = QComboBox(self)
        for key, label in SCHEMES.items():
            self.appearance.addItem(word(label), key)
        self.appearance.setCurrentIndex(max(0, self.appearance.findData(
            settings.get(APPEARANCE))))
        self.language = QComboBox(self)
        for key, label in LANGUAGES.items():
            self.language.addItem(label if key == "zh_CN" else word(label), key)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(LANGUAGE))))
        self.language.setToolTip(self.tr("The window is built again in the language chosen"))
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Appearance:"), self.appearance)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Inbox folder:"), folder)
        form.addRow("", self.watch)
        form.addRow(self.tr("Look again every:"), self.rescan)
        form.addRow(self.tr("Feeds:"), self.feeds)
        form.addRow(self.tr("Poll feeds every:"), self.interval)
        form.addRow(self.tr("Remind of licences expiring within:"), self.expiry)
        form.addRow(self.tr("… or drawn down to:"), self.drawn)
        form.addRow(self.tr("Remind of events within:"), self.events)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        general = QWidget(self)
        general.setLayout(form)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(general, self.tr("General"))
        self.sources, self.alerts, self.team = sources, alerts, team
        self._pages = [p for p in (sources, alerts, team) if p is not None]
        if sources is not None:
            self.tabs.addTab(sources, self.tr("Sources"))
        if alerts is not None:
            self.tabs.addTab(alerts, self.tr("Alerts"))
        if team is not None:
            self.tabs.addTab(team, self.tr("Team store"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Inbox folder"),
                                                  self.inbox.text())
        if chosen:
            self.inbox.setText(chosen)

    def accept(self) -> None:
        urls = [line.strip() for line in self.feeds.toPlainText().splitlines() if line.strip()]
        for number, url in enumerate(urls, 1):
            try:
                check_url(url)
            except ValueError as exc:
                self.problem.setText(self.tr("Feed line {n}: {why}").format(n=number, why=exc))
                return
        folder = Path(self.inbox.text().strip()).expanduser()
        if not folder.is_absolute():
            self.problem.setText(self.tr("The inbox must be a full path to a folder."))
            return
        for page in self._pages:
            if page.problem():
                self.tabs.setCurrentWidget(page)
                self.problem.setText(page.problem())
                return
        for page in self._pages:
            page.save()
        s = self._settings
        s.set(INBOX_PATH, str(folder))
        s.set(INBOX_ENABLED, self.watch.isChecked())
        s.set(INBOX_RESCAN_MIN, self.rescan.value())
        s.set(FEED_URLS, "\n".join(urls))
        s.set(FEED_INTERVAL_H, self.interval.value())
        s.set(REMIND_EXPIRY_DAYS, self.expiry.value())
        s.set(REMIND_DRAWN_PCT, self.drawn.value())
        s.set(REMIND_EVENT_DAYS, self.events.value())
        s.set(APPEARANCE, self.appearance.currentData())
        language_changed = language_for(s.get(LANGUAGE)) != language_for(
            self.language.currentData())
        s.set(LANGUAGE, self.language.currentData())
        s.sync()
        apply_scheme(QApplication.instance(), self.appearance.currentData())
        self.sig_changed.emit()
        super().accept()
        if language_changed:
            self.sig_language_changed.emit()
