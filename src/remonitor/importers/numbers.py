"""Numbers as publishers write them: thousands separators, footnote marks, missing markers."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from remonitor.core.figures import NotAFigure, from_text

MISSING = {"": "empty", "na": "not available", "n/a": "not available", ":": "not available",
           "..": "not available", "...": "not available", "—": "not available",
           "–": "not available", "-": "not available", "x": "confidential",
           "w": "withheld to avoid disclosing company data",
           "nan": "NaN (no number: an empty cell as pandas writes it)",
           "?": "not available"}

_NUMBER = re.compile(r"^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$")
# Footnote marks: e(stimated), p(reliminary), r(evised), *, †, ‡; (a) or [1] style.
_FOOTNOTE = re.compile(r"^(.*?\d)\s*(?:\(([a-z0-9]{1,2})\)|([eprEPR*†‡])|\[(\d{1,2})\])$")


class NumberProblem(ValueError):
    """A cell that is neither a number nor a recognised missing marker."""


@dataclass(frozen=True, slots=True)
class Number:
    value: Decimal
    """Exact, as written (float noise beyond 15 significant digits rounded away)."""
    decimals: int
    note: str = ""


@dataclass(frozen=True, slots=True)
class Missing:
    reason: str


def parse_number(text: str) -> Number | Missing:
    """``"1,234.5"`` → 1234.5 (1 decimal); ``"W"`` → withheld; ``"3,000e"`` → 3000, note e.
    NumberProblem for anything else (``inf``, ``1e400``, words)."""
    try:
        return _parse(text)
    except NotAFigure as exc:
        raise NumberProblem(str(exc)) from None


def _parse(text: str) -> Number | Missing:
    cleaned = unicodedata.normalize("NFKC", str(text)).strip().replace("\u00a0", "")
    cleaned = cleaned.strip('"').strip()
    lowered = cleaned.lower()
    if lowered in MISSING:
        return Missing(MISSING[lowered])
    note = ""
    match = _NUMBER.match(cleaned)
    if not match:
        foot = _FOOTNOTE.match(cleaned)
        if foot:
            note = next(g for g in foot.groups()[1:] if g)
            match = _NUMBER.match(foot.group(1))
    if not match:
        if re.fullmatch(r"[+-]?\d+(\.\d+)?[eE][+-]?\d+", cleaned):
            value, decimals = from_text(cleaned)
            return Number(value, decimals)
        if lowered.lstrip("+-") in ("inf", "infinity", "nan"):
            raise NumberProblem(f"{text!r} is not a finite number")
        raise NumberProblem(f"{text!r} is not a number")
    sign, whole, frac = match.groups()
    value, decimals = from_text(f"{sign}{whole.replace(',', '')}" + (f".{frac}" if frac else ""))
    return Number(value, decimals, note)
