"""Moving about the chart and reading it: zoom, pan, range presets, the dates kept
between sessions, and the crosshair with its readout and tooltip."""

from __future__ import annotations

import bisect
from datetime import date

import pyqtgraph as pg
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QToolTip

from remonitor.core.periods import utc_timestamp
from remonitor.core.plotting import describe_point
from remonitor.ui.chart_draw import Hit
from remonitor.ui.settings import CHART_RANGE


class ChartNavigation:
    """Mixin of the chart panel: needs ``self.plot``, ``self.right``, ``self.hits``,
    ``self._starts``, ``self._crosshair`` and ``self._readout``."""

    # -- range ---------------------------------------------------------------------------

    def zoom(self, factor: float) -> None:
        """Zoom the date axis about its centre (factor < 1 zooms in)."""
        self.plot.getViewBox().scaleBy(x=factor)

    def pan(self, fraction: float) -> None:
        low, high = self.plot.getViewBox().viewRange()[0]
        self.plot.getViewBox().translateBy(x=(high - low) * fraction)

    def show_years(self, years: int) -> None:
        """The last ``years`` years up to today (0: everything)."""
        if not years or not self.hits:
            self.reset_range()
            return
        end = utc_timestamp(date.today()) + 20 * 86400
        self.plot.setXRange(end - years * 365.25 * 86400, end, padding=0)

    def centre_on(self, day: date) -> None:
        low, high = self.plot.getViewBox().viewRange()[0]
        x = utc_timestamp(day)
        self.plot.setXRange(x - (high - low) / 2, x + (high - low) / 2, padding=0)

    def reset_range(self) -> None:
        if not self.hits:
            return
        first = min(h.x0 for h in self.hits)
        end = max(utc_timestamp(date.today()), max(h.x1 for h in self.hits))
        self.plot.setXRange(first - 20 * 86400, end + 45 * 86400, padding=0)
        self._fit_y()

    def _fit_y(self) -> None:
        item = self.plot.getPlotItem()
        for box in (item.getViewBox(), self.right):
            box.enableAutoRange(axis=pg.ViewBox.YAxis)
            box.setAutoVisible(y=True)
            box.updateAutoRange()  # now, not at the next paint: the axis is right at once

    def save_range(self) -> None:
        low, high = self.plot.getViewBox().viewRange()[0]
        self._settings.set(CHART_RANGE, f"{low:.0f},{high:.0f}")

    # -- tooltip -------------------------------------------------------------------------

    def hits_at(self, x: float) -> list[Hit]:
        i = bisect.bisect_right(self._starts, x)
        return [h for h in self.hits[max(0, i - 40):i] if h.x0 <= x <= h.x1]

    def bar_at(self, x: float):
        """The point drawn at ``x`` (the first series'), or None."""
        found = self.hits_at(x)
        return found[0].point if found else None

    def describe_point(self, point) -> str:
        return describe_point(point, self.data.first.unit)

    def _on_mouse_moved(self, pos: QPointF) -> None:
        vb = self.plot.getPlotItem().getViewBox()
        if not vb.sceneBoundingRect().contains(pos):
            self._crosshair.hide()
            self._readout.hide()
            return
        view = vb.mapSceneToView(pos)
        found = self.hits_at(view.x())
        self._crosshair.setPos(view.x())
        self._crosshair.show()
        if not found:
            self._readout.hide()
            QToolTip.hideText()
            return
        (_, right), (_, top) = vb.viewRange()
        heads = [h.point.text.split("\n", 1)[0] for h in found]
        self._readout.setText("\n".join(heads if len(found) > 1 else heads[:1]))
        self._readout.setPos(right, top)
        self._readout.show()
        text = "\n\n".join((f"{h.series}\n" if len(found) > 1 else "") + h.point.text
                           for h in found[:4])
        QToolTip.showText(self.plot.mapToGlobal(self.plot.mapFromScene(pos)), text, self.plot)

