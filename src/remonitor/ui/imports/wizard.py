"""The import wizard: a face on ``importers`` — choose, check, commit, undo."""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from remonitor.core.figures import figure_text
from remonitor.core.series import Flow
from remonitor.core.text import place_name
from remonitor.edits import imports
from remonitor.importers.commit import ImportSummary, build_plan
from remonitor.importers.encoding import encoding_label
from remonitor.importers.formats import FORMATS, ImportOptions
from remonitor.importers.formats.generic import signature
from remonitor.importers.plan import ImportPlan
from remonitor.ui import theme
from remonitor.ui.imports.mapping_box import MappingBox
from remonitor.ui.vocabulary import label
from remonitor.ui.widgets.dates import date_edit
from remonitor.views.imports import profiles
from remonitor.workers.tasks import TaskError, TaskRunner
from remonitor.workers.writer import StoreWriter

PREVIEW_ROWS = 200
ENCODINGS = ["utf-8", "gb18030", "cp1252", "utf-16", "latin-1"]


class ImportWizard(QWizard):
    sig_planned = Signal(object)
    """An :class:`ImportPlan` (or a :class:`TaskError`) for the current choices."""
    sig_committed = Signal(object)
    """The :class:`ImportSummary` of a committed import."""
    sig_undone = Signal()
    sig_cancelled = Signal()

    def __init__(self, path: Path, runner: TaskRunner, writer: StoreWriter, parent=None):
        super().__init__(parent)
        self.setObjectName("import-wizard")
        self.setWindowTitle(self.tr("Import {name}").format(name=path.name))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.path = path
        self.runner = runner
        self.writer = writer
        self.plan: ImportPlan | None = None
        self.summary: ImportSummary | None = None
        self.profiles: list = []
        self._commit_job = None
        self.file_page = FilePage(self)
        self.check_page = CheckPage(self)
        self.commit_page = CommitPage(self)
        for page in (self.file_page, self.check_page, self.commit_page):
            self.addPage(page)
        self.resize(960, 700)
        loader = self.runner.read(self.tr("load import profiles"),
                                  lambda conn, ctx: profiles(conn))
        loader.sig_result.connect(self._profiles_loaded)
        loader.sig_error.connect(lambda _: self.replan())

    def _profiles_loaded(self, profiles: list) -> None:
        self.profiles = profiles
        self.replan()

    def options(self) -> ImportOptions:
        page = self.file_page
        flow = page.flow.currentData()
        mapped = page.format.currentData() == "generic-table"
        return ImportOptions(
            format=page.format.currentData() or None,
            mapping=page.mapping.mapping() if mapped else None,
            encoding=page.encoding.currentData() or None,
            flow=Flow(flow) if flow else None,
            product=page.product.text().strip() or None,
            release_date=page.release.date().toPython() if page.release_set.isChecked()
            else None,
            skip_bad_rows=self.check_page.skip_bad.isChecked(),
        )

    def replan(self) -> None:
        """Re-read the file with the current choices, in the background."""
        options, path, profiles = self.options(), self.path, list(self.profiles)
        self.file_page.status.setText(self.tr("Reading {name}…").format(name=path.name))
        task = self.runner.run(self.tr("read {file}").format(file=path.name),
                               lambda ctx: build_plan(path, options, profiles),
                               latest=f"plan:{id(self)}")
        task.sig_result.connect(self._planned)
        task.sig_error.connect(self._planned)

    def _planned(self, result) -> None:
        self.plan = result if isinstance(result, ImportPlan) else None
        self.file_page.show_plan(result)
        self.sig_planned.emit(result)

    def commit(self) -> None:
        plan, options = self.plan, self.options()
        assert plan is not None

        self._commit_job = self.writer.apply(imports.commit_import(
            plan, options.release_date, options.skip_bad_rows))
        self.commit_page.follow(self._commit_job)
        self._commit_job.sig_result.connect(self._committed)
        self._commit_job.sig_error.connect(self.commit_page.failed)

    def cancel_commit(self) -> None:
        if self._commit_job is not None and not self._commit_job.done:
            self._commit_job.cancel()
            self.commit_page.cancelled()
            self.sig_cancelled.emit()

    def _committed(self, summary: ImportSummary) -> None:
        self.summary = summary
        self.commit_page.done(summary)
        self.sig_committed.emit(summary)

    def save_profile(self, name: str) -> None:
        mapping = self.file_page.mapping.mapping()
        cells = self.file_page.mapping.columns
        job = self.writer.apply(imports.save_profile(name, signature(cells), mapping.to_json()))
        job.sig_result.connect(lambda _: self.file_page.mapping.saved(name))
        job.sig_error.connect(lambda e: self.file_page.mapping.saved(name, e.message))

    def undo(self) -> None:
        batch = self.summary.batch_id if self.summary else None
        if batch is None:
            return
        job = self.writer.apply(imports.undo_import(batch))
        job.sig_result.connect(lambda _: (self.commit_page.undone(), self.sig_undone.emit()))
        job.sig_error.connect(self.commit_page.failed)


