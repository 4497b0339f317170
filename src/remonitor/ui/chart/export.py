"""Export what the chart shows: a PNG or SVG picture, or its points as CSV / XLSX with the
reported/derived flag, the series and its source — through a save dialog that says where
the file went."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolButton, QWidget

from remonitor.core.figures import at_most
from remonitor.exporters.tables import atomically, write_table
from remonitor.ui.chart.drawing import HitIndex, without_right_axis
from remonitor.workers.tasks import TaskRunner


def shown_table(x_range: tuple[float, float], hits: HitIndex, data, view: str
                ) -> tuple[list[str], list[list]]:
    """The points within the visible dates, as a table: what the chart shows, exactly."""
    low, high = x_range
    by_label = {s.choice.label: s for s in data.shown} if data else {}
    headers = ["period", "value", "kind", "view", "unit", "series", "source"]
    rows = []
    for hit in hits:
        if hit.x1 < low or hit.x0 > high:
            continue
        shown = by_label.get(without_right_axis(hit.series))
        rows.append([hit.point.span.describe(), at_most(Decimal(hit.point.value)),
                     "derived" if hit.point.derived else "reported", view,
                     shown.unit if shown else data.partner_unit, hit.series,
                     shown.choice.key.source if shown else data.first.choice.key.source])
    return headers, rows


class ChartExport(QObject):
    """Saves the chart as a picture or a table. Given the plot and the runner; what is
    shown comes with each request."""

    sig_message = Signal(str)
    """Where the file went (the status bar says it)."""

    def __init__(self, plot: pg.PlotWidget, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self.plot, self.runner, self.widget = plot, runner, parent
        self.button = QToolButton(parent)
        self.button.setText(self.tr("Export…"))
        self.button.setToolTip(self.tr("Save the chart as shown: PNG or SVG picture, or its "
                                       "points as CSV / XLSX"))

    def choose(self, hits: HitIndex, data, view: str) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self.widget, self.tr("Export the chart"), str(Path.home() / "remonitor-chart.png"),
            self.tr("PNG picture (*.png);;SVG picture (*.svg);;Excel workbook (*.xlsx);;"
                    "CSV, UTF-8 (*.csv)"))
        if not path:
            return
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix("." + chosen.rsplit("*.", 1)[-1].rstrip(")"))
        try:
            task = self.export_to(target, hits, data, view)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self.widget, self.tr("Export failed"), str(exc))
            return
        done = self.tr("Chart exported to {path}").format(path=target)
        if task is None:
            self.sig_message.emit(done)
        else:
            task.sig_result.connect(lambda _r: self.sig_message.emit(done))

    def export_to(self, path: Path, hits: HitIndex, data, view: str):
        """PNG and SVG are drawn here (they are pictures of the widget); CSV/XLSX rows are
        written on a worker. Returns the task for a table, None for a picture."""
        suffix = path.suffix.lower()
        if suffix == ".png":
            atomically(path, lambda tmp: int(self.plot.grab().save(str(tmp), "PNG")))
            return None
        if suffix == ".svg":
            from pyqtgraph.exporters import SVGExporter

            atomically(path, lambda tmp: SVGExporter(self.plot.getPlotItem()).export(
                str(tmp)) or 1)
            return None
        low, high = self.plot.getViewBox().viewRange()[0]
        headers, rows = shown_table((low, high), hits, data, view)
        return self.runner.run(self.tr("export chart"), lambda ctx: write_table(
            path, headers, rows, sheet_name="chart"))
