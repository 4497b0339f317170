"""The event timeline drawn against time: one lane per category, events as markers, spans
as bars, today's line, and labels that stay legible when events crowd.

The x axis is UTC seconds, like the chart's, so the two views link their ranges both ways
(``setXLink``). Labels are laid out again (debounced) whenever the range or size changes:
per lane, left to right, a label is drawn only where it fits; the events it would cover
are counted into the label before them ("+3").
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import date

import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics

from remonitor.core.events import Category, Event
from remonitor.core.periods import utc_timestamp
from remonitor.ui import theme
from remonitor.ui.vocabulary import label
from remonitor.ui.widgets.plotting import UtcDateAxis

translate = QCoreApplication.translate

LANES = list(Category)
LABEL_CHARS = 34
MIN_LABEL_PX = 70
"""Below this much room before the next marker a label is not drawn (it is counted)."""
MAX_LABELS = 160
DAY = 86400


def lay_out_lane(events: list[Event], xs: list[float], low: float, per_px: float,
                 width: float, metrics: QFontMetrics, budget: int
                 ) -> list[tuple[float, str, Event]]:
    """One lane's labels for the visible range: each elided to end before the next marker;
    events with no room for a label of their own are counted — on the label just before
    them when it is near, else on a short count ("×3") of their own."""
    first, last = bisect_left(xs, low), bisect_right(xs, low + per_px * width)
    out: list[tuple[float, str, Event]] = []
    label_end = -1e9
    cluster: list[int] = []

    def flush(until_px: float) -> None:
        if not cluster:
            return
        at_px = (xs[cluster[0]] - low) / per_px
        if out and at_px - label_end < 40:
            x, text, e = out[-1]
            base, _, n = text.rpartition(" +")
            counted = int(n) if base and n.isdigit() else 0
            out[-1] = (x, f"{base if counted else text} +{counted + len(cluster)}", e)
        elif len(cluster) > 1 and len(out) < budget and until_px - at_px > 36:  # "×N" fits
            out.append((xs[cluster[0]], f"×{len(cluster)}", events[cluster[0]]))
        cluster.clear()

    for i in range(first, last):
        x_px = (xs[i] - low) / per_px
        next_px = (xs[i + 1] - low) / per_px if i + 1 < len(xs) else 1e9
        room = min(next_px, width) - x_px - 16  # a label ends before the panel's edge
        if room < MIN_LABEL_PX or len(out) >= budget:
            cluster.append(i)
            continue
        flush(x_px)
        title = events[i].title
        text = title if len(title) <= LABEL_CHARS else title[:LABEL_CHARS - 1] + "…"
        text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(room) - 24)
        out.append((xs[i], text, events[i]))
        label_end = x_px + 16 + metrics.horizontalAdvance(text)
    flush(width + 400)
    return out


class TimelineLanes(pg.PlotWidget):
    sig_event_clicked = Signal(object)
    """The :class:`Event` under a click on its marker."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent, axisItems={"bottom": UtcDateAxis()})
        self.setObjectName("timeline-lanes")
        theme.theme_plot(self)
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=True, y=False)
        self.hideButtons()
        item = self.getPlotItem()
        item.invertY(True)
        item.showGrid(x=False, y=False)  # a date grid doubled the cost of every frame
        left = item.getAxis("left")
        left.setTicks([[(i, label(c)) for i, c in enumerate(LANES)]])
        left.setWidth(92)
        self.setYRange(-0.7, len(LANES) - 0.3, padding=0)
        self.setMinimumHeight(150)
        self.events: list[Event] = []
        self._xs: list[list[float]] = [[] for _ in LANES]
        self._by_lane: list[list[Event]] = [[] for _ in LANES]
        self._spans = pg.BarGraphItem(x0=[], x1=[], y0=[], y1=[])
        self._spans.setZValue(-5)
        self.addItem(self._spans)
        self._markers = pg.ScatterPlotItem(size=10, pxMode=True, hoverable=True,
                                           hoverSize=13, tip=self._tip)
        self._markers.sigClicked.connect(self._clicked)
        self._markers.setZValue(10)  # above the labels: every event stays visible
        self.addItem(self._markers)
        self._selected = pg.ScatterPlotItem(size=17, pxMode=True, symbol="o",
                                            brush=pg.mkBrush(None),
                                            pen=pg.mkPen(theme.foreground(), width=2))
        self._selected.setZValue(11)
        self.addItem(self._selected)
        self._links = pg.PlotDataItem(connect="pairs", pen=pg.mkPen(
            theme.foreground(), width=1.2, style=Qt.PenStyle.DashLine))
        self._links.setZValue(9)
        self.addItem(self._links)
        self._today = pg.InfiniteLine(angle=90, movable=False,
                                      pen=pg.mkPen(theme.today_line(), width=1.5))
        self.addItem(self._today)
        self._labels: list[pg.TextItem] = []
        self.shown_labels: list[str] = []
        theme.on_scheme_change(self.retheme)
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(15)
        self._relayout.timeout.connect(self.layout_labels)
        self.getViewBox().sigXRangeChanged.connect(lambda *_: self._relayout.start())
        self.today = date.today()

    # -- content -------------------------------------------------------------------------

    def changeEvent(self, event) -> None:
        """Light ↔ dark: lanes, markers and labels re-coloured from the new palette."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "_links"):
            self.retheme()

    def retheme(self) -> None:
        if shiboken6.isValid(self):
            theme.theme_plot(self)
            self._selected.setPen(pg.mkPen(theme.foreground(), width=2))
            self._links.setPen(pg.mkPen(theme.foreground(), width=1.2,
                                        style=Qt.PenStyle.DashLine))
            self.set_events(self.events, getattr(self, "today", None))

    def set_events(self, events: list[Event], today: date | None = None) -> None:
        self.today = today or date.today()
        self.events = sorted(events, key=lambda e: (e.start, e.title))
        self._by_lane = [[] for _ in LANES]
        for e in self.events:
            self._by_lane[LANES.index(e.category)].append(e)
        self._xs = [[float(utc_timestamp(e.marker_day)) for e in lane]
                    for lane in self._by_lane]
        spots = []
        x0, x1, y0, y1, brushes = [], [], [], [], []
        for lane, (events, xs) in enumerate(zip(self._by_lane, self._xs, strict=True)):
            colour = theme.category_colour(LANES[lane])
            for e, x in zip(events, xs, strict=True):
                ahead = e.start > self.today
                spots.append({"pos": (x, lane), "data": e,
                              "brush": pg.mkBrush(theme.background() if ahead else colour),
                              "pen": pg.mkPen(colour, width=2 if ahead else 1),
                              "symbol": "s" if e.year_only else "d" if e.end else "o"})
                band = e.year_only or ((e.start, e.end) if e.end else None)
                if band:  # how long it acts, or the year an event is known by
                    x0.append(float(utc_timestamp(band[0])))
                    x1.append(float(utc_timestamp(band[1])))
                    y0.append(lane - 0.3)  # as plain as the chart's shaded span
                    y1.append(lane + 0.3)
                    faded = colour.lighter(100)
                    faded.setAlpha(110)
                    brushes.append(pg.mkBrush(faded))
        self._markers.setData(spots=spots)
        # One pen for all spans: pyqtgraph 0.14 fails on an empty list of pens.
        self._spans.setOpts(x0=x0, x1=x1, y0=y0, y1=y1, brushes=brushes or None,
                            brush=None if brushes else pg.mkBrush(None), pens=None,
                            pen=pg.mkPen(None))
        self._today.setPos(utc_timestamp(self.today))
        self._today.setToolTip(self.tr("Today, {date}").format(date=self.today.isoformat()))
        self._selected.setData([])
        self._links.setData([], [])
        self.layout_labels()

    def follow(self, other: pg.PlotWidget) -> None:
        """Keep the same date range as ``other``, both ways (pyqtgraph's own X link lines
        views up on screen, which is wrong for views side by side)."""
        self._following = other

        def copy(source, target) -> None:
            low, high = source.getViewBox().viewRange()[0]
            t_low, t_high = target.getViewBox().viewRange()[0]
            span = max(high - low, 1.0)
            if abs(t_low - low) > span * 1e-6 or abs(t_high - high) > span * 1e-6:
                target.setXRange(low, high, padding=0)

        other.getViewBox().sigXRangeChanged.connect(lambda *_: copy(other, self))
        self.getViewBox().sigXRangeChanged.connect(lambda *_: copy(self, other))
        copy(other, self)

    def reset_range(self) -> None:
        """Frame every event and today — unless it follows the chart, whose range rules."""
        if not self.events or getattr(self, "_following", None) is not None:
            return
        first = utc_timestamp(self.events[0].start)
        last = max(utc_timestamp(self.today), max(
            utc_timestamp(e.end or e.start) for e in self.events))
        self.setXRange(first - 30 * DAY, last + 60 * DAY, padding=0)

    def select(self, event: Event | None) -> None:
        """Ring the event's marker (the list selected it) and draw its links to the events
        it acts on (a suspension → the announcements it suspends)."""
        if event is None or event.category not in LANES:
            self._selected.setData([])
            self._links.setData([], [])
            return
        x, y = utc_timestamp(event.marker_day), LANES.index(event.category)
        self._selected.setData([x], [y])
        xs, ys = [], []
        for target in self.linked(event):
            xs += [x, utc_timestamp(target.marker_day)]
            ys += [y, LANES.index(target.category)]
        self._links.setData(xs, ys)

    def linked(self, event: Event) -> list[Event]:
        """The events shown that ``event`` acts on."""
        keys = set(event.links)
        return [e for e in self.events if e.key in keys or str(e.id) in keys]

    def centre_on(self, day: date) -> None:
        low, high = self.getViewBox().viewRange()[0]
        half = (high - low) / 2
        x = utc_timestamp(day)
        self.setXRange(x - half, x + half, padding=0)

    # -- labels --------------------------------------------------------------------------

    def layout_labels(self) -> None:
        """Labels where they fit, per lane, left to right, each elided to end before the
        next marker; events too close to label are counted on the label before them
        ("+N"). At most MAX_LABELS are drawn, whatever the number of events."""
        vb = self.getViewBox()
        (low, high), _ = vb.viewRange()
        width = max(vb.width(), 1.0)
        per_px = (high - low) / width
        metrics = QFontMetrics(self.font())
        used = 0
        placed: list[tuple[float, int, str, Event]] = []
        for lane, (events, xs) in enumerate(zip(self._by_lane, self._xs, strict=True)):
            lane_labels = lay_out_lane(events, xs, low, per_px, width, metrics,
                                       MAX_LABELS - used)
            used += len(lane_labels)
            placed.extend((x, lane, text, e) for x, text, e in lane_labels)
        while len(self._labels) < len(placed):
            fill = theme.background()
            fill.setAlpha(150)  # legible over the grid; a span shows through
            label = pg.TextItem(anchor=(0, 0.5), color=theme.foreground(),
                                fill=pg.mkBrush(fill))
            label.textItem.document().setDocumentMargin(1)  # within its lane
            label.setZValue(5)
            self.addItem(label, ignoreBounds=True)
            self._labels.append(label)
        for label, (x, lane, text, _) in zip(self._labels, placed, strict=False):
            if label.textItem.toPlainText() != text:  # re-laying text is the dear part
                label.setText(text)
            label.setPos(x + 7 * per_px, lane)
            label.setVisible(True)
        for label in self._labels[len(placed):]:
            label.setVisible(False)
        self.shown_labels = [p[2] for p in placed]

    # -- interaction ---------------------------------------------------------------------

    def _clicked(self, _item, points, _ev=None) -> None:
        if len(points):
            self.sig_event_clicked.emit(points[0].data())

    @staticmethod
    def _tip(x, y, data) -> str:
        return event_tooltip(data)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        timer = getattr(self, "_relayout", None)  # None while the base class builds
        if timer is not None:
            timer.start()


def event_tooltip(e: Event, full: bool = False) -> str:
    """An event in a few lines: title, authority and category, number, dates, what it acts
    on; ``full`` adds its source and notes (the timeline's table)."""
    lines = [e.title, f"{e.authority} · {label(e.category)}".strip(" ·")]
    if e.number:
        lines.append(e.number)
    when = translate("TimelineLanes", "announced {day}").format(day=e.when)
    if e.effective and e.effective != e.announced:
        when += translate("TimelineLanes", ", effective {day}").format(
            day=e.effective.isoformat())
    if e.end:
        when += translate("TimelineLanes", ", until {day}").format(day=e.end.isoformat())
    lines.append(when)
    if e.links:
        lines.append(translate("TimelineLanes", "acts on: {keys}").format(
            keys=", ".join(e.links)))
    if full and e.source:
        lines.append(translate("TimelineLanes", "source: {source}").format(source=e.source))
    if full and e.notes:
        lines.append(e.notes)
    return "\n".join(lines)
