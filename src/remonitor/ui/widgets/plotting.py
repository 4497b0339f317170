"""What every plot shares: a date axis on UTC seconds, a grid, and lines and markers that
are cheap to draw.

Each replaces a pyqtgraph part that cost a chart of 20 lines more than the lines it shows:
the date axis spent ~6 ms of each range change moving its ticks to local time and back, the
value grid ~5 ms of each paint (its lines are the axis's ticks stretched over the plot, and
Qt blends a semi-transparent line pixel by pixel: 20 such lines 6.8 ms, the same 20 as
one-pixel fills 0.2 ms), the scatter item ~16 ms to make the lines' 4,000 markers, and a
curve item per line 7-9 ms to make, add and bound 20 of them.
"""

from __future__ import annotations

from collections import OrderedDict

import numpy as np

import pyqtgraph as pg
from pyqtgraph.Qt.internals import PrimitiveArray
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPen, QPixmap

LABELS_KEPT = 5000
"""Tick labels a date axis keeps per zoom level and spacing (a few years of days)."""
MIN_TICK_GAP_PX = 5
"""Minor ticks closer than this are not drawn: seventeen years on a laptop put a date tick
every 3.7 px, one a month, and laying out those 200 ticks and measuring their labels (too
crowded to print) was most of the axes' work on each pan step (3.4 → 1.3 ms an axis)."""


def settle(box: pg.ViewBox) -> None:
    """What a range change leads to, done in the same turn: the value axis fitted to the
    visible dates and the view's transform. pyqtgraph leaves both to the paint, where they
    change the scene again and cost a second paint of the plot on every pan step."""
    box.updateAutoRange()  # returns at once when it is this call's own range change
    box.updateMatrix()


def spaced(levels: list, low: float, high: float, size: float) -> list:
    """An axis's tick levels without the minor ones closer than ``MIN_TICK_GAP_PX`` (the
    first level always stays; a level with no spacing, a log axis's, too)."""
    if size <= 0 or not high > low:
        return levels
    per_px = (high - low) / size
    return levels[:1] + [(spacing, values) for spacing, values in levels[1:]
                         if spacing is None or spacing / per_px >= MIN_TICK_GAP_PX]


class _UtcZoomLevel(pg.graphicsItems.DateAxisItem.ZoomLevel):
    def moveTicksToLocalTimeCoords(self, ticks, spacing, skipFactor):
        return ticks  # the plot's seconds are UTC: there is no local time to move to


class UtcDateAxis(pg.DateAxisItem):
    """pyqtgraph's date axis for x values in seconds since 1970 UTC, with the same ticks
    and labels; only the round trip of every tick through a local time zone is gone. Its
    ticks may be asked for outside a paint (a :class:`PlotGrid` does)."""

    def __init__(self, orientation: str = "bottom", **kwargs) -> None:
        super().__init__(orientation, utcOffset=0, **kwargs)
        self.zoomLevels = OrderedDict(
            (spacing, _UtcZoomLevel(level.tickSpecs, level.exampleText))
            for spacing, level in self.zoomLevels.items())
        self.fontMetrics = QFontMetrics(self.font())
        self._labels: dict[tuple, dict[float, str]] = {}
        """Each tick's label already made, by zoom level and spacing."""

    def tickValues(self, minVal, maxVal, size):
        return spaced(super().tickValues(minVal, maxVal, size), minVal, maxVal, size)

    def tickStrings(self, values, scale, spacing):
        # A pan moves the ticks along: most were labelled for the frame before (made again,
        # 200 labels a frame cost a 20-line chart ~2 ms of its 20 ms paint).
        labels = self._labels.setdefault((id(self.zoomLevel), spacing), {})
        new = [v for v in values if v not in labels]
        if new:
            if len(labels) > LABELS_KEPT:
                labels.clear()
            labels.update(zip(new, super().tickStrings(new, scale, spacing), strict=True))
        return [labels[v] for v in values]

    def generateDrawSpecs(self, p):
        if self.style["tickFont"] is not None:
            p.setFont(self.style["tickFont"])
        # A copy: pyqtgraph keeps the painter's own metrics, which end with the painter
        # (asking for ticks afterwards read freed memory).
        self.fontMetrics = QFontMetrics(p.font(), p.device())
        return pg.AxisItem.generateDrawSpecs(self, p)


