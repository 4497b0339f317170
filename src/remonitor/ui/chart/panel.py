"""The chart panel: monthly export figures, reported and derived, several series at once or
one product by destination, with policy events drawn on.

The panel holds the controls and decides what to load and when to draw; its parts do the
rest, each given what it needs: ``drawing`` (series into the plot), ``navigation`` (the
date range), ``crosshair`` (reading a point), ``markers`` (events), ``export``, and the
series ``picker``. ``hits`` indexes what is drawn for all of them."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import shiboken6
from PySide6.QtCore import QDate, QEvent, QSize, Qt, Signal
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

from remonitor.core.changes import StoreChange
from remonitor.core.periods import month_index
from remonitor.core.plotting import VIEWS, describe_point
from remonitor.ui import theme
from remonitor.ui.chart.canvas import ChartCanvas
from remonitor.ui.chart.drawing import HitIndex, Look
from remonitor.ui.chart.export import ChartExport, ChartShot
from remonitor.ui.chart.navigation import ChartNavigation, Crosshair
from remonitor.ui.chart.picker import SeriesPicker
from remonitor.ui.context import PanelContext
from remonitor.ui.settings import (
    CHART_BASE,
    CHART_HIDDEN,
    CHART_LOG,
    CHART_MASS,
    CHART_MONEY,
    CHART_PARTNERS,
    CHART_PICTURE,
    CHART_RANGE,
    CHART_SERIES,
    CHART_STYLE,
    CHART_VIEW,
)
from remonitor.ui.vocabulary import word
from remonitor.ui.widgets.elided_label import ElidedLabel
from remonitor.ui.widgets.exporting import export_table
from remonitor.views.catalogue import Catalogue
from remonitor.views.chart import ChartData, DisplayUnits, load_chart_data
from remonitor.views.tables import observations_view

STYLES = {"auto": "Auto", "bars": "Bars", "lines": "Lines"}


class ChartPanel(QWidget):
    sig_loaded = Signal(object)
    """The :class:`ChartData` just drawn."""
    sig_event_clicked = Signal(object)
    """An event whose marker was clicked (the timeline selects it)."""
    sig_import_rates = Signal()
    """The user asked to import exchange rates (from the Units menu)."""
    sig_message = Signal(str)
    """Something the status bar should say (where an export went)."""
    sig_analyse = Signal(str)
    """*What moved…*: the analysis, on this series (its token)."""

    def __init__(self, context: PanelContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("chart-panel")
        self._runner = context.runner
        self._settings = settings = context.settings
        self.data: ChartData | None = None
        self._catalogue = None
        """The last catalogue read: a store change naming its series updates only those."""
        self._stale: set[int] = set()
        """Series changed in the store that the catalogue held has not read again yet."""
        self.notes: list[str] = []
        self._restored_range = settings.get(CHART_RANGE)
        self.tokens = [t for t in settings.get(CHART_SERIES).split("\n") if t]

        self.picker = SeriesPicker(self)
        self.picker.sig_chosen.connect(self.show_series)
        self.series_button = QToolButton(self)
        self.series_button.setToolTip(self.tr("Choose the series shown (Ctrl+L): search every "
                                              "series held, with its freshness"))
        self.series_button.clicked.connect(self.open_picker)
        self.series_button.setProperty("elides", True)  # whole in the tooltip
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
        self.mirror_button = QToolButton(self)
        self.mirror_button.setText(self.tr("Mirror"))
        self.mirror_button.setCheckable(True)
        self.mirror_button.setEnabled(False)
        self.mirror_button.setToolTip(self.tr(
            "A country's reported exports beside the partner's reported imports from it, "
            "period by period, with the gap and the ratio (offered where both are held)"))
        self.mirror_button.clicked.connect(self._toggle_mirror)

        self.caption = ElidedLabel(self)  # one line; the notes, one per line, in its tooltip
        self.caption.setObjectName("chart-caption")

        self.canvas = ChartCanvas(self)
        self.canvas.drawing.hide_when_drawn(n for n in settings.get(CHART_HIDDEN).split("\n")
                                            if n)
        self.plot = self.canvas.plot
        self.plot.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # + − ← → Home, when clicked
        self.plot.setMinimumHeight(240)  # strip, a readable plot and the legend row
        self.markers = self.canvas.markers
        self.markers.sig_event_clicked.connect(self.sig_event_clicked)
        self.hits = HitIndex()
        self._runs: list = []
        """The points of every series drawn (the hits hold the shown series' only)."""
        self.canvas.legend.sig_toggled.connect(self.toggle_series)
        self.navigation = ChartNavigation(self.canvas, self.hits, self)
        self.crosshair = Crosshair(self.plot, self.hits, self)
        self.export = ChartExport(self._runner, self, settings.get(CHART_PICTURE),
                                  lambda size: self._settings.set(CHART_PICTURE, size))
        self.export.button.clicked.connect(lambda: self.export.choose(self.shot()))
        self.export.copy_action.triggered.connect(lambda: self.export.copy(self.shot()))
        self.export.sig_message.connect(self.sig_message)
        theme.on_scheme_change(self.retheme)

        # A tool bar: what does not fit a narrow window goes into its » menu.
        top = QToolBar(self)
        top.setObjectName("chart-tools")
        self.series_button.setMinimumWidth(140)
        self.series_button.setMaximumWidth(420)
        self._actions = {}
        for widget in (QLabel(self.tr("Series:"), self), self.series_button,
                       QLabel(self.tr(" View:"), self), self.view_mode, self.base,
                       self.style_box, self.log, self.units_button, self.partners,
                       self.partners_n, self.mirror_button):
            self._actions[widget] = top.addWidget(widget)
        for years in (1, 3, 5, 0):
            button = QToolButton(self)
            button.setText(self.tr("{n} y").format(n=years) if years else self.tr("All"))
            button.setToolTip(self.tr("Show the last {n} years").format(n=years) if years
                              else self.tr("Show every figure (Home). On the chart: wheel or "
                                           "+ / − zoom, drag or ← / → pan"))
            button.setAutoRaise(True)
            button.clicked.connect(lambda _=False, n=years: self.navigation.show_years(n))
            top.addWidget(button)
        top.addWidget(self.export.button)
        checks = QToolButton(self)
        checks.setText(self.tr("Check…"))
        checks.setToolTip(self.tr("Do the published figures agree with each other and with "
                                  "the % changes stated beside them?"))
        checks.clicked.connect(self.open_checks)
        top.addWidget(checks)
        moved = QToolButton(self)
        moved.setText(self.tr("What moved…"))
        moved.setToolTip(self.tr("What a control did: the months around an event, who "
                                 "gained and lost share, concentration, prices by "
                                 "destination"))
        moved.clicked.connect(lambda: self.sig_analyse.emit(
            self.data.first.choice.token if self.data and self.data.first else ""))
        top.addWidget(moved)
        nav = self.navigation
        for keys, slot in ((("+", "="), lambda: nav.zoom(0.8)), (("-",), lambda: nav.zoom(1.25)),
                           (("Left",), lambda: nav.pan(-0.2)), (("Right",), lambda: nav.pan(0.2)),
                           (("Home",), nav.reset_range)):
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

    def contribute(self, registry) -> None:
        """The chart's entry in File → Export: the figures of the series shown."""
        registry.add_export(self.tr("Figures on the chart"), self.export_figures, "figures")
        registry.add("edit", "copy", self.export.copy_action)

    def export_figures(self, path: Path):
        """Every figure of the series on the chart — reported and derived, with what each
        rests on — to CSV or XLSX, on a worker."""
        ids = [i for s in self.data.shown for i in s.choice.ids] if self.data else None
        return export_table(self._runner, self.tr("export figures on the chart"),
                            lambda conn: observations_view(conn, ids), path)

    def on_store_changed(self, change: StoreChange) -> None:
        """New figures, events (drawn as markers) or rates (conversions): read again — the
        catalogue only for the series the change names, when it names them."""
        if not (change.observations or change.events or change.rates):
            return
        self._stale |= change.series_ids
        if change.series_ids and not change.everything and self._catalogue is not None:
            # every series named since the catalogue was read (a newer load replaces an
            # older one that may not have finished)
            self._load(None, self._catalogue, frozenset(self._stale))
        else:
            self.refresh()

    def changeEvent(self, event) -> None:
        """Light ↔ dark: the plot, the legend, the readout and every series re-coloured."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "crosshair"):
            self.retheme()

    def retheme(self) -> None:
        if shiboken6.isValid(self.plot):
            self.canvas.retheme()
            self.crosshair.retheme()
            if self.data is not None:
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
        """Reload everything from the store in the background; the newest request wins.
        The first load reads the saved series only (the whole catalogue follows at once)."""
        self._load(None, first=self.data is None)

    def _read_catalogue(self) -> None:
        """Every series, read after the first paint; the chart is not drawn again."""
        task = self._runner.read(self.tr("list the series held"),
                                 lambda conn, ctx: Catalogue.read(conn),
                                 latest=f"catalogue:{id(self)}")
        task.sig_result.connect(self._take_catalogue)

    def _take_catalogue(self, catalogue) -> None:
        if self._catalogue is not None or self.data is None:
            return  # a load since has brought a whole one
        self._catalogue, self._stale = catalogue, set()
        data = self.data = replace(self.data, choices=catalogue.choices, mirror=(
            catalogue.mirror_of(self.data.first.choice) if self.data.first else None))
        if self.picker.isVisible():
            self.picker.set_choices(data.choices, self.tokens)
        self.mirror_button.setEnabled(data.mirror is not None)

    @property
    def lists_every_series(self) -> bool:
        """The picker's whole list is in hand (at start it is read after the first paint;
        the picker, opened before, shows the series read so far and fills in)."""
        return self._catalogue is not None

    def reload(self) -> None:
        """Reload the series shown (the catalogue is kept)."""
        if self._catalogue is not None:  # (with any series a store change named since)
            self._load(None, self._catalogue, frozenset(self._stale) if self._stale else None)
        else:  # the whole catalogue is still being read (just started): read it here too
            self._load(None)

    def _load(self, choices, known=None, changed=None, first=False) -> None:
        tokens, units, look = list(self.tokens), self.units, self.look().plotting
        n = self.partners_n.value() if self.partners.isChecked() else 0
        task = self._runner.read(
            self.tr("load chart"),
            lambda conn, ctx: load_chart_data(conn, tokens, units, n, choices, known,
                                              changed, first, look),
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

    def _toggle_mirror(self) -> None:
        """Switch between a series and its mirror (or back)."""
        other = self.data.mirror if self.data else None
        if other is None:
            self.mirror_button.setChecked(False)
            return
        if other.kind == "mirror" and self.partners.isChecked():
            self.partners.setChecked(False)
        self.show_series([other.token])

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
        if data.catalogue is not None and data.catalogue.partial:
            self._read_catalogue()  # drawn first; now the picker's whole list
        elif data.catalogue is not None:
            self._catalogue = data.catalogue
            covered = data.catalogue.covers
            self._stale = set() if covered is None else self._stale - covered
        self.tokens = [s.choice.token for s in data.shown]
        if self._settings.get(CHART_BASE) <= 0 and data.first and data.first.points:
            first = data.first.points[0].span.first  # the index starts at 100
            self.base.blockSignals(True)
            self.base.setDate(QDate(first // 12, first % 12 + 1, 1))
            self.base.blockSignals(False)
        if self.picker.isVisible():
            self.picker.set_choices(data.choices, self.tokens)
        self.mirror_button.setEnabled(data.mirror is not None)
        self.mirror_button.setChecked(bool(data.first and data.first.choice.kind == "mirror"))
        labels = list(dict.fromkeys(s.choice.label for s in data.shown))
        self.series_button.setText(self.series_button.fontMetrics().elidedText(
            " + ".join(labels) if labels else self.tr("(none)"), Qt.TextElideMode.ElideRight,
            self.series_button.maximumWidth() - 40) + " …")
        self.series_button.setToolTip("\n".join(
            f"{s.choice.label}: {s.choice.freshness}" for s in data.shown))
        if not unchanged:
            self.redraw(keep_range=same)
        if first_time and self._restored_range:
            low, high = (float(v) for v in self._restored_range.split(","))
            self.plot.setXRange(low, high, padding=0)
        self.sig_loaded.emit(data)

    def save_range(self) -> None:
        low, high = self.navigation.x_range()
        self._settings.set(CHART_RANGE, f"{low:.0f},{high:.0f}")

    # -- drawing -------------------------------------------------------------------------

    def redraw(self, keep_range: bool = True) -> None:
        """Draw what is loaded in the current view, style and axis; no store read."""
        if self.data is None:
            return
        x_range = self.navigation.x_range()
        look = self.look()
        self._runs, self.notes = self.canvas.draw(self.data, look, self.partners.isChecked())
        self._remember_hidden()
        self.hits.set(self._visible_runs())
        if keep_range and self.hits:
            self.navigation.set_x_range(*x_range)
        else:
            self.navigation.reset_range()
        self._caption()

    def _visible_runs(self) -> list:
        hidden = self.canvas.drawing.hidden
        return [r for r in self._runs if r.series not in hidden]

    def toggle_series(self, name: str) -> None:
        """Hide a series drawn (or show it again): its line or bars and markers, its
        points for the crosshair and the exports; the values fitted to what is left."""
        self.canvas.drawing.set_hidden(self.canvas.drawing.hidden ^ {name})
        self._remember_hidden()
        self.hits.set(self._visible_runs())
        self.canvas.fit_y()

    def _remember_hidden(self) -> None:
        self._settings.set(CHART_HIDDEN, "\n".join(sorted(self.canvas.drawing.hidden)))

    def _caption(self) -> None:
        first = self.data.first if self.data else None
        if first is None:
            text = self.tr("No figures stored yet: use File → Import…")
        else:
            text = self.tr("{source} · latest release {date}").format(
                source=first.choice.key.source, date=first.choice.latest_release.isoformat())
        self.caption.setText(" · ".join([text, *self.notes]))
        self.caption.setToolTip("\n".join([text, *self.notes]))  # each note whole

    def open_checks(self) -> None:
        from remonitor.ui.chart.checks import ChecksDialog

        if self.data is None:
            return
        self._checks = ChecksDialog(self.data.shown, self)
        self._checks.show()

    # -- reading what is drawn -----------------------------------------------------------

    def bar_at(self, x: float):
        """The point drawn at ``x`` (the first series'), or None."""
        found = self.hits.at(x)
        return found[0].point if found else None

    def describe_point(self, point) -> str:
        return describe_point(point, self.data.first.unit)

    def look(self) -> Look:
        view = self.view_mode.currentData()
        return Look(view, self.style_box.currentData(),
                    self._settings.get(CHART_BASE) if view == "index" else None,
                    self.log.isChecked())

    def shot(self) -> ChartShot:
        """What is on screen, for an export: the data, how they are drawn, the dates."""
        return ChartShot(self.data, self.look(), self.partners.isChecked(),
                         self.navigation.x_range(), self.hits,
                         self.view_mode.currentText(), list(self.notes),
                         self.canvas.drawing.hidden)

    def export_to(self, path: Path, size: QSize | None = None):
        """Export what is shown to ``path`` (its suffix says how); see ChartExport."""
        return self.export.export_to(path, self.shot(), size)
