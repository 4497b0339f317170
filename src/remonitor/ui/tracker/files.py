"""The tracker's files: documents kept with an application, applications imported from a
table, and the table exported as shown. A mixin of the tracker panel (it uses the panel's
runner, writer, data folder, model and view)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from remonitor.exporters.tables import write_table
from remonitor.importers.applications import read_applications
from remonitor.store.changes import StoreChange
from remonitor.store.licence_documents import attach_document, is_runnable
from remonitor.store.licences import import_applications
from remonitor.ui.errors import error_box
from remonitor.ui.table_model import display
from remonitor.ui.tracker_data import load_rows, run_query


class TrackerFiles:
    # -- documents -------------------------------------------------------------------------

    def choose_document(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a document"))
        if path:
            self.attach_document(ids[0], Path(path))

    def attach_document(self, app_id: int, path: Path):
        """Copy a file into the data folder with the application (on the writer thread)."""
        data_dir = self._data_dir
        if data_dir is None:
            raise RuntimeError("documents need the data folder")
        job = self._writer.submit(
            self.tr("attach {file}").format(file=path.name),
            lambda conn, ctx: attach_document(conn, data_dir, app_id, path),
            change=StoreChange(applications=True))
        job.sig_error.connect(lambda error: error_box(
            self, self.tr("The document could not be attached"), error))
        return job

    def open_document(self, index: int, confirm: bool = True) -> Path | None:
        """Open a kept document with the system viewer, after asking. A file a viewer would
        run (a program, a script) is never opened: its folder is shown instead."""
        if not 0 <= index < len(self.details.docs) or self._data_dir is None:
            return None
        doc = self.details.docs[index]
        path = self._data_dir / doc.stored_as
        if not path.is_file():
            QMessageBox.warning(self, self.tr("Document missing"), self.tr(
                "{name} is no longer in the data folder ({path}).").format(name=doc.name,
                                                                         path=path))
            return None
        target = path.parent if is_runnable(path) else path
        if confirm:
            question = (self.tr("{name} is a program or script; remonitor never runs it. "
                                "Show its folder?") if target != path else
                        self.tr("Open {name} with the system viewer?"))
            answer = QMessageBox.question(self, self.tr("Open document"),
                                          question.format(name=doc.name))
            if answer != QMessageBox.StandardButton.Yes:
                return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        return target

    # -- import ----------------------------------------------------------------------------

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import licence applications"), "",
            self.tr("Tables (*.csv *.txt *.xlsx *.xls *.ods);;All files (*)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path, confirm: bool = True):
        """Read and check the whole file on a worker; then, after the user agrees, add the
        applications whose reference is new in one transaction. Returns the read task."""
        task = self._runner.run(self.tr("read {file}").format(file=path.name),
                                lambda ctx: read_applications(path))
        task.sig_result.connect(lambda table: self._confirm_import(table, confirm))
        task.sig_error.connect(lambda error: error_box(
            self, self.tr("{file} cannot be imported").format(file=path.name), error))
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
        if confirm and QMessageBox.question(
                self, self.tr("Import applications"), text) != QMessageBox.StandardButton.Yes:
            return
        apps, name = table.applications, table.file
        job = self._writer.submit(
            self.tr("import applications"),
            lambda conn, ctx: import_applications(conn, apps, name),
            change=StoreChange(applications=True))
        job.sig_result.connect(self._imported)
        job.sig_error.connect(lambda error: error_box(
            self, self.tr("The applications were not imported"), error))
        self.last_import = job

    def _imported(self, done) -> None:
        text = self.tr("Added {n} applications.").format(n=f"{done.added:,}")
        if done.already_present:
            shown = ", ".join(done.already_present[:5])
            more = len(done.already_present) - 5
            text += " " + self.tr("Already present, left as they are: {refs}").format(
                refs=shown + (self.tr(" and {n} more").format(n=more) if more > 0 else ""))
        self.sig_message.emit(text)

    # -- export ----------------------------------------------------------------------------

    def export_table(self, path: Path):
        """Write what the table shows — the current filter and order, the columns shown in
        their order — to CSV or XLSX, on a worker."""
        context, query = self.context, self.query
        columns = [self.model.columns[c] for c in self.view.shown_columns()]
        if context is None:
            raise RuntimeError("the tracker has not read the store yet")

        def task(conn, ctx):
            found = run_query(conn, context, query, first=0)
            rows = []
            for start in range(0, len(found.ids), 2000):
                ctx.check()
                chunk = found.ids[start:start + 2000]
                read = load_rows(conn, context, chunk)
                rows.extend([display(c.value(read[i])) for c in columns] for i in chunk)
                ctx.progress(len(rows), len(found.ids))
            return write_table(path, [c.title for c in columns], rows,
                               sheet_name="applications", total=len(rows),
                               is_cancelled=lambda: ctx.cancelled)

        return self._runner.read(self.tr("export applications"), task)

