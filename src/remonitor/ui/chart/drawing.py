"""Drawing the chart's series into pyqtgraph: bars (side by side when several), lines with
solid markers for reported and hollow ones for derived points, stacked partner bars, and
the readable scale of an axis. The points drawn come back a series at a time
(:class:`HitRun`) and are kept in a :class:`HitIndex`, where the crosshair, the tooltip and
the export find each as a :class:`Hit`, by date."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache, partial
from itertools import chain, compress

import numpy as np

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QFontMetrics

from remonitor.core.figures import decimals_of, figure_text
from remonitor.core.partners import REST, PartnerView
from remonitor.core.periods import MonthSpan, month_start, utc_timestamp
from remonitor.core.plotting import PlotPoint, Plotted
from remonitor.core.text import place_name
from remonitor.ui import theme, vocabulary
from remonitor.ui.chart.legend import ChartLegend, LegendEntry
from remonitor.ui.widgets.plotting import Dots, Polylines
from remonitor.views.chart import PlotLook

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


@dataclass(frozen=True, slots=True)
class HitRun:
    """The points of one series as drawn: where each lies on the dates, as arrays (a chart
    of 20 lines draws 4,000 points; a :class:`Hit` is made only for one asked about)."""

    x0: np.ndarray
    x1: np.ndarray
    series: str
    points: list[PlotPoint]


@lru_cache(maxsize=4096)
def _month_x(month: int) -> float:
    return utc_timestamp(month_start(month))


def months_x(months: np.ndarray) -> np.ndarray:
    """The x (UTC seconds) of the start of each month index, at once."""
    days = (months - 1970 * 12).astype("datetime64[M]").astype("datetime64[D]")
    return days.astype(np.int64) * 86400.0


def spans_edges(spans: list[MonthSpan]) -> tuple[np.ndarray, np.ndarray]:
    """Where the bars (or a line's bucket) of these spans begin and end."""
    return months_edges([s.first for s in spans], [s.last for s in spans])


def months_edges(first: Sequence[int], last: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
    """Where the bars (or a line's bucket) from month ``first`` to ``last`` begin and end."""
    after = np.asarray(last, np.int64) + 1
    return (months_x(np.asarray(first, np.int64)) + GAP_S / 2,
            months_x(after) - GAP_S / 2)


def axis_scale(values: Iterable[float]) -> tuple[float, str]:
    """A divisor and its word so an axis reads '3.2 billion USD', not '3.2e+09'."""
    top = max(map(abs, map(float, values)), default=0.0)
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


def _ys(heights: Sequence[float], scale: float, log: bool) -> np.ndarray:
    """Where figures are drawn, from their heights (``PointColumns.height``)."""
    values = np.asarray(heights, dtype=float)
    return np.log10(values) if log else values / scale


def draw_bars(target, plotted: Plotted, name: str, colour, slot: int, slots: int,
              scale: float, log: bool) -> list[HitRun]:
    """Bars of one series; with several series each takes its slot of the month."""
    hits: list[HitRun] = []
    styles = ((False, colour, pg.mkPen(colour.darker(130))),
              (True, theme.derived_fill(colour),
               pg.mkPen(colour, style=Qt.PenStyle.DashLine, width=1.5)))
    columns = plotted.columns
    every_left, every_right = months_edges(columns.first, columns.last)
    every_height = _ys(columns.height, scale, log)
    kinds = np.asarray(columns.derived, dtype=bool)
    for derived, brush, pen in styles:
        mask = kinds == derived
        if not mask.any():
            continue
        chosen = list(compress(plotted.points, mask))
        left, right, heights = every_left[mask], every_right[mask], every_height[mask]
        width = (right - left) / slots
        x0, x1 = left + slot * width, left + (slot + 1) * width
        base = heights.min() - 1 if log else 0
        item = pg.BarGraphItem(x0=x0, x1=x1, y0=[base] * len(chosen) if log else None,
                               y1=heights if log else None,
                               height=None if log else heights, brush=brush, pen=pen)
        target.addItem(item)
        hits.append(HitRun(x0, x1, name, chosen))
    return hits


def draw_line(plotted: Plotted, name: str, colour, scale: float, log: bool,
              lines: AxisLines, breaks: tuple[float, ...] = ()) -> list[HitRun]:
    """A line through the middle of each bucket, not joined across a break (a product's
    scope changed), with its markers, solid reported and hollow derived: both join
    ``lines``, drawn once every line of the axis is."""
    points, columns = plotted.points, plotted.columns
    if not points:
        return []
    left, right = months_edges(columns.first, columns.last)
    xs = (left + right) / 2
    ys = _ys(columns.height, scale, log)
    connect = None
    if breaks:  # a segment is left out when a break lies in it
        cuts = np.array(breaks)
        crossed = ((xs[:-1, None] < cuts) & (cuts <= xs[1:, None])).any(axis=1)
        connect = np.append(~crossed, False)
    lines.add(xs, ys, columns.derived, colour, name, connect)
    return [HitRun(left, right, name, points)]


class AxisLines:
    """The lines of every series on one axis and their markers, solid reported and hollow
    derived, drawn as two items once every line of the axis is: a pyqtgraph item per line
    and per look of marker (60 items for 20 lines) cost 17-33 ms a paint where these cost
    4-6, and 7-9 ms more to make at each redraw."""

    def __init__(self, target) -> None:
        self.target = target
        """The plot or view box the lines are drawn on."""
        self.lines: list[tuple[np.ndarray, np.ndarray, np.ndarray, object, str,
                               np.ndarray | None]] = []

    def add(self, xs: np.ndarray, ys: np.ndarray, derived: list[bool], colour,
            series: str = "", connect: np.ndarray | None = None) -> None:
        self.lines.append((xs, ys, np.array(derived, dtype=bool), colour, series, connect))

    def draw(self) -> list[Polylines | Dots]:
        """The lines' item, then the markers' (drawn over them); none when no line."""
        if not self.lines:
            return []
        drawn, dots, hollow = Polylines(), Dots(), theme.background()
        for xs, ys, derived, colour, series, connect in self.lines:
            drawn.add(xs, ys, pg.mkPen(colour, width=2), connect, group=series)
            dots.add(xs[~derived], ys[~derived], colour, group=series)
            dots.add(xs[derived], ys[derived], colour, fill=hollow, group=series)
        for item in (drawn, dots):
            self.target.addItem(item)
        return [drawn, dots]


def draw_stack(target, view: PartnerView, unit: str, scale: float
               ) -> tuple[list[HitRun], list[LegendEntry]]:
    """The partners' bars stacked per period, rest of world on top, each a colour; the
    points drawn and the legend's entries."""
    hits: list[HitRun] = []
    entries: list[LegendEntry] = []
    base = [0.0] * len(view.spans)
    left, right = spans_edges(view.spans)
    for i, (share, row) in enumerate(zip(view.partners, view.values, strict=True)):
        rest = share.partner == REST
        colour = theme.rest_colour() if rest else theme.series_colour(i)
        partner = vocabulary.word(REST) if rest else place_name(share.partner)
        heights = [float(v) / s.length / scale for v, s in zip(row, view.spans, strict=True)]
        target.addItem(pg.BarGraphItem(x0=left, x1=right,
                                       y0=list(base), height=heights, brush=colour,
                                       pen=pg.mkPen(colour.darker(140))))
        entries.append(LegendEntry(f"{partner} ({share.share:.0%})", colour, "bar"))
        points = []
        for j, span in enumerate(view.spans):
            period_total = sum(r[j] for r in view.values) or Decimal(1)
            text = translate("SeriesDrawing", "{partner}, {span}: {value} {unit} ({part} of "
                             "the period)\n{share} of all partners over the range").format(
                partner=partner, span=span.describe(), unit=unit,
                value=figure_text(row[j], decimals_of(row[j])),
                part=f"{float(row[j] / period_total):.1%}", share=f"{share.share:.1%}")
            points.append(PlotPoint(span, row[j], view.derived[j], text))
        hits.append(HitRun(left, right, partner, points))
        base = [b + h for b, h in zip(base, heights, strict=True)]
    return hits, entries


def _with_mirror(plotted: Plotted, view) -> Plotted:
    """Each point's tooltip with the mirror comparison of its period, when there is one."""
    def detail(point: PlotPoint) -> str:
        found = view.at(point.span)
        return point.text + ("\n" + found.describe() if found else "")

    return replace(plotted, points=[replace(p, detail=partial(detail, p))
                                    for p in plotted.points])


def _drawn_on(target) -> list:
    """What is on a plot (its items) or a view box (what was added to it)."""
    return list(target.items if isinstance(target, pg.PlotItem) else target.addedItems)


class HitIndex:
    """Every drawn point of the chart by date, in date order: the crosshair, the tooltip,
    the range keys and the export read it; the drawing fills it."""

    def __init__(self) -> None:
        self.set([])

    def set(self, runs: list[HitRun]) -> None:
        x0 = np.concatenate([r.x0 for r in runs]) if runs else np.empty(0)
        order = np.argsort(x0, kind="stable")
        self._x0 = x0[order]
        self._x1 = (np.concatenate([r.x1 for r in runs]) if runs else np.empty(0))[order]
        self._run = np.repeat(np.arange(len(runs)), [len(r.points) for r in runs])[order]
        self._at = np.concatenate([np.arange(len(r.points)) for r in runs] or [
            np.empty(0, np.int64)])[order]
        self._runs = runs

    def _hit(self, i: int) -> Hit:
        run = self._runs[self._run[i]]
        return Hit(float(self._x0[i]), float(self._x1[i]), run.series,
                   run.points[self._at[i]])

    def __bool__(self) -> bool:
        return len(self._x0) > 0

    def __iter__(self):
        return (self._hit(i) for i in range(len(self._x0)))

    def __len__(self) -> int:
        return len(self._x0)

    def __getitem__(self, i: int) -> Hit:
        return self._hit(range(len(self._x0))[i])

    def at(self, x: float) -> list[Hit]:
        i = int(np.searchsorted(self._x0, x, side="right"))
        return [self._hit(j) for j in range(max(0, i - 40), i)
                if self._x0[j] <= x <= self._x1[j]]

    def extent(self) -> tuple[float, float]:
        return float(self._x0.min()), float(self._x1.max())


@dataclass(frozen=True, slots=True)
class Look:
    """How the series are drawn: the view, bars or lines, the index base, the axis."""

    view: str
    style: str
    base: int | None
    log: bool

    @property
    def plotting(self) -> PlotLook:
        """What of the look decides the points (the style only draws them)."""
        return PlotLook(self.view, self.base, self.log)


class SeriesDrawing(QObject):
    """The chart's series (or its partner view) drawn into the plot, its second axis and
    its legend, in the look asked for. Returns the points drawn and the notes the caption
    says; removes only what it drew itself. A series can be hidden (the legend's click):
    its line or bars, markers and breaks; it stays hidden while it is drawn again."""

    def __init__(self, plot: pg.PlotWidget, right: pg.ViewBox, legend: ChartLegend,
                 parent=None) -> None:
        super().__init__(parent)
        self.plot, self.right, self.legend = plot, right, legend
        self._items: list = []
        self._parts: dict[str, list] = {}
        """What each series drew, by its name."""
        self._grouped: list[Polylines | Dots] = []
        """The lines and markers of every series, one item each per axis: hidden by group."""
        self.hidden: frozenset[str] = frozenset()
        """The series hidden, of those drawn."""

    def hide_when_drawn(self, hidden) -> None:
        """Series to hide once they are drawn (those hidden when the window last closed)."""
        self.hidden = frozenset(hidden)

    def set_hidden(self, hidden) -> None:
        """Hide these series (of those drawn) and show the others."""
        self.hidden = frozenset(h for h in hidden if h in self._parts)
        for name, items in self._parts.items():
            for part in items:
                part.setVisible(name not in self.hidden)
        for item in self._grouped:
            item.set_hidden(self.hidden)
        self.legend.set_hidden(self.hidden)

    def draw(self, data, look: Look, partners: bool) -> tuple[list[HitRun], list[str]]:
        item = self.plot.getPlotItem()
        for old in self._items:
            item.removeItem(old)
        self.right.clear()
        before = set(map(id, item.items))
        item.getAxis("left").setLogMode(False, look.log)
        item.getAxis("right").setLogMode(False, look.log)
        entries: list[LegendEntry] = []
        self._parts, self._grouped = {}, []
        if partners and data.partners is not None:
            hits, notes = self._draw_partners(data, entries)
        else:
            hits, notes = self._draw_series(data, look, entries)
        self.legend.set_entries(entries)
        self._items = [i for i in item.items if id(i) not in before]
        self.set_hidden(self.hidden)
        return hits, notes

    def _draw_series(self, data, look: Look, entries: list[LegendEntry]
                     ) -> tuple[list[HitRun], list[str]]:
        shown = data.shown
        plotted = data.plotted_in(look.plotting)  # (worked out with the read, mostly)
        plotted = [_with_mirror(p, s.mirror) if s.mirror else p
                   for s, p in zip(shown, plotted, strict=True)]
        hits: list[HitRun] = []
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
            values = chain.from_iterable(p.columns.height for p in plotted
                                         if p.axis_unit == unit)
            scale, word = (1.0, "") if look.log or unit in ("%", "index") else \
                axis_scale(values)
            scales[unit] = scale
            set_axis_title(item.getAxis(side), axis_title(word, unit))
        item.showAxis("right", len(axes) > 1)
        if len(axes) > 2:
            notes.append(self.tr("{n} series in a third unit are not drawn: use the "
                                 "Index view to compare them").format(
                n=sum(p.axis_unit not in axes[:2] for p in plotted)))
        lines = {id(item): AxisLines(item), id(self.right): AxisLines(self.right)}
        for i, (s, p) in enumerate(zip(shown, plotted, strict=True)):
            if p.axis_unit not in axes[:2]:
                continue
            target = self.right if len(axes) > 1 and p.axis_unit == axes[1] else item
            colour = theme.series_colour(i)
            name = with_right_axis(s.choice.label) if target is self.right else s.choice.label
            cuts = tuple(_month_x(b.month) for b in s.breaks)
            drawn_before = set(map(id, _drawn_on(target)))
            for b, x in zip(s.breaks, cuts, strict=True):
                line = pg.InfiniteLine(pos=x, angle=90, movable=False,
                                       pen=pg.mkPen(colour, width=1.5,
                                                    style=Qt.PenStyle.DashDotLine))
                line.setToolTip(b.describe())
                target.addItem(line, ignoreBounds=True)
            if bars:
                drawn = draw_bars(target, p, name, colour, i, len(shown),
                                  scales[p.axis_unit], look.log)
            else:
                drawn = draw_line(p, name, colour, scales[p.axis_unit], look.log,
                                  lines[id(target)], cuts)
            hits += drawn
            self._parts[name] = [i for i in _drawn_on(target) if id(i) not in drawn_before]
            if drawn:
                entries.append(LegendEntry(name, colour, "bar" if bars else "line",
                                           series=name))
        self._grouped = [i for found in lines.values() for i in found.draw()]
        entries += self._kinds(bars)
        return hits, notes

    def _kinds(self, bars: bool) -> list[LegendEntry]:
        """How reported and derived points look, said once in the legend."""
        colour = theme.muted()
        return [LegendEntry(self.tr("reported"), colour, "bar" if bars else "marker", False),
                LegendEntry(self.tr("derived from YTD / annual figures"), colour,
                            "derived bar" if bars else "hollow marker", False)]

    def _draw_partners(self, data, entries: list[LegendEntry]
                       ) -> tuple[list[HitRun], list[str]]:
        view, unit, first = data.partners, data.partner_unit, data.first
        if not view.partners:
            return [], [self.tr("No partner figures for {product} from {source}: import a "
                                "file by partner (Comtrade, WITS, GAC detail)").format(
                product=first.choice.key.product, source=first.choice.key.source)]
        scale, word = axis_scale([sum(col) / span.length for col, span in zip(
            zip(*view.values, strict=True), view.spans, strict=True)])
        hits, named = draw_stack(self.plot.getPlotItem(), view, unit, scale)
        entries += named
        set_axis_title(self.plot.getPlotItem().getAxis("left"),
            axis_title(word, translate("Plotting", "{unit} per month").format(unit=unit)))
        self.plot.getPlotItem().showAxis("right", False)
        return hits, list(view.notes)