def _file_date(path: Path) -> QDate:
    from datetime import date

    try:
        return QDate(date.fromtimestamp(path.stat().st_mtime))
    except OSError:
        return QDate.currentDate()


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.setTitle(self.tr("1. The file"))
        self.setSubTitle(str(wizard.path))
        self.format = QComboBox(self)
        self.format.addItem(self.tr("detect automatically"), "")
        for name, fmt in FORMATS.items():
            self.format.addItem(QCoreApplication.translate("Formats", fmt.label), name)
        self.encoding = QComboBox(self)
        self.encoding.addItem(self.tr("judge from the bytes"), "")
        for enc in ENCODINGS:
            self.encoding.addItem(enc, enc)
        self.flow = QComboBox(self)
        self.flow.addItem(self.tr("as the file says"), "")
        self.flow.addItem(self.tr("exports"), "export")
        self.flow.addItem(self.tr("imports"), "import")
        self.product = QLineEdit(self)
        self.product.setPlaceholderText(self.tr("HS code, for files that do not name it (OEC)"))
        self.release_set = QCheckBox(self.tr("Released on"), self)
        self.release = date_edit(self, _file_date(wizard.path))
        self.release.setCalendarPopup(True)
        self.release.setToolTip(self.tr("When the publisher released these figures: it orders "
                                        "vintages. Unset, the file says or its date is used."))
        self.release.setEnabled(False)
        self.release_set.toggled.connect(self.release.setEnabled)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Encoding"), self.encoding)
        form.addRow(self.tr("Flow"), self.flow)
        form.addRow(self.tr("Product"), self.product)
        form.addRow(self.release_set, self.release)
        for combo in (self.format, self.encoding, self.flow):
            combo.currentIndexChanged.connect(wizard.replan)
        self.product.editingFinished.connect(wizard.replan)
        self.mapping = MappingBox(wizard.path, wizard.runner, self)
        # Only a table being mapped depends on the mapping: re-reading a detected file on
        # every mapping signal planned it twice (and raced with the first result).
        self.mapping.sig_changed.connect(
            lambda: self.format.currentData() == "generic-table" and wizard.replan())
        self.mapping.sig_save.connect(wizard.save_profile)
        self.mapping.setVisible(False)
        self.format.currentIndexChanged.connect(
            lambda: self.mapping.setVisible(self.format.currentData() == "generic-table"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.preview = QTableWidget(self)
        self.preview.setObjectName("import-preview")
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.mapping)
        layout.addWidget(self.status)
        layout.addWidget(QLabel(self.tr("As it will be stored (first rows):"), self))
        layout.addWidget(self.preview, 1)

    def show_plan(self, result) -> None:
        if isinstance(result, TaskError):
            text = result.message
            if "not a format remonitor recognises" in text:
                text = self.tr("remonitor does not recognise this layout. Choose "
                               "“table mapped by you” and say which column holds what.")
            self.status.setText(text)
            self.status.setStyleSheet(f"color: {theme.warning_text().name()}")
            self.preview.setRowCount(0)
        else:
            plan: ImportPlan = result
            self.status.setStyleSheet("")
            text = self.tr("{label}: {rows} rows → {n} figures, {e} events").format(
                label=plan.format_label, rows=plan.rows_read, n=plan.figure_count,
                e=len(plan.events))
            if plan.encoding:
                text += self.tr("; encoding {enc} ({why})").format(
                    enc=encoding_label(plan.encoding), why=plan.encoding_reason)
            if plan.errors:
                text += self.tr("; {n} errors").format(n=len(plan.errors))
            self.status.setText(text)
            self._fill(plan)
        self.completeChanged.emit()

    def _fill(self, plan: ImportPlan) -> None:
        if plan.events:
            headers = [self.tr("Row"), self.tr("Announced"), self.tr("Category"),
                       self.tr("Authority"), self.tr("Title")]
            rows = [[str(i + 2), e.announced.isoformat(), label(e.category), e.authority,
                     e.title] for i, e in enumerate(plan.events[:PREVIEW_ROWS])]
        else:
            headers = [self.tr("Row"), self.tr("Period"), self.tr("Flow"), self.tr("Reporter"),
                       self.tr("Partner"), self.tr("Product"), self.tr("Measure"),
                       self.tr("Value"), self.tr("Unit"), self.tr("Decimals")]
            rows = [[str(r), o.span.describe(), label(o.key.flow), place_name(o.key.reporter),
                     place_name(o.key.partner), o.key.product, label(o.key.measure),
                     figure_text(o.value, o.decimals), o.key.unit, str(o.decimals)]
                    for r, o in itertools.islice(plan.iter_observations(), PREVIEW_ROWS)]
        self.preview.clear()
        self.preview.setColumnCount(len(headers))
        self.preview.setHorizontalHeaderLabels(headers)
        self.preview.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c == 7:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.preview.setItem(r, c, item)
        self.preview.resizeColumnsToContents()

    def isComplete(self) -> bool:
        return self.wizard().plan is not None


class CheckPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.setTitle(self.tr("2. Check"))
        self.setSubTitle(self.tr("Errors block the import unless you skip the rows they "
                                 "name. Nothing is stored until the next step."))
        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        self.report.setObjectName("import-report")
        self.skip_bad = QCheckBox(self.tr("Skip the rows with errors and import the rest"), self)
        self.skip_bad.toggled.connect(self.completeChanged)
        save = QPushButton(self.tr("Save report…"), self)
        save.clicked.connect(self.save_report)
        row = QHBoxLayout()
        row.addWidget(self.skip_bad, 1)
        row.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.report, 1)
        layout.addLayout(row)

    def initializePage(self) -> None:
        plan = self.wizard().plan
        self.report.setPlainText(plan.report() if plan else "")
        self.skip_bad.setVisible(bool(plan and plan.errors))

    def isComplete(self) -> bool:
        plan = self.wizard().plan
        return bool(plan and plan.size and (not plan.errors or self.skip_bad.isChecked()))

    def save_report(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"),
                                                  str(self.wizard().path) + ".report.txt",
                                                  self.tr("Text (*.txt)"))
        if path:
            Path(path).write_text(self.report.toPlainText(), encoding="utf-8")


class CommitPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.setTitle(self.tr("3. Import"))
        self.setSubTitle(self.tr("All rows are stored in one transaction, or none."))
        self.progress = QProgressBar(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.cancel = QPushButton(self.tr("Cancel import"), self)
        self.cancel.clicked.connect(wizard.cancel_commit)
        self.undo = QPushButton(self.tr("Undo this import"), self)
        self.undo.clicked.connect(wizard.undo)
        self.undo.hide()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.undo)
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.message, 1)
        layout.addLayout(buttons)
        self._finished = False

    def initializePage(self) -> None:
        self._finished = False
        self.wizard().commit()

    def follow(self, job) -> None:
        self.progress.setRange(0, 0)
        self.message.setText(self.tr("Importing…"))
        self.cancel.show()
        job.sig_progress.connect(self._on_progress)

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        self.message.setText(message)

    def done(self, summary: ImportSummary) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        lines = [summary.describe()]
        lines += [self.tr("{kind}: {product} {partner} {span}: {old} → {new}{note}").format(
            kind=label(r.kind), product=r.series.product, partner=place_name(r.series.partner),
            span=r.span.describe(), old=figure_text(r.old_value, r.old_decimals),
            new=figure_text(r.new_value, r.new_decimals),
            note="" if r.takes_effect else self.tr(" (older release: not shown)"))
            for r in summary.revisions[:20]]
        self.message.setText("\n".join(lines))
        self.cancel.hide()
        self.undo.setVisible(summary.batch_id is not None)
        self._finish()

    def failed(self, error: TaskError) -> None:
        self.progress.setRange(0, 1)
        self.message.setText(self.tr("Nothing was stored: {why}").format(why=error.message))
        self.cancel.hide()
        self._finish()

    def cancelled(self) -> None:
        self.progress.setRange(0, 1)
        self.message.setText(self.tr("Cancelled: nothing was stored."))
        self.cancel.hide()
        self._finish()

    def undone(self) -> None:
        self.message.setText(self.message.text() + "\n"
                             + self.tr("Undone: the import was removed."))
        self.undo.hide()

    def _finish(self) -> None:
        """Done either way: one button closes the wizard (nothing is left to cancel)."""
        self._finished = True
        wizard = self.wizard()
        wizard.button(QWizard.WizardButton.CancelButton).hide()
        wizard.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Close"))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._finished
