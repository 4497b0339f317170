"""What an import would do, worked out before anything is written."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import numpy as np

from remonitor.core.events import Event
from remonitor.core.figures import figure_text, from_mantissa
from remonitor.core.periods import MonthSpan
from remonitor.core.series import Label, NewObservation, SeriesKey
from remonitor.core.text import translate
from remonitor.core.units import known_unit, unknown_unit_message
from remonitor.importers.countries import Places
from remonitor.importers.encoding import encoding_label
from remonitor.importers.problems import ImportProblem
from remonitor.importers.spill import BlockSpill, ObservationBlock, normalised

MAX_LISTED = 1000
"""Problems listed one by one per plan; more are counted (a 1M-row file can be all wrong)."""

SPILL_AFTER = 250_000
"""Figures a plan holds in memory; past that its blocks go to a temporary file."""


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
    labels: list[Label] = field(default_factory=lambda: [Label()])
    blocks: list[ObservationBlock] = field(default_factory=list)
    """Figures read in bulk, while there are few; see ``spill``."""
    spill: BlockSpill | None = None
    """Past SPILL_AFTER figures every block is here, on disk. A repeat within one block is
    found while planning, a repeat across blocks by the store when committing."""
    more_errors: int = 0
    profile: str | None = None
    converted: Counter[str] = field(default_factory=Counter)
    """Unit conversions applied, e.g. ``亿元 → CNY (×100,000,000)``, with counts."""
    ignored_columns: list[str] = field(default_factory=list)
    """Columns of the file not imported (a unit price, a share: derived, never stored)."""
    places: Places = field(default_factory=Places)
    """How the file's reporters and partners map onto the country table."""
    _key_ids: dict[SeriesKey, int] = field(default_factory=dict)
    _label_ids: dict[Label, int] = field(default_factory=lambda: {Label(): 0})
    _units: dict[str, bool] = field(default_factory=dict)

    def placed(self, key: SeriesKey) -> SeriesKey:
        """``key`` with its reporter and partner as codes of the country table."""
        reporter, partner = self.places.place(key.reporter), self.places.place(key.partner)
        if (reporter, partner) == (key.reporter, key.partner):
            return key
        return replace(key, reporter=reporter, partner=partner)

    def key_id(self, key: SeriesKey, row: int | None = None) -> int:
        found = self._key_ids.get(key)
        if found is None:
            found = self._key_ids[key] = len(self.keys)
            self.keys.append(self.placed(key))
            self.check_unit(key.unit, row)
        return found

    def check_unit(self, unit: str, row: int | None) -> bool:
        """Only known units are stored: an unknown one is an error, said once."""
        if unit in self._units:
            return self._units[unit]
        self._units[unit] = ok = known_unit(unit)
        if not ok:
            self.error(row, "unit", unknown_unit_message(unit))
        return ok

    def label_id(self, label: Label) -> int:
        found = self._label_ids.get(label)
        if found is None:
            found = self._label_ids[label] = len(self.labels)
            self.labels.append(label)
        return found

    @property
    def figure_count(self) -> int:
        return (len(self.observations) + sum(len(b) for b in self.blocks)
                + (self.spill.count if self.spill else 0))

    def add_block(self, block: ObservationBlock) -> None:
        if self.spill is None:
            self.blocks.append(block)
            if sum(len(b) for b in self.blocks) <= SPILL_AFTER:
                return
            self.spill = BlockSpill()
            pending, self.blocks = self.blocks, []
        else:
            pending = [block]
        for held in self._without_repeats(pending):
            self.spill.append(held)

    def iter_blocks(self, size: int) -> Iterator[ObservationBlock]:
        """The figures read in bulk, in pieces of at most ``size``."""
        for block in self.blocks:
            for start in range(0, len(block), size):
                yield block.take(slice(start, start + size))
        if self.spill is not None:
            yield from self.spill.blocks(size)

    def iter_observations(self) -> Iterator[tuple[int, NewObservation]]:
        """Every planned figure with its file row, whichever way it is held."""
        yield from zip(self.source_rows, self.observations, strict=True)
        for block in self.iter_blocks(10_000):
            for i in range(len(block)):
                yield int(block.rows[i]), NewObservation(
                    self.keys[block.key_ids[i]], MonthSpan(int(block.first[i]),
                                                           int(block.last[i])),
                    block.value(i), int(block.decimals[i]),
                    label=self.labels[block.label_ids[i]])

    def add(self, row: int, obs: NewObservation) -> None:
        if not self.check_unit(obs.key.unit, row):
            return
        placed = self.placed(obs.key)
        self.observations.append(obs if placed is obs.key else replace(obs, key=placed))
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
        seen: dict[tuple, tuple[int, Decimal, int]] = {}
        keep_obs, keep_rows = [], []
        for row, obs in zip(self.source_rows, self.observations, strict=True):
            key = (obs.key, obs.span)
            held = seen.get(key)
            if held is None:
                seen[key] = (row, obs.value, obs.decimals)
                keep_obs.append(obs)
                keep_rows.append(row)
            elif held[1] == obs.value:
                self.skip("duplicate row in the file (same figure)")
                self.warn(row, None, f"repeats row {held[0]} ({obs.span}, same value)")
            else:
                self.error(row, None, f"gives {figure_text(obs.value, obs.decimals)} for "
                                      f"{obs.key.product} {obs.key.partner} {obs.span}, row "
                                      f"{held[0]} gave {figure_text(*held[1:])}")
        self.observations, self.source_rows = keep_obs, keep_rows
        if self.blocks:
            self.blocks = self._without_repeats(self.blocks)
        if self.events:
            self._drop_duplicate_events()

    def _without_repeats(self, blocks: list[ObservationBlock]) -> list[ObservationBlock]:
        """``blocks`` with a figure given twice kept once (an error if the values differ)."""
        import pandas as pd

        mantissa, decimals = normalised(np.concatenate([b.mantissa for b in blocks]),
                                        np.concatenate([b.decimals for b in blocks]))
        frame = pd.DataFrame({
            "k": np.concatenate([b.key_ids for b in blocks]),
            "f": np.concatenate([b.first for b in blocks]),
            "l": np.concatenate([b.last for b in blocks]),
            "m": mantissa, "d": decimals,
            "r": np.concatenate([b.rows for b in blocks]),
        })
        repeated = frame.duplicated(["k", "f", "l"], keep="first").to_numpy()
        if not repeated.any():
            return blocks
        # Each repeat beside the first row of its figure, in one join (not row by row: a
        # file listing every row twice has as many repeats as rows).
        pairs = frame[repeated].merge(frame[~repeated], on=["k", "f", "l"],
                                      suffixes=("", "_held"), sort=False)
        same = ((pairs["m"] == pairs["m_held"]) & (pairs["d"] == pairs["d_held"])).to_numpy()
        if same.any():
            self.skip("duplicate row in the file (same figure)", int(same.sum()))
        for k, f, la, m, d, r, held_m, held_d, held_r in pairs[~same][
                ["k", "f", "l", "m", "d", "r", "m_held", "d_held", "r_held"]
        ].itertuples(index=False):
            if len(self.errors) >= MAX_LISTED:
                self.more_errors += int((~same).sum()) - MAX_LISTED
                break
            key = self.keys[int(k)]
            given = figure_text(from_mantissa(int(m), int(d)), int(d))
            held = figure_text(from_mantissa(int(held_m), int(held_d)), int(held_d))
            self.error(int(r), None, f"gives {given} for {key.product} {key.partner} "
                                     f"{MonthSpan(int(f), int(la))}, row {int(held_r)} gave "
                                     f"{held}")
        keep, start, kept = ~repeated, 0, []
        for block in blocks:
            kept.append(block.take(keep[start:start + len(block)]))
            start += len(block)
        return kept

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
                encoding=encoding_label(self.encoding), why=self.encoding_reason))
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
        for note in self.places.notes()[:20]:
            lines.append(translate("Import", "  warning {problem}").format(problem=note))
        if self.ignored_columns:
            lines.append(translate("Import", "  not imported: {columns}").format(
                columns=", ".join(self.ignored_columns)))
        for problem in self.warnings[:20]:
            lines.append(translate("Import", "  warning {problem}").format(problem=problem))
        if len(self.warnings) > 20:
            lines.append(translate("Import", "  … and {n} more warnings").format(
                n=len(self.warnings) - 20))
        return "\n".join(lines)
