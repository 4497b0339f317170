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
from decimal import Decimal
from enum import StrEnum

from remonitor.core.figures import figure_text
from remonitor.core.periods import MonthSpan, month_index, year_of
from remonitor.core.series import Observation
from remonitor.core.text import translate


class PointKind(StrEnum):
    REPORTED = "reported"
    DERIVED = "derived"


@dataclass(frozen=True, slots=True)
class MonthlyPoint:
    """One bucket of the monthly series: a month, Jan–Feb, or a run of months that only
    their total is known for (Mar–Apr from YTD figures, Oct–Dec as annual − Jan–Sep)."""

    span: MonthSpan
    value: Decimal
    kind: PointKind
    decimals: int
    """Precision inherited: the coarsest of the figures it rests on."""
    tolerance: Decimal
    """Largest error the rounding of those figures allows."""
    sources: tuple[Observation, ...]
    """The reported figures it is, or was derived from: the minuend first, then the figures
    subtracted from it."""

    @property
    def monthly_average(self) -> Decimal:
        return self.value / self.span.length

    def explain(self) -> str:
        if self.kind is PointKind.REPORTED:
            return translate("Monthly", "reported for {span}").format(
                span=self.sources[0].span.describe())
        first, *rest = self.sources
        minus = " − ".join(o.span.describe() for o in rest)
        return translate("Monthly", "derived: {span} − {minus}").format(
            span=first.span.describe(), minus=minus)

    @property
    def figures(self) -> str:
        """The arithmetic, with the published figures: ``62,580 − 48,355.7``."""
        return " − ".join(figure_text(o.value, o.decimals) for o in self.sources)


def latest_vintages(observations: Iterable[Observation]) -> dict[MonthSpan, Observation]:
    """For each span, the figure from the newest release; within one release the more
    precise one (5,666.271 beside 5,666.3); then the later import."""
    best: dict[MonthSpan, Observation] = {}
    for obs in observations:
        held = best.get(obs.span)
        if held is None or obs.vintage > held.vintage:
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
    reported = {o.span: o for o in figures}
    known: dict[int, MonthlyPoint] = {}
    sums: list[tuple[Observation, list[int]]] = []
    for obs in figures:
        covered = _covered(obs.span, buckets)
        if covered is None:
            continue
        if len(covered) == 1:
            known[covered[0]] = _reported(buckets[covered[0]], obs)
        else:
            sums.append((obs, covered))
    # Shortest spans first: a month is best derived from the two nearest cumulatives.
    sums.sort(key=lambda item: (len(item[1]), item[0].span.last))
    while _peel_one(buckets, reported, known, sums, merge=False) or _peel_one(
        buckets, reported, known, sums, merge=True
    ):
        pass
    return sorted({id(p): p for p in known.values()}.values(), key=lambda p: p.span)


def _reported(span: MonthSpan, obs: Observation) -> MonthlyPoint:
    return MonthlyPoint(span, obs.value, PointKind.REPORTED, obs.decimals, obs.half_unit,
                        (obs,))


def _runs(indices: list[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    for i in indices:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _known_parts(run: list[int], buckets: list[MonthSpan],
                 reported: dict[MonthSpan, Observation], known: dict[int, MonthlyPoint]
                 ) -> list[MonthlyPoint] | None:
    """The fewest figures that add up to a run of known buckets, or None if the run cuts
    through a multi-month bucket. A figure reported for the whole run (a YTD) beats a sum."""
    span = MonthSpan(buckets[run[0]].first, buckets[run[-1]].last)
    if span in reported:
        return [_reported(span, reported[span])]
    parts = list({id(known[i]): known[i] for i in run}.values())
    if any(p.span.first < span.first or p.span.last > span.last for p in parts):
        return None
    return parts


def _peel_one(buckets: list[MonthSpan], reported: dict[MonthSpan, Observation],
              known: dict[int, MonthlyPoint], sums: list[tuple[Observation, list[int]]],
              merge: bool) -> bool:
    """Resolve one span whose unknown buckets can be found; True if one was.

    Without ``merge`` only a span with exactly one unknown bucket qualifies. With it, a span
    whose unknown buckets are contiguous yields them as one multi-month bucket (Q4 = annual
    − Jan–Sep); a span with nothing known inside is itself such a bucket, reported.
    """
    for obs, covered in sums:
        unknown = [i for i in covered if i not in known]
        if not unknown or (len(unknown) > 1 and not merge):
            continue
        if unknown != list(range(unknown[0], unknown[-1] + 1)):
            continue
        parts: list[MonthlyPoint] = []
        for run in _runs([i for i in covered if i in known]):
            found = _known_parts(run, buckets, reported, known)
            if found is None:
                break
            parts += found
        else:
            span = MonthSpan(buckets[unknown[0]].first, buckets[unknown[-1]].last)
            point = _reported(span, obs) if not parts else _derived(span, obs, parts)
            for i in unknown:
                known[i] = point
            return True
    return False


def _derived(span: MonthSpan, total: Observation, parts: list[MonthlyPoint]) -> MonthlyPoint:
    sources = [total]
    for part in sorted(parts, key=lambda p: p.span):
        sources += [s for s in part.sources if s not in sources]
    return MonthlyPoint(
        span,
        total.value - sum(p.value for p in parts),
        PointKind.DERIVED,
        min([total.decimals, *(p.decimals for p in parts)]),
        total.half_unit + sum(p.tolerance for p in parts),
        tuple(sources),
    )