class ValueAxis(pg.AxisItem):
    """pyqtgraph's value axis whose tick labels never overlap. pyqtgraph weighs how much of
    the axis all its labels fill, not whether two of them meet: on a log scale the minor
    ticks crowd the top of each decade (9·10³ printed over 8·10³ over 7·10³). A label that
    would touch one already placed is left out; the major ones are placed first. Minor
    ticks closer than ``MIN_TICK_GAP_PX`` are left out too."""

    def tickValues(self, minVal, maxVal, size):
        return spaced(super().tickValues(minVal, maxVal, size), minVal, maxVal, size)

    def generateDrawSpecs(self, p):
        specs = pg.AxisItem.generateDrawSpecs(self, p)
        if specs is None:
            return None
        axis, ticks, texts = specs
        kept: list = []
        for spec in texts:  # (rect, flags, text), the major ticks' first
            if not any(spec[0].intersects(other[0]) for other in kept):
                kept.append(spec)
        return axis, ticks, kept


class PlotGrid(pg.GraphicsObject):
    """Grid lines at a plot's axis ticks (major and minor), in the axis's colour, under
    the data. Use instead of ``PlotItem.showGrid``."""

    def __init__(self, item: pg.PlotItem, *, x: bool = False, y: bool = True,
                 alpha: float = 0.25) -> None:
        super().__init__()
        self._box = item.getViewBox()
        self._axes = [item.getAxis(side) for side, on in (("bottom", x), ("left", y)) if on]
        self._alpha = alpha
        self.setParentItem(self._box)
        self.setZValue(-1)  # over the view's background, under what it draws
        self._box.sigRangeChanged.connect(lambda *_: self.update())
        self._box.sigResized.connect(lambda *_: self.prepareGeometryChange())

    def boundingRect(self) -> QRectF:
        return self._box.boundingRect()

    def lines(self) -> list[tuple[QRectF, float]]:
        """Each line as the one-pixel rectangle it fills (in the view's pixels), with its
        opacity."""
        rect = self._box.boundingRect()
        to_view = self._box.childTransform()
        out = []
        for axis in self._axes:
            across = axis.orientation in ("left", "right")
            low, high = axis.range
            length = rect.height() if across else rect.width()
            if length <= 0 or not high > low:
                continue
            for level, (_spacing, values) in enumerate(axis.tickValues(low, high, length)[:2]):
                for value in values:
                    if across:
                        at = round(to_view.map(QPointF(0, value)).y())
                        if rect.top() <= at < rect.bottom():
                            out.append((QRectF(rect.left(), at, rect.width(), 1),
                                        self._alpha / (level + 1)))
                    else:
                        at = round(to_view.map(QPointF(value, 0)).x())
                        if rect.left() <= at < rect.right():
                            out.append((QRectF(at, rect.top(), 1, rect.height()),
                                        self._alpha / (level + 1)))
        return out

    def paint(self, painter, *_args) -> None:
        if not self._axes:
            return
        colour = QColor(self._axes[0].pen().color())
        for line, alpha in self.lines():
            colour.setAlphaF(alpha)
            painter.fillRect(line, colour)


