"""The file formats remonitor reads, and choosing one for a file."""

from __future__ import annotations

from remonitor.importers.formats.base import FileFormat, ImportOptions
from remonitor.importers.formats.comtrade import ComtradeBulk, ComtradeClassic, ComtradePlus
from remonitor.importers.formats.gac import GacQuery
from remonitor.importers.formats.own import EventTable, LongTable
from remonitor.importers.formats.usgs import UsgsMcs
from remonitor.importers.source import Source

FORMATS: dict[str, FileFormat] = {f.name: f for f in (
    ComtradePlus(), ComtradeClassic(), ComtradeBulk(), GacQuery(), UsgsMcs(), LongTable(),
    EventTable(),
)}

ALL_KNOWN_WORDS = tuple(w for f in FORMATS.values() for w in f.known_words)


def detect(source: Source) -> tuple[FileFormat, float]:
    """The format most sure it can read the file, and how sure (0 … 1)."""
    scored = sorted(((f.sniff(source), f) for f in FORMATS.values()), key=lambda s: -s[0])
    score, best = scored[0]
    if score < 0.5:
        labels = "; ".join(f.label for f in FORMATS.values())
        source.fail(f"is not a format remonitor recognises (it reads: {labels})")
    return best, score


__all__ = ["FORMATS", "FileFormat", "ImportOptions", "detect"]
