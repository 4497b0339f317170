"""Policy events on the chart: a dotted line per announcement day with a short label,
coloured by category, a shaded span for measures with an end date, and today's line.
Hovering shows the titles; clicking selects the event in the timeline."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QColor

from remonitor.core.events import Event
from remonitor.core.periods import utc_timestamp
from remonitor.ui import theme


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
        self._drawn: list[Event] | None = None

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
        for index, (day, events) in enumerate(sorted(by_day.items())):
            colour = theme.category_colour(events[0].category)
            line = pg.InfiniteLine(
                pos=utc_timestamp(day), angle=90, movable=False,
                pen=pg.mkPen(colour, width=1.2, style=Qt.PenStyle.DotLine),
                label=marker_label(events)[:40],
                labelOpts={"position": 0.97 - 0.07 * (index % 4), "color": colour,
                           "anchors": [(0, 0), (0, 0)], "fill": _faded(theme.background(), 200)},
            )
            line.setToolTip("\n".join(_event_line(e) for e in events)
                            + "\n" + self.tr("Click to find it in the timeline"))
            line.sigClicked.connect(lambda _line, _ev, e=events[0]: self.sig_event_clicked.emit(e))
            self._add(line)
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

    def clear(self) -> None:
        for item in self._items:
            self.plot.removeItem(item)
        self._items = []
        self._drawn = None

    def _add(self, item) -> None:
        self.plot.addItem(item, ignoreBounds=True)
        self._items.append(item)


def marker_label(events) -> str:
    """Short text on a marker: announcement numbers, else the start of the title."""
    numbers = [e.number.split(" ", 1)[-1] for e in events if e.number]
    if numbers:
        return "; ".join(numbers)
    title = events[0].title
    return title if len(title) <= 22 else title[:20] + "…"


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
