"""The tracker's files: documents kept with an application, and applications imported
from a table."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from remonitor.core.licence import is_runnable
from remonitor.edits import applications as edits
from remonitor.importers.applications import read_applications
from remonitor.ui.context import PanelContext
from remonitor.ui.tracker.details import DetailsPane
from remonitor.ui.tracker.selection import TrackerSelection
from remonitor.ui.widgets.errors import error_box


class TrackerFiles(QObject):
    """Documents kept with the selected application, and applications imported from a
    table. Given the runner, the writer, the data folder, the selection and the details
    pane (whose documents it opens)."""

    sig_message = Signal(str)
    """Something the status bar should say (an import's outcome)."""

    def __init__(self, context: PanelContext, selection: TrackerSelection,
                 details: DetailsPane, parent: QWidget) -> None:
        super().__init__(parent)
        self.runner, self.writer, self.data_dir = context.runner, context.writer, \
            context.data_dir
        self.selection, self.details, self.widget = selection, details, parent
        self.last_import = None

    # -- documents -------------------------------------------------------------------------

    def choose_document(self) -> None:
        ids = self.selection.ids()
        if len(ids) != 1:
            return
        path, _ = QFileDialog.getOpenFileName(self.widget, self.tr("Attach a document"))
        if path:
            self.attach_document(ids[0], Path(path))

    def attach_document(self, app_id: int, path: Path):
        """Copy a file into the data folder with the application (on the writer thread)."""
        job = self.writer.apply(edits.attach_document(self.data_dir, app_id, path))
        job.sig_error.connect(lambda error: error_box(
            self.widget, self.tr("The document could not be attached"), error))
        return job

    def open_document(self, index: int, confirm: bool = True) -> Path | None:
        """Open a kept document with the system viewer, after asking. A file a viewer would
        run (a program, a script) is never opened: its folder is shown instead."""
        if not 0 <= index < len(self.details.docs):
            return None
        doc = self.details.docs[index]
        path = self.data_dir / doc.stored_as
        if not path.is_file():
            QMessageBox.warning(self.widget, self.tr("Document missing"), self.tr(
                "{name} is no longer in the data folder ({path}).").format(name=doc.name,
                                                                         path=path))
            return None
        target = path.parent if is_runnable(path) else path
        if confirm:
            question = (self.tr("{name} is a program or script; remonitor never runs it. "
                                "Show its folder?") if target != path else
                        self.tr("Open {name} with the system viewer?"))
            answer = QMessageBox.question(self.widget, self.tr("Open document"),
                                          question.format(name=doc.name))
            if answer != QMessageBox.StandardButton.Yes:
                return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        return target

    # -- import ----------------------------------------------------------------------------

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.widget, self.tr("Import licence applications"), "",
            self.tr("Tables (*.csv *.txt *.xlsx *.xls *.ods);;All files (*)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path, confirm: bool = True):
        """Read and check the whole file on a worker; then, after the user agrees, add the
        applications whose reference is new in one transaction. Returns the read task."""
        task = self.runner.run(self.tr("read {file}").format(file=path.name),
                               lambda ctx: read_applications(path))
        task.sig_result.connect(lambda table: self._confirm_import(table, confirm))
        task.sig_error.connect(lambda error: error_box(
            self.widget, self.tr("{file} cannot be imported").format(file=path.name), error))
        return task

    def _confirm_import(self, table, confirm: bool) -> None:
        n = len(table.applications)
        text = self.tr("{file}: {n} applications. Columns read: {columns}.").format(
            file=table.file, n=f"{n:,}", columns=", ".join(table.columns.values()))
        if table.ignored:
            text += " " + self.tr("Not imported: {columns}.").format(
                columns=", ".join(table.ignored))
        text += "\n\n" + self.tr("Applications whose reference is already in the tracker "
                                  "are left as they are.")
        if confirm and QMessageBox.question(self.widget, self.tr("Import applications"),
                                            text) != QMessageBox.StandardButton.Yes:
            return
        job = self.writer.apply(edits.import_applications(table.applications, table.file))
        job.sig_result.connect(self._imported)
        job.sig_error.connect(lambda error: error_box(
            self.widget, self.tr("The applications were not imported"), error))
        self.last_import = job

    def _imported(self, done) -> None:
        text = self.tr("Added {n} applications.").format(n=f"{done.added:,}")
        if done.already_present:
            shown = ", ".join(done.already_present[:5])
            more = len(done.already_present) - 5
            text += " " + self.tr("Already present, left as they are: {refs}").format(
                refs=shown + (self.tr(" and {n} more").format(n=more) if more > 0 else ""))
        self.sig_message.emit(text)
