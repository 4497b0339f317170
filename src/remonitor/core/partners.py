"""By destination: the top-N partners of a product with "rest of world", and each one's
share. Partner rows only — a World row or a group of countries is never added in; where a
World row exists it is compared with the sum of the partners instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from remonitor.core.monthly import MonthlyPoint, PointKind
from remonitor.core.periods import MonthSpan
from remonitor.core.text import translate

REST = "rest of world"


@dataclass(frozen=True, slots=True)
class PartnerShare:
    partner: str
    total: float
    """Over the ranked range, in the series' unit."""
    share: float
    """Of all partners together, 0–1."""


@dataclass(frozen=True, slots=True)
class PartnerView:
    partners: list[PartnerShare]
    """The top N by total, then rest of world (when there is a rest)."""
    spans: list[MonthSpan]
    values: list[list[float]]
    """``values[i][j]``: partner i over span j (the bucket's total)."""
    derived: list[bool]
    """Per span: whether the total it rests on was derived from cumulative figures."""
    notes: list[str] = field(default_factory=list)


def top_partners(ranking: list[tuple[str, float]], by_partner: dict[str, list[MonthlyPoint]],
                 total: list[MonthlyPoint], n: int,
                 world: list[MonthlyPoint] | None = None) -> PartnerView:
    """Assemble the view from the ranking (every partner's total, largest first), the top
    partners' monthly series and the all-partner total series."""
    everyone = sum(v for _, v in ranking) or 1.0
    top = [p for p, _ in ranking[:n]]
    shares = [PartnerShare(p, v, v / everyone) for p, v in ranking[:n]]
    rest_total = sum(v for _, v in ranking[n:])
    spans = [p.span for p in total]
    values: list[list[float]] = []
    for partner in top:
        held = {p.span: p.value for p in by_partner.get(partner, [])}
        values.append([held.get(s, 0.0) for s in spans])
    notes: list[str] = []
    if len(ranking) > n:
        shares.append(PartnerShare(REST, rest_total, rest_total / everyone))
        rest = [t.value - sum(row[j] for row in values) for j, t in enumerate(total)]
        values.append(rest)
        notes.append(translate("Partners", "rest of world: {n} other partners").format(
            n=len(ranking) - n))
    if world:
        held = {p.span: p.value for p in world}
        gaps = [(t.span, held[t.span] - t.value) for t in total if t.span in held]
        worst = max(gaps, key=lambda g: abs(g[1]), default=None)
        if worst is not None and abs(worst[1]) > 0.005 * max(abs(held[worst[0]]), 1):
            notes.append(translate(
                "Partners", "the World row differs from the sum of partners by up to "
                "{difference} ({span}): unallocated or confidential trade").format(
                difference=f"{worst[1]:+,.0f}", span=worst[0].describe()))
    return PartnerView(shares, spans, values,
                       [t.kind is PointKind.DERIVED for t in total], notes)
