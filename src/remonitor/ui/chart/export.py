"""Export what the chart shows: a picture worth pasting into a note or a slide — drawn at a
chosen size (default 1600×900, PNG at 2× for HiDPI screens) with the title, the series and
their units, the source and release, and the caption — as PNG, SVG or PDF, or copied to
the clipboard; or its points as CSV / XLSX with the reported/derived flag, the series and
its source. The file goes through a save dialog that says where it went."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMarginsF,
    QObject,
    QPoint,
    QRect,
    QSize,
    QSizeF,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from remonitor.core.figures import at_most
from remonitor.exporters.tables import atomically, write_table
from remonitor.ui.chart.canvas import ChartCanvas
from remonitor.ui.chart.drawing import HitIndex, Look, without_right_axis
from remonitor.workers.tasks import TaskRunner

SIZES = ("1600x900", "1920x1080", "1200x675", "800x450")
PICTURE_SCALE = 2
"""PNG and clipboard pictures are drawn at twice their size in pixels: sharp on a HiDPI
screen and in a slide."""


@dataclass(frozen=True)
class ChartShot:
    """What the chart shows at one moment: an export draws it again from this."""

    data: object | None
    """The :class:`~remonitor.views.chart.ChartData` on screen."""
    look: Look
    partners: bool
    x_range: tuple[float, float]
    hits: HitIndex = field(default_factory=HitIndex)
    view: str = ""
    """The view's name as shown (Level, y/y % …)."""
    notes: list[str] = field(default_factory=list)
    hidden: frozenset[str] = frozenset()
    """Series hidden from the chart (the legend's click): left out of the picture too."""


def shown_table(shot: ChartShot) -> tuple[list[str], list[list]]:
    """The points within the visible dates, as a table: what the chart shows, exactly."""
    low, high = shot.x_range
    data = shot.data
    by_label = {s.choice.label: s for s in data.shown} if data else {}
    headers = ["period", "value", "kind", "view", "unit", "series", "source"]
    rows = []
    for hit in shot.hits:
        if hit.x1 < low or hit.x0 > high:
            continue
        shown = by_label.get(without_right_axis(hit.series))
        rows.append([hit.point.span.describe(), at_most(Decimal(hit.point.value)),
                     "derived" if hit.point.derived else "reported", shot.view,
                     shown.unit if shown else data.partner_unit, hit.series,
                     shown.choice.key.source if shown else data.first.choice.key.source])
    return headers, rows


def titles(shot: ChartShot) -> tuple[str, str]:
    """The picture's title (what is shown) and its second line (view, units, source and
    the latest release)."""
    data = shot.data
    if data is None or data.first is None:
        return QApplication.translate("ChartExport", "No figures"), ""
    labels = list(dict.fromkeys(s.choice.label for s in data.shown))
    units = ", ".join(dict.fromkeys(s.unit for s in data.shown))
    sources = ", ".join(dict.fromkeys(s.choice.key.source for s in data.shown))
    latest = max(s.choice.latest_release for s in data.shown)
    line = QApplication.translate(
        "ChartExport", "{view} · {units} · source: {sources} · latest release {date}").format(
        view=shot.view, units=units, sources=sources, date=latest.isoformat())
    return " + ".join(labels), line


class ChartSheet(QWidget):
    """The picture: title and second line, the chart drawn afresh at this size, the
    caption. Never shown on screen."""

    def __init__(self, shot: ChartShot, size: QSize) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)  # keys stay put
        title, line = titles(shot)
        heading = QLabel(title, self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        second = QLabel(line, self)
        second.setWordWrap(True)
        self.canvas = ChartCanvas(self)
        caption = QLabel("\n".join(shot.notes), self)
        caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading)
        layout.addWidget(second)
        layout.addWidget(self.canvas.plot, 1)
        layout.addWidget(caption)
        self.resize(size)
        self.show()  # laid out (WA_DontShowOnScreen: nothing appears)
        if shot.data is not None:
            self.canvas.draw(shot.data, shot.look, shot.partners)
            self.canvas.drawing.set_hidden(shot.hidden)
            self.canvas.plot.setXRange(*shot.x_range, padding=0)
            self.canvas.fit_y()
        # the scene lays out at this size now: the layout's resizes are sent at once, and
        # only the layout requests pyqtgraph posted are delivered (no other event runs here)
        layout.activate()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def parse_size(text: str) -> QSize:
    width, _, height = text.partition("x")
    return QSize(int(width), int(height)) if width.isdigit() and height.isdigit() \
        else QSize(1600, 900)


