"""Where a session's store is, and how its connections are opened: a local SQLite file
(a Path) or a team store on PostgreSQL (a ``postgresql://`` address). The writer and the
reads open theirs here, so nothing above the store asks which it is."""

from __future__ import annotations

import logging
from pathlib import Path

log = logging.getLogger(__name__)

StoreTarget = Path | str
"""A local store's file, or a team store's address."""


def is_team(target: StoreTarget) -> bool:
    from remonitor.store.team import is_team_address

    return isinstance(target, str) and is_team_address(target)


def open_for_writing(target: StoreTarget, readable=None, stop=None):
    """The session's write connection: a local store checked and migrated (``readable``,
    ``stop``: see store.backup.open_checked); a team store checked to hold the schema
    this remonitor knows."""
    if is_team(target):
        from remonitor.store.team import open_team

        return open_team(target)
    from remonitor.store.backup import open_checked

    return open_checked(Path(target), readable, stop)


def open_for_reading(target: StoreTarget):
    """A read-only connection for one read task."""
    if is_team(target):
        from remonitor.store.team import connect_team

        return connect_team(target, readonly=True)
    from remonitor.store.connection import connect

    return connect(Path(target), readonly=True)


def reconnected(conn, target: StoreTarget):
    """``conn``, or a new one if the team store's server was lost under it (restarted,
    failed over): asked before each write, so a write never starts on a dead connection
    (one lost mid-commit could not be safely retried). Raises StoreUnavailable while the
    server cannot be reached."""
    if not is_team(target):
        return conn
    if not conn.broken:
        from remonitor.store.errors import StoreUnavailable

        try:
            conn.execute("SELECT 1")  # a round trip: the server is there
            return conn
        except StoreUnavailable:
            pass
    log.warning("the team store was lost; connecting again")
    conn.close()
    return open_for_writing(target)
