"""Import a file: detect, plan, and commit as one batch — all rows or none.

The dialog and ``remonitor import`` both call :func:`build_plan` and :func:`commit_plan`;
the dialog is only a face on this module.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from remonitor.core.changes import StoreChange
from remonitor.core.events import same_announcement
from remonitor.core.figures import figure_text, from_mantissa
from remonitor.core.periods import MonthSpan
from remonitor.core.text import QT_TRANSLATE_NOOP, translate
from remonitor.importers.formats import ALL_KNOWN_WORDS, FORMATS, ImportOptions, detect
from remonitor.importers.formats.generic import Mapping, candidate_signatures
from remonitor.importers.plan import MAX_LISTED, ImportPlan
from remonitor.importers.problems import ImportFailed, ImportProblem
from remonitor.importers.source import Source
from remonitor.importers.spill import give_memory_back
from remonitor.importers.text import file_hash
from remonitor.store.backup import BIG_IMPORT_BYTES, db_path_of, make_backup
from remonitor.store.batches import create_batch, find_by_hash, record_counts
from remonitor.store.connection import small_page_cache, transaction
from remonitor.store.events import add_source, held_keys, insert_events, list_events
from remonitor.store.observations import (
    FreshSummaries,
    Revision,
    drop_unchanged,
    held_figures,
    insert_all_or_none,
    insert_columns_once,
    insert_observations,
    label_id,
    revisions_in,
    series_ids,
    summarise_series,
)
from remonitor.store.profiles import StoredProfile, list_profiles, mark_used

CHUNK = 50_000
SORT_WINDOW = 500_000
"""Figures sorted together before they are written (17 MB of columns)."""

log = logging.getLogger(__name__)
Progress = Callable[[int, int, str], None]


class ImportCancelled(Exception):
    """The user cancelled; the transaction was rolled back and nothing was stored."""


_WHAT = {(False, False): QT_TRANSLATE_NOOP("Import", "figures"),
         (False, True): QT_TRANSLATE_NOOP("Import", "figure"),
         (True, False): QT_TRANSLATE_NOOP("Import", "events"),
         (True, True): QT_TRANSLATE_NOOP("Import", "event")}
"""What an import added, by (events only?, just one?)."""


@dataclass(frozen=True, slots=True)
class ImportSummary:
    file: str
    format: str
    rows: int
    added: int
    batch_id: int | None
    unchanged: int = 0
    revised: int = 0
    revisions: tuple[Revision, ...] = ()
    """Figures set beside one held for the same span (revisions and more decimals)."""
    more_decimals: int = 0
    """Figures held before, now published with more decimals (not revisions)."""
    skipped: int = 0
    already_imported: bool = False
    dry_run: bool = False
    change: StoreChange = field(default_factory=StoreChange)

    def describe(self) -> str:
        if self.already_imported:
            return translate("Import", "{file}: already imported (batch {batch}); nothing "
                             "changed.").format(file=self.file, batch=self.batch_id)
        events = self.change.events and not self.change.series_ids
        what = translate("Import", _WHAT[events, self.added == 1])
        text = (translate("Import", "{file}: {rows} rows read as {format}; would add {n} "
                                    "{what}")
                if self.dry_run else
                translate("Import", "{file}: {rows} rows read as {format}; added {n} {what}")
                ).format(file=self.file, rows=f"{self.rows:,}", format=self.format,
                         n=f"{self.added:,}", what=what)
        if self.revised:
            text += translate("Import", ", {n} revising earlier figures").format(n=self.revised)
        if self.more_decimals:
            text += translate("Import", ", {n} giving more decimals of figures held").format(
                n=self.more_decimals)
        kept = sum(not r.takes_effect for r in self.revisions)
        if kept:
            text += translate("Import", " ({n} of them from an older release: the newer "
                              "release's figure stays shown)").format(n=kept)
        if self.unchanged:
            text += translate("Import", "; {n} already held").format(n=self.unchanged)
        if self.skipped:
            text += translate("Import", "; {n} cells skipped").format(n=self.skipped)
        return text + translate("Import", ".")


def build_plan(path: Path, options: ImportOptions = ImportOptions(),  # noqa: B008
               profiles: Sequence[StoredProfile] = ()) -> ImportPlan:
    """Read and validate ``path``; raises ImportFailed when the file cannot be read at all.

    A saved profile whose header shape matches the file is used when no known format
    recognises it (or when ``options.profile`` names it)."""
    path = Path(path)
    if not path.is_file():
        raise ImportFailed([ImportProblem(path.name, None, None, "no such file")])
    source = Source(path, options.encoding, ALL_KNOWN_WORDS)
    if options.profile and options.mapping is None:
        chosen = next((p for p in profiles if p.name == options.profile), None)
        if chosen is None:
            raise ImportFailed([ImportProblem(path.name, None, None,
                                              f"no saved profile named {options.profile!r}")])
        options = replace(options, format="generic-table", mapping=Mapping.from_json(
            chosen.mapping))
    if options.format:
        if options.format not in FORMATS:
            raise ImportFailed([ImportProblem(
                path.name, None, None,
                f"{options.format!r} is not a format; choose one of {', '.join(FORMATS)}")])
        fmt = FORMATS[options.format]
    else:
        try:
            fmt, _ = detect(source)
        except ImportFailed:
            matched = _matching_profile(source, profiles)
            if matched is None:
                raise
            fmt = FORMATS["generic-table"]
            options = replace(options, mapping=Mapping.from_json(matched.mapping),
                              profile=matched.name)
    plan = ImportPlan(path, fmt.name, translate("Formats", fmt.label))
    if options.profile:
        plan.format_label = f"{translate('Formats', fmt.label)}: {options.profile}"
        plan.profile = options.profile
    try:
        fmt.plan(source, plan, options)
    except ImportFailed:
        raise
    except (MemoryError, RecursionError):
        raise
    except Exception as exc:
        # A reader met something no test foresaw: the user hears which file and what,
        # never a traceback; the log keeps the traceback for us.
        log.exception("reading %s as %s failed", path.name, fmt.name)
        raise ImportFailed([ImportProblem(path.name, None, None, translate(
            "Import", "cannot be read as {format} ({error}); nothing was stored").format(
                format=translate("Formats", fmt.label),
                error=f"{type(exc).__name__}: {exc}"[:300]))]) from exc
    if source.decoding is not None:  # judged on the sample, or on the whole text
        plan.encoding = source.decoding.encoding
        plan.encoding_reason = source.decoding.reason
    plan.drop_duplicates()
    if not plan.errors and not plan.size:
        plan.error(None, None, "holds no figures or events remonitor can store")
    return plan


def _matching_profile(source: Source, profiles: Sequence[StoredProfile]
                      ) -> StoredProfile | None:
    if not profiles:
        return None
    shapes = candidate_signatures(source)
    return next((p for p in profiles if p.signature in shapes), None)


def commit_plan(
    conn: sqlite3.Connection,
    plan: ImportPlan,
    *,
    file_hash: str,
    release_date: date | None = None,
    skip_bad_rows: bool = False,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] = lambda: False,
) -> ImportSummary:
    """Write a plan as one batch in one transaction. Errors block it unless skipped."""
    if plan.errors and (not skip_bad_rows or not plan.size):
        # Skipping bad rows stores the good ones; with no good row there is nothing to
        # store, and an empty batch would only block the file: refused like any bad file.
        raise ImportFailed(plan.errors)
    release = (release_date or plan.release_date
               or date.fromtimestamp(plan.file.stat().st_mtime))
    total = plan.size
    if plan.file.stat().st_size >= BIG_IMPORT_BYTES:  # a big change: keep a way back
        make_backup(conn, db_path_of(conn), "before-import")
    with transaction(conn):
        # Checked again inside the write lock: two processes importing the same file at
        # once (the window's inbox and the command line) make one batch, not two.
        held = find_by_hash(conn, file_hash)
        if held is not None:
            return ImportSummary(plan.file.name, held.format, 0, 0, held.id,
                                 already_imported=True)
        batch = create_batch(conn, file_name=plan.file.name, file_hash=file_hash,
                             format=plan.format, release_date=release)
        if plan.profile:
            mark_used(conn, plan.profile)
        series: frozenset[int] = frozenset()
        done = 0
        for start in range(0, len(plan.observations), CHUNK):
            if is_cancelled():
                raise ImportCancelled
            chunk = plan.observations[start:start + CHUNK]
            _, touched = insert_observations(conn, batch, chunk, summarise=False)
            series |= touched
            done += len(chunk)
            if progress:
                progress(done, total, translate("Import", "{done} of {total} rows written").format(
                    done=f"{done:,}", total=f"{total:,}"))
        held_events = merged_events = repeats = 0
        tally = None
        if plan.blocks or plan.spill:
            ids = plan_series_ids(conn, plan)
            labels = plan_label_ids(conn, plan)
            with small_page_cache(conn):  # the figures go in sorted: see _insert_blocks
                done, repeats, tally = _insert_blocks(conn, plan, ids, labels, batch, done,
                                                      total, progress, is_cancelled,
                                                      skip_bad_rows)
            series |= frozenset(ids.tolist())
        if plan.events:
            held = held_keys(conn, (e.key for e in plan.events if e.key))
            fresh = [e for e in plan.events if e.key not in held]
            held_events = len(plan.events) - len(fresh)
            # One event per announcement: a second report of one held (IEA's row for an
            # announcement the bundled data has) becomes one of its sources.
            known = list_events(conn)
            new = []
            for event in fresh:
                same = next((k for k in known if same_announcement(k, event)), None)
                if same is None:
                    new.append(event)
                    known.append(event)
                elif same.id is not None:
                    add_source(conn, same.id, event, batch)
                    merged_events += 1
                else:
                    merged_events += 1  # listed twice in this file
            insert_events(conn, new, batch)
        if is_cancelled():
            raise ImportCancelled
        unchanged, revised, precise, revisions = held_events + merged_events, 0, 0, []
        added_to_held = held_figures(conn, series)  # the summaries are still those before
        if added_to_held:
            unchanged += drop_unchanged(conn, batch)
            revised, precise, revisions = revisions_in(conn, batch, limit=200)
        # The catalogue's row per series, same transaction: tallied as the figures went in
        # when they are all the series hold, else grouped from the store.
        if tally is not None and not added_to_held and not plan.observations:
            tally.write(conn, release)
        else:
            summarise_series(conn, series)
        added = total - unchanged - repeats
        record_counts(conn, batch, read=plan.rows_read, added=added, revised=revised,
                      skipped=sum(plan.skipped.values()) + repeats)
        if progress:
            progress(total, total, translate("Import", "committing"))
    change = StoreChange(series_ids=series, events=bool(plan.events), batches=True)
    return ImportSummary(plan.file.name, plan.format_label, plan.rows_read, added, batch,
                         unchanged, revised, tuple(revisions), precise,
                         sum(plan.skipped.values()) + repeats, change=change)


def plan_series_ids(conn: sqlite3.Connection, plan: ImportPlan):
    """Store ids of the plan's series keys (created where new, inside the caller's
    transaction), as an array indexed by the plan's key ids."""
    import numpy as np

    return np.array(series_ids(conn, plan.keys), dtype=np.int64)


