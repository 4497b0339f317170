"""Import problems that name the file, the row and the column."""

from __future__ import annotations

import re
from dataclasses import dataclass

from remonitor.core.text import translate

_QUOTED = re.compile(r"'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"")
"""A quoted cell in a message (messages quote cells with repr)."""


@dataclass(frozen=True, slots=True)
class ImportProblem:
    file: str
    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"

    def redacted(self) -> str:
        """Where and why, with the cell contents the message quotes left out (``'…'``):
        for a report that others may read."""
        return f"{self.where}: {_QUOTED.sub(chr(39) + '…' + chr(39), self.message)}"

    @property
    def where(self) -> str:
        where = self.file
        if self.row is not None:
            where += translate("Import", ", row {row}").format(row=self.row)
        if self.column:
            where += translate("Import", ", column {column}").format(column=repr(self.column))
        return where


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

