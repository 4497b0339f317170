"""What a control did (views.analysis drawn): the event window, who gained and who lost
share of the destinations, their concentration, and prices by destination — a tab each,
read on a worker, each exportable as a picture (PNG, SVG) or its table (CSV, XLSX)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from remonitor.core.figures import figure_text, number_text
from remonitor.core.periods import month_label, utc_timestamp
from remonitor.core.text import place_name
from remonitor.exporters.tables import atomically, write_table
from remonitor.ui import theme
from remonitor.ui.widgets.plotting import PlotGrid, UtcDateAxis
from remonitor.ui.widgets.table_model import Column, RowTableModel
from remonitor.ui.widgets.table_view import RowTableView
from remonitor.views import analysis
from remonitor.views.catalogue import Choice
from remonitor.workers.tasks import TaskRunner


def _label(plot: pg.PlotWidget, side: str, text: str) -> None:
    """An axis title, set only when it changes (setting it lays the plot out again)."""
    if plot.getAxis(side).labelText != text:
        plot.setLabel(side, text)


def _number(value) -> str:
    """Grouped, with the decimals the view gave it (a share's 0.60 keeps its zero)."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return figure_text(value, -value.as_tuple().exponent)
    return number_text(value)


def _columns(view) -> list[Column]:
    """The view's columns: figures grouped with their decimals, sorted as numbers."""
    kinds = [next((type(r[i]) for r in view.rows if r[i] is not None), str)
             for i in range(len(view.headers))]
    return [Column(str(h), (lambda r, i=i: r[i]),
                   text=None if kind is str else (lambda r, i=i: _number(r[i])),
                   align_right=kind is not str)
            for i, (h, kind) in enumerate(zip(view.headers, kinds, strict=True))]


class AnalysisTab(QWidget):
    """A control row, a plot, a caption and a table, read by ``load(conn)`` on a worker and
    drawn by ``draw(plot, data)``; exports its picture or its table."""

    sig_loaded = Signal(object)

    def __init__(self, name: str, runner: TaskRunner, controls: list[QWidget],
                 load: Callable, draw: Callable, parent=None,
                 grid: tuple[bool, bool] = (True, True), dates: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName(f"analysis-{name}")
        self.name, self.runner, self._load, self._draw = name, runner, load, draw
        self.data = None
        self._fitted = False
        self.plot = pg.PlotWidget(
            axisItems={"bottom": UtcDateAxis()} if dates else None)
        theme.theme_plot(self.plot)
        self.grid = PlotGrid(self.plot.getPlotItem(), x=grid[0], y=grid[1], alpha=0.2)
        self.plot.setMenuEnabled(False)
        self.plot.setMinimumHeight(220)
        self.legend = self.plot.addLegend(offset=(10, 5), labelTextColor=theme.foreground())
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = RowTableModel([], self)
        self.table = RowTableView(self.model, self)
        self.table.setObjectName(f"{name}-table")
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        export = self.export_button = QPushButton(self.tr("Export…"), self)
        export.setToolTip(self.tr("The picture (PNG, SVG) or the table (CSV, XLSX)"))
        export.clicked.connect(self.choose_export)
        export.setEnabled(False)  # until something is shown
        top = QHBoxLayout()
        for w in controls:
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(export)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.plot, 3)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 2)

    def refresh(self):
        load = self._load()
        if load is None:  # nothing to choose from: say what would make the tab work
            self.caption.setText(self.tr(
                "Nothing to show yet: this needs a product held by partner (a UN Comtrade, "
                "WITS or Eurostat table by destination; File → Import…) and, for the event "
                "tabs, an event on the timeline."))
            return None
        task = self.runner.read(self.tr("analysis: {what}").format(what=self.name),
                                lambda conn, ctx: load(conn), latest=f"analysis:{id(self)}")
        task.sig_result.connect(self._show)
        task.sig_error.connect(lambda error: self.caption.setText(error.message))
        return task

    def _show(self, data) -> None:
        self.data = data
        self.export_button.setEnabled(True)
        self.plot.clear()
        self.legend.clear()
        self.caption.setText(self._draw(self.plot, data))
        view = data.table()
        self.model.columns = _columns(view)
        self.model.set_rows(view.rows)  # a reset: the view reads the columns again
        if not self._fitted and view.rows:
            self.table.resizeColumnsToContents()  # once: a column the user widened stays
            self._fitted = True
        self.sig_loaded.emit(data)

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export"), str(Path.home() / f"remonitor-{self.name}.png"),
            self.tr("PNG picture (*.png);;SVG picture (*.svg);;Excel workbook (*.xlsx);;"
                    "CSV, UTF-8 (*.csv)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """A picture of the tab as shown (plot and caption), or its table with its keys."""
        suffix = path.suffix.lower()
        if suffix in (".csv", ".xlsx"):
            view = self.data.table()
            write_table(path, view.headers, view.rows, sheet_name=view.name)
        elif suffix == ".png":
            atomically(path, lambda tmp: int(self.grab().save(str(tmp), "PNG")))
        elif suffix == ".svg":
            from PySide6.QtSvg import QSvgGenerator

            def write(tmp: Path) -> int:
                generator = QSvgGenerator()
                generator.setFileName(str(tmp))
                generator.setSize(self.size())
                generator.setViewBox(QRect(0, 0, self.width(), self.height()))
                painter = QPainter(generator)
                try:
                    self.render(painter)
                finally:
                    done = painter.end()
                return int(done)

            atomically(path, write)
        else:
            raise ValueError(f"{path.name}: .png, .svg, .csv or .xlsx")


def _month_x(month: int) -> float:
    from datetime import date

    return utc_timestamp(date(month // 12, month % 12 + 1, 15))


class AnalysisDialog(QDialog):
    """The four tabs, over the series held and the events on the timeline."""

    def __init__(self, runner: TaskRunner, choices: list[Choice], events: list,
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("analysis-dialog")
        self.setWindowTitle(self.tr("What moved after a control"))
        self.resize(QSize(1100, 760))
        self.runner = runner
        self.choices = list(choices)
        """The chart's catalogue, handed to each read (it need not be read again)."""
        series = [c for c in choices if c.kind in ("series", "sum")]
        by_partner = [c for c in choices if c.kind == "sum"]
        self.event = self._combo([(f"{e.when}  {e.title[:60]}", e.key or str(e.id))
                                  for e in reversed(events)])
        self.series = self._combo([(c.label, c.token) for c in series])
        self.compare = self._combo(
            [(self.tr("beside: nothing"), ""), (self.tr("beside: a year earlier"), "@year")]
            + [(self.tr("beside: {label}").format(label=c.label), c.token) for c in series])
        self.event2 = self._combo([(f"{e.when}  {e.title[:60]}", e.key or str(e.id))
                                   for e in reversed(events)])
        self.product = self._combo([(c.label, c.token) for c in by_partner])
        self.product2 = self._combo([(c.label, c.token) for c in by_partner])
        self.product3 = self._combo([(c.label, c.token) for c in by_partner])
        self.top = QSpinBox(self)
        self.top.setRange(2, 12)
        self.top.setValue(8)
        self.top.setPrefix(self.tr("top "))
        self.tabs = QTabWidget(self)
        self.window_tab = AnalysisTab(
            "event-window", runner, [self.event, self.series, self.compare],
            self._load_window, self._draw_window, self, grid=(False, True))
        self.share_tab = AnalysisTab(
            "share-change", runner, [self.event2, self.product], self._load_shares,
            self._draw_shares, self, grid=(True, False))
        self.hhi_tab = AnalysisTab("concentration", runner, [self.product2],
                                   self._load_hhi, self._draw_hhi, self, dates=True)
        self.price_tab = AnalysisTab("prices", runner, [self.product3, self.top],
                                     self._load_prices, self._draw_prices, self, dates=True)
        for tab, title in ((self.window_tab, self.tr("Event window")),
                           (self.share_tab, self.tr("Who gained, who lost")),
                           (self.hhi_tab, self.tr("Concentration")),
                           (self.price_tab, self.tr("Prices by destination"))):
            self.tabs.addTab(tab, title)
        for box, tab in ((self.event, self.window_tab), (self.series, self.window_tab),
                         (self.compare, self.window_tab), (self.event2, self.share_tab),
                         (self.product, self.share_tab), (self.product2, self.hhi_tab),
                         (self.product3, self.price_tab)):
            box.currentIndexChanged.connect(lambda _=0, t=tab: self._refresh(t))
        self.top.valueChanged.connect(lambda _=0: self._refresh(self.price_tab))
        self.tabs.currentChanged.connect(lambda i: self.tabs.widget(i).refresh())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def _refresh(self, tab: AnalysisTab) -> None:
        """A tab reads again when its choices change while it is shown (a hidden tab reads
        when it is opened)."""
        if self.tabs.currentWidget() is tab:
            tab.refresh()

    def _combo(self, items: list[tuple[str, str]]) -> QComboBox:
        box = QComboBox(self)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(24)
        box.setProperty("elides", True)
        for text, data in items:
            box.addItem(text, data)
        box.currentIndexChanged.connect(lambda _=0: box.setToolTip(box.currentText()))
        box.setToolTip(box.currentText())
        return box

    def choose(self, event_key: str = "", token: str = "") -> None:
        """Open on an event and a series (the timeline's selection, the chart's series)."""
        for box in (self.event, self.event2):
            i = box.findData(event_key)
            if i >= 0:
                box.setCurrentIndex(i)
        i = self.series.findData(token)
        if i >= 0:
            self.series.setCurrentIndex(i)

    # -- the tabs ------------------------------------------------------------------------

    def _load_window(self):
        event, token, compare = (self.event.currentData(), self.series.currentData(),
                                 self.compare.currentData())
        if not event or not token:
            return None
        choices = self.choices
        return lambda conn: analysis.event_window_view(
            conn, event, token, "" if compare == "@year" else compare, compare == "@year",
            choices=choices)

    def _draw_window(self, plot: pg.PlotWidget, data) -> str:
        w = data.window
        _label(plot, "bottom", self.tr("months from the announcement"))
        _label(plot, "left", self.tr("index, month before announcement = 100"))
        if w.gap:
            shade = theme.category_colour(data.event.category)
            shade.setAlpha(40)
            region = pg.LinearRegionItem(values=(0, w.gap), movable=False,
                                         brush=pg.mkBrush(shade))
            region.setToolTip(self.tr("from announcement to effect"))
            plot.addItem(region)
        marks = ((0, self.tr("announced")), (w.gap, self.tr("in effect"))) if w.gap else \
            ((0, self.tr("announced and in effect")),)
        for x, text in marks:
            plot.addItem(pg.InfiniteLine(pos=x, angle=90, movable=False, label=text,
                                         pen=pg.mkPen(theme.category_colour(
                                             data.event.category), width=1.5),
                                         labelOpts={"position": 0.04,
                                                    "anchors": [(0, 1), (0, 1)],
                                                    "color": theme.foreground(),
                                                    "fill": theme.background()}))
        plot.addItem(pg.InfiniteLine(pos=100, angle=0, movable=False,
                                     pen=pg.mkPen(theme.muted(), style=Qt.PenStyle.DotLine)))
        for i, (label, window) in enumerate(((data.label, w),
                                             (data.compare_label, data.compare))):
            if window is None:
                continue
            path = window.indexed
            xs = sorted(path)
            plot.plot(xs, [float(path[k]) for k in xs], name=label[:70], symbol="o",
                      symbolSize=6, pen=pg.mkPen(theme.series_colour(i), width=2,
                                                 style=Qt.PenStyle.SolidLine if i == 0
                                                 else Qt.PenStyle.DashLine),
                      symbolBrush=theme.series_colour(i))
        plot.setXRange(w.offsets.start - 0.5, w.offsets.stop - 0.5, padding=0)
        head = self.tr("{title} — announced {day}").format(title=data.event.title,
                                                          day=data.event.when)
        return "\n".join([head, *data.caption()])

    def _load_shares(self):
        event, token = self.event2.currentData(), self.product.currentData()
        choices = self.choices
        if not event or not token:
            return None
        return lambda conn: analysis.share_change_view(conn, event, token,
                                                         choices=choices)

    def _draw_shares(self, plot: pg.PlotWidget, data) -> str:
        rows = [r for r in data.rows if r.before or r.after]
        movers = sorted(rows, key=lambda r: -abs(r.change))[:12]
        movers.sort(key=lambda r: r.change)
        heights = [float(r.change * 100) for r in movers]
        brushes = [theme.rest_colour() if r.bucket else theme.series_colour(0 if h >= 0 else 4)
                   for r, h in zip(movers, heights, strict=True)]
        plot.addItem(pg.BarGraphItem(x0=0, y=list(range(len(movers))), width=heights,
                                     height=0.7, brushes=brushes))
        plot.getAxis("left").setTicks([[(i, place_name(r.partner)) for i, r in
                                        enumerate(movers)]])
        _label(plot, "bottom", self.tr("change of share, percentage points"))
        return data.caption()

    def _load_hhi(self):
        token = self.product2.currentData()
        choices = self.choices
        return (lambda conn: analysis.concentration_view(conn, token, choices)) if token else None

    def _draw_hhi(self, plot: pg.PlotWidget, data) -> str:
        xs = [_month_x(r.month) for r in data.rows]
        plot.plot(xs, [float(r.hhi) for r in data.rows], name=self.tr("HHI (0–10,000)"),
                  pen=pg.mkPen(theme.series_colour(0), width=2))
        _label(plot, "left", self.tr("Herfindahl index of destinations"))
        if not data.rows:
            return self.tr("No month with destinations held")
        last = data.rows[-1]
        return self.tr("{label}: {month}, HHI {hhi} — as concentrated as {n} equal "
                       "destinations (1,500–2,500: moderately, above 2,500: highly "
                       "concentrated)").format(
            label=data.label, month=month_label(last.month), hhi=number_text(round(last.hhi)),
            n=number_text(round(last.effective_destinations, 1)))

    def _load_prices(self):
        token, n = self.product3.currentData(), self.top.value()
        choices = self.choices
        return (lambda conn: analysis.prices_view(conn, token, n, choices)) if token else None

    def _draw_prices(self, plot: pg.PlotWidget, data) -> str:
        for i, partner in enumerate(data.partners):
            points = [(r.month, r.prices[partner]) for r in data.rows if partner in r.prices]
            plot.plot([_month_x(m) for m, _ in points], [float(v) for _, v in points],
                      name=place_name(partner), symbol="o", symbolSize=5,
                      pen=pg.mkPen(theme.series_colour(i), width=1.5),
                      symbolBrush=theme.series_colour(i))
        _label(plot, "left", data.unit)
        return data.caption()