def plan_label_ids(conn: sqlite3.Connection, plan: ImportPlan) -> list[int | None]:
    """Store ids of the plan's labels, indexed by the plan's label ids."""
    return [label_id(conn, label) for label in plan.labels]


def _insert_blocks(conn, plan: ImportPlan, ids, labels: list[int | None], batch: int,
                   done: int, total: int, progress: Progress | None,
                   is_cancelled: Callable[[], bool], skip_bad_rows: bool
                   ) -> tuple[int, int, FreshSummaries]:
    """Write the figures read in bulk; returns the figures written so far, how many
    repeats were left out and the written figures' tally. All go in one stream; a spilled
    plan was checked for repeats a block at a time, so one across blocks makes the store
    refuse the stream: its figures then go in part by part, each repeat left out (the same
    figure) or refused like any bad row (the transaction is rolled back) unless bad rows
    are skipped."""
    import numpy as np

    label_ids = np.array([-1 if i is None else i for i in labels], dtype=np.int64)
    tally = FreshSummaries(ids)
    started = done

    def parts():
        # In the figures' key order: a file runs month by month across every series, so
        # its figures land all over the store's b-tree, and past SQLite's page cache each
        # insert loads a page. Sorted in windows of SORT_WINDOW, each window sweeps it once.
        for read in plan.iter_blocks(SORT_WINDOW):
            window = read.take(np.lexsort((read.last, read.first, ids[read.key_ids])))
            del read
            part = None
            for start in range(0, len(window), CHUNK):
                if is_cancelled():
                    raise ImportCancelled
                part = window.take(slice(start, start + CHUNK))
                yield part, (ids[part.key_ids], part.first, part.last, part.mantissa,
                             part.decimals, label_ids[part.label_ids])
            del window, part  # (the next window is read into the room they leave)
            give_memory_back()

    def written(part, columns, kept=slice(None)) -> None:
        nonlocal done
        tally.add(part.key_ids[kept], part.first[kept], part.last[kept], columns[-1][kept])
        done += len(part)
        if progress:
            progress(done, total, translate("Import", "{done} of {total} rows written").format(
                done=f"{done:,}", total=f"{total:,}"))

    def streamed():
        for part, columns in parts():
            yield columns
            written(part, columns)  # asked for the next: this one was taken

    if insert_all_or_none(conn, batch, streamed()):
        return done, 0, tally
    tally, done = FreshSummaries(ids), started
    repeats, conflicts = 0, []
    for part, columns in parts():
        kept = np.ones(len(part), dtype=bool)
        for i, held_m, held_d in insert_columns_once(conn, batch, *columns):
            repeats += 1
            kept[i] = False
            given = part.value(i)
            if given == from_mantissa(held_m, held_d):
                plan.skip("duplicate row in the file (same figure)")
                continue
            key = plan.keys[part.key_ids[i]]
            conflicts.append(ImportProblem(
                plan.file.name, int(part.rows[i]), None,
                f"gives {figure_text(given, int(part.decimals[i]))} for {key.product} "
                f"{key.partner} {MonthSpan(int(part.first[i]), int(part.last[i]))}, an "
                f"earlier row gave {figure_text(from_mantissa(held_m, held_d), held_d)}"))
        written(part, columns, kept)
    if conflicts and not skip_bad_rows:
        raise ImportFailed(conflicts[:MAX_LISTED])
    return done, repeats, tally


def import_file(
    conn: sqlite3.Connection,
    path: Path,
    *,
    options: ImportOptions = ImportOptions(),  # noqa: B008
    release_date: date | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] = lambda: False,
) -> ImportSummary:
    """Plan and commit ``path``; a file already imported (same hash) changes nothing."""
    path = Path(path)
    if not path.is_file():
        raise ImportFailed([ImportProblem(path.name, None, None, "no such file")])
    digest = file_hash(path)
    held = find_by_hash(conn, digest)
    if held is not None:
        return ImportSummary(path.name, held.format, 0, 0, held.id, already_imported=True)
    plan = build_plan(path, options, list_profiles(conn))
    if dry_run:
        if plan.errors and not options.skip_bad_rows:
            raise ImportFailed(plan.errors)
        return ImportSummary(path.name, plan.format_label, plan.rows_read, plan.size, None,
                             skipped=sum(plan.skipped.values()), dry_run=True)
    return commit_plan(conn, plan, file_hash=digest,
                       release_date=release_date or options.release_date,
                       skip_bad_rows=options.skip_bad_rows, progress=progress,
                       is_cancelled=is_cancelled)
