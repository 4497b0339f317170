"""The licence audit trail: who made a change, when, and its lines in the append-only
history (written in the same transaction as the change)."""

from __future__ import annotations

import getpass
import json
import os
import sqlite3
from datetime import UTC, date, datetime

from remonitor.core.figures import number_text
from remonitor.core.licence import LicenceType, Status


def current_user() -> str:
    """The OS user name; ``REMONITOR_USER_NAME`` adds a display name in tests and on kiosks."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    display = os.environ.get("REMONITOR_USER_NAME", "").strip()
    return f"{user} ({display})" if display else user


def now_iso() -> str:
    """UTC timestamp to the second, ISO 8601."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def to_db(name: str, value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return json.dumps(list(value), ensure_ascii=False)
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, LicenceType | Status):
        return value.value
    return value


def history_text(value: object) -> str | None:
    if isinstance(value, float):  # 1250.0 as a person writes it: 1,250
        return number_text(value)
    value = to_db("", value)
    return None if value is None else str(value)


def write_history(conn: sqlite3.Connection, app_id: int, changes: list[tuple], reason: str,
             stamp: str) -> None:
    who = current_user()
    conn.executemany(
        """INSERT INTO licence_history (application_id, changed_at, changed_by, field,
                                        old_value, new_value, reason)
           VALUES (?, ?, ?, ?, ?, ?, ?)""",
        [(app_id, stamp, who, f, old, new, reason) for f, old, new in changes])
