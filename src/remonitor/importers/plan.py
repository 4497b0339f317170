"""What an import would do, worked out before anything is written."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from remonitor.core.events import Event
from remonitor.importers.problems import ImportProblem
from remonitor.store.observations import NewObservation


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

    def add(self, row: int, obs: NewObservation) -> None:
        self.observations.append(obs)
        self.source_rows.append(row)

    def error(self, row: int | None, column: str | None, message: str) -> None:
        self.errors.append(ImportProblem(self.file.name, row, column, message))

    def warn(self, row: int | None, column: str | None, message: str) -> None:
        self.warnings.append(ImportProblem(self.file.name, row, column, message))

    def skip(self, reason: str, n: int = 1) -> None:
        self.skipped[reason] += n

    @property
    def size(self) -> int:
        return len(self.observations) + len(self.events)

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

    def report(self) -> str:
        """The validation report, as the CLI prints it and the dialog can save it."""
        lines = [f"{self.file.name}: {self.format_label}"]
        if self.encoding:
            lines.append(f"  encoding: {self.encoding} ({self.encoding_reason})")
        lines.append(f"  rows read: {self.rows_read}; figures: {len(self.observations)}; "
                     f"events: {len(self.events)}")
        if self.release_date:
            lines.append(f"  release date: {self.release_date} {self.release_note}".rstrip())
        for reason, n in sorted(self.skipped.items()):
            lines.append(f"  skipped {n}: {reason}")
        for problem in self.errors[:50]:
            lines.append(f"  ERROR {problem}")
        if len(self.errors) > 50:
            lines.append(f"  … and {len(self.errors) - 50} more errors")
        for problem in self.warnings[:20]:
            lines.append(f"  warning {problem}")
        if len(self.warnings) > 20:
            lines.append(f"  … and {len(self.warnings) - 20} more warnings")
        return "\n".join(lines)
