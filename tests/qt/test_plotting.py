"""The plots' shared parts: the UTC date axis ticks as pyqtgraph's own does, the grid lies
on the axis's ticks, dots are stamped where their points are, and a panned chart settles
its range before it paints."""

from datetime import date

import numpy as np
import pytest

import pyqtgraph as pg
from PySide6.QtGui import QColor

from remonitor.core.periods import utc_timestamp
from remonitor.ui.chart.canvas import ChartCanvas
from remonitor.ui.widgets.plotting import (
    MIN_TICK_GAP_PX,
    Dots,
    PlotGrid,
    Polylines,
    UtcDateAxis,
    spaced,
)


@pytest.mark.parametrize("first, last", [
    (date(2009, 1, 1), date(2026, 12, 1)),  # years, with months between
    (date(2024, 3, 1), date(2025, 2, 1)),  # months
    (date(2025, 5, 3), date(2025, 5, 24)),  # days
])
def test_the_utc_date_axis_ticks_and_labels_as_pyqtgraphs(qtbot, first, last):
    ours, theirs = UtcDateAxis(), pg.DateAxisItem(utcOffset=0)
    for axis in (ours, theirs):
        axis.fontMetrics = ours.fontMetrics  # the same font: the same zoom level
    low, high = utc_timestamp(first), utc_timestamp(last)
    for width in (300, 900, 2400):
        levels = ours.tickValues(low, high, width)
        # pyqtgraph's, but for minor ticks closer than MIN_TICK_GAP_PX
        assert levels == spaced(theirs.tickValues(low, high, width), low, high, width)
        assert any(values for _spacing, values in levels)
        for spacing, values in levels:
            assert ours.tickStrings(values, 1, spacing) == theirs.tickStrings(values, 1,
                                                                             spacing)


def test_a_panned_date_axis_labels_its_ticks_as_pyqtgraph_does(qtbot, monkeypatch):
    """Labels made for one frame are kept for the next (a pan moves the ticks along);
    they stay pyqtgraph's, for every zoom level, and only so many are kept."""
    from remonitor.ui.widgets import plotting

    monkeypatch.setattr(plotting, "LABELS_KEPT", 40)
    ours, theirs = UtcDateAxis(), pg.DateAxisItem(utcOffset=0)
    theirs.fontMetrics = ours.fontMetrics
    made, asked = [], []
    real = pg.DateAxisItem.tickStrings
    monkeypatch.setattr(pg.DateAxisItem, "tickStrings", lambda self, values, *a: (
        made.append(len(values)) if self is ours else None) or real(self, values, *a))
    for first, days in ((date(2009, 1, 1), 6500), (date(2024, 3, 1), 330),
                        (date(2025, 5, 3), 21)):
        low, high = utc_timestamp(first), utc_timestamp(first) + days * 86400
        for step in range(12):  # panned a twentieth at a time
            shift = (high - low) / 20 * step
            for spacing, values in ours.tickValues(low + shift, high + shift, 600):
                theirs.tickValues(low + shift, high + shift, 600)
                asked.append(len(values))
                assert ours.tickStrings(values, 1, spacing) == theirs.tickStrings(
                    values, 1, spacing)
    assert sum(made) < sum(asked) / 3  # most were kept from the frame before
    assert all(len(kept) <= 40 + 40 for kept in ours._labels.values())


def test_the_date_axis_gives_ticks_before_and_after_it_is_drawn(qtbot):
    plot = pg.PlotWidget(axisItems={"bottom": UtcDateAxis()})
    qtbot.addWidget(plot)
    axis = plot.getPlotItem().getAxis("bottom")
    before = axis.tickValues(0, 1, 1000)  # a date plot with nothing on it yet
    plot.resize(600, 300)
    plot.show()
    qtbot.waitExposed(plot)
    plot.grab()
    assert axis.tickValues(0, 1, 1000) == before  # its painter has ended: no dangling metrics


def test_the_grid_lies_on_the_value_axis_ticks(qtbot):
    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    plot.resize(500, 400)
    item = plot.getPlotItem()
    grid = PlotGrid(item, y=True, alpha=0.3)
    item.plot([0, 1, 2], [0, 50, 100])
    plot.setYRange(0, 100, padding=0)
    plot.show()
    qtbot.waitExposed(plot)
    box = item.getViewBox()
    levels = item.getAxis("left").tickValues(0, 100, box.height())
    major, minor = levels[0][1], levels[1][1]
    lines = grid.lines()
    at = {round(line.top()): alpha for line, alpha in lines}
    for value in major:
        y = round(box.childTransform().map(pg.Point(0, value)).y())
        if 0 <= y < box.height():
            assert at[y] == pytest.approx(0.3)
    assert sum(a == pytest.approx(0.15) for a in at.values()) == sum(
        0 <= box.childTransform().map(pg.Point(0, v)).y() < box.height() for v in minor)
    width = box.boundingRect().width()
    assert all(line.height() == 1 and line.width() == width for line, _ in lines)
    assert item.getAxis("left").grid is False  # pyqtgraph's own grid stays off


