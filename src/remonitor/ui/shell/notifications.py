"""Notifications: non-modal cards at the bottom right of the window. Information fades
after a while; warnings and errors stay until closed. A card can carry actions ("Open in
the import dialog") and details (the log text, a traceback). Every notification is logged.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from remonitor.ui import theme

log = logging.getLogger(__name__)
MAX_SHOWN = 4
INFO_MS = 12_000


class Card(QFrame):
    sig_closed = Signal()

    def __init__(self, kind: str, title: str, text: str, details: str, actions,
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("notification")
        self.kind, self.title, self.text = kind, title, text
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        # A coloured edge says how serious it is (a palette, not a style sheet: cheap).
        edge = QFrame(self)
        edge.setFixedWidth(4)
        edge.setAutoFillBackground(True)
        palette = edge.palette()
        palette.setColor(QPalette.ColorRole.Window, {
            "error": theme.overdue(), "warning": theme.near_due()}.get(
            kind, theme.series_colour(0)))
        edge.setPalette(palette)
        head = QLabel(f"<b>{_escape(title)}</b>", self)
        head.setTextFormat(Qt.TextFormat.RichText)
        close = QToolButton(self)
        close.setText("×")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Dismiss"))
        close.clicked.connect(self.dismiss)
        top = QHBoxLayout()
        top.addWidget(head, 1)
        top.addWidget(close)
        body = QLabel(text, self)
        body.setWordWrap(True)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(edge)
        layout = QVBoxLayout()
        outer.addLayout(layout, 1)
        layout.setContentsMargins(6, 4, 4, 6)
        layout.addLayout(top)
        layout.addWidget(body)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        for label, slot in actions:
            button = QPushButton(label, self)
            button.clicked.connect(slot)
            button.clicked.connect(self.dismiss)
            buttons.addWidget(button)
            self.buttons[label] = button
        if details:
            more = QPushButton(self.tr("Details…"), self)
            more.clicked.connect(lambda: QMessageBox.information(self, title, details))
            buttons.addWidget(more)
            self.buttons["details"] = more
        if self.buttons:
            layout.addLayout(buttons)
        self.setFixedWidth(380)
        if kind == "info":
            QTimer.singleShot(INFO_MS, self.dismiss)

    def dismiss(self) -> None:
        if self.isVisible() or self.parent() is not None:
            self.hide()
            self.sig_closed.emit()
            self.deleteLater()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Notifier(QObject):
    """Shows cards over the bottom right of ``host`` (the main window's central area)."""

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.host = host
        self.cards: list[Card] = []
        self.history: list[tuple[str, str, str]] = []
        host.installEventFilter(self)

    def notify(self, kind: str, title: str, text: str = "", details: str = "",
               actions=()) -> Card:
        """kind: info, warning or error."""
        level = {"error": logging.ERROR, "warning": logging.WARNING}.get(kind, logging.INFO)
        log.log(level, "notification: %s — %s%s", title, text,
                f"\n{details}" if details else "")
        self.history.append((kind, title, text))
        del self.history[:-200]
        card = Card(kind, title, text, details, actions, self.host)
        card.sig_closed.connect(lambda c=card: self._closed(c))
        self.cards.append(card)
        while len(self.cards) > MAX_SHOWN:
            self.cards[0].dismiss()
        card.show()
        self._place()
        return card

    def _closed(self, card: Card) -> None:
        if card in self.cards:
            self.cards.remove(card)
        self._place()

    def _place(self) -> None:
        bar = getattr(self.host, "statusBar", None)
        bottom = self.host.height() - 8 - (bar().height() if callable(bar) else 0)
        for card in reversed(self.cards):
            card.adjustSize()
            bottom -= card.height()
            card.move(self.host.width() - card.width() - 12, bottom)
            card.raise_()
            bottom -= 6

    def eventFilter(self, watched, event) -> bool:
        if watched is self.host and event.type() == QEvent.Type.Resize:
            self._place()
        return False
