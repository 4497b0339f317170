"""By destination: the top-N partners of a product with "rest of world", and each one's
share. Partner countries only — a World row or a group of countries (EU27, Intra-EU27) is
never added in; where such a row exists (World first) the caption says how far the sum of
the countries is from it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from remonitor.core.figures import change_text, figure_text
from remonitor.core.monthly import MonthlyPoint, PointKind
from remonitor.core.periods import MonthSpan
from remonitor.core.text import translate

REST = "rest of world"


@dataclass(frozen=True, slots=True)
class PartnerShare:
    partner: str
    total: Decimal
    """Over the ranked range, in the series' unit."""
    share: float
    """Of all partners together, 0–1."""


@dataclass(frozen=True, slots=True)
class PartnerView:
    partners: list[PartnerShare]
    """The top N by total, then rest of world (when there is a rest)."""
    spans: list[MonthSpan]
    values: list[list[Decimal]]
    """``values[i][j]``: partner i over span j (the bucket's total)."""
    derived: list[bool]
    """Per span: whether the total it rests on was derived from cumulative figures."""
    notes: list[str] = field(default_factory=list)


def top_partners(ranking: list[tuple[str, Decimal]], by_partner: dict[str, list[MonthlyPoint]],
                 total: list[MonthlyPoint], n: int,
                 aggregate: tuple[str, list[MonthlyPoint]] | None = None) -> PartnerView:
    """Assemble the view from the ranking (every partner's total, largest first), the top
    partners' monthly series and the all-partner total series; ``aggregate`` is a held row
    of a group (its name, its series) to compare the countries' sum with."""
    everyone = sum((v for _, v in ranking), Decimal(0)) or Decimal(1)
    top = [p for p, _ in ranking[:n]]
    shares = [PartnerShare(p, v, float(v / everyone)) for p, v in ranking[:n]]
    rest_total = sum((v for _, v in ranking[n:]), Decimal(0))
    spans = [p.span for p in total]
    values: list[list[Decimal]] = []
    for partner in top:
        held = {p.span: p.value for p in by_partner.get(partner, [])}
        values.append([held.get(s, Decimal(0)) for s in spans])
    notes: list[str] = []
    if len(ranking) > n:
        shares.append(PartnerShare(REST, rest_total, float(rest_total / everyone)))
        rest = [t.value - sum(row[j] for row in values) for j, t in enumerate(total)]
        values.append(rest)
        notes.append(translate("Partners", "rest of world: {n} other partners").format(
            n=len(ranking) - n))
    if aggregate and aggregate[1]:
        name, series = aggregate
        held = {p.span: p for p in series}
        gaps = [(t, held[t.span]) for t in total if t.span in held]
        worst = max(gaps, key=lambda g: abs(g[1].value - g[0].value), default=None)
        if worst is not None and worst[1].value != worst[0].value:
            summed, row = worst
            gap = row.value - summed.value
            notes.append(translate(
                "Partners", "the {aggregate} row differs from the sum of partner countries "
                "by up to {difference} ({share} of it, {span}): unallocated, confidential or "
                "not in the group").format(
                aggregate=name, difference=("+" if gap > 0 else "−") + figure_text(
                    abs(gap), min(row.decimals, summed.decimals)),
                share=change_text(abs(gap) / (abs(row.value) or Decimal(1))).lstrip("+"),
                span=row.span.describe()))
    return PartnerView(shares, spans, values,
                       [t.kind is PointKind.DERIVED for t in total], notes)
