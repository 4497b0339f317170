"""Drawing the chart's series into pyqtgraph: bars (side by side when several), lines with
solid markers for reported and hollow ones for derived points, stacked partner bars, and
the readable scale of an axis. Every drawn point is returned as a :class:`Hit`, kept in a
:class:`HitIndex` where the crosshair and the tooltip find it by date."""

from __future__ import annotations

import bisect
import itertools
import math
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache, partial

import numpy as np

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QFontMetrics

from remonitor.core.figures import decimals_of, figure_text
from remonitor.core.partners import REST, PartnerView
from remonitor.core.periods import MonthSpan, month_start, utc_timestamp
from remonitor.core.plotting import PlotPoint, Plotted, log_safe, plot_points
from remonitor.core.text import place_name
from remonitor.ui import theme, vocabulary

GAP_S = 3 * 86400  # space between bars so months read as separate
SCALES = ((1e9, QT_TRANSLATE_NOOP("SeriesDrawing", "billion")),
          (1e6, QT_TRANSLATE_NOOP("SeriesDrawing", "million")),
          (1e3, QT_TRANSLATE_NOOP("SeriesDrawing", "thousand")))
translate = QCoreApplication.translate


@dataclass(frozen=True, slots=True)
class Hit:
    x0: float
    x1: float
    series: str
    point: PlotPoint


@lru_cache(maxsize=4096)
def _month_x(month: int) -> float:
    return utc_timestamp(month_start(month))


def span_edges(span: MonthSpan) -> tuple[float, float]:
    return _month_x(span.first) + GAP_S / 2, _month_x(span.last + 1) - GAP_S / 2


def axis_scale(values: list[float]) -> tuple[float, str]:
    """A divisor and its word so an axis reads '3.2 billion USD', not '3.2e+09'."""
    top = max((abs(float(v)) for v in values), default=0.0)
    for factor, name in SCALES:
        if top >= factor * 2:
            return factor, translate("SeriesDrawing", name)
    return 1.0, ""


def with_right_axis(label: str) -> str:
    """A series' name in the legend when it is read on the right axis."""
    return label + translate("SeriesDrawing", " (right axis)")


def without_right_axis(name: str) -> str:
    suffix = translate("SeriesDrawing", " (right axis)")
    return name[:-len(suffix)] if name.endswith(suffix) else name


def axis_title(word: str, unit: str) -> str:
    """'thousand t per month'; the index axis is named in words."""
    if unit == "index":
        unit = translate("SeriesDrawing", "index")
    return translate("SeriesDrawing", "{scale} {unit}").format(scale=word, unit=unit).strip()


def set_axis_title(axis: pg.AxisItem, text: str) -> None:
    """An axis title that fits the axis: elided to its length ("thousand t (12-month su"
    was cut by the plot's edge), whole in the axis tooltip; fitted again on resize."""
    axis.full_title = text
    fit_axis_title(axis)


def fit_axis_title(axis: pg.AxisItem) -> None:
    text = getattr(axis, "full_title", "")
    room = int(axis.boundingRect().height() if axis.orientation in ("left", "right")
               else axis.boundingRect().width()) - 12
    metrics = QFontMetrics(axis.label.font())
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(room, 40))
    axis.setToolTip(text if shown != text else "")
    if axis.labelText != shown:
        axis.setLabel(shown)


def _y(value: Decimal, scale: float, log: bool) -> float:
    """Where a figure is drawn: the one place exact decimals become floats (pixels)."""
    return math.log10(value) if log else float(value) / scale


