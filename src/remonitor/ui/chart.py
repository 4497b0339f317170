"""The chart: monthly export figures, reported and derived, with policy events drawn on."""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from remonitor.core.monthly import MonthlyPoint, PointKind, bucket_label
from remonitor.core.periods import MonthSpan, month_start, utc_timestamp
from remonitor.core.views import month_on_month, rolling_12, year_on_year, ytd_against_prior
from remonitor.exporters.tables import atomically, write_table
from remonitor.ui import theme
from remonitor.ui.chart_data import ChartData, event_start, load_chart_data, series_token
from remonitor.ui.settings import CHART_SERIES, CHART_VIEW, Settings
from remonitor.workers.tasks import TaskRunner

GAP_S = 3 * 86400  # space between bars so months read as separate


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar on the chart: where it stands, how high, and what its tooltip says."""

    span: MonthSpan
    height: float
    derived: bool
    text: str


VIEWS = {"level": "Level", "yoy": "y/y %", "mom": "m/m %",
         "ytd": "YTD vs prior YTD %", "rolling": "12-month rolling sum"}


def _fmt(value: float, decimals: int) -> str:
    return f"{value:,.{max(decimals, 0)}f}"


class ChartPanel(QWidget):
    sig_loaded = Signal(object)
    """The :class:`ChartData` just drawn."""
    sig_event_clicked = Signal(object)
    """An event whose marker was clicked (the timeline selects it)."""

    def __init__(self, runner: TaskRunner, settings: Settings, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("chart-panel")
        self._runner = runner
        self._settings = settings
        self.data: ChartData | None = None
        self._bars: list[tuple[float, float, MonthlyPoint]] = []
        self._bar_starts: list[float] = []

        self.picker = QComboBox(self)
        self.picker.setToolTip(self.tr("Series shown on the chart"))
        # The picker must not set the window's minimum width: long series names elide.
        self.picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.picker.setMinimumContentsLength(24)
        self.picker.activated.connect(self._on_pick)
        self.view_mode = QComboBox(self)
        self.view_mode.setToolTip(self.tr("What the bars show"))
        for key, label in VIEWS.items():
            self.view_mode.addItem(self.tr(label), key)
        self.view_mode.setCurrentIndex(max(0, self.view_mode.findData(
            settings.get(CHART_VIEW))))
        self.view_mode.activated.connect(self._on_view)
        self.caption = QLabel(self)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Series:"), self))
        top.addWidget(self.picker)
        top.addWidget(QLabel(self.tr("View:"), self))
        top.addWidget(self.view_mode)
        # The caption takes what room is left and never widens the window.
        self.caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.caption, 1)

        self.event_filter = None
        self._event_items: list = []
        self.plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(utcOffset=0)})
        self.plot.setBackground(theme.background())
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        self.plot.setMenuEnabled(False)
        self.plot.setLabel("left", self.tr("Exports"))
        self.plot.getPlotItem().getViewBox().setMouseEnabled(x=True, y=False)
        self.legend = self.plot.addLegend(offset=(10, 5), labelTextColor=theme.foreground())
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.plot.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # + − ← → Home, when clicked
        self._crosshair = pg.InfiniteLine(angle=90, movable=False,
                                          pen=pg.mkPen(theme.foreground(), width=1,
                                                       style=Qt.PenStyle.DotLine))
        fill = theme.background()
        fill.setAlpha(225)
        self._readout = pg.TextItem(anchor=(1, 0), color=theme.foreground(),
                                    fill=pg.mkBrush(fill))
        for years in (1, 3, 5, 0):
            button = QToolButton(self)
            button.setText(self.tr("{n} y").format(n=years) if years else self.tr("All"))
            button.setToolTip(self.tr("Show the last {n} years").format(n=years) if years
                              else self.tr("Show every figure (Home). On the chart: wheel or "
                                           "+ / − zoom, drag or ← / → pan"))
            button.setAutoRaise(True)
            button.clicked.connect(lambda _=False, n=years: self.show_years(n))
            top.insertWidget(top.count() - 1, button)
        self.export_button = QToolButton(self)
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save the chart as shown: PNG or SVG picture, "
                                              "or its bars as CSV / XLSX"))
        self.export_button.clicked.connect(self.choose_export)
        top.insertWidget(top.count() - 1, self.export_button)
        for keys, slot in ((("+", "="), lambda: self.zoom(0.8)), (("-",), lambda: self.zoom(1.25)),
                           (("Left",), lambda: self.pan(-0.2)), (("Right",), lambda: self.pan(0.2)),
                           (("Home",), self._reset_range)):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self.plot)
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
                shortcut.activated.connect(slot)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.plot, 1)

    # -- range ---------------------------------------------------------------------------

    def zoom(self, factor: float) -> None:
        """Zoom the date axis about its centre (factor < 1 zooms in)."""
        self.plot.getViewBox().scaleBy(x=factor)

    def pan(self, fraction: float) -> None:
        low, high = self.plot.getViewBox().viewRange()[0]
        self.plot.getViewBox().translateBy(x=(high - low) * fraction)

    def show_years(self, years: int) -> None:
        """The last ``years`` years up to today (0: everything)."""
        if not years or not self._bars:
            self._reset_range()
            return
        end = utc_timestamp(date.today()) + 20 * 86400
        self.plot.setXRange(end - years * 365.25 * 86400, end, padding=0)

    # -- export --------------------------------------------------------------------------

    def choose_export(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export the chart"), str(Path.home() / "remonitor-chart.png"),
            self.tr("PNG picture (*.png);;SVG picture (*.svg);;Excel workbook (*.xlsx);;"
                    "CSV, UTF-8 (*.csv)"))
        if not path:
            return
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix("." + chosen.rsplit("*.", 1)[-1].rstrip(")"))
        try:
            self.export_to(target)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Export failed"), str(exc))

    def shown_bars(self) -> tuple[list[str], list[list]]:
        """The bars within the visible dates, as a table: what the chart shows, exactly."""
        low, high = self.plot.getViewBox().viewRange()[0]
        shown = self.data.shown if self.data else None
        view = self.view_mode.currentText()
        headers = ["period", "value", "kind", "view", "unit", "series", "source"]
        rows = [[bucket_label(bar.span), bar.height, "derived" if bar.derived else "reported",
                 view, self.plot.getAxis("left").labelText,
                 shown.key.product if shown else "", shown.key.source if shown else ""]
                for x0, x1, bar in self._bars if x1 >= low and x0 <= high]
        return headers, rows

    def export_to(self, path: Path):
        """PNG and SVG are drawn here (they are pictures of the widget); CSV/XLSX rows are
        written on a worker. Returns the task for a table, None for a picture."""
        suffix = path.suffix.lower()
        if suffix == ".png":
            atomically(path, lambda tmp: int(self.plot.grab().save(str(tmp), "PNG")))
            return None
        if suffix == ".svg":
            from pyqtgraph.exporters import SVGExporter

            atomically(path, lambda tmp: SVGExporter(self.plot.getPlotItem()).export(
                str(tmp)) or 1)
            return None
        headers, rows = self.shown_bars()
        return self._runner.run("export chart", lambda ctx: write_table(
            path, headers, rows, sheet_name="chart"))

    # -- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload from the store in the background; the newest request wins."""
        wanted = self._settings.get(CHART_SERIES)
        task = self._runner.read("load chart", lambda conn, ctx: load_chart_data(conn, wanted),
                                 latest=f"chart:{id(self)}")
        task.sig_result.connect(self._show)

    def _on_view(self, index: int) -> None:
        self._settings.set(CHART_VIEW, self.view_mode.itemData(index))
        if self.data is not None:
            self._show(self.data)

    def _on_pick(self, index: int) -> None:
        token = self.picker.itemData(index)
        if token:
            self._settings.set(CHART_SERIES, token)
            self.refresh()

    # -- drawing -------------------------------------------------------------------------

    def set_event_filter(self, test) -> None:
        """Draw only the events passing ``test`` (the timeline's filters); None: all. Only
        the markers are redrawn; bars, range and everything else stay."""
        if test is None and self.event_filter is None:
            return
        self.event_filter = test
        if self.data is not None:
            for item in self._event_items:
                self.plot.removeItem(item)
            self._draw_events(self.data)

    def centre_on(self, day: date) -> None:
        low, high = self.plot.getViewBox().viewRange()[0]
        x = utc_timestamp(day)
        self.plot.setXRange(x - (high - low) / 2, x + (high - low) / 2, padding=0)

    def _show(self, data: ChartData) -> None:
        self.data = data
        self._fill_picker(data)
        self.plot.clear()
        self.legend.clear()
        for item in (self._crosshair, self._readout):
            item.hide()
            self.plot.addItem(item, ignoreBounds=True)
        self._bars = []
        if data.shown is not None:
            bars, label = self._bars_for(data, self.view_mode.currentData())
            self.plot.setLabel("left", label)
            self._draw_bars(bars)
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

    def _bars_for(self, data: ChartData, view: str) -> tuple[list[Bar], str]:
        unit = data.shown.key.unit
        if view == "level":
            # A multi-month bucket (Jan–Feb, Q4 from annual − Jan–Sep) is drawn at its
            # monthly average so bars compare month for month; the tooltip gives the total.
            return ([Bar(p.span, p.monthly_average, p.kind is PointKind.DERIVED,
                         self.describe_point(p)) for p in data.points],
                    self.tr("Exports ({unit} per month)").format(unit=unit))
        compute = {"yoy": year_on_year, "mom": month_on_month, "ytd": ytd_against_prior,
                   "rolling": rolling_12}[view]
        bars = []
        for v in compute(data.points):
            if v.value is None:
                continue
            derived = any(p.kind is PointKind.DERIVED for p in v.parts)
            at = v.span if view in ("yoy", "mom") else MonthSpan(v.span.last, v.span.last)
            bars.append(Bar(at, v.value, derived, self._describe_view(v, view, unit)))
        label = (self.tr("12-month sum ({unit})").format(unit=unit) if view == "rolling"
                 else self.tr("% change"))
        return bars, label

    def _describe_view(self, v, view: str, unit: str) -> str:
        if view == "rolling":
            head = f"{v.span.describe()}: {v.value:,.1f} {unit}"
        else:
            head = f"{v.span.describe()}: {v.value:+.1f} % ({VIEWS[view]})"
        parts = "; ".join(f"{p.span.describe()} {p.value:,.1f} ({p.kind.value})"
                          for p in v.parts[:14])
        return f"{head}\nfrom {parts}"

    def _draw_bars(self, bars: list[Bar]) -> None:
        colour = theme.series_colour(0)
        styles = ((False, colour, pg.mkPen(colour.darker(130)), self.tr("reported")),
                  (True, theme.derived_fill(colour),
                   pg.mkPen(colour, style=Qt.PenStyle.DashLine, width=1.5),
                   self.tr("derived from YTD / annual figures")))
        for derived, brush, pen, name in styles:
            chosen = [b for b in bars if b.derived is derived]
            if not chosen:
                continue
            x0 = [utc_timestamp(month_start(b.span.first)) + GAP_S / 2 for b in chosen]
            x1 = [utc_timestamp(month_start(b.span.last + 1)) - GAP_S / 2 for b in chosen]
            item = pg.BarGraphItem(x0=x0, x1=x1, height=[b.height for b in chosen],
                                   brush=brush, pen=pen, name=name)
            self.plot.addItem(item)
            self._bars.extend(zip(x0, x1, chosen, strict=True))
        self._bars.sort(key=lambda b: b[0])
        self._bar_starts = [b[0] for b in self._bars]

    def _draw_events(self, data: ChartData) -> None:
        self._event_items = []
        by_day = defaultdict(list)
        test = self.event_filter
        for event in (e for e in data.events if test is None or test(e)):
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
                self._event_items.append(region)
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
            line.setToolTip("\n".join(_event_line(e) for e in events)
                            + "\n" + self.tr("Click to find it in the timeline"))
            line.sigClicked.connect(lambda _line, _ev, e=events[0]: self.sig_event_clicked.emit(e))
            self.plot.addItem(line)
            self._event_items.append(line)
        today = pg.InfiniteLine(pos=utc_timestamp(date.today()), angle=90, movable=False,
                                pen=pg.mkPen(theme.today_line(), width=1.5))
        today.setToolTip(self.tr("Today, {date}").format(date=date.today().isoformat()))
        self.plot.addItem(today)
        self._event_items.append(today)

    def _reset_range(self) -> None:
        bars = [b[2] for b in self._bars]
        if not bars:
            return
        first = utc_timestamp(month_start(bars[0].span.first))
        end = max(utc_timestamp(date.today()), utc_timestamp(month_start(bars[-1].span.last)))
        self.plot.setXRange(first - 20 * 86400, end + 45 * 86400, padding=0)
        low = min(0.0, min(b.height for b in bars))
        high = max(0.0, max(b.height for b in bars))
        pad = (high - low) * 0.3 or 1.0
        self.plot.setYRange(low - (pad / 3 if low < 0 else 0), high + pad, padding=0)

    # -- tooltip -------------------------------------------------------------------------

    def bar_at(self, x: float) -> Bar | None:
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
            self._crosshair.hide()
            self._readout.hide()
            return
        view = vb.mapSceneToView(pos)
        bar = self.bar_at(view.x())
        self._crosshair.setPos(view.x())
        self._crosshair.show()
        if bar is not None:  # the exact figure under the crosshair, top right
            (_, right), (_, top) = vb.viewRange()
            self._readout.setText(bar.text.split("\n", 1)[0])
            self._readout.setPos(right, top)
            self._readout.show()
        else:
            self._readout.hide()
        if bar is None or not min(0, bar.height) <= view.y() <= max(0, bar.height):
            QToolTip.hideText()
            return
        global_pos = self.plot.mapToGlobal(self.plot.mapFromScene(pos))
        QToolTip.showText(global_pos, bar.text, self.plot)


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

