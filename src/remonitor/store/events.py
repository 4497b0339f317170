"""Policy events and the links between them."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import date

from remonitor.core.events import Category, Event

_COLUMNS = ("id, key, announced, effective, end_date, title, authority, category, number, "
            "elements, hs_codes, control_codes, source, notes")


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
                   batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (ev.key, ev.announced.isoformat(), _iso(ev.effective), _iso(ev.end), ev.title,
             ev.authority, ev.category.value, ev.number, json.dumps(list(ev.elements)),
             json.dumps(list(ev.hs_codes)), json.dumps(list(ev.control_codes)), ev.source,
             ev.notes, batch_id),
        )
        ids.append(int(cur.lastrowid))
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
        "SELECT l.event_id, coalesce(t.key, t.id) FROM event_link l "
        "JOIN event t ON t.id = l.target_id ORDER BY l.event_id, t.announced"
    ):
        links.setdefault(ev_id, []).append(str(target))
    rows = conn.execute(f"SELECT {_COLUMNS} FROM event ORDER BY announced, id").fetchall()
    return [
        Event(
            id=r[0], key=r[1], announced=date.fromisoformat(r[2]),
            effective=date.fromisoformat(r[3]) if r[3] else None,
            end=date.fromisoformat(r[4]) if r[4] else None,
            title=r[5], authority=r[6], category=Category(r[7]), number=r[8],
            elements=tuple(json.loads(r[9])), hs_codes=tuple(json.loads(r[10])),
            control_codes=tuple(json.loads(r[11])), source=r[12], notes=r[13],
            links=tuple(links.get(r[0], ())),
        )
        for r in rows
    ]


def held_keys(conn: sqlite3.Connection, keys: Iterable[str]) -> set[str]:
    """Which of these event keys the store already holds."""
    keys = [k for k in keys if k]
    held: set[str] = set()
    for start in range(0, len(keys), 500):
        part = keys[start:start + 500]
        held |= {r[0] for r in conn.execute(
            f"SELECT key FROM event WHERE key IN ({', '.join('?' * len(part))})", part)}
    return held