def draw_bars(target, plotted: Plotted, name: str, colour, slot: int, slots: int,
              scale: float, log: bool) -> list[Hit]:
    """Bars of one series; with several series each takes its slot of the month."""
    hits: list[Hit] = []
    styles = ((False, colour, pg.mkPen(colour.darker(130))),
              (True, theme.derived_fill(colour),
               pg.mkPen(colour, style=Qt.PenStyle.DashLine, width=1.5)))
    for derived, brush, pen in styles:
        chosen = [p for p in plotted.points if p.derived is derived]
        if not chosen:
            continue
        x0, x1 = [], []
        for p in chosen:
            left, right = span_edges(p.span)
            width = (right - left) / slots
            x0.append(left + slot * width)
            x1.append(left + (slot + 1) * width)
        heights = [_y(p.value, scale, log) for p in chosen]
        base = min(heights) - 1 if log and heights else 0
        item = pg.BarGraphItem(x0=x0, x1=x1, y0=[base] * len(chosen) if log else None,
                               y1=heights if log else None,
                               height=None if log else heights, brush=brush, pen=pen)
        target.addItem(item)
        hits.extend(Hit(a, b, name, p) for a, b, p in zip(x0, x1, chosen, strict=True))
    return hits


def draw_line(target, plotted: Plotted, name: str, colour, scale: float, log: bool,
              markers: MarkerSet, breaks: tuple[float, ...] = ()
              ) -> tuple[pg.PlotDataItem | None, list[Hit]]:
    """A line through the middle of each bucket, not joined across a break (a product's
    scope changed); its markers, solid reported and hollow derived, join ``markers``,
    drawn once every line of the axis is."""
    points = plotted.points
    if not points:
        return None, []
    edges = [span_edges(p.span) for p in points]
    xs = [(a + b) / 2 for a, b in edges]
    ys = [_y(p.value, scale, log) for p in points]
    joined = np.array([not any(a < cut <= b for cut in breaks)
                       for a, b in itertools.pairwise(xs)] + [False], dtype=bool)
    item = pg.PlotDataItem(xs, ys, pen=pg.mkPen(colour, width=2), name=name,
                           connect=joined if breaks else "all")
    target.addItem(item)
    markers.add(xs, ys, [p.derived for p in points], colour)
    return item, [Hit(a, b, name, p) for (a, b), p in zip(edges, points, strict=True)]


class MarkerSet:
    """The markers of every line on one axis, drawn as one item: forty scatter items (two
    looks for each of 20 lines) cost 17-33 ms a paint where one costs 4-6 ms."""

    def __init__(self) -> None:
        self.xs: list[float] = []
        self.ys: list[float] = []
        self.pens: list = []
        self.brushes: list = []

    def add(self, xs: list[float], ys: list[float], derived: list[bool], colour) -> None:
        pen, solid = pg.mkPen(colour, width=1.5), pg.mkBrush(colour)
        hollow = pg.mkBrush(theme.background())
        self.xs += xs
        self.ys += ys
        self.pens += [pen] * len(xs)
        self.brushes += [hollow if d else solid for d in derived]

    def draw(self, target) -> None:
        if self.xs:
            target.addItem(pg.ScatterPlotItem(self.xs, self.ys, symbol="o", size=7,
                                              pen=self.pens, brush=self.brushes))


def draw_stack(target, view: PartnerView, unit: str, scale: float) -> list[Hit]:
    """The partners' bars stacked per period, rest of world on top, each a colour."""
    hits: list[Hit] = []
    base = [0.0] * len(view.spans)
    edges = [span_edges(s) for s in view.spans]
    for i, (share, row) in enumerate(zip(view.partners, view.values, strict=True)):
        rest = share.partner == REST
        colour = theme.rest_colour() if rest else theme.series_colour(i)
        partner = vocabulary.word(REST) if rest else place_name(share.partner)
        heights = [float(v) / s.length / scale for v, s in zip(row, view.spans, strict=True)]
        item = pg.BarGraphItem(x0=[e[0] for e in edges], x1=[e[1] for e in edges],
                               y0=list(base), height=heights, brush=colour,
                               pen=pg.mkPen(colour.darker(140)),
                               name=f"{partner} ({share.share:.0%})")
        target.addItem(item)
        for j, span in enumerate(view.spans):
            period_total = sum(r[j] for r in view.values) or Decimal(1)
            text = translate("SeriesDrawing", "{partner}, {span}: {value} {unit} ({part} of "
                             "the period)\n{share} of all partners over the range").format(
                partner=partner, span=span.describe(), unit=unit,
                value=figure_text(row[j], decimals_of(row[j])),
                part=f"{float(row[j] / period_total):.1%}", share=f"{share.share:.1%}")
            hits.append(Hit(edges[j][0], edges[j][1], partner,
                            PlotPoint(span, row[j], view.derived[j], text)))
        base = [b + h for b, h in zip(base, heights, strict=True)]
    return hits