def picture(shot: ChartShot, size: QSize) -> QImage:
    """The chart drawn at ``size`` (points), PICTURE_SCALE× in pixels."""
    sheet = ChartSheet(shot, size)
    image = QImage(size * PICTURE_SCALE, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(PICTURE_SCALE)
    image.fill(sheet.palette().window().color())
    _paint(image, sheet)
    _discard(sheet)
    return image


def _discard(sheet: ChartSheet) -> None:
    sheet.hide()
    sheet.deleteLater()


def _paint(device, sheet: ChartSheet) -> int:
    painter = QPainter(device)
    try:
        sheet.render(painter, QPoint())
    finally:
        ended = painter.end()
    return int(ended)


def write_picture(path: Path, shot: ChartShot, size: QSize) -> None:
    """PNG, SVG (text as text, lines as lines) or PDF, written beside ``path`` and moved
    into place."""
    suffix = path.suffix.lower()
    if suffix == ".png":
        atomically(path, lambda tmp: int(picture(shot, size).save(str(tmp), "PNG")))
        return
    sheet = ChartSheet(shot, size)
    try:
        if suffix == ".svg":
            from PySide6.QtSvg import QSvgGenerator

            def write(tmp: Path) -> int:
                generator = QSvgGenerator()
                generator.setFileName(str(tmp))
                generator.setSize(size)
                generator.setViewBox(QRect(0, 0, size.width(), size.height()))
                generator.setTitle(titles(shot)[0])
                generator.setDescription(titles(shot)[1])
                return _paint(generator, sheet)
        elif suffix == ".pdf":
            from PySide6.QtGui import QPdfWriter

            def write(tmp: Path) -> int:
                writer = QPdfWriter(str(tmp))
                writer.setResolution(96)
                writer.setTitle(titles(shot)[0])
                writer.setPageLayout(QPageLayout(
                    QPageSize(QSizeF(size.width() * 72 / 96, size.height() * 72 / 96),
                              QPageSize.Unit.Point),
                    QPageLayout.Orientation.Portrait, QMarginsF()))
                return _paint(writer, sheet)
        else:
            raise ValueError(f"{path.name}: a chart picture is .png, .svg or .pdf")
        atomically(path, write)
    finally:
        _discard(sheet)


class ChartExport(QObject):
    """Saves the chart as a picture or a table, or copies the picture. Given the runner;
    what is shown comes with each request (a :class:`ChartShot`)."""

    sig_message = Signal(str)
    """Where the file went (the status bar says it)."""

    def __init__(self, runner: TaskRunner, parent: QWidget, size: str = SIZES[0],
                 on_size=None) -> None:
        super().__init__(parent)
        self.runner, self.widget = runner, parent
        self.size = parse_size(size)
        self.button = QToolButton(parent)
        self.button.setText(self.tr("Export…"))
        self.button.setToolTip(self.tr(
            "Save the chart as shown: a PNG, SVG or PDF picture with its title, source and "
            "caption, or its points as CSV / XLSX"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        menu = QMenu(parent)
        self.copy_action = QAction(self.tr("&Copy chart"), parent)
        self.copy_action.setShortcut("Ctrl+Shift+C")
        self.copy_action.setToolTip(self.tr("Put the chart picture on the clipboard, to paste "
                                            "into a note or a slide (Ctrl+Shift+C)"))
        menu.addAction(self.copy_action)
        sizes = menu.addMenu(self.tr("Picture size"))
        group = QActionGroup(sizes)
        for text in SIZES:
            action = sizes.addAction(text.replace("x", " × "))
            action.setCheckable(True)
            action.setChecked(parse_size(text) == self.size)
            group.addAction(action)
            action.triggered.connect(lambda _=False, t=text: self._set_size(t, on_size))
        self.button.setMenu(menu)

    def _set_size(self, text: str, on_size) -> None:
        self.size = parse_size(text)
        if on_size is not None:
            on_size(text)

    def choose(self, shot: ChartShot) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self.widget, self.tr("Export the chart"), str(Path.home() / "remonitor-chart.png"),
            self.tr("PNG picture (*.png);;SVG picture (*.svg);;PDF document (*.pdf);;"
                    "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"))
        if not path:
            return
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix("." + chosen.rsplit("*.", 1)[-1].rstrip(")"))
        try:
            task = self.export_to(target, shot)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self.widget, self.tr("Export failed"), str(exc))
            return
        done = self.tr("Chart exported to {path}").format(path=target)
        if task is None:
            self.sig_message.emit(done)
        else:
            task.sig_result.connect(lambda _r: self.sig_message.emit(done))

    def copy(self, shot: ChartShot) -> None:
        # setImage, not a QMimeData of ours: the clipboard owns what it holds (a mime object
        # also held by Python is freed twice when the application ends).
        QApplication.clipboard().setImage(picture(shot, self.size))
        self.sig_message.emit(self.tr("Chart copied ({w} × {h}): paste it into a note or a "
                                      "slide").format(w=self.size.width(),
                                                      h=self.size.height()))

    def export_to(self, path: Path, shot: ChartShot, size: QSize | None = None):
        """Pictures are drawn here (GUI work); CSV/XLSX rows are written on a worker.
        Returns the task for a table, None for a picture."""
        if path.suffix.lower() in (".png", ".svg", ".pdf"):
            write_picture(path, shot, size or self.size)
            return None
        headers, rows = shown_table(shot)
        return self.runner.run(self.tr("export chart"), lambda ctx: write_table(
            path, headers, rows, sheet_name="chart"))
