"""Export what the chart shows: a PNG or SVG picture, or its points as CSV / XLSX with the
reported/derived flag, the series and its source — through a save dialog that says where
the file went."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolButton

from remonitor.exporters.tables import atomically, write_table
from remonitor.ui.chart_draw import without_right_axis


class ChartExport:
    """Mixin of the chart panel: needs ``self.plot``, ``self.hits``, ``self.data``."""

    def make_export_button(self) -> QToolButton:
        button = QToolButton(self)
        button.setText(self.tr("Export…"))
        button.setToolTip(self.tr("Save the chart as shown: PNG or SVG picture, or its "
                                  "points as CSV / XLSX"))
        button.clicked.connect(self.choose_export)
        self.export_button = button
        return button

    def choose_export(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export the chart"), str(Path.home() / "remonitor-chart.png"),
            self.tr("PNG picture (*.png);;SVG picture (*.svg);;Excel workbook (*.xlsx);;"
                    "CSV, UTF-8 (*.csv)"))
        if not path:
            return
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix("." + chosen.rsplit("*.", 1)[-1].rstrip(")"))
        try:
            task = self.export_to(target)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Export failed"), str(exc))
            return
        done = self.tr("Chart exported to {path}").format(path=target)
        if task is None:
            self.window().statusBar().showMessage(done, 8000)
        else:
            task.sig_result.connect(lambda _r: self.window().statusBar().showMessage(done, 8000))

    def shown_table(self) -> tuple[list[str], list[list]]:
        """The points within the visible dates, as a table: what the chart shows, exactly."""
        low, high = self.plot.getViewBox().viewRange()[0]
        view = self.view_mode.currentText()
        by_label = {s.choice.label: s for s in self.data.shown} if self.data else {}
        headers = ["period", "value", "kind", "view", "unit", "series", "source"]
        rows = []
        for hit in self.hits:
            if hit.x1 < low or hit.x0 > high:
                continue
            shown = by_label.get(without_right_axis(hit.series))
            rows.append([hit.point.span.describe(), hit.point.value,
                         "derived" if hit.point.derived else "reported", view,
                         shown.unit if shown else self.data.partner_unit, hit.series,
                         shown.choice.key.source if shown else self.data.first.choice.key.source])
        return headers, rows

    def export_to(self, path: Path):
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
        headers, rows = self.shown_table()
        return self._runner.run(self.tr("export chart"), lambda ctx: write_table(
            path, headers, rows, sheet_name="chart"))
