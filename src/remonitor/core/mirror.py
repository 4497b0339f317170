"""Mirror statistics: what one country reports exporting to another beside what that
partner reports importing from it, period by period, with the gap and the ratio.

The two never agree exactly, and the caption says why: imports are valued CIF (with freight
and insurance), exports FOB; goods in transit at a month's end are counted in different
months by the two sides; re-exports through a third country (Hong Kong) and confidential
lines are counted by one side only. Where one side publishes months and the other whole
years, the months are added up to years (only years whose twelve months are all known).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from statistics import median

from remonitor.core.figures import change_text, figure_text
from remonitor.core.monthly import MonthlyPoint, PointKind
from remonitor.core.periods import MonthSpan, year_of
from remonitor.core.text import translate


@dataclass(frozen=True, slots=True)
class MirrorPoint:
    span: MonthSpan
    exported: Decimal
    imported: Decimal
    decimals: int
    """The coarser of the two sides' precisions."""

    @property
    def gap(self) -> Decimal:
        """Imports as the partner reports them less exports as the exporter reports them."""
        return self.imported - self.exported

    @property
    def ratio(self) -> Decimal | None:
        return self.imported / self.exported if self.exported else None

    def describe(self) -> str:
        ratio = self.ratio
        return translate("Mirror", "mirror, {span}: imports {imported} − exports {exported} "
                         "= {gap}{ratio}").format(
            span=self.span.describe(), imported=figure_text(self.imported, self.decimals),
            exported=figure_text(self.exported, self.decimals),
            gap=("+" if self.gap >= 0 else "−") + figure_text(abs(self.gap), self.decimals),
            ratio="" if ratio is None else translate("Mirror", " (imports are {ratio}× "
                                                     "exports)").format(ratio=f"{ratio:.2f}"))


@dataclass(frozen=True, slots=True)
class MirrorView:
    exporter: str
    importer: str
    points: list[MirrorPoint] = field(default_factory=list)

    def at(self, span: MonthSpan) -> MirrorPoint | None:
        return next((p for p in self.points if p.span == span), None)

    def caption(self) -> list[str]:
        """What the chart says under the two series."""
        why = translate("Mirror", "imports are valued CIF (with freight and insurance), "
                        "exports FOB; goods in transit cross a month's end and re-exports "
                        "through third countries are counted by one side only: a gap of a few "
                        "per cent is normal")
        if not self.points:
            return [translate("Mirror", "mirror: {importer} and {exporter} report no period "
                              "in common").format(importer=self.importer,
                                                  exporter=self.exporter), why]
        ratios = [p.ratio for p in self.points if p.ratio is not None]
        exported = sum((p.exported for p in self.points), Decimal(0))
        imported = sum((p.imported for p in self.points), Decimal(0))
        head = translate("Mirror", "mirror over {n} period(s) ({first} – {last}): {importer}'s "
                         "reported imports are {change} against {exporter}'s reported "
                         "exports (median ratio {ratio})").format(
            n=len(self.points), first=self.points[0].span.describe(),
            last=self.points[-1].span.describe(), importer=self.importer,
            exporter=self.exporter,
            change=change_text(imported / exported - 1) if exported else "—",
            ratio=f"{median(ratios):.2f}" if ratios else "—")
        return [head, why]


def _years(points: list[MonthlyPoint]) -> dict[MonthSpan, tuple[Decimal, int]]:
    """Whole years from buckets that tile January to December (a year only when all its
    months are known), with the coarsest precision among them."""
    by_year: dict[int, list[MonthlyPoint]] = defaultdict(list)
    for p in points:
        if year_of(p.span.first) == year_of(p.span.last):
            by_year[year_of(p.span.first)].append(p)
    out = {}
    for year, buckets in by_year.items():
        span = MonthSpan.year(year)
        if any(b.span == span for b in buckets):
            continue  # the year is reported as such
        if sum(b.span.length for b in buckets) == 12 and \
                len({m for b in buckets for m in range(b.span.first, b.span.last + 1)}) == 12:
            out[span] = (sum((b.value for b in buckets), Decimal(0)),
                         min(b.decimals for b in buckets))
    return out


def on_spans(points: list[MonthlyPoint], view: MirrorView) -> list[MonthlyPoint]:
    """``points`` on the mirror's periods only: a bucket as it is, a year made of months
    as one point (derived when any month is), so both sides are drawn on the same periods."""
    out = []
    for m in view.points:
        same = next((p for p in points if p.span == m.span), None)
        if same is not None:
            out.append(same)
            continue
        inside = [p for p in points if m.span.first <= p.span.first and
                  p.span.last <= m.span.last]
        if not inside:
            continue
        derived = any(p.kind is PointKind.DERIVED for p in inside)
        out.append(MonthlyPoint(
            m.span, sum((p.value for p in inside), Decimal(0)),
            PointKind.DERIVED if derived else PointKind.REPORTED,
            min(p.decimals for p in inside), sum((p.tolerance for p in inside), Decimal(0)),
            tuple(o for p in inside for o in p.sources)))
    return out


def mirror(exports: list[MonthlyPoint], imports: list[MonthlyPoint], exporter: str,
           importer: str) -> MirrorView:
    """The periods both sides give, exactly: the same buckets, or whole years."""
    ex = {p.span: (p.value, p.decimals) for p in exports}
    im = {p.span: (p.value, p.decimals) for p in imports}
    for side, points in ((ex, exports), (im, imports)):
        for span, held in _years(points).items():
            side.setdefault(span, held)
    common = sorted(set(ex) & set(im), key=lambda s: (s.first, s.last))
    fine = [s for s in common if s.length < 12]
    # Years only where no finer common bucket lies inside them (not the same trade twice).
    chosen = fine + [s for s in common if s.length >= 12 and not any(
        s.first <= f.first <= s.last for f in fine)]
    chosen.sort(key=lambda s: (s.first, s.last))
    return MirrorView(exporter, importer, [
        MirrorPoint(s, ex[s][0], im[s][0], min(ex[s][1], im[s][1])) for s in chosen])
