"""What every panel is given when it is built: one constructor order for all of them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from remonitor.ui.settings import Settings
from remonitor.workers.tasks import TaskRunner
from remonitor.workers.writer import StoreWriter


@dataclass(frozen=True)
class PanelContext:
    runner: TaskRunner
    """Reads, each on a worker with its own connection."""
    writer: StoreWriter
    """Writes, in order, on the store's one writer thread."""
    settings: Settings
    data_dir: Path
    """The data folder (documents are kept there)."""
