"""Waiting for what the window shows, not for the signal that leads to it."""

from __future__ import annotations


def wait_for_card(qtbot, window, title: str, timeout: int = 10_000):
    """The newest notification card whose title holds ``title``, once it is shown. A card
    comes an event after the outcome it tells of (ui.background), so a test that has seen
    the outcome waits for the card too."""
    found = []

    def shown() -> bool:
        found[:] = [c for c in window.notifier.cards if title in c.title]
        return bool(found)

    qtbot.waitUntil(shown, timeout=timeout)
    return found[-1]
