"""Moving about the chart and reading it: zoom, pan and range presets (ChartNavigation),
and the crosshair with its readout and tooltip (Crosshair). Both are given the plot and
the index of what is drawn; neither reads the panel."""

from __future__ import annotations

from datetime import date

import pyqtgraph as pg
from PySide6.QtCore import QObject, QPointF, Qt
from PySide6.QtWidgets import QToolTip

from remonitor.core.periods import utc_timestamp
from remonitor.ui import theme
from remonitor.ui.chart.canvas import ChartCanvas
from remonitor.ui.chart.drawing import HitIndex


class ChartNavigation(QObject):
    """The date range of the chart: zoom, pan, the last N years, centring on a day, and
    everything drawn (the y axes follow what is in view)."""

    def __init__(self, canvas: ChartCanvas, hits: HitIndex, parent=None) -> None:
        super().__init__(parent)
        self.canvas, self.plot, self.hits = canvas, canvas.plot, hits

    def zoom(self, factor: float) -> None:
        """Zoom the date axis about its centre (factor < 1 zooms in)."""
        self.plot.getViewBox().scaleBy(x=factor)

    def pan(self, fraction: float) -> None:
        low, high = self.x_range()
        self.plot.getViewBox().translateBy(x=(high - low) * fraction)

    def x_range(self) -> tuple[float, float]:
        low, high = self.plot.getViewBox().viewRange()[0]
        return low, high

    def set_x_range(self, low: float, high: float) -> None:
        self.plot.setXRange(low, high, padding=0)
        self.fit_y()

    def show_years(self, years: int) -> None:
        """The last ``years`` years up to today (0: everything)."""
        if not years or not self.hits:
            self.reset_range()
            return
        end = utc_timestamp(date.today()) + 20 * 86400
        self.plot.setXRange(end - years * 365.25 * 86400, end, padding=0)

    def centre_on(self, day: date) -> None:
        low, high = self.x_range()
        x = utc_timestamp(day)
        self.plot.setXRange(x - (high - low) / 2, x + (high - low) / 2, padding=0)

    def reset_range(self) -> None:
        """Everything drawn, and today (nothing drawn: the last five years, not 1970)."""
        if not self.hits:
            end = utc_timestamp(date.today()) + 45 * 86400
            self.plot.setXRange(end - 5 * 365.25 * 86400, end, padding=0)
            return
        first, last = self.hits.extent()
        end = max(utc_timestamp(date.today()), last)
        self.plot.setXRange(first - 20 * 86400, end + 45 * 86400, padding=0)
        self.fit_y()

    def fit_y(self) -> None:
        self.canvas.fit_y()  # now, not at the next paint: the axis is right at once


class Crosshair(QObject):
    """A dotted line under the mouse, a readout of the figures there in the corner, and the
    whole story of each point (how it was obtained, from which file) as a tooltip."""

    def __init__(self, plot: pg.PlotWidget, hits: HitIndex, parent=None) -> None:
        super().__init__(parent)
        self.plot, self.hits = plot, hits
        self.line = pg.InfiniteLine(angle=90, movable=False)
        self.readout = pg.TextItem(anchor=(1, 0))
        self.retheme()
        for item in (self.line, self.readout):
            item.hide()
            plot.addItem(item, ignoreBounds=True)
        plot.scene().sigMouseMoved.connect(self.follow)

    def retheme(self) -> None:
        self.line.setPen(pg.mkPen(theme.foreground(), width=1, style=Qt.PenStyle.DotLine))
        fill = theme.background()
        fill.setAlpha(225)
        self.readout.fill = pg.mkBrush(fill)
        self.readout.setColor(theme.foreground())

    def follow(self, pos: QPointF) -> None:
        vb = self.plot.getPlotItem().getViewBox()
        if not vb.sceneBoundingRect().contains(pos):
            self.line.hide()
            self.readout.hide()
            return
        view = vb.mapSceneToView(pos)
        found = self.hits.at(view.x())
        self.line.setPos(view.x())
        self.line.show()
        if not found:
            self.readout.hide()
            QToolTip.hideText()
            return
        (_, right), (_, top) = vb.viewRange()
        heads = [h.point.text.split("\n", 1)[0] for h in found]
        self.readout.setText("\n".join(heads if len(found) > 1 else heads[:1]))
        self.readout.setPos(right, top)
        self.readout.show()
        text = "\n\n".join((f"{h.series}\n" if len(found) > 1 else "") + h.point.text
                           for h in found[:4])
        QToolTip.showText(self.plot.mapToGlobal(self.plot.mapFromScene(pos)), text, self.plot)
