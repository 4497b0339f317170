"""The best monthly series that a mix of reported figures supports, built on read.

Releases arrive as single months, a Jan–Feb bucket, year-to-date cumulatives and annual
totals, and later releases revise earlier ones. Per year the months are grouped into
buckets (Jan–Feb together unless January or February is reported alone; every other month
on its own). A bucket that a figure reports is taken as reported; a bucket that is the only
unknown one inside some reported span is derived as that span minus the known buckets in
it (YTD to M minus YTD to M−1, annual minus Jan–Nov, …). Derived values are never stored.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from remonitor.core.periods import MonthSpan, month_index, month_of, year_of
from remonitor.core.series import Observation


class PointKind(StrEnum):
    REPORTED = "reported"
    DERIVED = "derived"


@dataclass(frozen=True, slots=True)
class MonthlyPoint:
    """One bucket of the monthly series (a month, or Jan–Feb)."""

    span: MonthSpan
    value: float
    kind: PointKind
    decimals: int
    """Precision inherited: the coarsest of the figures it rests on."""
    tolerance: float
    """Largest error the rounding of those figures allows."""
    sources: tuple[Observation, ...]
    """The reported figures it is, or was derived from (minuend first)."""

    def explain(self) -> str:
        if self.kind is PointKind.REPORTED:
            return f"reported for {self.sources[0].span.describe()}"
        first, *rest = self.sources
        minus = " − ".join(o.span.describe() for o in rest)
        return f"derived: {first.span.describe()} − {minus}"


def latest_vintages(observations: Iterable[Observation]) -> dict[MonthSpan, Observation]:
    """For each span, the figure from the newest release (later batch breaks a tie)."""
    best: dict[MonthSpan, Observation] = {}
    for obs in observations:
        held = best.get(obs.span)
        if held is None or (obs.release_date, obs.batch_id or 0) > (
            held.release_date,
            held.batch_id or 0,
        ):
            best[obs.span] = obs
    return best


def _buckets_for_year(year: int, spans: Iterable[MonthSpan]) -> list[MonthSpan]:
    jan, feb = month_index(year, 1), month_index(year, 2)
    split = any(s.first == s.last and s.first in (jan, feb) for s in spans)
    head = [MonthSpan(jan, jan), MonthSpan(feb, feb)] if split else [MonthSpan(jan, feb)]
    return head + [MonthSpan.month(year, m) for m in range(3, 13)]


def _covered(span: MonthSpan, buckets: list[MonthSpan]) -> list[int] | None:
    """Indices of the buckets a span is made of, or None if it cuts through one."""
    inside = [i for i, b in enumerate(buckets) if b.first >= span.first and b.last <= span.last]
    if not inside:
        return None
    if sum(buckets[i].length for i in inside) != span.length:
        return None
    return inside


def monthly_series(observations: Iterable[Observation]) -> list[MonthlyPoint]:
    """Reported and derived monthly buckets, in time order, from one series' figures."""
    current = latest_vintages(observations)
    by_year: dict[int, list[Observation]] = {}
    for span, obs in current.items():
        if span.within_one_year:
            by_year.setdefault(year_of(span.first), []).append(obs)
    points: list[MonthlyPoint] = []
    for year in sorted(by_year):
        points.extend(_year_points(year, by_year[year]))
    return points


def _year_points(year: int, figures: list[Observation]) -> list[MonthlyPoint]:
    buckets = _buckets_for_year(year, (o.span for o in figures))
    known: dict[int, MonthlyPoint] = {}
    sums: list[tuple[Observation, list[int]]] = []
    for obs in figures:
        covered = _covered(obs.span, buckets)
        if covered is None:
            continue
        if len(covered) == 1:
            known[covered[0]] = MonthlyPoint(
                buckets[covered[0]], obs.value, PointKind.REPORTED, obs.decimals,
                obs.half_unit, (obs,),
            )
        else:
            sums.append((obs, covered))
    # Shortest spans first: a month is best derived from the two nearest cumulatives.
    sums.sort(key=lambda item: (len(item[1]), item[0].span.last))
    progress = True
    while progress:
        progress = False
        for obs, covered in sums:
            unknown = [i for i in covered if i not in known]
            if len(unknown) != 1:
                continue
            parts = [known[i] for i in covered if i in known]
            value = obs.value - sum(p.value for p in parts)
            sources = (obs, *(s for p in parts for s in p.sources))
            known[unknown[0]] = MonthlyPoint(
                buckets[unknown[0]],
                value,
                PointKind.DERIVED,
                min([obs.decimals, *(p.decimals for p in parts)]),
                obs.half_unit + sum(p.tolerance for p in parts),
                sources,
            )
            progress = True
    return [known[i] for i in sorted(known)]


def bucket_label(span: MonthSpan) -> str:
    """``Jan–Feb 2025`` for the combined bucket, ``Mar 2025`` for a month."""
    if span.length == 2 and month_of(span.first) == 1:
        return f"Jan–Feb {year_of(span.first)}"
    return span.describe()
