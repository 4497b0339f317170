"""Events entered by hand: add, edit, delete and put back, links kept both ways."""

from dataclasses import replace
from datetime import date

import pytest

from remonitor.core.events import Category, Event
from remonitor.store.events import (
    delete_event,
    list_events,
    restore_event,
    save_event,
    update_event,
)

pytestmark = pytest.mark.both_backends


def by_key(store, key):
    return next(e for e in list_events(store) if e.key == key)


def test_add_edit_delete_and_restore_keep_links(store):
    from remonitor.importers.reference import ensure_reference_dataset

    ensure_reference_dataset(store)
    new = Event(date(2026, 11, 11), "Suspension lapses; controls apply again",
                Category.EXPORT_CONTROL, authority="MOFCOM", key="desk-2026-11-11",
                links=("mofcom-2025-57",))
    new_id = save_event(store, new)
    assert by_key(store, "desk-2026-11-11").links == ("mofcom-2025-57",)
    with pytest.raises(ValueError, match="already exists"):
        save_event(store, new)
    update_event(store, new_id, replace(new, title="Controls apply again", links=()))
    assert by_key(store, "desk-2026-11-11").title == "Controls apply again"
    with pytest.raises(ValueError, match="unknown event 'nope'"):
        update_event(store, new_id, replace(new, links=("nope",)))
    assert by_key(store, "desk-2026-11-11").title == "Controls apply again"  # rolled back
    # Deleting No. 57 drops No. 70's link to it; putting it back restores that link.
    no_57 = by_key(store, "mofcom-2025-57")
    deleted, incoming = delete_event(store, no_57.id)
    assert "mofcom-2025-57" not in by_key(store, "mofcom-2025-70").links
    restore_event(store, deleted, incoming)
    assert "mofcom-2025-57" in by_key(store, "mofcom-2025-70").links
    assert by_key(store, "mofcom-2025-57").elements == no_57.elements