def test_a_pan_fits_the_values_before_the_paint(qtbot):
    """A pan step changes the dates and, in the same turn, the value axis to what the
    visible dates hold: pyqtgraph would do the latter in the paint and paint twice."""
    canvas = ChartCanvas()
    qtbot.addWidget(canvas.plot)
    canvas.plot.resize(600, 300)
    box = canvas.plot.getViewBox()
    box.addItem(pg.PlotDataItem(list(range(101)), list(range(101))))
    canvas.fit_y()
    canvas.plot.setXRange(0, 10, padding=0)
    assert box.viewRange()[1] == pytest.approx([0, 10], abs=1)
    box.translateBy(x=50)  # no event loop runs between here and the checks
    assert box.viewRange()[0] == pytest.approx([50, 60])
    assert box.viewRange()[1] == pytest.approx([50, 60], abs=1)
    assert not box._autoRangeNeedsUpdate  # nothing is left for the paint to change


def _plot_of(qtbot, item):
    """``item`` alone on a black plot of x 0-4, y 0-5, shown."""
    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    plot.resize(400, 300)
    plot.addItem(item)
    plot.setXRange(0, 4, padding=0)
    plot.setYRange(0, 5, padding=0)
    plot.setBackground("k")
    plot.show()
    qtbot.waitExposed(plot)
    return plot, item


def _dots_plot(qtbot):
    dots = Dots()
    red, blue, white = QColor("#d00000"), QColor("#0000d0"), QColor("#ffffff")
    dots.add(np.array([1.0, 2.0]), np.array([1.0, 4.0]), red)
    dots.add(np.array([3.0]), np.array([3.0]), blue, fill=white)
    dots.add(np.array([]), np.array([]), red)  # nothing: no look, no point
    return _plot_of(qtbot, dots)


def _pixel(plot, image, x, y, dx=0):
    at = plot.getViewBox().mapViewToScene(pg.Point(x, y))
    at = plot.mapFromScene(at)
    return image.pixelColor(round(at.x()) + dx, round(at.y()))


def test_dots_stamp_each_look_at_its_points(qtbot):
    plot, dots = _dots_plot(qtbot)
    assert list(dots.xs) == [1, 2, 3] and list(dots.ys) == [1, 4, 3]
    assert len(dots._looks) == 2
    image = plot.grab().toImage()
    for x, y in ((1, 1), (2, 4)):  # filled in the ring's colour
        colour = _pixel(plot, image, x, y)
        assert colour.red() > 180 and colour.blue() < 60
    middle, ring = _pixel(plot, image, 3, 3), _pixel(plot, image, 3, 3, dx=3)
    assert min(middle.red(), middle.green(), middle.blue()) > 200  # hollow: the fill
    assert ring.blue() > 150 and ring.red() < 80
    assert _pixel(plot, image, 0.5, 2).value() < 30  # nothing drawn between them


def test_dots_tell_the_view_their_bounds(qtbot):
    _plot, dots = _dots_plot(qtbot)
    assert dots.dataBounds(0) == (1, 3) and dots.dataBounds(1) == (1, 4)
    assert dots.dataBounds(1, orthoRange=(0.5, 2.5)) == (1, 4)  # the two within x 0.5–2.5
    assert dots.dataBounds(1, orthoRange=(2.5, 3.5)) == (3, 3)
    assert dots.dataBounds(1, orthoRange=(5, 6)) == (None, None)
    rect = dots.boundingRect()
    assert rect.left() < 1 and rect.right() > 3  # padded by the dots' pixels
    assert Dots().boundingRect().isEmpty()


def test_a_picture_export_draws_dots_as_circles(qtbot):
    from pyqtgraph.exporters import SVGExporter

    plot, _dots = _dots_plot(qtbot)
    svg = SVGExporter(plot.getPlotItem()).export(toBytes=True).decode()
    assert svg.count("<circle") == 3  # vectors, not the stamps' picture
    assert "<image" not in svg


def test_a_hidden_groups_dots_are_neither_drawn_nor_counted(qtbot):
    plot, dots = _dots_plot(qtbot)
    dots.add(np.array([3.5]), np.array([1.0]), QColor("#00d000"), group="green")
    assert len(dots.xs) == 4
    dots.set_hidden(frozenset({"green"}))
    assert list(dots.xs) == [1, 2, 3] and dots.dataBounds(0) == (1, 3)
    image = plot.grab().toImage()
    assert _pixel(plot, image, 3.5, 1).green() < 60  # not drawn
    assert _pixel(plot, image, 1, 1).red() > 180  # the others are
    dots.set_hidden(frozenset())
    assert _pixel(plot, plot.grab().toImage(), 3.5, 1).green() > 150


