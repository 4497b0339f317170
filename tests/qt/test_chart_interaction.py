"""The chart in the hand: keys and presets move the dates, the crosshair reads the figure,
and what is on screen exports as a picture or a table."""

import csv
from datetime import date

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtWidgets import QApplication

from remonitor.core.periods import utc_timestamp


def span(chart):
    low, high = chart.plot.getViewBox().viewRange()[0]
    return high - low


def test_keys_and_presets_move_the_dates(qtbot, session_factory):
    chart = session_factory().window.chart
    full = span(chart)
    chart.plot.setFocus()
    qtbot.keyClick(chart.plot, Qt.Key.Key_Plus)
    assert span(chart) < full * 0.85
    before = chart.plot.getViewBox().viewRange()[0][0]
    qtbot.keyClick(chart.plot, Qt.Key.Key_Right)
    assert chart.plot.getViewBox().viewRange()[0][0] > before
    qtbot.keyClick(chart.plot, Qt.Key.Key_Home)
    assert abs(span(chart) - full) < 86400
    chart.navigation.show_years(1)
    assert abs(span(chart) - 365.25 * 86400) < 86400


def test_a_zoom_leaves_nothing_for_the_paint_to_change(qtbot, session_factory):
    """The event labels take the strip's new scale in the zoom's own turn: pyqtgraph's text
    items took it while the plot was painted, which changed the scene again and painted the
    chart twice (865 paints in the frame-pacing session, 580 without)."""
    chart = session_factory().window.chart
    chart.window().show()
    markers = chart.canvas.markers
    shown = [label for _, label in markers._labels if label.isVisible()]
    assert shown  # the bundled events are labelled
    for step in ((0.5, 1), (1.7, 1), (1, 1)):
        chart.plot.getViewBox().scaleBy(step)  # no event loop runs before the checks
        strip = markers.strip
        assert not strip._matrixNeedsUpdate and not strip._autoRangeNeedsUpdate
        assert all(label._lastTransform == label.parentItem().sceneTransform()
                   for _, label in markers._labels if label.isVisible())


def test_crosshair_reads_the_exact_figure(qtbot, session_factory):
    chart = session_factory().window.chart
    vb = chart.plot.getViewBox()
    low, high = vb.viewRange()[1]
    may = vb.mapViewToScene(QPointF(utc_timestamp(date(2025, 5, 15)), (low + high) / 2))
    chart.crosshair.follow(may)
    assert chart.crosshair.line.isVisible() and chart.crosshair.readout.isVisible()
    assert chart.crosshair.readout.textItem.toPlainText() == "May 2025: 5,864.6 t"


def test_what_is_on_screen_exports_as_picture_and_table(qtbot, session_factory, tmp_path):
    chart = session_factory().window.chart
    chart.plot.setXRange(utc_timestamp(date(2025, 1, 1)), utc_timestamp(date(2025, 12, 31)),
                         padding=0)
    png, svg, table = tmp_path / "c.png", tmp_path / "c.svg", tmp_path / "c.csv"
    pdf = tmp_path / "c.pdf"
    chart.export_to(png)
    chart.export_to(svg)
    chart.export_to(pdf)
    assert png.read_bytes()[:4] == b"\x89PNG" and pdf.read_bytes()[:5] == b"%PDF-"
    text = svg.read_text(encoding="utf-8")
    # Drawn, not grabbed: the title, the source and release, the caption, as text.
    assert "rare earths (GAC headline)" in text and "latest release 2026-03-14" in text
    assert "May" in text and "thousand t per month" in text
    with qtbot.waitSignal(chart.export_to(table).sig_result, timeout=10_000):
        pass
    with table.open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    periods = [r["period"] for r in rows]
    assert "May 2025" in periods and not any("2023" in p for p in periods)
    assert next(r for r in rows if r["period"] == "May 2025")["value"] == "5864.6"
    assert next(r for r in rows if r["period"] == "Oct–Dec 2025")["kind"] == "derived"
    book = tmp_path / "c.xlsx"
    with qtbot.waitSignal(chart.export_to(book).sig_result, timeout=10_000):
        pass
    import openpyxl

    from PySide6.QtGui import QImage

    sheet = openpyxl.load_workbook(book, read_only=True).active
    header, *cells = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert header == ["period", "value", "kind", "view", "unit", "series", "source"]
    may = next(r for r in cells if r[0] == "May 2025")
    assert may[1] == 5864.6 and may[2] == "reported" and may[6] == "GAC"
    picture = QImage(str(png))
    assert (picture.width(), picture.height()) == (3200, 1800)  # 1600 × 900 at 2×
    chart.export.copy(chart.shot())
    copied = QApplication.clipboard().image()
    assert (copied.width(), copied.height()) == (3200, 1800)
    small = tmp_path / "small.png"
    chart.export_to(small, QSize(800, 450))
    assert QImage(str(small)).width() == 1600
