"""What the About dialog names: versions and the folders remonitor keeps things in."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from remonitor.store.location import DATABASE_NAME, log_dir


@dataclass(frozen=True, slots=True)
class Places:
    data: Path
    store: Path
    log: Path


def places(data_dir: Path) -> Places:
    return Places(data_dir, data_dir / DATABASE_NAME, log_dir())