def _with_mirror(plotted: Plotted, view) -> Plotted:
    """Each point's tooltip with the mirror comparison of its period, when there is one."""
    def detail(point: PlotPoint) -> str:
        found = view.at(point.span)
        return point.text + ("\n" + found.describe() if found else "")

    return replace(plotted, points=[replace(p, detail=partial(detail, p))
                                    for p in plotted.points])


class HitIndex:
    """Every drawn point of the chart by date: the crosshair, the tooltip, the range keys
    and the export read it; the drawing fills it."""

    def __init__(self) -> None:
        self.hits: list[Hit] = []
        self._starts: list[float] = []

    def set(self, hits: list[Hit]) -> None:
        self.hits = sorted(hits, key=lambda h: h.x0)
        self._starts = [h.x0 for h in self.hits]

    def __bool__(self) -> bool:
        return bool(self.hits)

    def __iter__(self):
        return iter(self.hits)

    def __len__(self) -> int:
        return len(self.hits)

    def __getitem__(self, i: int) -> Hit:
        return self.hits[i]

    def at(self, x: float) -> list[Hit]:
        i = bisect.bisect_right(self._starts, x)
        return [h for h in self.hits[max(0, i - 40):i] if h.x0 <= x <= h.x1]

    def extent(self) -> tuple[float, float]:
        return min(h.x0 for h in self.hits), max(h.x1 for h in self.hits)


@dataclass(frozen=True, slots=True)
class Look:
    """How the series are drawn: the view, bars or lines, the index base, the axis."""

    view: str
    style: str
    base: int | None
    log: bool


