"""Policy events and the links between them."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import date

from remonitor.core.events import Category, Event

_COLUMNS = ("id, key, announced, effective, end_date, title, authority, category, number, "
            "elements, hs_codes, control_codes, source, notes, precision")


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def insert_events(
    conn: sqlite3.Connection, events: Iterable[Event], batch_id: int | None = None
) -> list[int]:
    """Insert events, then their links (by key). Call inside a transaction."""
    events = list(events)
    ids = []
    for ev in events:
        cur = conn.execute(
            """INSERT INTO event (key, announced, effective, end_date, title, authority,
                   category, number, elements, hs_codes, control_codes, source, notes,
                   batch_id, precision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
               RETURNING id""",
            (ev.key, ev.announced.isoformat(), _iso(ev.effective), _iso(ev.end), ev.title,
             ev.authority, ev.category.value, ev.number, json.dumps(list(ev.elements)),
             json.dumps(list(ev.hs_codes)), json.dumps(list(ev.control_codes)), ev.source,
             ev.notes, batch_id, ev.precision),
        )
        ids.append(int(cur.fetchone()[0]))
    for ev, ev_id in zip(events, ids, strict=True):
        for target in ev.links:
            row = conn.execute("SELECT id FROM event WHERE key = ?", (target,)).fetchone()
            if row is None:
                raise ValueError(f"event {ev.key!r} links to unknown event {target!r}")
            conn.execute(
                "INSERT INTO event_link (event_id, target_id, relation) VALUES (?, ?, ?)",
                (ev_id, row[0], "acts on"),
            )
    return ids


def list_events(conn: sqlite3.Connection) -> list[Event]:
    links: dict[int, list[str]] = {}
    for ev_id, target in conn.execute(
        "SELECT l.event_id, coalesce(t.key, CAST(t.id AS TEXT)) FROM event_link l "
        "JOIN event t ON t.id = l.target_id ORDER BY l.event_id, t.announced"
    ):
        links.setdefault(ev_id, []).append(str(target))
    also: dict[int, list[str]] = {}
    for ev_id, title, source in conn.execute(
            "SELECT event_id, title, source FROM event_source ORDER BY rowid"):
        also.setdefault(ev_id, []).append(f"{title} — {source}" if source else title)
    rows = conn.execute(f"SELECT {_COLUMNS} FROM event ORDER BY announced, id").fetchall()
    return [
        Event(
            id=r[0], key=r[1], announced=date.fromisoformat(r[2]),
            effective=date.fromisoformat(r[3]) if r[3] else None,
            end=date.fromisoformat(r[4]) if r[4] else None,
            title=r[5], authority=r[6], category=Category(r[7]), number=r[8],
            elements=tuple(json.loads(r[9])), hs_codes=tuple(json.loads(r[10])),
            control_codes=tuple(json.loads(r[11])), source=r[12], notes=r[13],
            links=tuple(links.get(r[0], ())), precision=r[14],
            also_reported=tuple(also.get(r[0], ())),
        )
        for r in rows
    ]


def add_source(conn: sqlite3.Connection, event_id: int, event: Event, batch_id: int | None
               ) -> None:
    """``event`` is another report of the held event ``event_id``: kept as one of its
    sources (undone with its batch), not as a second event."""
    conn.execute("INSERT INTO event_source (event_id, batch_id, key, title, source) "
                 "VALUES (?, ?, ?, ?, ?)", (event_id, batch_id, event.key, event.title,
                                             event.source))


def held_keys(conn: sqlite3.Connection, keys: Iterable[str]) -> set[str]:
    """Which of these event keys the store already holds (as an event, or as another
    report of one)."""
    keys = [k for k in keys if k]
    held: set[str] = set()
    for start in range(0, len(keys), 500):
        part = keys[start:start + 500]
        marks = ", ".join("?" * len(part))
        held |= {r[0] for r in conn.execute(
            f"SELECT key FROM event WHERE key IN ({marks}) "
            f"UNION SELECT key FROM event_source WHERE key IN ({marks})", part + part)}
    return held


def _link(conn: sqlite3.Connection, event_id: int, event: Event) -> None:
    for target in event.links:
        row = conn.execute("SELECT id FROM event WHERE key = ? OR CAST(id AS TEXT) = ?",
                           (target, target)).fetchone()
        if row is None:
            raise ValueError(f"{event.title}: links to unknown event {target!r}")
        if row[0] == event_id:
            raise ValueError(f"{event.title}: an event cannot act on itself")
        conn.execute("INSERT INTO event_link (event_id, target_id, relation) "
                     "VALUES (?, ?, 'acts on') ON CONFLICT DO NOTHING", (event_id, row[0]))


def save_event(conn: sqlite3.Connection, event: Event) -> int:
    """Add one event entered by hand, with its links, in one transaction."""
    from remonitor.store.connection import transaction

    with transaction(conn):
        if event.key and held_keys(conn, [event.key]):
            raise ValueError(f"an event with key {event.key!r} already exists")
        (event_id,) = insert_events(conn, [Event(**{**_fields(event), "links": ()})])
        _link(conn, event_id, event)
    return event_id


def _fields(event: Event) -> dict:
    return {name: getattr(event, name) for name in Event.__dataclass_fields__}


def update_event(conn: sqlite3.Connection, event_id: int, event: Event) -> None:
    """Replace an event's fields and its links, in one transaction."""
    from remonitor.store.connection import transaction

    with transaction(conn):
        cur = conn.execute(
            """UPDATE event SET key = ?, announced = ?, effective = ?, end_date = ?, title = ?,
                   authority = ?, category = ?, number = ?, elements = ?, hs_codes = ?,
                   control_codes = ?, source = ?, notes = ?, precision = ? WHERE id = ?""",
            (event.key, event.announced.isoformat(), _iso(event.effective), _iso(event.end),
             event.title, event.authority, event.category.value, event.number,
             json.dumps(list(event.elements)), json.dumps(list(event.hs_codes)),
             json.dumps(list(event.control_codes)), event.source, event.notes,
             event.precision, event_id))
        if cur.rowcount == 0:
            raise KeyError(f"no event {event_id}")
        conn.execute("DELETE FROM event_link WHERE event_id = ?", (event_id,))
        _link(conn, event_id, event)


def delete_event(conn: sqlite3.Connection, event_id: int) -> tuple[Event, list[int]]:
    """Delete an event in one transaction; returns it and the ids of the events that acted
    on it, so an undo can put both back."""
    from remonitor.store.connection import transaction

    with transaction(conn):
        event = next((e for e in list_events(conn) if e.id == event_id), None)
        if event is None:
            raise KeyError(f"no event {event_id}")
        incoming = [r[0] for r in conn.execute(
            "SELECT event_id FROM event_link WHERE target_id = ?", (event_id,))]
        conn.execute("DELETE FROM event WHERE id = ?", (event_id,))
    return event, incoming


def restore_event(conn: sqlite3.Connection, event: Event, incoming: list[int]) -> int:
    """Put a deleted event back (undo), with its links both ways; returns its new id."""
    from remonitor.store.connection import transaction

    with transaction(conn):
        (event_id,) = insert_events(conn, [Event(**{**_fields(event), "links": (),
                                                    "id": None})])
        _link(conn, event_id, event)
        conn.executemany("INSERT INTO event_link (event_id, target_id, relation) "
                         "VALUES (?, ?, 'acts on') ON CONFLICT DO NOTHING",
                         [(i, event_id) for i in incoming])
    return event_id