def _lines_plot(qtbot):
    lines = Polylines()
    # red: flat at y 1, its segment from x 2 to 3 left out (a break); blue: rising
    lines.add(np.array([0.0, 1.0, 2.0, 3.0, 4.0]), np.full(5, 1.0),
              pg.mkPen("#d00000", width=2), np.array([True, True, False, True, False]),
              group="red")
    lines.add(np.array([0.0, 4.0]), np.array([2.0, 4.0]), pg.mkPen("#0000d0", width=2),
              group="blue")
    lines.add(np.array([]), np.array([]), pg.mkPen("#00d000"))  # nothing: no line
    return _plot_of(qtbot, lines)


def test_polylines_draw_each_line_in_its_pen_and_leave_out_a_break(qtbot):
    plot, lines = _lines_plot(qtbot)
    assert list(lines.xs) == [0, 1, 2, 3, 4, 0, 4] and lines.pen(1).color() == QColor(
        "#0000d0")
    image = plot.grab().toImage()
    assert _pixel(plot, image, 1.5, 1).red() > 180  # on the red line
    assert _pixel(plot, image, 2.5, 1).red() < 60  # the break: no segment
    assert _pixel(plot, image, 3.5, 1).red() > 180  # and on after it
    assert _pixel(plot, image, 2, 3).blue() > 150  # half way up the blue line
    assert _pixel(plot, image, 1, 4).value() < 30  # nothing elsewhere


def test_polylines_tell_the_view_their_bounds_and_hide_by_group(qtbot):
    plot, lines = _lines_plot(qtbot)
    assert lines.dataBounds(0) == (0, 4) and lines.dataBounds(1) == (1, 4)
    assert lines.dataBounds(1, orthoRange=(3.5, 4.5)) == (1, 4)
    lines.set_hidden(frozenset({"blue"}))
    assert lines.dataBounds(1) == (1, 1)  # a hidden line does not count
    image = plot.grab().toImage()
    assert _pixel(plot, image, 2, 3).blue() < 60 and _pixel(plot, image, 1.5, 1).red() > 180
    assert Polylines().boundingRect().isEmpty()


def test_a_picture_export_draws_polylines_as_vector_paths(qtbot):
    from pyqtgraph.exporters import SVGExporter

    plot, _lines = _lines_plot(qtbot)
    svg = SVGExporter(plot.getPlotItem()).export(toBytes=True).decode()
    assert "#d00000" in svg.lower() and "#0000d0" in svg.lower()
    assert "<image" not in svg


def test_a_value_axis_never_prints_one_label_over_another(qtbot):
    """On a log scale pyqtgraph labels the minor ticks at the top of a decade one over the
    other (9·10³ over 8·10³ over 7·10³ on the GAC headline, 300-9,000 t); the chart's axis
    leaves out a label that would touch one already placed, the decades' first."""
    from PySide6.QtGui import QImage, QPainter

    from remonitor.ui.widgets.plotting import ValueAxis

    plot = pg.PlotWidget(axisItems={"left": ValueAxis("left")})
    qtbot.addWidget(plot)
    plot.resize(700, 240)
    plot.plot([0, 1, 2], np.log10([300, 2000, 9000]))  # as the chart draws on a log axis
    plot.getPlotItem().getAxis("left").setLogMode(False, True)
    plot.show()
    qtbot.waitExposed(plot)
    axis = plot.getPlotItem().getAxis("left")
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        theirs = pg.AxisItem.generateDrawSpecs(axis, painter)[2]
        ours = axis.generateDrawSpecs(painter)[2]
    finally:
        painter.end()

    def overlaps(texts):
        return [(a[2], b[2]) for i, a in enumerate(texts) for b in texts[i + 1:]
                if a[0].intersects(b[0])]

    assert overlaps(theirs)  # what the chart printed
    assert not overlaps(ours) and len(ours) >= 4  # still a label every so often
    assert {t[2] for t in ours} <= {t[2] for t in theirs}


def test_minor_ticks_too_close_to_read_are_left_out(qtbot):
    """Seventeen years on a laptop's chart put a date tick every 3.7 px, one a month: 200
    ticks laid out, and their labels measured, on every pan step for marks nobody reads.
    Wider, a month is a readable step again and its ticks come back."""
    ours, theirs = UtcDateAxis(), pg.DateAxisItem(utcOffset=0)
    theirs.fontMetrics = ours.fontMetrics
    low, high = utc_timestamp(date(2009, 1, 1)), utc_timestamp(date(2026, 12, 1))
    narrow, wide = 748, 2400
    assert len(theirs.tickValues(low, high, narrow)) == 2  # years, and months 3.7 px apart
    assert [len(v) for _s, v in ours.tickValues(low, high, narrow)] == [17]  # years only
    assert len(ours.tickValues(low, high, wide)) == 2  # months 11 px apart
    assert all(s / ((high - low) / wide) >= MIN_TICK_GAP_PX
               for s, _v in ours.tickValues(low, high, wide)[1:])
