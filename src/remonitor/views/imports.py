"""What an import reads from the store before it writes: the saved mappings (profiles), and
whether a file was imported already."""

from __future__ import annotations

import sqlite3

from remonitor.store.batches import Batch, find_by_hash
from remonitor.store.profiles import StoredProfile, list_profiles


def profiles(conn: sqlite3.Connection) -> list[StoredProfile]:
    """Every saved mapping, most recently used first."""
    return list_profiles(conn)


def batch_of(conn: sqlite3.Connection, file_hash: str) -> Batch | None:
    """The batch a file with this hash was imported as, if it was."""
    return find_by_hash(conn, file_hash)
