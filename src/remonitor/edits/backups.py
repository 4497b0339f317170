"""Backups made by the writer: the day's, and one the user asks for."""

from __future__ import annotations

from remonitor.core.changes import StoreChange
from remonitor.core.text import translate
from remonitor.edits import Edit
from remonitor.store.backup import daily_backup as store_daily


def daily_backup() -> Edit:
    """Once a day, of a store that holds anything; the result is the new file or None.
    Raises StoreDamaged (and keeps every sound backup) if the store is damaged."""
    return Edit(translate("Edits", "daily backup"),
                lambda conn, ctx: store_daily(conn), StoreChange())
