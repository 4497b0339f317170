"""Files in and out of the window: File → Import… (or a file dropped on the window, or
handed over by a second start), exchange rates, and File → Export, whose entries the panels
contribute."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QWidget

from remonitor.edits.rates import import_rates
from remonitor.ui.context import PanelContext
from remonitor.ui.settings import LAST_EXPORT_DIR, LAST_IMPORT_DIR
from remonitor.ui.shell.actions import ActionRegistry, Export
from remonitor.ui.shell.status import StatusBar
from remonitor.ui.widgets.actions import make_action
from remonitor.ui.widgets.errors import error_box


class FileActions(QObject):
    """Import and export through the window. Given the context, the status bar (which
    follows each task) and the window the dialogs belong to."""

    sig_import_opened = Signal(object)
    """The import wizard just opened (on a file chosen, dropped or handed over)."""

    def __init__(self, context: PanelContext, status: StatusBar, window: QWidget) -> None:
        super().__init__(window)
        self.runner, self.writer, self.settings = context.runner, context.writer, \
            context.settings
        self.status, self.window = status, window
        self.import_wizard = None
        self.import_action = make_action(window, self.tr("&Import…"), self.choose_import,
                                         QKeySequence.StandardKey.Open,
                                         self.tr("Import figures or events from a file"))
        self.rates_action = make_action(
            window, self.tr("Import exchange &rates…"), self.choose_rates_import,
            tip=self.tr("Monthly rates per US dollar, for showing values in another currency"))

    def contribute(self, registry: ActionRegistry) -> None:
        registry.add("file", "import", self.import_action)
        registry.add("file", "import", self.rates_action)

    # -- import --------------------------------------------------------------------------

    def _open_file(self, title: str, filters: str) -> Path | None:
        """Ask for a file to import, starting where the last one was found."""
        start = self.settings.get(LAST_IMPORT_DIR) or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self.window, title, start, filters)
        if not path:
            return None
        self.settings.set(LAST_IMPORT_DIR, str(Path(path).parent))
        return Path(path)

    def choose_rates_import(self) -> None:
        path = self._open_file(self.tr("Import exchange rates"),
                               self.tr("Tables (*.csv *.txt *.xlsx);;All files (*)"))
        if path:
            self.import_rates(path)

    def import_rates(self, path: Path):
        """Monthly rates per US dollar, read and stored in one transaction on the writer."""
        job = self.writer.apply(import_rates(path))
        self.status.follow(job, self.tr("Importing exchange rates…"))
        job.sig_result.connect(lambda done: self.status.showMessage(
            self.tr("{file}: {n} months of {currency} per USD imported").format(
                file=done[0].file, n=len(done[0].per_usd), currency=done[0].currency)
            if done[1] is not None else self.tr("{file} was imported before").format(
                file=done[0].file), 15000))
        job.sig_error.connect(lambda error: error_box(
            self.window, self.tr("{file} cannot be imported").format(file=path.name), error))
        return job

    def choose_import(self) -> None:
        path = self._open_file(self.tr("Import a file"),
                               self.tr("Tables (*.csv *.txt *.xlsx);;All files (*)"))
        if path:
            self.import_path(path)

    def import_path(self, path: Path):
        """Open the import wizard on a file (File → Import…, or a file dropped here)."""
        from remonitor.ui.imports.wizard import ImportWizard

        wizard = ImportWizard(path, self.runner, self.writer, self.window)
        wizard.sig_committed.connect(lambda summary: self.status.showMessage(
            summary.describe(), 15000))
        wizard.open()
        self.import_wizard = wizard
        self.sig_import_opened.emit(wizard)
        return wizard

    def accepts(self, mime) -> bool:
        """A drag of local files: the window takes it."""
        return mime.hasUrls() and all(u.isLocalFile() for u in mime.urls())

    def dropped(self, mime) -> None:
        for url in mime.urls():
            self.import_path(Path(url.toLocalFile()))

    # -- export --------------------------------------------------------------------------

    def export_action(self, export: Export):
        return make_action(self.window, export.title + "…", lambda: self.choose_export(export))

    def choose_export(self, export: Export) -> None:
        start = Path(self.settings.get(LAST_EXPORT_DIR) or Path.home()) / \
            f"remonitor-{export.name}.xlsx"
        path, chosen = QFileDialog.getSaveFileName(
            self.window, self.tr("Export {what}").format(what=export.title.lower()),
            str(start), self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)")
            + (self.tr(";;Calendar (*.ics)") if export.calendar else ""))
        if path:
            target = Path(path)
            if not target.suffix:  # the chosen filter says which
                target = target.with_suffix(".ics" if "*.ics" in chosen else
                                            ".csv" if "*.csv" in chosen else ".xlsx")
            self.settings.set(LAST_EXPORT_DIR, str(target.parent))
            self.export_to(export, target)

    def export_to(self, export: Export, path: Path):
        job = export.write(path)
        self.status.follow(job, self.tr("Exporting…"))
        job.sig_result.connect(lambda n: self.status.showMessage(
            (self.tr("Exported 1 row to {path}") if n == 1 else
             self.tr("Exported {n} rows to {path}")).format(n=f"{n:,}", path=path), 15000))
        job.sig_error.connect(lambda error: error_box(self.window, self.tr("Export failed"),
                                                      error))
        return job
