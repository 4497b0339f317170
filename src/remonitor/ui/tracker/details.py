"""Below the tracker's table: the selected application's history, shipments, documents and
the policy events that may touch it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from remonitor.core.figures import number_text
from remonitor.core.licence import field_label
from remonitor.ui.vocabulary import label, word
from remonitor.views.tracker import ApplicationDetails, TrackerRow


def read_only_table(parent: QWidget, name: str) -> QTableWidget:
    table = QTableWidget(parent)
    table.setObjectName(name)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setStretchLastSection(True)
    table.setMinimumHeight(table.fontMetrics().height() * 5 + 24)  # a header and 3–4 rows
    return table


def fill(table: QTableWidget, headers: list[str], rows: list[list[str]]) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()


def _box(parent: QWidget, table: QTableWidget) -> tuple[QWidget, QVBoxLayout]:
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(table, 1)
    return box, layout


class DetailsPane(QTabWidget):
    sig_verdict = Signal(str)
    """'confirmed' or 'dismissed' for the event selected in the Events tab."""
    sig_open_document = Signal(int)
    """Index of the document activated in the Documents tab."""

    def __init__(self, attach: QAction, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("tracker-details")
        self.history = read_only_table(self, "tracker-history")
        self.shipments = read_only_table(self, "tracker-shipments")
        self.documents = read_only_table(self, "tracker-documents")
        self.documents.itemActivated.connect(
            lambda item: self.sig_open_document.emit(item.row()))
        self.matches = read_only_table(self, "tracker-events")
        self.docs: list = []
        self.suggestions: list = []
        self.app_id: int | None = None
        self.addTab(self.history, self.tr("History"))
        self.addTab(self.shipments, self.tr("Shipments"))
        box, layout = _box(self, self.documents)
        button = QToolButton(box)
        button.setDefaultAction(attach)
        layout.addWidget(button)
        self.addTab(box, self.tr("Documents"))
        box, layout = _box(self, self.matches)
        verdicts = QHBoxLayout()
        for text, state in ((self.tr("Confirm"), "confirmed"), (self.tr("Dismiss"), "dismissed")):
            button = QToolButton(box)
            button.setText(text)
            button.setToolTip(self.tr("{verdict} the selected event's match with this "
                                      "application (kept in its history)").format(
                verdict=text))
            button.clicked.connect(lambda _=False, s=state: self.sig_verdict.emit(s))
            verdicts.addWidget(button)
        verdicts.addStretch(1)
        layout.addLayout(verdicts)
        self.addTab(box, self.tr("Events"))
        self.caption = QLabel(self)
        self.caption.setContentsMargins(8, 0, 4, 0)
        self.caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setCornerWidget(self.caption, Qt.Corner.TopRightCorner)
        self.setMinimumHeight(90)
        self.clear_details()

    def clear_details(self) -> None:
        for table in (self.history, self.shipments, self.documents, self.matches):
            table.setRowCount(0)
        self.docs, self.suggestions, self.app_id = [], [], None
        self.caption.setText(self.tr("Select one application"))
        self.caption.setToolTip(self.tr("Select one application to see every change to it, "
                                        "its shipments, its documents and the events that "
                                        "may touch it"))

    def announce(self, row: TrackerRow) -> None:
        """Say whose details are coming (they are read on a worker)."""
        self.caption.setText(self.tr("{ref} — {status}").format(
            ref=row.application.reference, status=label(row.application.status)))
        self.caption.setToolTip("")

    def show_details(self, row: TrackerRow, details: ApplicationDetails) -> None:
        entries, drawn, docs, matches = (details.history, details.shipments,
                                         details.documents, details.matches)
        self.app_id = row.id
        fill(self.history, [self.tr("When"), self.tr("Who"), self.tr("Field"), self.tr("Old"),
                            self.tr("New"), self.tr("Why")],
             [[e.changed_at.replace("T", " ")[:16], e.changed_by, field_label(e.field),
               e.old_value or "", e.new_value or "", e.reason] for e in reversed(entries)])
        unit = row.application.quantity_unit
        left = row.licence.approved if row.licence else None
        lines = []
        for sh in drawn:
            left = None if left is None else left - sh.quantity
            lines.append([sh.shipped_on.isoformat(), f"{number_text(sh.quantity)} {unit}",
                          "" if left is None else f"{number_text(left)} {unit}", sh.reference])
        fill(self.shipments, [self.tr("Shipped"), self.tr("Quantity"), self.tr("Left after"),
                              self.tr("Reference")], lines)
        self.setTabText(1, self.tr("Shipments ({n})").format(n=len(drawn)))
        self.docs = list(docs)
        fill(self.documents, [self.tr("Document"), self.tr("Size"), self.tr("Added"),
                              self.tr("By")],
             [[d.name, f"{d.size / 1024:,.0f} KiB", d.added_at.replace("T", " ")[:16],
               d.added_by] for d in docs])
        self.setTabText(2, self.tr("Documents ({n})").format(n=len(docs)))
        self.suggestions = list(matches)
        fill(self.matches, [self.tr("Event"), self.tr("Date"), self.tr("Why"),
                            self.tr("Verdict")],
             [[m.event.title, m.event.start.isoformat(),
               ", ".join(m.reasons), word(m.state)] for m in self.suggestions])
        open_ = sum(m.state != "dismissed" for m in self.suggestions)
        self.setTabText(3, self.tr("Events ({n})").format(n=open_))
