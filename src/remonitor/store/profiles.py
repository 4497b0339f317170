"""Saved import mappings ("profiles"), found again by the shape of a file's header."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from remonitor.store.audit import now_iso
from remonitor.store.connection import transaction


@dataclass(frozen=True, slots=True)
class StoredProfile:
    name: str
    signature: str
    mapping: str
    """The mapping as JSON (importers know its fields)."""


def save_profile(conn: sqlite3.Connection, name: str, signature: str, mapping: str) -> None:
    """Create or replace a profile, in its own transaction."""
    with transaction(conn):
        conn.execute(
            """INSERT INTO import_profile (name, signature, mapping, created_at)
               VALUES (?, ?, ?, ?)
               ON CONFLICT (name) DO UPDATE SET signature = excluded.signature,
                                                mapping = excluded.mapping""",
            (name.strip(), signature, mapping, now_iso()))


def list_profiles(conn: sqlite3.Connection) -> list[StoredProfile]:
    rows = conn.execute(
        "SELECT name, signature, mapping FROM import_profile "
        "ORDER BY coalesce(used_at, created_at) DESC").fetchall()
    return [StoredProfile(*r) for r in rows]


def mark_used(conn: sqlite3.Connection, name: str) -> None:
    conn.execute("UPDATE import_profile SET used_at = ? WHERE name = ?", (now_iso(), name))