class GroupedRuns(pg.GraphicsObject):
    """Runs of points drawn as one item, each run of a group (a series' name) that can be
    hidden: the view asks one item, not one per series, for its bounds and its paint."""

    def __init__(self) -> None:
        super().__init__()
        self._xs: list[np.ndarray] = []
        self._ys: list[np.ndarray] = []
        self._groups: list[str] = []
        """The group of each run."""
        self.hidden: frozenset[str] = frozenset()
        self._drawn: tuple[np.ndarray, ...] | None = None
        """What :meth:`_columns` holds for the runs drawn (not a hidden group's), joined
        when first asked after a change: the view asks for bounds and paints many times a
        pan."""

    def _add_run(self, xs: np.ndarray, ys: np.ndarray, group: str) -> None:
        self._xs.append(np.asarray(xs, dtype=float))
        self._ys.append(np.asarray(ys, dtype=float))
        self._groups.append(group)
        self._drawn = None
        self.prepareGeometryChange()

    def set_hidden(self, hidden: frozenset[str]) -> None:
        """Leave out the runs of these groups (and show the others)."""
        self.hidden = frozenset(hidden)
        self._drawn = None
        self.prepareGeometryChange()
        self.update()

    def _runs_shown(self) -> list[int]:
        return [i for i, g in enumerate(self._groups) if g not in self.hidden]

    def _columns(self) -> tuple[list[np.ndarray], ...]:
        """Per run arrays, joined for the runs drawn by :meth:`_shown`."""
        return self._xs, self._ys

    def _shown(self) -> tuple[np.ndarray, ...]:
        if self._drawn is None:
            runs = self._runs_shown()
            self._drawn = tuple(np.concatenate([parts[i] for i in runs]) if runs
                                else np.empty(0) for parts in self._columns())
        return self._drawn

    @property
    def xs(self) -> np.ndarray:
        """The x of every point drawn (not of a hidden group's)."""
        return self._shown()[0]

    @property
    def ys(self) -> np.ndarray:
        return self._shown()[1]

    # -- what the view box asks --------------------------------------------------------

    def dataBounds(self, ax: int, frac: float = 1.0, orthoRange=None):
        values, other = (self.xs, self.ys) if ax == 0 else (self.ys, self.xs)
        if orthoRange is not None:
            values = values[(other >= orthoRange[0]) & (other <= orthoRange[1])]
        if not len(values):
            return None, None
        return float(values.min()), float(values.max())

    def pixelPadding(self) -> float:
        return 0.0

    def boundingRect(self) -> QRectF:
        xs, ys = self.xs, self.ys
        if not len(xs):
            return QRectF()
        width, height = self.pixelSize() if self.getViewBox() is not None else (0, 0)
        pad_x, pad_y = width * self.pixelPadding(), height * self.pixelPadding()
        return QRectF(xs.min() - pad_x, ys.min() - pad_y, xs.max() - xs.min() + 2 * pad_x,
                      ys.max() - ys.min() + 2 * pad_y)

    def viewTransformChanged(self) -> None:
        self.prepareGeometryChange()  # the pixels' padding, in data, changed


class Polylines(GroupedRuns):
    """Lines, each through its points in its own pen, drawn as one item (20 lines as
    pyqtgraph curve items: 7-9 ms to make, add and bound at each redraw, against under 1;
    and each curve's paint and bounds again at every frame). A line may leave out the
    segment after a point (``connect`` False there: a break in the series)."""

    def __init__(self) -> None:
        super().__init__()
        self._pens: list[QPen] = []
        self._connect: list[np.ndarray | None] = []
        self._paths: dict[int, QPainterPath] = {}

    def add(self, xs: np.ndarray, ys: np.ndarray, pen: QPen,
            connect: np.ndarray | None = None, group: str = "") -> None:
        """A line through (xs, ys) in ``pen``; ``connect[i]`` False leaves out the segment
        from point i to the next."""
        if not len(xs):
            return
        self._pens.append(QPen(pen))
        self._connect.append(None if connect is None else np.asarray(connect, dtype=bool))
        self._add_run(xs, ys, group)

    def pen(self, i: int) -> QPen:
        """The pen of the i-th line added."""
        return self._pens[i]

    def pixelPadding(self) -> float:
        return max((p.widthF() for p in self._pens), default=1.0) / 2 + 1

    def _path(self, i: int) -> QPainterPath:
        if i not in self._paths:
            connect = self._connect[i]
            self._paths[i] = pg.arrayToQPath(self._xs[i], self._ys[i],
                                             "all" if connect is None else connect)
        return self._paths[i]

    def paint(self, painter: QPainter, _option, widget=None) -> None:
        # As pyqtgraph's curves: smoothed edges in a picture export, as configured on screen
        antialias = True if self._exportOpts is not False else bool(
            pg.getConfigOption("antialias"))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, antialias)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for i in self._runs_shown():
            painter.setPen(self._pens[i])
            painter.drawPath(self._path(i))


