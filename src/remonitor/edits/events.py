"""Writes to the timeline. Undo puts a deleted event back with the links that pointed at
it; its id changes, so the result of each write says what undo needs."""

from __future__ import annotations

from remonitor.core.changes import StoreChange
from remonitor.core.events import Event
from remonitor.core.text import translate
from remonitor.edits import Edit
from remonitor.store import events as store

EVENTS = StoreChange(events=True)


def add_event(event: Event) -> Edit:
    """Record an event entered by hand; the result is its id."""
    return Edit(translate("Edits", "add event"),
                lambda conn, ctx: store.save_event(conn, event), EVENTS)


def edit_event(event_id: int, event: Event, name: str = "") -> Edit:
    return Edit(name or translate("Edits", "edit event"),
                lambda conn, ctx: store.update_event(conn, event_id, event), EVENTS)


def delete_event(event_id: int) -> Edit:
    """The result is (the event, the ids of events that linked to it), for undo."""
    return Edit(translate("Edits", "delete event"),
                lambda conn, ctx: store.delete_event(conn, event_id), EVENTS)


def restore_event(event: Event, incoming: list[int]) -> Edit:
    """Put a deleted event back with the links to it; the result is its new id."""
    return Edit(translate("Edits", "restore event"),
                lambda conn, ctx: store.restore_event(conn, event, incoming), EVENTS)
