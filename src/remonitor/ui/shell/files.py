"""Files in and out of the main window: File → Import… (or a file dropped on the window,
or handed over by a second start), exchange rates, and File → Export of the chart's
figures, the events (also as a calendar) and the tracker's table as shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog

from remonitor.store.changes import StoreChange
from remonitor.store.events import list_events
from remonitor.ui.errors import error_box
from remonitor.ui.settings import LAST_EXPORT_DIR, LAST_IMPORT_DIR

EXPORT_TITLES = {"figures": QT_TRANSLATE_NOOP("WindowFiles", "Figures on the chart"),
                 "events": QT_TRANSLATE_NOOP("WindowFiles", "Events"),
                 "applications": QT_TRANSLATE_NOOP("WindowFiles",
                                                   "Licence applications (as filtered)")}


class WindowFiles:
    """Mixin of the main window: needs ``self.settings``, ``self.runner``, ``self.writer``,
    ``self.status``, ``self.chart`` and ``self.tracker``."""

    def choose_rates_import(self) -> None:
        path = self._open_file(self.tr("Import exchange rates"),
                               self.tr("Tables (*.csv *.txt *.xlsx);;All files (*)"))
        if path:
            self.import_rates(path)

    def import_rates(self, path: Path):
        """Monthly rates per US dollar, read and stored in one transaction on the writer."""
        from remonitor.importers.rates import import_rates

        job = self.writer.submit(self.tr("import exchange rates"),
                                 lambda conn, ctx: import_rates(conn, path),
                                 change=StoreChange(rates=True))
        self.status.follow(job, self.tr("Importing exchange rates…"))
        job.sig_result.connect(lambda done: self.status.showMessage(
            self.tr("{file}: {n} months of {currency} per USD imported").format(
                file=done[0].file, n=len(done[0].per_usd), currency=done[0].currency)
            if done[1] is not None else self.tr("{file} was imported before").format(
                file=done[0].file), 15000))
        job.sig_error.connect(lambda error: error_box(
            self, self.tr("{file} cannot be imported").format(file=path.name), error))
        return job

    def _open_file(self, title: str, filters: str) -> Path | None:
        """Ask for a file to import, starting where the last one was found."""
        start = self.settings.get(LAST_IMPORT_DIR) or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, title, start, filters)
        if not path:
            return None
        self.settings.set(LAST_IMPORT_DIR, str(Path(path).parent))
        return Path(path)

    def choose_import(self) -> None:
        path = self._open_file(self.tr("Import a file"),
                               self.tr("Tables (*.csv *.txt *.xlsx);;All files (*)"))
        if path:
            self.import_path(path)

    def import_path(self, path: Path):
        """Open the import wizard on a file (File → Import…, or a file dropped here)."""
        from remonitor.ui.import_wizard import ImportWizard

        wizard = ImportWizard(path, self.runner, self.writer, self)
        wizard.sig_committed.connect(lambda summary: self.status.showMessage(
            summary.describe(), 15000))
        wizard.open()
        self.import_wizard = wizard
        return wizard

    def choose_export(self, view: str) -> None:
        start = Path(self.settings.get(LAST_EXPORT_DIR) or Path.home()) / f"remonitor-{view}.xlsx"
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export {what}").format(what=self.tr(EXPORT_TITLES[view]).lower()),
            str(start), self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)")
            + (self.tr(";;Calendar (*.ics)") if view == "events" else ""))
        if path:
            target = Path(path)
            if not target.suffix:  # the chosen filter says which
                target = target.with_suffix(".ics" if "*.ics" in chosen else
                                            ".csv" if "*.csv" in chosen else ".xlsx")
            self.settings.set(LAST_EXPORT_DIR, str(target.parent))
            self.export_to(view, target)

    def export_to(self, view: str, path: Path):
        from remonitor.exporters.ics import write_calendar

        if view == "events" and path.suffix.lower() == ".ics":
            job = self.runner.read(self.tr("export calendar"), lambda conn, ctx: write_calendar(
                path, list_events(conn)))
        elif view == "applications":  # the tracker's table as shown: filter, order, columns
            job = self.tracker.export_table(path)
        else:
            job = self._export_view(view, path)
        self.status.follow(job, self.tr("Exporting…"))
        job.sig_result.connect(lambda n: self.status.showMessage(
            self.tr("Exported {n} rows to {path}").format(n=n, path=path), 15000))
        job.sig_error.connect(lambda error: error_box(self, self.tr("Export failed"), error))
        return job

    def _export_view(self, view: str, path: Path):
        # Exporters load when first used, not at start-up.
        from remonitor.exporters.tables import write_table
        from remonitor.exporters.views import VIEWS

        build = VIEWS[view]
        if view == "figures" and self.chart.data is not None:  # the series on the chart
            ids = [i for s in self.chart.data.shown for i in s.choice.ids]

            def build(conn):
                return VIEWS["figures"](conn, ids)

        def task(conn, ctx):
            table = build(conn)
            return write_table(path, table.headers, table.rows, sheet_name=table.name,
                               total=len(table.rows),
                               progress=lambda done, total: ctx.progress(done, total),
                               is_cancelled=lambda: ctx.cancelled)

        return self.runner.read(self.tr("export {what}").format(
            what=self.tr(EXPORT_TITLES[view]).lower()), task)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            self.import_path(Path(url.toLocalFile()))
