"""The bundled reference dataset: loaded once, replaced by newer versions, removal respected."""

import json
import shutil

from remonitor.core.monthly import PointKind, monthly_series
from remonitor.core.periods import MonthSpan
from remonitor.importers.reference import bundled_dataset, ensure_reference_dataset
from remonitor.store.batches import list_batches, remove_batch
from remonitor.store.connection import transaction
from remonitor.store.events import list_events
from remonitor.store.observations import list_series, observations_for


def test_reference_figures_and_events_are_loaded(store):
    (series,) = list_series(store)
    assert series.key.product == "rare earths (GAC headline)" and series.key.unit == "t"
    points = {p.span: p for p in monthly_series(observations_for(store, series.id))}
    assert str(points[MonthSpan.months(2025, 10, 12)].value) == "14224.3"  # exact
    releases = {o.span: o.release_date for o in observations_for(store, series.id)}
    assert releases[MonthSpan.year(2023)].isoformat() == "2024-01-12"  # seed 000
    assert releases[MonthSpan.month(2025, 5)].isoformat() == "2025-06-09"  # seed 002
    assert releases[MonthSpan.month(2025, 3)].isoformat() == "2025-04-14"  # on or before
    assert points[MonthSpan.month(2025, 5)].kind is PointKind.REPORTED
    events = {e.key: e for e in list_events(store)}
    assert len(events) == 10
    suspension = events["mofcom-2025-70"]
    assert suspension.end.isoformat() == "2026-11-10"
    assert set(suspension.links) == {"mofcom-2025-55-56-58", "mofcom-2025-57",
                                     "mofcom-2025-61", "mofcom-2025-62"}
    assert events["mofcom-2025-18"].elements == ("Sm", "Gd", "Tb", "Dy", "Lu", "Sc", "Y")


def test_loading_twice_changes_nothing(store):
    assert not ensure_reference_dataset(store)
    assert len(list_batches(store)) == 1


def newer_copy(tmp_path, version):
    folder = tmp_path / f"ref{version}"
    shutil.copytree(bundled_dataset().observations.parent, folder)
    meta = json.loads((folder / "dataset.json").read_text())
    meta["version"] = version
    (folder / "dataset.json").write_text(json.dumps(meta))
    return bundled_dataset(folder)


def test_a_newer_bundled_version_replaces_the_old_batch(store, tmp_path):
    (old,) = list_batches(store)
    version = old.reference_version + 1
    change = ensure_reference_dataset(store, newer_copy(tmp_path, version))
    assert change.events and change.series_ids
    (new,) = list_batches(store)
    assert new.reference_version == version and new.id != old.id
    assert len(list_events(store)) == 10


def test_a_removed_reference_batch_stays_removed(store, tmp_path):
    (batch,) = list_batches(store)
    with transaction(store):
        remove_batch(store, batch.id)
    assert list_series(store) == [] and list_events(store) == []
    assert not ensure_reference_dataset(store)
    assert not ensure_reference_dataset(store, newer_copy(tmp_path, 2))
    assert list_batches(store) == []
