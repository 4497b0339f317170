"""Figures of big files as column blocks, and blocks kept on disk, not in memory: a big
plan's memory follows the chunk it reads, not the file (ten million figures plan in the
memory of a quarter million).

The blocks are written as fixed-width records to an unlinked temporary file (the system
removes it when the plan is gone, even after a crash) and read back a chunk at a time by
the commit and the preview.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

import numpy as np

from remonitor.core.figures import from_mantissa


@dataclass
class ObservationBlock:
    """Figures of a big file, column by column: compact, and inserted without objects.
    Each figure is exact: ``mantissa`` × 10^−``decimals``."""

    key_ids: np.ndarray  # index into ImportPlan.keys
    label_ids: np.ndarray  # index into ImportPlan.labels
    first: np.ndarray
    last: np.ndarray
    mantissa: np.ndarray  # int64
    decimals: np.ndarray
    rows: np.ndarray

    def __len__(self) -> int:
        return len(self.mantissa)

    def take(self, mask: np.ndarray) -> ObservationBlock:
        return ObservationBlock(self.key_ids[mask], self.label_ids[mask], self.first[mask],
                                self.last[mask], self.mantissa[mask], self.decimals[mask],
                                self.rows[mask])

    def value(self, i: int) -> Decimal:
        return from_mantissa(int(self.mantissa[i]), int(self.decimals[i]))


def normalised(mantissa: np.ndarray, decimals: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The same values with trailing zeros dropped (5.0 and 5 become one), to compare."""
    m, d = mantissa.copy(), decimals.astype(np.int64)
    for _ in range(19):
        zeros = (m % 10 == 0) & (m != 0)
        if not zeros.any():
            break
        m[zeros] //= 10
        d[zeros] -= 1
    d[m == 0] = 0
    return m, d


RECORD = np.dtype([("key", "<i4"), ("label", "<i4"), ("first", "<i4"), ("last", "<i4"),
                   ("mantissa", "<i8"), ("decimals", "<i2"), ("row", "<i8")])
"""One figure: 34 bytes on disk."""


class BlockSpill:
    """Blocks appended to a temporary file, read back in pieces of at most ``size``."""

    def __init__(self) -> None:
        # Lives as long as the plan (a wizard may commit it again with bad rows skipped):
        # closed, and so gone, when the plan is.
        self._file = tempfile.TemporaryFile(prefix="remonitor-plan-")  # noqa: SIM115
        self.count = 0

    def append(self, block: ObservationBlock) -> None:
        records = np.empty(len(block), RECORD)
        records["key"], records["label"] = block.key_ids, block.label_ids
        records["first"], records["last"] = block.first, block.last
        records["mantissa"], records["decimals"] = block.mantissa, block.decimals
        records["row"] = block.rows
        self._file.seek(0, 2)
        self._file.write(records.tobytes())
        self.count += len(block)

    def blocks(self, size: int) -> Iterator[ObservationBlock]:
        self._file.seek(0)
        left = self.count
        while left:
            want = min(size, left)
            records = np.frombuffer(self._file.read(want * RECORD.itemsize), RECORD)
            if len(records) != want:  # the file was cut short under us: say so, never guess
                raise OSError(f"the import's temporary file lost {left - len(records):,} "
                              "figures (is the temporary folder full?)")
            left -= want
            # Views of the records read (read-only, and no second copy of the piece).
            yield ObservationBlock(records["key"], records["label"], records["first"],
                                   records["last"], records["mantissa"],
                                   records["decimals"], records["row"])
            del records  # gone before the next piece is read, not after


def _trimmer():
    """glibc's ``malloc_trim``, where the C library is glibc; None elsewhere."""
    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name).malloc_trim if name else None
    except (OSError, AttributeError):
        return None


_malloc_trim = _trimmer()


def give_memory_back() -> None:
    """Return the heap's free pages to the system. A big commit sorts its figures a window
    at a time; glibc keeps what each window freed, scattered over its heap, and reuses it
    only in part: ten million figures written held 17 MiB more than one million (197
    against 180 MiB), trimmed after each window 178. A few milliseconds a window."""
    if _malloc_trim is not None:
        _malloc_trim(0)
