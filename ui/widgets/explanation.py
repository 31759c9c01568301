"""A plain-words explanation under a field: wrapped, quieter text, links open in the browser."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class ExplanationLabel(QLabel):
    """Help text that sits under a field. Readable by screen readers and selectable."""

    def __init__(self, text: str = "", parent: QWidget | None = None, object_name: str = ""):
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setProperty("role", "explanation")
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF() * 0.92, 9.0))
        self.setFont(font)
        if object_name:
            self.setObjectName(object_name)
        self.setAccessibleName(self.tr("Explanation"))
        self.setAccessibleDescription(text)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt name)
        super().setText(text)
        self.setAccessibleDescription(text)
