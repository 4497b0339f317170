"""The chart: monthly export figures, reported and derived, several series at once or one
product by destination, with policy events drawn on."""

from __future__ import annotations

import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QMenu,
    QSizePolicy,
    QSpinBox,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from remonitor.core.periods import month_index
from remonitor.core.plotting import VIEWS
from remonitor.ui import theme
from remonitor.ui.chart_data import ChartData, DisplayUnits, load_chart_data
from remonitor.ui.chart_draw import Hit, SeriesDrawing
from remonitor.ui.chart_events import EventMarkers
from remonitor.ui.chart_export import ChartExport
from remonitor.ui.chart_nav import ChartNavigation
from remonitor.ui.series_picker import SeriesPicker
from remonitor.ui.settings import (
    CHART_BASE,
    CHART_LOG,
    CHART_MASS,
    CHART_MONEY,
    CHART_PARTNERS,
    CHART_RANGE,
    CHART_SERIES,
    CHART_STYLE,
    CHART_VIEW,
    Settings,
)
from remonitor.ui.vocabulary import word
from remonitor.workers.tasks import TaskRunner

STYLES = {"auto": "Auto", "bars": "Bars", "lines": "Lines"}


class ChartPanel(SeriesDrawing, ChartNavigation, ChartExport, EventMarkers, QWidget):
    sig_loaded = Signal(object)
    """The :class:`ChartData` just drawn."""
    sig_event_clicked = Signal(object)
    """An event whose marker was clicked (the timeline selects it)."""
    sig_import_rates = Signal()

    def __init__(self, runner: TaskRunner, settings: Settings, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("chart-panel")
        self._runner = runner
        self._settings = settings
        self.data: ChartData | None = None
        self.hits: list[Hit] = []
        self._starts: list[float] = []
        self.notes: list[str] = []
        self._restored_range = settings.get(CHART_RANGE)
        self.tokens = [t for t in settings.get(CHART_SERIES).split("\n") if t]

        self.picker = SeriesPicker(self)
        self.picker.sig_chosen.connect(self.show_series)
        self.series_button = QToolButton(self)
        self.series_button.setToolTip(self.tr("Choose the series shown (Ctrl+L): search every "
                                              "series held, with its freshness"))
        self.series_button.clicked.connect(self.open_picker)
        self.series_button.setSizePolicy(QSizePolicy.Policy.Expanding,
                                         QSizePolicy.Policy.Preferred)
        shortcut = QShortcut(QKeySequence("Ctrl+L"), self)
        shortcut.activated.connect(self.open_picker)

        self.view_mode = self._combo(VIEWS, CHART_VIEW, self.tr("What the chart shows"))
        self.style_box = self._combo(STYLES, CHART_STYLE, self.tr(
            "Bars or lines (Auto: bars for one series, lines for several)"))
        self.base = QDateEdit(self)
        self.base.setDisplayFormat("MMM yyyy")
        self.base.setToolTip(self.tr("The month the index is 100 at"))
        base = settings.get(CHART_BASE)
        if base > 0:
            self.base.setDate(QDate(base // 12, base % 12 + 1, 1))
        self.base.dateChanged.connect(self._on_base)
        self.log = QCheckBox(self.tr("Log"), self)
        self.log.setToolTip(self.tr("Logarithmic y axis (zero and negative values are left "
                                    "out, and counted under the chart)"))
        self.log.setChecked(settings.get(CHART_LOG))
        self.log.toggled.connect(lambda on: (self._settings.set(CHART_LOG, on), self.redraw()))
        self.units_button = QToolButton(self)
        self.units_button.setText(self.tr("Units"))
        self.units_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.units_button.setMenu(self._units_menu())
        self.partners = QCheckBox(self.tr("By destination, top"), self)
        self.partners.setToolTip(self.tr("The first series' product by partner: the top N "
                                         "stacked, with rest of world and each one's share"))
        self.partners_n = QSpinBox(self)
        self.partners_n.setRange(2, 12)
        n = settings.get(CHART_PARTNERS)
        self.partners_n.setValue(abs(n) or 10)
        self.partners.setChecked(n > 0)
        self.partners.toggled.connect(self._on_partners)
        self.partners_n.valueChanged.connect(self._on_partners)

        self.caption = QLabel(self)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.caption.setWordWrap(False)

        self.plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(utcOffset=0)})
        theme.theme_plot(self.plot)
        self.plot.showGrid(x=False, y=True, alpha=0.25)
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
        self.legend = self.plot.addLegend(offset=(10, 5), labelTextColor=theme.foreground())
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.plot.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # + − ← → Home, when clicked
        self._crosshair = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen(
            theme.foreground(), width=1, style=Qt.PenStyle.DotLine))
        fill = theme.background()
        fill.setAlpha(225)
        self._readout = pg.TextItem(anchor=(1, 0), color=theme.foreground(),
                                    fill=pg.mkBrush(fill))
        self.init_events()
        theme.on_scheme_change(self.retheme)
        self._series_items: list = []
        self._events_drawn: list | None = None
        for extra in (self._crosshair, self._readout):
            extra.hide()
            self.plot.addItem(extra, ignoreBounds=True)

        # A tool bar: what does not fit a narrow window goes into its » menu.
        top = QToolBar(self)
        top.setObjectName("chart-tools")
        self.series_button.setMinimumWidth(140)
        self.series_button.setMaximumWidth(420)
        self._actions = {}
        for widget in (QLabel(self.tr("Series:"), self), self.series_button,
                       QLabel(self.tr(" View:"), self), self.view_mode, self.base,
                       self.style_box, self.log, self.units_button, self.partners,
                       self.partners_n):
            self._actions[widget] = top.addWidget(widget)
        for years in (1, 3, 5, 0):
            button = QToolButton(self)
            button.setText(self.tr("{n} y").format(n=years) if years else self.tr("All"))
            button.setToolTip(self.tr("Show the last {n} years").format(n=years) if years
                              else self.tr("Show every figure (Home). On the chart: wheel or "
                                           "+ / − zoom, drag or ← / → pan"))
            button.setAutoRaise(True)
            button.clicked.connect(lambda _=False, n=years: self.show_years(n))
            top.addWidget(button)
        top.addWidget(self.make_export_button())
        checks = QToolButton(self)
        checks.setText(self.tr("Check…"))
        checks.setToolTip(self.tr("Do the published figures agree with each other and with "
                                  "the % changes stated beside them?"))
        checks.clicked.connect(self.open_checks)
        top.addWidget(checks)
        for keys, slot in ((("+", "="), lambda: self.zoom(0.8)), (("-",), lambda: self.zoom(1.25)),
                           (("Left",), lambda: self.pan(-0.2)), (("Right",), lambda: self.pan(0.2)),
                           (("Home",), self.reset_range)):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self.plot)
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
                shortcut.activated.connect(slot)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(top)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.caption)
        self._sync_controls()

    def changeEvent(self, event) -> None:
        """Light ↔ dark: the plot, the legend, the readout and every series re-coloured."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "_readout"):
            self.retheme()

    def retheme(self) -> None:
        if shiboken6.isValid(self.plot):
            theme.theme_plot(self.plot)
            self.legend.setLabelTextColor(theme.foreground())
            self._crosshair.setPen(pg.mkPen(theme.foreground(), width=1,
                                            style=Qt.PenStyle.DotLine))
            fill = theme.background()
            fill.setAlpha(225)
            self._readout.fill = pg.mkBrush(fill)
            self._readout.setColor(theme.foreground())
            if self.data is not None:
                self.remove_events()
                self._events_drawn = None
                self.redraw()

    def _combo(self, items: dict[str, str], option, tip: str) -> QComboBox:
        box = QComboBox(self)
        box.setToolTip(tip)
        for key, label in items.items():
            box.addItem(word(label), key)
        box.setCurrentIndex(max(0, box.findData(self._settings.get(option))))

        def chosen(index: int) -> None:
            self._settings.set(option, box.itemData(index))
            self._sync_controls()
            self.redraw()

        box.activated.connect(chosen)
        return box

    def _units_menu(self) -> QMenu:
        menu = QMenu(self)
        self.units = DisplayUnits(self._settings.get(CHART_MASS),
                                  self._settings.get(CHART_MONEY))
        for title, option, values in (
                (self.tr("Quantities in"), CHART_MASS, ("", "t", "kg")),
                (self.tr("Values in"), CHART_MONEY, ("", "USD", "CNY", "EUR"))):
            menu.addSection(title)
            group = QActionGroup(menu)
            for value in values:
                action = QAction(value or self.tr("as published"), menu, checkable=True)
                action.setChecked(self._settings.get(option) == value)
                action.triggered.connect(lambda _=False, o=option, v=value: self._set_unit(o, v))
                group.addAction(action)
                menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.tr("Import exchange rates…"), self.sig_import_rates)
        return menu

    def _set_unit(self, option, value: str) -> None:
        self._settings.set(option, value)
        self.units = DisplayUnits(self._settings.get(CHART_MASS),
                                  self._settings.get(CHART_MONEY))
        self.reload()

    def _sync_controls(self) -> None:
        # In a tool bar a widget is shown or hidden through its action.
        self._actions[self.base].setVisible(self.view_mode.currentData() == "index")
        self.partners_n.setEnabled(self.partners.isChecked())

    # -- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload everything from the store in the background; the newest request wins."""
        self._load(None)

    def reload(self) -> None:
        """Reload the series shown (the catalogue is kept)."""
        self._load(self.data.choices if self.data else None)

    def _load(self, choices) -> None:
        tokens, units = list(self.tokens), self.units
        n = self.partners_n.value() if self.partners.isChecked() else 0
        task = self._runner.read(
            self.tr("load chart"),
            lambda conn, ctx: load_chart_data(conn, tokens, units, n, choices),
            latest=f"chart:{id(self)}")
        task.sig_result.connect(self._show)

    def open_picker(self) -> None:
        if self.data is not None:
            self.picker.set_choices(self.data.choices, [s.choice.token for s in self.data.shown])
        self.picker.show()
        self.picker.raise_()
        self.picker.search.setFocus()

    def show_series(self, tokens: list[str]) -> None:
        self.tokens = list(tokens)
        self._settings.set(CHART_SERIES, "\n".join(tokens))
        self.reload()

    def _on_partners(self, *_args) -> None:
        n = self.partners_n.value()
        self._settings.set(CHART_PARTNERS, n if self.partners.isChecked() else -n)
        self._sync_controls()
        self.reload()

    def _on_base(self, day: QDate) -> None:
        self._settings.set(CHART_BASE, month_index(day.year(), day.month()))
        self.redraw()

    def _show(self, data: ChartData) -> None:
        first_time = self.data is None
        # Other series, or the partner view switched: show their whole extent; the same
        # ones refreshed after a store change keep the dates the user was looking at.
        same = not first_time and [s.choice.token for s in self.data.shown] == [
            s.choice.token for s in data.shown] and (self.data.partners is None) == (
            data.partners is None)
        # A store change elsewhere (another product imported) leaves what is drawn as it
        # is: nothing to redraw, only the picker's list is new.
        unchanged = same and data.shown == self.data.shown and \
            data.events == self.data.events and data.partners == self.data.partners
        self.data = data
        self.tokens = [s.choice.token for s in data.shown]
        if self._settings.get(CHART_BASE) <= 0 and data.first and data.first.points:
            first = data.first.points[0].span.first  # the index starts at 100
            self.base.blockSignals(True)
            self.base.setDate(QDate(first // 12, first % 12 + 1, 1))
            self.base.blockSignals(False)
        if self.picker.isVisible():
            self.picker.set_choices(data.choices, self.tokens)
        labels = [s.choice.label for s in data.shown]
        self.series_button.setText((" + ".join(labels) if labels else self.tr("(none)")) + " …")
        self.series_button.setToolTip("\n".join(
            f"{s.choice.label}: {s.choice.freshness}" for s in data.shown))
        if not unchanged:
            self.redraw(keep_range=same)
        if first_time and self._restored_range:
            low, high = (float(v) for v in self._restored_range.split(","))
            self.plot.setXRange(low, high, padding=0)
        self.sig_loaded.emit(data)

    # -- drawing -------------------------------------------------------------------------

    def redraw(self, keep_range: bool = True) -> None:
        """Draw what is loaded in the current view, style and axis; no store read."""
        if self.data is None:
            return
        x_range = self.plot.getViewBox().viewRange()[0]
        item = self.plot.getPlotItem()
        # Only the series' items go: event markers, crosshair and readout stay.
        for old in self._series_items:
            item.removeItem(old)
        self.right.clear()
        self.legend.clear()
        before = set(map(id, item.items))
        self.hits, self.notes = [], []
        self.legend.setColumnCount(1)
        log = self.log.isChecked()
        item.getAxis("left").setLogMode(False, log)
        item.getAxis("right").setLogMode(False, log)
        if self.partners.isChecked() and self.data.partners is not None:
            self._draw_partners()
        else:
            self._draw_series(log)
        self._series_items = [i for i in item.items if id(i) not in before]
        self.hits.sort(key=lambda h: h.x0)
        self._starts = [h.x0 for h in self.hits]
        events = list(self.data.events)
        if events != self._events_drawn:
            self.remove_events()
            self.draw_events(self.data)
            self._events_drawn = events
        if keep_range and self.hits:
            self.plot.setXRange(*x_range, padding=0)
            self._fit_y()
        else:
            self.reset_range()
        self._caption()

    def _caption(self) -> None:
        first = self.data.first if self.data else None
        if first is None:
            text = self.tr("No figures stored yet: use File → Import…")
        else:
            text = self.tr("{source} · latest release {date}").format(
                source=first.choice.key.source, date=first.choice.latest_release.isoformat())
        self.caption.setText(" · ".join([text, *self.notes]))
        self.caption.setToolTip("\n".join([text, *self.notes]))

    def open_checks(self) -> None:
        from remonitor.ui.chart_checks import ChecksDialog

        if self.data is None:
            return
        self._checks = ChecksDialog(self.data.shown, self)
        self._checks.show()