class Dots(GroupedRuns):
    """Round markers a fixed number of pixels wide, in a few looks (a colour, filled or
    hollow), drawn as one item. Like pyqtgraph's scatter item, each look is drawn once
    into a small picture and stamped at every point in one call; unlike it, a look is
    given per run of points, not styled point by point (20 lines' 4,000 markers: ~16 ms
    to make as a scatter item, well under one here). A picture export draws them as
    vector circles."""

    def __init__(self, size: float = 7.0, ring: float = 1.5) -> None:
        super().__init__()
        self.size, self.ring = size, ring
        self._looks: list[tuple[QColor, QColor]] = []
        """(ring, fill) of each look."""
        self._look: list[np.ndarray] = []
        self._stamps: tuple[float, QPixmap] | None = None
        """The looks drawn side by side, at a device pixel ratio."""
        self._fragments = PrimitiveArray(QPainter.PixmapFragment, 10)

    def add(self, xs: np.ndarray, ys: np.ndarray, colour: QColor,
            fill: QColor | None = None, group: str = "") -> None:
        """Dots at (xs, ys): a ring of ``colour`` filled with ``fill`` (or ``colour``), of
        ``group``."""
        if not len(xs):
            return
        look = (QColor(colour), QColor(fill if fill is not None else colour))
        if look not in self._looks:
            self._looks.append(look)
            self._stamps = None
        self._look.append(np.full(len(xs), self._looks.index(look)))
        self._add_run(xs, ys, group)

    def _columns(self) -> tuple[list[np.ndarray], ...]:
        return self._xs, self._ys, self._look

    def pixelPadding(self) -> float:
        return self.size / 2 + self.ring

    # -- drawing ---------------------------------------------------------------------------

    def _cell(self) -> int:
        return int(np.ceil(self.size + 2 * self.ring)) + 2

    def _draw_dot(self, painter: QPainter, at: QPointF, look: tuple[QColor, QColor]) -> None:
        painter.setPen(QPen(look[0], self.ring))
        painter.setBrush(look[1])
        painter.drawEllipse(at, self.size / 2, self.size / 2)

    def _stamped(self, ratio: float) -> QPixmap:
        if self._stamps is None or self._stamps[0] != ratio:
            cell = self._cell()
            pixmap = QPixmap(round(cell * len(self._looks) * ratio), round(cell * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            for i, look in enumerate(self._looks):
                self._draw_dot(painter, QPointF(cell * (i + 0.5), cell / 2), look)
            painter.end()
            self._stamps = (ratio, pixmap)
        return self._stamps[1]

    def paint(self, painter: QPainter, _option, widget=None) -> None:
        xs, ys, looks = self._shown()
        if not len(xs):
            return
        to_device = painter.transform()
        px = to_device.m11() * xs + to_device.m21() * ys + to_device.dx()
        py = to_device.m12() * xs + to_device.m22() * ys + to_device.dy()
        painter.resetTransform()
        if self._exportOpts is not False:  # a picture export: circles, not stamps
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            for x, y, look in zip(px, py, looks, strict=True):
                self._draw_dot(painter, QPointF(x, y), self._looks[look])
            return
        ratio = widget.devicePixelRatioF() if widget is not None else 1.0
        stamps, cell = self._stamped(ratio), self._cell() * ratio
        self._fragments.resize(len(xs))
        fragments = self._fragments.ndarray()
        fragments[:, 0] = np.clip(px, -2 ** 30, 2 ** 30)  # (Qt fails on huge coordinates)
        fragments[:, 1] = np.clip(py, -2 ** 30, 2 ** 30)
        fragments[:, 2] = looks * cell  # where the look's stamp is
        fragments[:, 3] = 0
        fragments[:, 4:6] = cell
        fragments[:, 6:10] = [1 / ratio, 1 / ratio, 0.0, 1.0]  # scale, rotation, opacity
        painter.drawPixmapFragments(*self._fragments.drawargs(), stamps)
