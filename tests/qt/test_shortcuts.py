"""Every key does one thing: no shortcut bound twice (Qt then refuses both as "ambiguous",
and pytest-qt fails on the warning), every action's shortcut reaches it, and dialogs open
with the cursor in their first field."""

from __future__ import annotations

from collections import defaultdict

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QPushButton,
)


def _bindings(window) -> dict[str, list[str]]:
    """Window-wide keys → what they are bound to (actions and shortcuts of the window)."""
    keys: dict[str, list[str]] = defaultdict(list)
    for action in window.findChildren(QAction):
        if action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut:
            continue
        for key in action.shortcuts():
            keys[key.toString()].append(action.text() or action.objectName())
    for shortcut in window.findChildren(QShortcut):
        if shortcut.context() != Qt.ShortcutContext.WidgetShortcut:
            keys[shortcut.key().toString()].append(f"shortcut {shortcut.parent().objectName()}")
    return keys


def test_no_key_is_bound_twice(session_factory):
    window = session_factory().window
    twice = {k: v for k, v in _bindings(window).items() if len(v) > 1}
    assert not twice, twice
    assert window.quit_action.shortcuts()[0].toString() == "Ctrl+Q"  # once, shown first


def _quiet_dialogs(monkeypatch):
    """File choosers and questions answer "nothing chosen" at once, without failing."""
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([], ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    for name in ("question", "warning", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: QMessageBox.StandardButton.No)


def _close_new_windows(main) -> None:
    for widget in QApplication.topLevelWidgets():
        if widget is not main and widget.isVisible():
            widget.close()
    main.activateWindow()  # offscreen has no window manager to hand activation back


def test_every_actions_shortcut_reaches_it(qtbot, session_factory, monkeypatch):
    _quiet_dialogs(monkeypatch)
    window = session_factory().window
    window.activateWindow()
    window.chart.plot.setFocus()
    walked = []
    actions = [a for a in window.findChildren(QAction)
               if a.shortcuts() and a.isEnabled() and a is not window.quit_action
               and a.shortcutContext() != Qt.ShortcutContext.WidgetShortcut]
    assert len(actions) >= 7
    for action in actions:
        fired = []
        action.triggered.connect(lambda *_a, f=fired: f.append(1))
        target = window
        if action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut:
            owner = action.parent()  # a panel's own key: where that panel has the focus
            target = getattr(owner, "view", owner)
            target.setFocus()
        QTest.keySequence(target, action.shortcuts()[0])
        try:
            qtbot.waitUntil(lambda f=fired: bool(f), timeout=2_000)
        except Exception:
            raise AssertionError(f"{action.shortcuts()[0].toString()} did not reach "
                                 f"{action.text()!r}") from None
        walked.append(action.shortcuts()[0].toString())
        _close_new_windows(window)
    assert {"Ctrl+O", "Ctrl+N", "Ctrl+Shift+E", "Ctrl+,", "F5", "Del"} <= set(walked), walked
    with qtbot.waitSignal(window.quit_action.triggered, timeout=2_000):
        QTest.keySequence(window, window.quit_action.shortcuts()[0])  # last: it closes
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)


@pytest.mark.parametrize("opener", ["tracker.editor.new_application", "timeline.new_event"])
def test_dialogs_open_with_the_cursor_in_their_first_field(qtbot, session_factory, opener):
    window = session_factory().window
    owner, _, name = opener.rpartition(".")
    target = window
    for part in owner.split("."):
        target = getattr(target, part)
    dialog = getattr(target, name)()
    assert isinstance(dialog, QDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=2_000)
    first = dialog.form.itemAt(0, QFormLayout.ItemRole.FieldRole).widget()
    assert dialog.focusWidget() is first, (type(dialog.focusWidget()), type(first))
    assert not isinstance(dialog.focusWidget(), QPushButton)
    dialog.reject()
