"""Import problems that name the file, the row and the column."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from remonitor.core.text import translate


@dataclass(frozen=True, slots=True)
class ImportProblem:
    file: str
    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += translate("Import", ", row {row}").format(row=self.row)
        if self.column:
            where += translate("Import", ", column {column}").format(column=repr(self.column))
        return f"{where}: {self.message}"


class ImportFailed(Exception):
    """The file cannot be imported as it is; nothing was written."""

    def __init__(self, problems: list[ImportProblem]) -> None:
        self.problems = problems
        shown = "\n".join(str(p) for p in problems[:20])
        more = "\n" + translate("Import", "… and {n} more").format(n=len(problems) - 20) \
            if len(problems) > 20 else ""
        super().__init__(shown + more)


class NotRecognised(ImportFailed):
    """No known format reads the file and no saved profile matches its header: the user
    can still map it in the import wizard."""


def file_label(path: Path) -> str:
    return path.name
