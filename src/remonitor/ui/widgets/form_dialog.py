"""The frame every editing dialog shares: a form, a line for problems, OK and Cancel.

OK does not close the dialog: the subclass validates and asks for the write; the dialog
closes when the write succeeds, or shows why it did not (buttons disabled meanwhile).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from remonitor.ui import theme


class FormDialog(QDialog):
    def __init__(self, title: str, parent=None, ok=QDialogButtonBox.StandardButton.Ok) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {theme.warning_text().name()}")
        self.buttons = QDialogButtonBox(ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def showEvent(self, event) -> None:
        """The cursor starts in the first field (not on OK: the first typed text would be
        lost), and Tab walks the fields in the form's order before the buttons."""
        super().showEvent(event)
        fields = [self.form.itemAt(i, QFormLayout.ItemRole.FieldRole)
                  for i in range(self.form.rowCount())]
        widgets = [f.widget() for f in fields if f is not None and f.widget() is not None]
        editable = [w for w in widgets if w.isEnabled() and w.isVisible()
                    and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        if editable and self.focusWidget() not in editable:
            editable[0].setFocus(Qt.FocusReason.TabFocusReason)

    def submit(self) -> None:
        """Validate and ask for the write (subclasses); call :meth:`busy` once asked."""
        raise NotImplementedError

    def busy(self) -> None:
        self.problem.setText("")
        self.buttons.setEnabled(False)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.buttons.setEnabled(True)
