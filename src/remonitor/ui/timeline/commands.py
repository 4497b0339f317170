"""Undo and redo of the timeline's edits. Each command holds a change already written; undo
and redo write through the writer again. Ids change when a deleted event is put back, so a
command follows them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from remonitor.core.events import Event
from remonitor.edits import events as edits
from remonitor.workers.writer import StoreWriter

translate = QCoreApplication.translate


class EventCommand(QUndoCommand):
    def __init__(self, text: str, undo: Callable[[], None], redo: Callable[[], None]) -> None:
        super().__init__(text)
        self._undo, self._redo, self._first = undo, redo, True

    def redo(self) -> None:
        if self._first:  # the change itself, already written
            self._first = False
            return
        self._redo()

    def undo(self) -> None:
        self._undo()

    @classmethod
    def added(cls, writer: StoreWriter, event: Event, event_id: int) -> EventCommand:
        state = {"id": event_id, "event": event, "incoming": []}
        return cls(translate("EventCommand", "add event {title}").format(title=event.title),
                   lambda: _delete(writer, state), lambda: _restore(writer, state))

    @classmethod
    def edited(cls, writer: StoreWriter, before: Event, after: Event) -> EventCommand:
        def put(event: Event) -> None:
            writer.apply(edits.edit_event(before.id, event,
                                          translate("EventCommand", "undo event edit")))

        return cls(translate("EventCommand", "edit event {title}").format(title=after.title),
                   lambda: put(before), lambda: put(after))

    @classmethod
    def deleted(cls, writer: StoreWriter, event: Event, incoming: list[int]) -> EventCommand:
        state = {"id": None, "event": event, "incoming": incoming}
        return cls(translate("EventCommand", "delete event {title}").format(
            title=event.title), lambda: _restore(writer, state), lambda: _delete(writer, state))


def _delete(writer: StoreWriter, state: dict) -> None:
    job = writer.apply(edits.delete_event(state["id"]))
    job.sig_result.connect(lambda found: state.update(event=found[0], incoming=found[1]))


def _restore(writer: StoreWriter, state: dict) -> None:
    job = writer.apply(edits.restore_event(state["event"], state["incoming"]))
    job.sig_result.connect(lambda event_id: state.update(id=event_id))
