"""A dialog around the visit form. Opened with `open()`; the page stores the result."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from helper.model import Visit
from ui.forms.visit_form import VisitForm
from ui.theme import text_style


class VisitEditor(QDialog):
    """`on_save(visit) -> list[str]` stores the visit and returns problems (empty when
    saved); problems are shown in `visit-errors` and the dialog stays open."""

    def __init__(
        self,
        visit: Visit | None,
        on_save: Callable[[Visit], list[str]],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("visit-editor")
        self.setWindowTitle(self.tr("Edit visit") if visit else self.tr("New visit"))
        self.setAccessibleName(self.windowTitle())
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(820, 760)
        self.on_save = on_save
        self.form = VisitForm()
        self.form.load(visit or Visit())
        if visit is None:
            self.form.add_line(None)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.errors = QLabel()
        self.errors.setObjectName("visit-errors")
        self.errors.setWordWrap(True)
        self.errors.setAccessibleName(self.tr("Problems to fix"))
        self.errors.setStyleSheet(text_style("error", bold=True))
        self.errors.setVisible(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setObjectName("visit-save")
        save.setAccessibleName(self.tr("Save the visit"))
        save.setToolTip(self.tr("Save and check the coverage again"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("visit-cancel")
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.setToolTip(self.tr("Close without saving"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(scroll, 1)
        column.addWidget(self.errors)
        column.addWidget(buttons)

    def save(self) -> None:
        problems = self.on_save(self.form.visit())
        if problems:
            self.errors.setText(self.tr("Please fix: ") + "\n".join(problems))
            self.errors.setVisible(True)
            return
        self.accept()
