"""What every plot shares: a date axis on UTC seconds and a grid that is cheap to draw.

Both replace a pyqtgraph part that cost a panned frame more than the lines it shows:
measured on a chart of 20 lines, the date axis spent ~6 ms of each range change moving its
ticks to local time and back, and the value grid ~5 ms of each paint (its lines are the
axis's ticks stretched over the plot, and Qt blends a semi-transparent line pixel by
pixel: 20 such lines 6.8 ms, the same 20 as one-pixel fills 0.2 ms).
"""

from __future__ import annotations

from collections import OrderedDict

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFontMetrics


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

    def generateDrawSpecs(self, p):
        if self.style["tickFont"] is not None:
            p.setFont(self.style["tickFont"])
        # A copy: pyqtgraph keeps the painter's own metrics, which end with the painter
        # (asking for ticks afterwards read freed memory).
        self.fontMetrics = QFontMetrics(p.font(), p.device())
        return pg.AxisItem.generateDrawSpecs(self, p)


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
