"""The chart's legend: a few lines under the dates that say which colour is which series.

One item draws every entry (a swatch and its words, flowed left to right and wrapped at the
plot's width). pyqtgraph's legend made an HTML label and a sample item per entry (20 lines:
~35 ms of each redraw) and laid them in fixed columns that ran past the plot's right edge.
What the series' names share ("280007 China export → …, quantity (kg), UN Comtrade") is said
once, at the start; each entry keeps the words that tell it apart. Entries that do not fit
in :data:`MAX_ROWS` rows are counted ("+ 7 more"); the tooltip names every one. Clicking
a series' entry hides that series (and clicking it again shows it): the entry stays, greyed."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPen
from PySide6.QtWidgets import QGraphicsLayout, QSizePolicy

from remonitor.ui import theme

MAX_ROWS = 3
SWATCH = 22.0
"""Room for an entry's sample, before its words."""
GAP = 6.0
"""Between the sample and the words."""
SPACING = 18.0
"""Between two entries."""
_PARTS = re.compile(r"(\s*(?:→|,|·)\s*)")
"""Where a series' name may be cut: between its product, place, measure and source."""


@dataclass(frozen=True, slots=True)
class LegendEntry:
    text: str
    colour: QColor
    look: str
    """``line``, ``bar``, ``derived bar``, ``marker`` or ``hollow marker``."""
    shared: bool = True
    """Whether the words may lose what they share with the other entries."""
    series: str = ""
    """The series a click on the entry hides or shows ('' for none)."""


def split_shared(texts: list[str]) -> tuple[str, list[str]]:
    """What every text starts and ends with (cut between the parts of a name), said once as
    ``"start … end"``, and what is left of each; ("", texts) when they share nothing or
    fewer than two are given."""
    if len(texts) < 2:
        return "", list(texts)
    parts = [_PARTS.split(t) for t in texts]
    head = 0
    while all(len(p) > head + 1 and p[head] == parts[0][head] for p in parts):
        head += 1
    tail = 0
    while all(len(p) - tail - 1 > head and p[-1 - tail] == parts[0][-1 - tail]
              for p in parts):
        tail += 1
    # Cut at a separator, so a shared word is not split from its neighbour.
    head -= head % 2
    tail -= tail % 2
    if head == 0 and tail == 0:
        return "", list(texts)
    middles = ["".join(p[head:len(p) - tail]).strip(" ,→·") for p in parts]
    if any(not m for m in middles) or len(set(middles)) < len(middles):
        return "", list(texts)
    start = "".join(parts[0][:head]).rstrip(" ,")
    end = "".join(parts[0][len(parts[0]) - tail:]).lstrip(" ,")
    return (f"{start} … {end}" if start and end else f"{start} …" if start
            else f"… {end}"), middles


