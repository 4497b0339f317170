"""What an import would do, worked out before anything is written."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import numpy as np

from remonitor.core.events import Event
from remonitor.core.periods import MonthSpan
from remonitor.core.series import NewObservation, SeriesKey
from remonitor.core.text import translate
from remonitor.importers.problems import ImportProblem

MAX_LISTED = 1000
"""Problems listed one by one per plan; more are counted (a 1M-row file can be all wrong)."""


@dataclass
class ObservationBlock:
    """Figures of a big file, column by column: compact, and inserted without objects."""

    key_ids: np.ndarray  # index into ImportPlan.keys
    first: np.ndarray
    last: np.ndarray
    value: np.ndarray
    decimals: np.ndarray
    rows: np.ndarray

    def __len__(self) -> int:
        return len(self.value)

    def take(self, mask: np.ndarray) -> ObservationBlock:
        return ObservationBlock(self.key_ids[mask], self.first[mask], self.last[mask],
                                self.value[mask], self.decimals[mask], self.rows[mask])


@dataclass
class ImportPlan:
    file: Path
    format: str
    format_label: str
    encoding: str = ""
    encoding_reason: str = ""
    rows_read: int = 0
    observations: list[NewObservation] = field(default_factory=list)
    source_rows: list[int] = field(default_factory=list)
    """For each observation, the file row it came from."""
    events: list[Event] = field(default_factory=list)
    errors: list[ImportProblem] = field(default_factory=list)
    warnings: list[ImportProblem] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)
    release_date: date | None = None
    release_note: str = ""
    keys: list[SeriesKey] = field(default_factory=list)
    blocks: list[ObservationBlock] = field(default_factory=list)
    more_errors: int = 0
    profile: str | None = None
    converted: Counter[str] = field(default_factory=Counter)
    """Unit conversions applied, e.g. ``亿元 → CNY (×100,000,000)``, with counts."""
    _key_ids: dict[SeriesKey, int] = field(default_factory=dict)

    def key_id(self, key: SeriesKey) -> int:
        found = self._key_ids.get(key)
        if found is None:
            found = self._key_ids[key] = len(self.keys)
            self.keys.append(key)
        return found

    @property
    def figure_count(self) -> int:
        return len(self.observations) + sum(len(b) for b in self.blocks)

    def iter_observations(self) -> Iterator[tuple[int, NewObservation]]:
        """Every planned figure with its file row, whichever way it is held."""
        yield from zip(self.source_rows, self.observations, strict=True)
        for block in self.blocks:
            for i in range(len(block)):
                yield int(block.rows[i]), NewObservation(
                    self.keys[block.key_ids[i]], MonthSpan(int(block.first[i]),
                                                           int(block.last[i])),
                    float(block.value[i]), int(block.decimals[i]))

    def add(self, row: int, obs: NewObservation) -> None:
        self.observations.append(obs)
        self.source_rows.append(row)

    def error(self, row: int | None, column: str | None, message: str) -> None:
        if len(self.errors) >= MAX_LISTED:
            self.more_errors += 1
            return
        self.errors.append(ImportProblem(self.file.name, row, column, message))

    def warn(self, row: int | None, column: str | None, message: str) -> None:
        self.warnings.append(ImportProblem(self.file.name, row, column, message))

    def skip(self, reason: str, n: int = 1) -> None:
        self.skipped[reason] += n

    @property
    def size(self) -> int:
        return self.figure_count + len(self.events)

    def drop_duplicates(self) -> None:
        """Rows repeating the same figure are kept once; conflicting repeats are errors."""
        seen: dict[tuple, tuple[int, float]] = {}
        keep_obs, keep_rows = [], []
        for row, obs in zip(self.source_rows, self.observations, strict=True):
            key = (obs.key, obs.span)
            held = seen.get(key)
            if held is None:
                seen[key] = (row, obs.value)
                keep_obs.append(obs)
                keep_rows.append(row)
            elif held[1] == obs.value:
                self.skip("duplicate row in the file (same figure)")
                self.warn(row, None, f"repeats row {held[0]} ({obs.span}, same value)")
            else:
                self.error(row, None, f"gives {obs.value:g} for {obs.key.product} "
                                      f"{obs.key.partner} {obs.span}, row {held[0]} gave "
                                      f"{held[1]:g}")
        self.observations, self.source_rows = keep_obs, keep_rows
        if self.blocks:
            self._drop_block_duplicates()
        if self.events:
            self._drop_duplicate_events()

    def _drop_block_duplicates(self) -> None:
        import pandas as pd

        frame = pd.DataFrame({
            "k": np.concatenate([b.key_ids for b in self.blocks]),
            "f": np.concatenate([b.first for b in self.blocks]),
            "l": np.concatenate([b.last for b in self.blocks]),
            "v": np.concatenate([b.value for b in self.blocks]),
            "r": np.concatenate([b.rows for b in self.blocks]),
        })
        repeated = frame.duplicated(["k", "f", "l"], keep="first").to_numpy()
        if not repeated.any():
            return
        # Each repeat beside the first row of its figure, in one join (not row by row: a
        # file listing every row twice has as many repeats as rows).
        pairs = frame[repeated].merge(frame[~repeated], on=["k", "f", "l"],
                                      suffixes=("", "_held"), sort=False)
        same = pairs["v"].to_numpy() == pairs["v_held"].to_numpy()
        if same.any():
            self.skip("duplicate row in the file (same figure)", int(same.sum()))
        for k, f, la, v, r, held_v, held_r in pairs[~same][
                ["k", "f", "l", "v", "r", "v_held", "r_held"]].itertuples(index=False):
            if len(self.errors) >= MAX_LISTED:
                self.more_errors += int((~same).sum()) - MAX_LISTED
                break
            key = self.keys[int(k)]
            self.error(int(r), None, f"gives {v:g} for {key.product} {key.partner} "
                                     f"{MonthSpan(int(f), int(la))}, row {int(held_r)} gave "
                                     f"{held_v:g}")
        keep, start = ~repeated, 0
        blocks = []
        for block in self.blocks:
            blocks.append(block.take(keep[start:start + len(block)]))
            start += len(block)
        self.blocks = blocks

    def _drop_duplicate_events(self) -> None:
        """An event listed twice (same key: same announcement) is kept once."""
        seen: set[str] = set()
        kept = []
        for event in self.events:
            if event.key and event.key in seen:
                self.skip("event listed twice in the file")
                continue
            seen.add(event.key)
            kept.append(event)
        self.events = kept

    def report(self) -> str:
        """The validation report, as the CLI prints it and the dialog can save it."""
        lines = [f"{self.file.name}: {self.format_label}"]
        if self.encoding:
            lines.append(translate("Import", "  encoding: {encoding} ({why})").format(
                encoding=self.encoding, why=self.encoding_reason))
        lines.append(translate("Import", "  rows read: {rows}; figures: {figures}; events: {events}"
                       ).format(rows=self.rows_read, figures=self.figure_count,
                                events=len(self.events)))
        if self.release_date:
            lines.append(translate("Import", "  release date: {date} {note}").format(
                date=self.release_date, note=self.release_note).rstrip())
        for conversion, n in sorted(self.converted.items()):
            lines.append(translate("Import", "  converted {n}: {what}").format(
                n=n, what=conversion))
        for reason, n in sorted(self.skipped.items()):
            lines.append(translate("Import", "  skipped {n}: {why}").format(n=n, why=reason))
        for problem in self.errors[:50]:
            lines.append(translate("Import", "  ERROR {problem}").format(problem=problem))
        if len(self.errors) + self.more_errors > 50:
            lines.append(translate("Import", "  … and {n} more errors").format(
                n=len(self.errors) + self.more_errors - 50))
        for problem in self.warnings[:20]:
            lines.append(translate("Import", "  warning {problem}").format(problem=problem))
        if len(self.warnings) > 20:
            lines.append(translate("Import", "  … and {n} more warnings").format(
                n=len(self.warnings) - 20))
        return "\n".join(lines)
