"""The backups of a store, each checked by SQLite: what the restore dialog lists and what
the window offers when the store will not open. Reads only backup files, never the store."""

from __future__ import annotations

from remonitor.store.backup import Backup, check_backup, latest_sound_backup, list_backups

__all__ = ["Backup", "check_backup", "latest_sound_backup", "list_backups"]