class ChartLegend(pg.GraphicsWidget):
    """Every entry of the legend in one item, as wide as the plot and as high as its rows."""

    sig_toggled = Signal(str)
    """A series' entry was clicked: the series to hide, or to show again."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.hidden: frozenset[str] = frozenset()
        """Series drawn greyed: hidden from the plot."""
        self._entries: list[LegendEntry] = []
        self._shared = ""
        self._words: list[str] = []
        self._placed: list[tuple[QPointF, LegendEntry | None, str]] = []
        """Each cell drawn: where, the entry (None for words alone), its words."""
        self._text_colour = theme.foreground()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._set_height(0)

    # -- what it says ---------------------------------------------------------------------

    def set_entries(self, entries: list[LegendEntry]) -> None:
        self._entries = list(entries)
        named = [e.text for e in entries if e.shared]
        self._shared, short = split_shared(named)
        shorter = iter(short)
        self._words = [next(shorter) if e.shared else e.text for e in entries]
        if any(e.series for e in entries):
            self.setToolTip("\n".join([*(e.text for e in entries), "", self.tr(
                "Click a series to hide it, again to show it")]))
        else:
            self.setToolTip("\n".join(e.text for e in entries))
        self._place()

    def clear(self) -> None:
        self.set_entries([])

    def labels(self) -> list[str]:
        """Every entry's whole name, in order."""
        return [e.text for e in self._entries]

    def shown(self) -> list[str]:
        """The words drawn, cell by cell (the shared part first, a '+ N more' last)."""
        return [words for _, _, words in self._placed]

    def set_hidden(self, hidden: frozenset[str]) -> None:
        self.hidden = frozenset(hidden)
        self.update()

    def entry_at(self, at: QPointF) -> LegendEntry | None:
        """The entry drawn at ``at`` (the legend's own coordinates), if any."""
        metrics = self._metrics()
        for place, entry, words in self._placed:
            width = metrics.horizontalAdvance(words) + (SWATCH + GAP if entry else 0)
            if entry is not None and QRectF(place.x(), place.y(), width,
                                            metrics.height()).contains(at):
                return entry
        return None

    def mouseClickEvent(self, event) -> None:
        entry = self.entry_at(event.pos())
        if event.button() == Qt.MouseButton.LeftButton and entry is not None and entry.series:
            event.accept()
            self.sig_toggled.emit(entry.series)
        else:
            event.ignore()

    def set_text_colour(self, colour: QColor) -> None:
        self._text_colour = QColor(colour)
        self.update()

    # -- layout ---------------------------------------------------------------------------

    def _metrics(self) -> QFontMetricsF:
        return QFontMetricsF(self.font())

    def _place(self) -> None:
        """Cells flowed left to right at the legend's width, at most MAX_ROWS rows; the
        series that do not fit give way to a count, the kinds of points stay."""
        metrics = self._metrics()
        width = max(self.size().width(), 200.0)
        cells: list[tuple[LegendEntry | None, str]] = []
        if self._shared:
            cells.append((None, self._shared + ":"))
        cells += list(zip(self._entries, self._words, strict=True))
        placed = self._flow(cells, width, metrics)
        if placed is None:
            series = [c for c in cells if c[0] is None or c[0].shared]
            kinds = [c for c in cells if c[0] is not None and not c[0].shared]
            for keep in range(len(series) - 1, -1, -1):
                more = self.tr("+ {n} more").format(n=len(series) - keep)
                placed = self._flow([*series[:keep], (None, more), *kinds], width, metrics)
                if placed is not None:
                    break
        self._placed = placed or []
        rows = 1 + max((int(p.y() // metrics.height()) for p, _, _ in self._placed),
                       default=-1)
        self._set_height(rows * metrics.height())
        self.update()

    def _flow(self, cells, width: float, metrics: QFontMetricsF):
        """Where each cell goes, or None when they need more than MAX_ROWS rows; a cell
        wider than the legend is elided to it."""
        placed = []
        x, row = 0.0, 0
        for entry, words in cells:
            room = width - (SWATCH + GAP if entry is not None else 0)
            words = metrics.elidedText(words, Qt.TextElideMode.ElideRight, room)
            need = metrics.horizontalAdvance(words) + (SWATCH + GAP if entry is not None
                                                        else 0)
            if x > 0 and x + need > width:
                x, row = 0.0, row + 1
            if row >= MAX_ROWS:
                return None
            placed.append((QPointF(x, row * metrics.height()), entry, words))
            x += need + SPACING
        return placed

    def _set_height(self, height: float) -> None:
        if height == self.preferredHeight() and height == self.maximumHeight():
            return
        for size in (self.setMinimumHeight, self.setPreferredHeight, self.setMaximumHeight):
            size(height)
        self.updateGeometry()
        # The plot laid out again now, not at a later turn: else the plot is painted at
        # the old height and again at the new one.
        layout = self.parentLayoutItem()
        if isinstance(layout, QGraphicsLayout):
            layout.activate()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.newSize().width():
            self._place()

    # -- drawing --------------------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.size().width(), self.size().height())

    def paint(self, painter, *_args) -> None:
        metrics = self._metrics()
        line = metrics.height()
        painter.setFont(self.font())
        for at, entry, words in self._placed:
            x = at.x()
            hidden = entry is not None and entry.series in self.hidden
            painter.setOpacity(0.35 if hidden else 1.0)
            if entry is not None:
                _swatch(painter, entry, QRectF(x, at.y(), SWATCH, line))
                x += SWATCH + GAP
            painter.setPen(self._text_colour if entry is not None and not hidden
                           else theme.muted())
            painter.drawText(QPointF(x, at.y() + metrics.ascent()), words)
        painter.setOpacity(1.0)


def _swatch(painter, entry: LegendEntry, box: QRectF) -> None:
    """The sample of one entry: a stroke of the line, a bar, or a point, in its colour."""
    colour = entry.colour
    middle = box.center()
    painter.save()
    painter.setRenderHint(painter.RenderHint.Antialiasing)
    if entry.look == "line":
        painter.setPen(pg.mkPen(colour, width=2))
        painter.drawLine(QPointF(box.left() + 2, middle.y()), QPointF(box.right() - 2,
                                                                       middle.y()))
    elif entry.look in ("bar", "derived bar"):
        derived = entry.look == "derived bar"
        painter.setPen(QPen(colour, 1, Qt.PenStyle.DashLine) if derived
                       else QPen(colour.darker(140), 1))
        painter.setBrush(theme.derived_fill(colour) if derived else colour)
        painter.drawRect(QRectF(middle.x() - 6, middle.y() - 5, 12, 10))
    else:
        painter.setPen(QPen(colour, 1.5))
        painter.setBrush(theme.background() if entry.look == "hollow marker" else colour)
        painter.drawEllipse(middle, 3.5, 3.5)
    painter.restore()
