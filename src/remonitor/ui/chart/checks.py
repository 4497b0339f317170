"""Do the figures agree? For each series shown: every reported cumulative against the
figures that add up to it, and every % change a release stated against the figures it
speaks of — all within the rounding they were published with. Mismatches first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from remonitor.core.consistency import check_figures, stated_changes
from remonitor.ui.theme import warning_text
from remonitor.ui.widgets.table_model import Column, RowTableModel
from remonitor.ui.widgets.table_view import RowTableView

translate = QCoreApplication.translate


def check_rows(shown) -> list[tuple[str, str, str, str, str]]:
    """(verdict, series, period, check, explanation), mismatches first; the verdict is
    'mismatch', 'cannot check' or 'agrees' (shown translated)."""
    rows = []
    for s in shown:
        if s.choice.kind != "series":
            continue
        for c in check_figures(s.observations):
            rows.append(("mismatch" if not c.consistent else "agrees", s.choice.label,
                         c.span.describe(), translate("ChecksDialog", "sum of figures"),
                         c.explain()))
        for c in stated_changes(s.observations, s.points):
            verdict = {True: "agrees", False: "mismatch", None: "cannot check"}[c.consistent]
            rows.append((verdict, s.choice.label, c.figure.span.describe(),
                         translate("ChecksDialog", "stated {kind}").format(kind=c.kind),
                         c.explain()))
    order = {"mismatch": 0, "cannot check": 1, "agrees": 2}
    return sorted(rows, key=lambda r: (order[r[0]], r[1], r[2]))


class ChecksDialog(QDialog):
    def __init__(self, shown, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("checks-dialog")
        self.setWindowTitle(self.tr("Consistency of the figures"))
        self.resize(960, 420)
        self.rows = check_rows(shown)
        verdicts = {"mismatch": self.tr("mismatch"), "cannot check": self.tr("cannot check"),
                    "agrees": self.tr("agrees")}
        columns = [Column(self.tr("Verdict"), lambda r: verdicts[r[0]],
                          colour=lambda r: warning_text() if r[0] == "mismatch" else None),
                   Column(self.tr("Period"), lambda r: r[2]),
                   Column(self.tr("Check"), lambda r: r[3]),
                   Column(self.tr("Explanation"), lambda r: r[4]),
                   Column(self.tr("Series"), lambda r: r[1])]
        self.model = RowTableModel(columns, self)
        self.model.set_rows(self.rows)
        self.table = RowTableView(self.model, self)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(3, 560)
        bad = sum(r[0] == "mismatch" for r in self.rows)
        summary = QLabel(self.tr("{n} checks; {bad} mismatch(es) beyond the rounding of the "
                                 "published figures").format(n=len(self.rows), bad=bad), self)
        only = QCheckBox(self.tr("Mismatches only"), self)
        only.toggled.connect(lambda on: self.table.proxy.set_row_test(
            (lambda r: r[0] == "mismatch") if on else None))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(only)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
