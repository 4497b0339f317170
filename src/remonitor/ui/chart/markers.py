"""Policy events on the chart: a dotted line per announcement day, coloured by category, a
shaded span for measures with an end date (a year's band for an event known by its year),
and today's line. The short labels stand in a strip of their own above the plot, in rows:
each label takes the first row where it clears the one before it, so labels never lie on
the data, the legend or each other; one that finds no row is left to the line's tooltip.
Hovering shows the titles; clicking selects the event in the timeline."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QApplication

from remonitor.core.events import Event
from remonitor.core.periods import utc_timestamp
from remonitor.ui import theme
from remonitor.ui.widgets.plotting import settle

LABEL_ROWS = 3
LABEL_GAP_PX = 10


class EventMarkers(QObject):
    """The events drawn on a plot, as the timeline filters them; a click on a marker is
    passed on as ``sig_event_clicked``."""

    sig_event_clicked = Signal(object)
    """The event whose marker was clicked (the timeline selects it)."""

    def __init__(self, plot: pg.PlotWidget, parent=None) -> None:
        super().__init__(parent)
        self.plot = plot
        self.events: list[Event] = []
        self.event_filter = None
        self._items: list = []
        self._labels: list[tuple[float, pg.TextItem]] = []
        self._texts: list[str] = []
        self._drawn: list[Event] | None = None
        item = plot.getPlotItem()
        item.layout.removeItem(item.titleLabel)  # the strip takes the title's row
        item.titleLabel.hide()
        self.strip = pg.ViewBox(enableMouse=False, enableMenu=False)
        self.strip.setXLink(item.getViewBox())
        self.strip.invertY(True)  # row 0 at the top
        row = QFontMetrics(QApplication.font()).height() + 4
        self.strip.setFixedHeight(row * LABEL_ROWS + 2)
        self.strip.setYRange(0, LABEL_ROWS, padding=0)
        item.layout.addItem(self.strip, 0, 1)
        self.strip.sigXRangeChanged.connect(lambda *_: self.layout_labels())
        self.strip.sigResized.connect(lambda *_: self.layout_labels())
        # The strip settles in the same turn as the plot, and the labels take its new
        # scale then: pyqtgraph's text items did it while the plot was painted, which
        # changed the scene again and painted the plot twice (865 paints of the chart in
        # the frame-pacing session, 580 without).
        self.strip.sigStateChanged.connect(settle)
        self.strip.sigTransformChanged.connect(lambda *_: self._follow_scale())

    def set_events(self, events: list[Event]) -> None:
        """Draw these events (only if they differ from those drawn)."""
        self.events = list(events)
        if self.events != self._drawn:
            self.redraw()

    def set_event_filter(self, test) -> None:
        """Draw only the events passing ``test`` (the timeline's filters); None: all. Only
        the markers are redrawn; bars, range and everything else stay."""
        if test is None and self.event_filter is None:
            return
        self.event_filter = test
        self.redraw()

    def redraw(self) -> None:
        self.clear()
        self._drawn = list(self.events)
        by_day = defaultdict(list)
        test = self.event_filter
        for event in (e for e in self.events if test is None or test(e)):
            if event.year_only:  # known by its year: a band over the year, no day line
                self._add(self._band(event, *event.year_only, 16, _event_line(event)))
                continue
            by_day[event.announced].append(event)
            if event.end:
                self._add(self._band(event, event.start, event.end, 28, self.tr(
                    "{title}\n{start} – {end}").format(title=event.title,
                                                       start=event.start.isoformat(),
                                                       end=event.end.isoformat())))
        for day, events in sorted(by_day.items()):
            colour = theme.category_colour(events[0].category)
            x = utc_timestamp(day)
            line = pg.InfiniteLine(pos=x, angle=90, movable=False,
                                   pen=pg.mkPen(colour, width=1.2, style=Qt.PenStyle.DotLine))
            tip = "\n".join(_event_line(e) for e in events) + "\n" + self.tr(
                "Click to find it in the timeline")
            line.setToolTip(tip)
            line.sigClicked.connect(lambda _line, _ev, e=events[0]: self.sig_event_clicked.emit(e))
            self._add(line)
            self._texts.append(marker_label(events))
            label = pg.TextItem(self._texts[-1], color=colour, anchor=(0, 0))
            label.textItem.document().setDocumentMargin(1)  # one row of the strip high
            label.setToolTip(tip)
            self.strip.addItem(label, ignoreBounds=True)
            self._labels.append((x, label))
        self.layout_labels()
        today = pg.InfiniteLine(pos=utc_timestamp(date.today()), angle=90, movable=False,
                                pen=pg.mkPen(theme.today_line(), width=1.5))
        today.setToolTip(self.tr("Today, {date}").format(date=date.today().isoformat()))
        self._add(today)

    def _band(self, event, start: date, end: date, alpha: int, tip: str):
        region = pg.LinearRegionItem(
            values=(utc_timestamp(start), utc_timestamp(end)), movable=False,
            brush=_faded(theme.category_colour(event.category), alpha), pen=pg.mkPen(None))
        region.setZValue(-20)
        region.setToolTip(tip)
        return region

    def _follow_scale(self) -> None:
        for _, label in self._labels:
            label.updateTransform()

    def layout_labels(self) -> None:
        """Each label in the first row where it clears the label before it (left to right);
        a label with no room in any row is counted on the nearest label placed before it
        ("+1") — its line's tooltip names it."""
        (low, high), _ = self.strip.viewRange()
        width = max(self.strip.width(), 1.0)
        per_px = (high - low) / width
        ends = [-1e9] * LABEL_ROWS
        counts: dict[int, int] = {}
        last = None
        for i, (x, label) in enumerate(self._labels):
            start = (x - low) / per_px + 3
            text = self._texts[i]
            size = label.textItem.boundingRect().width() if label.textItem.toPlainText() \
                == text else QFontMetrics(label.textItem.font()).horizontalAdvance(text) + 4
            row = next((r for r in range(LABEL_ROWS) if ends[r] + LABEL_GAP_PX <= start), None)
            visible = row is not None and start >= 0 and start + size + 24 <= width
            label.setVisible(visible)
            if visible:
                label.setPos(x + 3 * per_px, row)
                ends[row] = start + size + 24  # room for a "+N"
                last = i
            elif last is not None and 0 <= start <= width:
                counts[last] = counts.get(last, 0) + 1
        for i, (_, label) in enumerate(self._labels):
            text = self._texts[i] + (f" +{counts[i]}" if i in counts else "")
            if label.textItem.toPlainText() != text:
                label.setText(text)

    def clear(self) -> None:
        for item in self._items:
            self.plot.removeItem(item)
        for _, label in self._labels:
            self.strip.removeItem(label)
        self._items, self._labels, self._texts = [], [], []
        self._drawn = None

    def _add(self, item) -> None:
        self.plot.addItem(item, ignoreBounds=True)
        self._items.append(item)


def marker_label(events) -> str:
    """Short text on a marker: announcement numbers, else the start of the title (at most
    26 characters: the strip holds several)."""
    numbers = [e.number.split(" ", 1)[-1] for e in events if e.number]
    text = "; ".join(numbers) if numbers else events[0].title
    return text if len(text) <= 26 else text[:24] + "…"


def _event_line(e) -> str:
    when = e.when
    if e.effective and e.effective != e.announced:
        when += QCoreApplication.translate("EventMarkers", " (effective {date})").format(
            date=e.effective.isoformat())
    return f"{when} · {e.authority} · {e.title}"


def _faded(colour: QColor, alpha: int) -> QColor:
    c = QColor(colour)
    c.setAlpha(alpha)
    return c
