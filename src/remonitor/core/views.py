"""Derived views of a monthly series: y/y, m/m, YTD against prior YTD, 12-month rolling.

Each view point keeps what it rests on. Where a view is not defined — m/m across the
Jan–Feb bucket, y/y without the same span a year before — the point says why instead of
inventing a figure.
"""

from __future__ import annotations

from dataclasses import dataclass

from remonitor.core.monthly import MonthlyPoint
from remonitor.core.periods import MonthSpan, month_index, year_of
from remonitor.core.text import translate


@dataclass(frozen=True, slots=True)
class ViewPoint:
    span: MonthSpan
    value: float | None
    """None when the view is not defined here; ``why`` says why."""
    why: str = ""
    parts: tuple[MonthlyPoint, ...] = ()


def _tiling(points: list[MonthlyPoint], span: MonthSpan) -> list[MonthlyPoint] | None:
    """The buckets that exactly cover ``span``, or None if any month is missing or a
    bucket sticks out of it."""
    inside = [p for p in points if p.span.first >= span.first and p.span.last <= span.last]
    if sum(p.span.length for p in inside) != span.length:
        return None
    return inside


def _pct(now: float, before: float) -> float | None:
    return None if before == 0 else (now / before - 1) * 100


def year_on_year(points: list[MonthlyPoint]) -> list[ViewPoint]:
    """Each bucket against the same span a year before (Jan–Feb against Jan–Feb)."""
    out = []
    for p in points:
        earlier = _tiling(points, p.span.shifted_years(-1))
        if earlier is None:
            out.append(ViewPoint(p.span, None, translate("Views", "no figure for {span}").format(
                span=p.span.shifted_years(-1))))
            continue
        before = sum(e.value for e in earlier)
        out.append(ViewPoint(p.span, _pct(p.value, before), "", (p, *earlier)))
    return out


def month_on_month(points: list[MonthlyPoint]) -> list[ViewPoint]:
    """Each single month against the month before; undefined across multi-month buckets."""
    by_last = {p.span.last: p for p in points}
    out = []
    for p in points:
        previous = by_last.get(p.span.first - 1)
        if p.span.length > 1:
            out.append(ViewPoint(p.span, None, translate(
                "Views", "{span} is a bucket of {n} months: m/m is not defined").format(
                span=p.span.describe(), n=p.span.length)))
        elif previous is None:
            out.append(ViewPoint(p.span, None, translate("Views",
                                                         "no figure for the month before")))
        elif previous.span.length > 1:
            out.append(ViewPoint(p.span, None, translate(
                "Views", "the month before is inside the {span} bucket: m/m is not defined "
                "across it").format(span=previous.span.describe())))
        else:
            out.append(ViewPoint(p.span, _pct(p.value, previous.value), "", (p, previous)))
    return out


def year_to_date(points: list[MonthlyPoint]) -> list[ViewPoint]:
    """Cumulative January-to-month at each bucket's end, where every month is known."""
    out = []
    for p in points:
        span = MonthSpan(month_index(year_of(p.span.last), 1), p.span.last)
        parts = _tiling(points, span)
        if parts is None:
            out.append(ViewPoint(span, None, translate(
                "Views", "a month of {span} is not known").format(span=span.describe())))
        else:
            out.append(ViewPoint(span, sum(x.value for x in parts), "", tuple(parts)))
    return out


def ytd_against_prior(points: list[MonthlyPoint]) -> list[ViewPoint]:
    """YTD % change against the same months of the year before."""
    current = {v.span: v for v in year_to_date(points)}
    out = []
    for span, v in current.items():
        prior = _tiling(points, span.shifted_years(-1))
        if v.value is None or prior is None:
            out.append(ViewPoint(span, None, v.why or translate(
                "Views", "{span} not known").format(span=span.shifted_years(-1))))
        else:
            out.append(ViewPoint(span, _pct(v.value, sum(x.value for x in prior)), "",
                                 v.parts + tuple(prior)))
    return out


def rolling_12(points: list[MonthlyPoint]) -> list[ViewPoint]:
    """Sum of the 12 months ending at each bucket's last month."""
    out = []
    for p in points:
        span = MonthSpan(p.span.last - 11, p.span.last)
        parts = _tiling(points, span)
        out.append(ViewPoint(span, sum(x.value for x in parts) if parts else None,
                             "" if parts else translate("Views", "a month of the 12 is not known"),
                             tuple(parts or ())))
    return out
