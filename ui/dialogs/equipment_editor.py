"""A dialog around the equipment form. Opened with `open()`; the page stores the result."""

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

from helper.model import Equipment
from ui.forms.equipment_form import EquipmentForm
from ui.theme import text_style


class EquipmentEditor(QDialog):
    """`on_save(item) -> list[str]` stores the item and returns problems (empty when
    saved); problems are shown in `equipment-errors` and the dialog stays open."""

    def __init__(
        self,
        item: Equipment | None,
        on_save: Callable[[Equipment], list[str]],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("equipment-editor")
        self.setWindowTitle(self.tr("Edit equipment") if item else self.tr("New equipment"))
        self.setAccessibleName(self.windowTitle())
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(640, 560)
        self.on_save = on_save
        self.form = EquipmentForm()
        self.form.load(item or Equipment())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.errors = QLabel()
        self.errors.setObjectName("equipment-errors")
        self.errors.setWordWrap(True)
        self.errors.setAccessibleName(self.tr("Problems to fix"))
        self.errors.setStyleSheet(text_style("error", bold=True))
        self.errors.setVisible(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setObjectName("equipment-save")
        save.setAccessibleName(self.tr("Save the equipment"))
        save.setToolTip(self.tr("Save and check the coverage again"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("equipment-cancel")
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.setToolTip(self.tr("Close without saving"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(scroll, 1)
        column.addWidget(self.errors)
        column.addWidget(buttons)

    def save(self) -> None:
        problems = self.on_save(self.form.equipment())
        if problems:
            self.errors.setText(self.tr("Please fix: ") + "\n".join(problems))
            self.errors.setVisible(True)
            return
        self.accept()
