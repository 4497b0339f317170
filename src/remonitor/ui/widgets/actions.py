"""Making an action: the one helper every panel and the shell use."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

Key = QKeySequence | QKeySequence.StandardKey | str


def key_sequences(*keys: Key) -> list[QKeySequence]:
    """Each key once: a standard key as this platform binds it, then the extras it lacks
    (Quit is Ctrl+Q on Linux but nothing on Windows; binding Ctrl+Q twice makes Qt refuse
    both as "ambiguous")."""
    out: list[QKeySequence] = []
    for key in keys:
        found = QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) \
            else [QKeySequence(key)]
        out += [k for k in found if not k.isEmpty() and k not in out]
    return out


def make_action(parent: QWidget, text: str, slot: Callable | None,
                shortcut: Key | tuple[Key, ...] | None = None, tip: str = "") -> QAction:
    """An action with its text (``&`` marks the menu key), what it does, optional
    shortcuts (one key, or a tuple: a standard key and the extras it lacks) and a tip shown
    as its tooltip and in the status bar."""
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcuts(key_sequences(*(shortcut if isinstance(shortcut, tuple)
                                            else (shortcut,))))
    if tip:
        action.setToolTip(tip)
        action.setStatusTip(tip)
    if slot is not None:
        action.triggered.connect(lambda _checked=False: slot())
    return action