class SeriesDrawing(QObject):
    """The chart's series (or its partner view) drawn into the plot, its second axis and
    its legend, in the look asked for. Returns the points drawn and the notes the caption
    says; removes only what it drew itself."""

    def __init__(self, plot: pg.PlotWidget, right: pg.ViewBox, legend, parent=None) -> None:
        super().__init__(parent)
        self.plot, self.right, self.legend = plot, right, legend
        self._items: list = []

    def draw(self, data, look: Look, partners: bool) -> tuple[list[Hit], list[str]]:
        item = self.plot.getPlotItem()
        for old in self._items:
            item.removeItem(old)
        self.right.clear()
        self.legend.clear()
        before = set(map(id, item.items))
        self.legend.setColumnCount(4)
        item.getAxis("left").setLogMode(False, look.log)
        item.getAxis("right").setLogMode(False, look.log)
        # The legend is sized once, at the end: pyqtgraph sizes it (and so lays out the
        # whole plot again) on every entry, 1.7 ms each.
        self.legend.size = (0, 0)
        try:
            if partners and data.partners is not None:
                hits, notes = self._draw_partners(data)
            else:
                hits, notes = self._draw_series(data, look)
        finally:
            self.legend.size = None
            self.legend.updateSize()
        self._items = [i for i in item.items if id(i) not in before]
        return hits, notes

    def _draw_series(self, data, look: Look) -> tuple[list[Hit], list[str]]:
        shown = data.shown
        plotted = [plot_points(s.points, look.view, s.unit,
                               look.base if look.base and look.base > 0 else None,
                               ratio=s.choice.kind == "unit value") for s in shown]
        if look.log:
            plotted = [log_safe(p) for p in plotted]
        plotted = [_with_mirror(p, s.mirror) if s.mirror else p
                   for s, p in zip(shown, plotted, strict=True)]
        hits: list[Hit] = []
        notes: list[str] = []
        axes: list[str] = []
        for s, p in zip(shown, plotted, strict=True):
            product = vocabulary.word(s.choice.key.product)
            notes += [f"{product}: {n}" for n in s.notes + p.notes]
            if p.axis_unit not in axes:
                axes.append(p.axis_unit)
        bars = look.style == "bars" or (look.style == "auto" and (
            len(shown) == 1 or all(s.mirror for s in shown)))  # a mirror: side by side
        item = self.plot.getPlotItem()
        scales = {}
        for side, unit in zip(("left", "right"), axes, strict=False):
            values = [pt.value for s, p in zip(shown, plotted, strict=True)
                      if p.axis_unit == unit for pt in p.points]
            scale, word = (1.0, "") if look.log or unit in ("%", "index") else \
                axis_scale(values)
            scales[unit] = scale
            set_axis_title(item.getAxis(side), axis_title(word, unit))
        item.showAxis("right", len(axes) > 1)
        if len(axes) > 2:
            notes.append(self.tr("{n} series in a third unit are not drawn: use the "
                                 "Index view to compare them").format(
                n=sum(p.axis_unit not in axes[:2] for p in plotted)))
        markers = {id(item): MarkerSet(), id(self.right): MarkerSet()}
        for i, (s, p) in enumerate(zip(shown, plotted, strict=True)):
            if p.axis_unit not in axes[:2]:
                continue
            target = self.right if len(axes) > 1 and p.axis_unit == axes[1] else item
            colour = theme.series_colour(i)
            name = with_right_axis(s.choice.label) if target is self.right else s.choice.label
            cuts = tuple(_month_x(b.month) for b in s.breaks)
            for b, x in zip(s.breaks, cuts, strict=True):
                line = pg.InfiniteLine(pos=x, angle=90, movable=False,
                                       pen=pg.mkPen(colour, width=1.5,
                                                    style=Qt.PenStyle.DashDotLine))
                line.setToolTip(b.describe())
                target.addItem(line, ignoreBounds=True)
            if bars:
                hits += draw_bars(target, p, name, colour, i, len(shown),
                                  scales[p.axis_unit], look.log)
                self.legend.addItem(pg.BarGraphItem(x=[0], height=[0], width=0, brush=colour),
                                    name)
            else:
                line, drawn = draw_line(target, p, name, colour, scales[p.axis_unit], look.log,
                                        markers[id(target)], cuts)
                hits += drawn
                if line is not None and target is self.right:
                    self.legend.addItem(line, name)
        for target in (item, self.right):
            markers[id(target)].draw(target)
        self._legend_kinds(bars)
        return hits, notes

    def _legend_kinds(self, bars: bool) -> None:
        """How reported and derived points look, said once in the legend."""
        colour = theme.muted()
        if bars:
            reported = pg.BarGraphItem(x=[0], height=[0], width=0, brush=colour)
            derived = pg.BarGraphItem(x=[0], height=[0], width=0,
                                      brush=theme.derived_fill(colour),
                                      pen=pg.mkPen(colour, style=Qt.PenStyle.DashLine))
        else:
            reported = pg.ScatterPlotItem(symbol="o", brush=colour, pen=colour)
            derived = pg.ScatterPlotItem(symbol="o", brush=theme.background(), pen=colour)
        self.legend.addItem(reported, self.tr("reported"))
        self.legend.addItem(derived, self.tr("derived from YTD / annual figures"))

    def _draw_partners(self, data) -> tuple[list[Hit], list[str]]:
        view, unit, first = data.partners, data.partner_unit, data.first
        if not view.partners:
            return [], [self.tr("No partner figures for {product} from {source}: import a "
                                "file by partner (Comtrade, WITS, GAC detail)").format(
                product=first.choice.key.product, source=first.choice.key.source)]
        scale, word = axis_scale([sum(col) / span.length for col, span in zip(
            zip(*view.values, strict=True), view.spans, strict=True)])
        self.legend.setColumnCount(4)
        hits = draw_stack(self.plot.getPlotItem(), view, unit, scale)  # named: legend
        set_axis_title(self.plot.getPlotItem().getAxis("left"),
            axis_title(word, translate("Plotting", "{unit} per month").format(unit=unit)))
        self.plot.getPlotItem().showAxis("right", False)
        return hits, list(view.notes)
