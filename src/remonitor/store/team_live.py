"""Live across the desk: what a team store's writers announce after each commit, and what
a listener hears of it (the Qt side is workers.team_listener)."""

from __future__ import annotations

import contextlib
import dataclasses

from remonitor.store.dialect import dialect_of
from remonitor.store.errors import StoreUnreachable
from remonitor.store.team import TeamConnection, connect_team, first_line, redacted

RETRY_WAITS_S = (1, 2, 4, 8, 15, 30)
"""Waits between attempts to reach a team store's server: quick at first, then every half
minute, for as long as the window is open."""

CHANNEL = "remonitor"
"""The channel a team store's writers announce their changes on."""


def announce(conn, change, origin: str) -> None:
    """Tell the desk's other windows what a committed write changed (a team store's
    NOTIFY; nothing to tell on a local store). ``change``: a core StoreChange; ``origin``:
    the writer's own mark, so its window does not hear its own change twice (a server
    process id would not do: a restarted server reuses them)."""
    if not dialect_of(conn).is_postgresql or not change:
        return
    import json

    payload = json.dumps({"who": conn.user, "origin": origin, **change.to_payload()},
                         separators=(",", ":"))
    conn.execute("SELECT pg_notify(?, ?)", (CHANNEL, payload))


@dataclasses.dataclass(frozen=True)
class Heard:
    """A colleague's change: who made it, what it changed (a core StoreChange)."""

    who: str
    change: object


class ChangeListener:
    """A connection of its own that LISTENs for the desk's changes (not this process's own
    writer's, which its window already knows)."""

    def __init__(self, url: str, own_origin: str = "") -> None:
        self.url = url
        self.own_origin = own_origin
        self.conn: TeamConnection | None = None

    def connect(self) -> None:
        self.conn = connect_team(self.url)
        self.conn.execute(f"LISTEN {CHANNEL}")

    def wait(self, timeout_s: float) -> list[Heard]:
        """The changes heard within ``timeout_s`` (returns at the first, with any others
        already arrived). Raises StoreUnavailable if the server is lost."""
        import json

        import psycopg

        from remonitor.core.changes import StoreChange

        if self.conn is None:
            self.connect()
        heard = []
        try:
            for note in self.conn.raw.notifies(timeout=timeout_s, stop_after=1):
                data = json.loads(note.payload)
                if self.own_origin and data.get("origin") == self.own_origin:
                    continue
                heard.append(Heard(data.get("who", "?"), StoreChange.from_payload(data)))
        except psycopg.OperationalError as exc:
            self.close()
            raise StoreUnreachable(redacted(self.url), f"was lost ({first_line(exc)}).",
                                   "remonitor reconnects by itself.") from exc
        return heard

    def close(self) -> None:
        if self.conn is not None:
            with contextlib.suppress(Exception):
                self.conn.close()
            self.conn = None
