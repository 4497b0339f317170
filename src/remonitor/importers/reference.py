"""The bundled reference dataset: loaded on first start, replaced when a newer one ships."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from remonitor.core.changes import StoreChange
from remonitor.importers.event_table import parse_event_table
from remonitor.importers.long_table import parse_long_table
from remonitor.importers.text import file_hash
from remonitor.resources import resource
from remonitor.store.batches import (
    create_batch,
    get_meta,
    record_counts,
    replace_reference_batches,
    set_meta,
)
from remonitor.store.connection import transaction
from remonitor.store.events import insert_events
from remonitor.store.observations import insert_observations

FORMAT = "reference-dataset"


@dataclass(frozen=True, slots=True)
class ReferenceDataset:
    version: int
    release_date: date
    observations: Path
    events: Path

    @property
    def label(self) -> str:
        return f"reference dataset v{self.version}"


def bundled_dataset(folder: Path | None = None) -> ReferenceDataset:
    folder = folder or resource("reference")
    meta = json.loads((folder / "dataset.json").read_text("utf-8"))
    return ReferenceDataset(
        int(meta["version"]),
        date.fromisoformat(meta["release_date"]),
        folder / meta["files"]["observations"],
        folder / meta["files"]["events"],
    )


def ensure_reference_dataset(
    conn: sqlite3.Connection, dataset: ReferenceDataset | None = None
) -> StoreChange:
    """Load the bundled dataset unless this version (or a newer one) is held or was removed.

    A newer bundled version replaces the older reference batch in one transaction. If the
    user removed a reference batch, no reference data are loaded again.
    """
    dataset = dataset or bundled_dataset()
    if not _wanted(conn, dataset):
        return StoreChange()  # the common start: nothing to parse
    observations = parse_long_table(dataset.observations)
    events = parse_event_table(dataset.events)
    with transaction(conn):
        if not _wanted(conn, dataset):  # another process may have loaded it meanwhile
            return StoreChange()
        change = replace_reference_batches(conn)
        batch = create_batch(
            conn,
            file_name=dataset.label,
            file_hash=file_hash(dataset.observations) + file_hash(dataset.events)[:16],
            format=FORMAT,
            release_date=dataset.release_date,
            reference_version=dataset.version,
        )
        added, series = insert_observations(conn, batch, observations)
        insert_events(conn, events, batch)
        record_counts(conn, batch, read=len(observations) + len(events),
                      added=added + len(events))
        set_meta(conn, "reference_version", str(dataset.version))
    return change | StoreChange(series_ids=series, events=True, batches=True, bundled=True)


def _wanted(conn: sqlite3.Connection, dataset: ReferenceDataset) -> bool:
    if get_meta(conn, "reference_removed") is not None:
        return False
    loaded = get_meta(conn, "reference_version")
    return loaded is None or int(loaded) < dataset.version


def ensure_bundled(conn: sqlite3.Connection) -> StoreChange:
    """What a start brings the store up to: the bundled reference dataset, and codes
    held mapped through the bundled country table (store.places)."""
    from remonitor.store.places import remap_places

    return ensure_reference_dataset(conn) | StoreChange(series_ids=remap_places(conn))
