"""The window's actions, by menu and section: the shell and every panel contribute theirs,
and the shell builds the menu bar from them. No panel builds a menu; the shell knows no
panel's insides."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenuBar

MENUS = {
    "file": ("import", "export", "records", "backup", "quit"),
    "edit": ("history", "copy", "applications", "events", "preferences"),
    "view": ("panels", "columns", "tasks", "refresh"),
    "help": ("about",),
}
"""Each menu's sections in order; a separator stands between two that hold actions."""


@dataclass(frozen=True)
class Export:
    """One of File → Export's entries: a title, and what writes the file (returning the
    task doing it); ``name`` is its key (the default file name says it)."""

    title: str
    write: Callable
    name: str
    calendar: bool = False
    """Also offered as an iCalendar file (the events)."""


WRITING = {("file", "import"), ("edit", "history"), ("edit", "applications"),
           ("edit", "events")}
"""The sections whose actions change the store: a viewer of a team store has them off."""


class ActionRegistry(QObject):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._sections: dict[tuple[str, str], list[QAction]] = {}
        self.exports: list[Export] = []
        self.read_only = False

    def set_read_only(self, read_only: bool) -> None:
        """Turn the writing actions off (a viewer of a team store: the server would refuse
        them anyway) — and keep them off when a panel would turn one on."""
        self.read_only = read_only
        for (menu, section), actions in self._sections.items():
            if (menu, section) not in WRITING:
                continue
            for action in actions:
                if read_only:
                    action.setEnabled(False)
                    action.changed.connect(self._keep_off)

    def _keep_off(self) -> None:
        action = self.sender()
        if self.read_only and isinstance(action, QAction) and action.isEnabled():
            action.setEnabled(False)

    def add(self, menu: str, section: str, action: QAction) -> QAction:
        if section not in MENUS[menu]:
            raise ValueError(f"no section {section!r} in the {menu} menu")
        self._sections.setdefault((menu, section), []).append(action)
        return action

    def add_export(self, title: str, write: Callable, name: str,
                   calendar: bool = False) -> None:
        self.exports.append(Export(title, write, name, calendar))

    def actions(self, menu: str, section: str) -> list[QAction]:
        return list(self._sections.get((menu, section), []))

    def all_actions(self) -> list[QAction]:
        return [a for actions in self._sections.values() for a in actions]

    def build_menus(self, bar: QMenuBar, export_action: Callable[[Export], QAction]) -> None:
        """The menu bar from what was contributed; File → Export holds the exports."""
        titles = {"file": self.tr("&File"), "edit": self.tr("&Edit"),
                  "view": self.tr("&View"), "help": self.tr("&Help")}
        for menu, sections in MENUS.items():
            target = bar.addMenu(titles[menu])
            target.setObjectName(f"menu-{menu}")
            filled = False
            for section in sections:
                actions = self.actions(menu, section)
                if section == "export" and self.exports:
                    if filled:
                        target.addSeparator()
                    sub = target.addMenu(self.tr("&Export"))
                    sub.addActions([export_action(e) for e in self.exports])
                    filled = True
                if not actions:
                    continue
                if filled:
                    target.addSeparator()
                target.addActions(actions)
                filled = True

