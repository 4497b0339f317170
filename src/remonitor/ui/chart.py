"""The chart: monthly export figures, reported and derived, with policy events drawn on."""

from __future__ import annotations

import bisect
from collections import defaultdict
from datetime import date

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolTip, QVBoxLayout, QWidget

from remonitor.core.monthly import MonthlyPoint, PointKind, bucket_label
from remonitor.core.periods import month_start, utc_timestamp
from remonitor.ui import theme
from remonitor.ui.chart_data import ChartData, event_start, load_chart_data, series_token
from remonitor.ui.settings import CHART_SERIES, Settings
from remonitor.workers.tasks import TaskRunner

GAP_S = 3 * 86400  # space between bars so months read as separate


def _fmt(value: float, decimals: int) -> str:
    return f"{value:,.{max(decimals, 0)}f}"


class ChartPanel(QWidget):
    sig_loaded = Signal(object)
    """The :class:`ChartData` just drawn."""

    def __init__(self, runner: TaskRunner, settings: Settings, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("chart-panel")
        self._runner = runner
        self._settings = settings
        self._task = None
        self.data: ChartData | None = None
        self._bars: list[tuple[float, float, MonthlyPoint]] = []
        self._bar_starts: list[float] = []

        self.picker = QComboBox(self)
        self.picker.setToolTip(self.tr("Series shown on the chart"))
        # The picker must not set the window's minimum width: long series names elide.
        self.picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.picker.setMinimumContentsLength(48)
        self.picker.activated.connect(self._on_pick)
        self.caption = QLabel(self)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Series:"), self))
        top.addWidget(self.picker)
        top.addStretch(1)
        top.addWidget(self.caption)

        self.plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(utcOffset=0)})
        self.plot.setBackground(theme.background())
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        self.plot.setMenuEnabled(False)
        self.plot.setLabel("left", self.tr("Exports"))
        self.plot.getPlotItem().getViewBox().setMouseEnabled(x=True, y=False)
        self.legend = self.plot.addLegend(offset=(10, 5), labelTextColor=theme.foreground())
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.plot, 1)

    # -- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload from the store in the background; the newest request wins."""
        if self._task is not None:
            self._task.cancel()
        wanted = self._settings.get(CHART_SERIES)
        self._task = self._runner.read(
            "load chart", lambda conn, ctx: load_chart_data(conn, wanted)
        )
        self._task.sig_result.connect(self._show)

    def _on_pick(self, index: int) -> None:
        token = self.picker.itemData(index)
        if token:
            self._settings.set(CHART_SERIES, token)
            self.refresh()

    # -- drawing -------------------------------------------------------------------------

    def _show(self, data: ChartData) -> None:
        self.data = data
        self._fill_picker(data)
        self.plot.clear()
        self.legend.clear()
        self._bars = []
        if data.shown is not None:
            unit = data.shown.key.unit
            self.plot.setLabel("left", self.tr("Exports ({unit} per month)").format(unit=unit))
            self._draw_bars(data.points)
            self.caption.setText(self.tr("{source} · latest release {date}").format(
                source=data.shown.key.source, date=data.shown.latest_release.isoformat()))
        else:
            self.caption.setText(self.tr("No figures stored yet: use File → Import…"))
        self._draw_events(data)
        self._reset_range()
        self.sig_loaded.emit(data)

    def _fill_picker(self, data: ChartData) -> None:
        self.picker.blockSignals(True)
        self.picker.clear()
        for summary in data.series:
            self.picker.addItem(summary.key.describe(), series_token(summary))
        if data.shown is not None:
            self.picker.setCurrentIndex(self.picker.findData(series_token(data.shown)))
        self.picker.blockSignals(False)

    def _draw_bars(self, points: list[MonthlyPoint]) -> None:
        colour = theme.series_colour(0)
        for kind, brush, pen, name in (
            (PointKind.REPORTED, colour, pg.mkPen(colour.darker(130)),
             self.tr("reported")),
            (PointKind.DERIVED, theme.derived_fill(colour),
             pg.mkPen(colour, style=Qt.PenStyle.DashLine, width=1.5),
             self.tr("derived from YTD / annual figures")),
        ):
            chosen = [p for p in points if p.kind is kind]
            if not chosen:
                continue
            x0 = [utc_timestamp(month_start(p.span.first)) + GAP_S / 2 for p in chosen]
            x1 = [utc_timestamp(month_start(p.span.last + 1)) - GAP_S / 2 for p in chosen]
            # A multi-month bucket (Jan–Feb, Q4 from annual − Jan–Sep) is drawn at its
            # monthly average so bars compare month for month; the tooltip gives the total.
            bars = pg.BarGraphItem(x0=x0, x1=x1, height=[p.monthly_average for p in chosen],
                                   brush=brush, pen=pen, name=name)
            self.plot.addItem(bars)
            self._bars.extend(zip(x0, x1, chosen, strict=True))
        self._bars.sort(key=lambda b: b[0])
        self._bar_starts = [b[0] for b in self._bars]

    def _draw_events(self, data: ChartData) -> None:
        by_day = defaultdict(list)
        for event in data.events:
            by_day[event.announced].append(event)
            if event.end:
                region = pg.LinearRegionItem(
                    values=(utc_timestamp(event_start(event)), utc_timestamp(event.end)),
                    movable=False, brush=_faded(theme.category_colour(event.category), 28),
                    pen=pg.mkPen(None))
                region.setZValue(-20)
                region.setToolTip(self.tr("{title}\n{start} – {end}").format(
                    title=event.title, start=event_start(event).isoformat(),
                    end=event.end.isoformat()))
                self.plot.addItem(region)
        for index, (day, events) in enumerate(sorted(by_day.items())):
            colour = theme.category_colour(events[0].category)
            label = _marker_label(events)
            line = pg.InfiniteLine(
                pos=utc_timestamp(day), angle=90, movable=False,
                pen=pg.mkPen(colour, width=1.2, style=Qt.PenStyle.DotLine),
                label=label[:40],
                labelOpts={"position": 0.97 - 0.07 * (index % 4), "color": colour,
                           "anchors": [(0, 0), (0, 0)], "fill": _faded(theme.background(), 200)},
            )
            line.setToolTip("\n".join(_event_line(e) for e in events))
            self.plot.addItem(line)
        today = pg.InfiniteLine(pos=utc_timestamp(date.today()), angle=90, movable=False,
                                pen=pg.mkPen(theme.today_line(), width=1.5))
        today.setToolTip(self.tr("Today, {date}").format(date=date.today().isoformat()))
        self.plot.addItem(today)

    def _reset_range(self) -> None:
        points = self.data.points if self.data else []
        if not points:
            return
        first = utc_timestamp(month_start(points[0].span.first))
        end = max(utc_timestamp(date.today()), utc_timestamp(month_start(points[-1].span.last)))
        self.plot.setXRange(first - 20 * 86400, end + 45 * 86400, padding=0)
        self.plot.setYRange(0, max(p.monthly_average for p in points) * 1.3, padding=0)

    # -- tooltip -------------------------------------------------------------------------

    def bar_at(self, x: float) -> MonthlyPoint | None:
        i = bisect.bisect_right(self._bar_starts, x) - 1
        if i >= 0 and self._bars[i][0] <= x <= self._bars[i][1]:
            return self._bars[i][2]
        return None

    def describe_point(self, point: MonthlyPoint) -> str:
        """The tooltip: exact figure, how it was obtained, and where it came from."""
        assert self.data is not None and self.data.shown is not None
        unit = self.data.shown.key.unit
        lines = [f"{bucket_label(point.span)}: {_fmt(point.value, point.decimals)} {unit}"]
        if point.span.length > 1:
            lines.append(self.tr("{n} months together; drawn at {avg} {unit} a month").format(
                n=point.span.length, avg=_fmt(point.monthly_average, 1), unit=unit))
        lines.append(point.explain())
        if point.kind is PointKind.DERIVED:
            lines.append(f"= {point.figures}  (±{_fmt(point.tolerance, 1)} {unit} from rounding)")
        for source in point.sources:
            lines.append(self.tr("{span}: {file}, released {date}").format(
                span=source.span.describe(), file=source.source_file,
                date=source.release_date.isoformat()))
        note = point.sources[0].note
        if note:
            lines.append(note)
        return "\n".join(lines)

    def _on_mouse_moved(self, pos: QPointF) -> None:
        vb = self.plot.getPlotItem().getViewBox()
        if not vb.sceneBoundingRect().contains(pos):
            return
        view = vb.mapSceneToView(pos)
        point = self.bar_at(view.x())
        if point is None or view.y() > point.monthly_average or view.y() < 0:
            QToolTip.hideText()
            return
        global_pos = self.plot.mapToGlobal(self.plot.mapFromScene(pos))
        QToolTip.showText(global_pos, self.describe_point(point), self.plot)


def _marker_label(events) -> str:
    """Short text on a marker: announcement numbers, else the start of the title."""
    numbers = [e.number.split(" ", 1)[-1] for e in events if e.number]
    if numbers:
        return "; ".join(numbers)
    title = events[0].title
    return title if len(title) <= 22 else title[:20] + "…"


def _event_line(e) -> str:
    when = e.announced.isoformat()
    if e.effective and e.effective != e.announced:
        when += f" (effective {e.effective.isoformat()})"
    return f"{when} · {e.authority} · {e.title}"


def _faded(colour: QColor, alpha: int) -> QColor:
    c = QColor(colour)
    c.setAlpha(alpha)
    return c

