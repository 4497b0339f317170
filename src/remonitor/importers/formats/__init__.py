"""The file formats remonitor reads, and choosing one for a file."""

from __future__ import annotations

import logging

from remonitor.importers.formats.api import ComextJsonStat, ComtradeApi
from remonitor.importers.formats.base import FileFormat, ImportOptions
from remonitor.importers.formats.comtrade import ComtradeBulk, ComtradeClassic
from remonitor.importers.formats.comtrade_plus import ComtradePlus
from remonitor.importers.formats.eurostat import EurostatSpreadsheet
from remonitor.importers.formats.gac import GacQuery
from remonitor.importers.formats.gac_table import GacMajorCommodities
from remonitor.importers.formats.generic import GenericTable
from remonitor.importers.formats.iea import IeaPolicyTracker
from remonitor.importers.formats.oec import OecNetTrade
from remonitor.importers.formats.own import EventTable, LongTable
from remonitor.importers.formats.usgs import UsgsMcs
from remonitor.importers.formats.usitc import UsitcDataWeb
from remonitor.importers.formats.wits import WitsWorkbook
from remonitor.importers.problems import ImportFailed, ImportProblem, NotRecognised
from remonitor.importers.source import Source

FORMATS: dict[str, FileFormat] = {f.name: f for f in (
    ComtradePlus(), ComtradeClassic(), ComtradeBulk(), GacQuery(), GacMajorCommodities(),
    UsgsMcs(), UsitcDataWeb(),
    EurostatSpreadsheet(), WitsWorkbook(), OecNetTrade(), IeaPolicyTracker(), LongTable(),
    EventTable(), ComtradeApi(), ComextJsonStat(), GenericTable(),
)}

log = logging.getLogger(__name__)
ALL_KNOWN_WORDS = tuple(w for f in FORMATS.values() for w in f.known_words)


def detect(source: Source) -> tuple[FileFormat, float]:
    """The format most sure it can read the file, and how sure (0 … 1)."""
    # Read the file first, so an empty, binary or undecodable file is named as such.
    if source.is_workbook:
        source.sheet_names  # noqa: B018 - opens the workbook or fails with the reason
    else:
        source.check_lines()  # empty, binary or over-long lines fail here, with the reason
        source.head_text  # noqa: B018 - judges the encoding on a sample
    scored = sorted(((_sniff(f, source), f) for f in FORMATS.values()), key=lambda s: -s[0])
    score, best = scored[0]
    if score < 0.5:
        labels = "; ".join(f.label for f in FORMATS.values() if f.name != "generic-table")
        raise NotRecognised([ImportProblem(
            source.name, None, None,
            f"is not a format remonitor recognises (it reads: {labels})")])
    return best, score


def _sniff(fmt: FileFormat, source: Source) -> float:
    if source.is_workbook and not set(fmt.suffixes) & {".xlsx", ".xls", ".ods"}:
        return 0.0  # a text format cannot read a workbook, and must not try to decode it
    try:
        return fmt.sniff(source)
    except ImportFailed:
        return 0.0
    except (MemoryError, RecursionError):
        raise
    except Exception:  # a format that cannot make sense of the file does not claim it
        log.exception("%s: sniffing as %s failed", source.name, fmt.name)
        return 0.0


__all__ = ["FORMATS", "FileFormat", "ImportOptions", "detect"]
