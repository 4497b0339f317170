"""What a window shows of its team store: where it is, who you are there, what you may do."""

from __future__ import annotations

from dataclasses import dataclass

from remonitor.store.team import role_of


@dataclass(frozen=True, slots=True)
class TeamStatus:
    address: str
    """The store's address as it may be shown (never a password)."""
    user: str
    role: str
    """'viewer', 'editor' or 'admin' (what the server grants), '' for none."""

    @property
    def may_write(self) -> bool:
        return self.role in ("editor", "admin")


def check_address(url: str, password: str | None = None) -> TeamStatus:
    """Connect to the team store at ``url`` and say who you are there (Preferences' Test);
    StoreUnavailable (with the server's words) if it cannot be used."""
    from remonitor.store.team import open_team

    conn = open_team(url, password=password)
    try:
        return team_status(conn)
    finally:
        conn.close()


def team_status(conn) -> TeamStatus | None:
    """None on a local store."""
    address = getattr(conn, "address", None)
    if address is None:
        return None
    return TeamStatus(address, conn.user, role_of(conn))
