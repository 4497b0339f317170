"""The surface the chart draws on: dates below, one or two value axes, the legend in a row
under the dates, the event labels in a strip above the plot — and the parts that draw the
series and the events on it. The panel owns one; a picture export builds another at the
size asked for, so what is pasted into a note is drawn, not screen-grabbed."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QObject

from remonitor.ui import theme
from remonitor.ui.chart.drawing import Look, SeriesDrawing, fit_axis_title
from remonitor.ui.chart.legend import ChartLegend
from remonitor.ui.chart.markers import EventMarkers
from remonitor.ui.widgets.plotting import PlotGrid, UtcDateAxis, ValueAxis, settle


class ChartCanvas(QObject):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.plot = pg.PlotWidget(axisItems={"bottom": UtcDateAxis(), "left": ValueAxis("left"),
                                             "right": ValueAxis("right")})
        theme.theme_plot(self.plot)
        self.grid = PlotGrid(self.plot.getPlotItem(), y=True, alpha=0.25)
        self.plot.setMenuEnabled(False)
        item = self.plot.getPlotItem()
        item.getViewBox().setMouseEnabled(x=True, y=False)
        for side in ("left", "right"):  # the label names the scale ('million USD')
            item.getAxis(side).enableAutoSIPrefix(False)
        self.right = pg.ViewBox(enableMouse=False)
        item.scene().addItem(self.right)
        item.getAxis("right").linkToView(self.right)
        self.right.setXLink(item)
        item.getViewBox().sigResized.connect(
            lambda: self.right.setGeometry(item.getViewBox().sceneBoundingRect()))
        # The legend is a few rows under the dates, out of the data (the event labels take
        # the strip above the plot: ui.chart.markers).
        self.legend = ChartLegend()
        item.layout.addItem(self.legend, 4, 1)
        self.drawing = SeriesDrawing(self.plot, self.right, self.legend, self)
        for side in ("left", "right"):
            axis = item.getAxis(side)
            item.getViewBox().sigResized.connect(lambda *_a, ax=axis: fit_axis_title(ax))
        self.markers = EventMarkers(self.plot, self)
        for box in (item.getViewBox(), self.right):
            box.sigStateChanged.connect(settle)

    def draw(self, data, look: Look, partners: bool) -> tuple[list, list[str]]:
        """Series (or the partner stack) and events: the points drawn and the notes."""
        hits, notes = self.drawing.draw(data, look, partners)
        self.markers.set_events(data.events)
        return hits, notes

    def fit_y(self) -> None:
        """Both value axes to what the visible dates hold."""
        for box in (self.plot.getPlotItem().getViewBox(), self.right):
            box.enableAutoRange(axis=pg.ViewBox.YAxis)
            box.setAutoVisible(y=True)
            box.updateAutoRange()  # now, not at the next paint

    def retheme(self) -> None:
        theme.theme_plot(self.plot)
        self.legend.set_text_colour(theme.foreground())
        self.markers.redraw()
