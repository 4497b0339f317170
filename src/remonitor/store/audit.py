"""Who is making a change, for import batches and the licence audit trail."""

from __future__ import annotations

import getpass
import os
from datetime import UTC, datetime


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
