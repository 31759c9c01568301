"""A tick box whose text wraps: a bare QCheckBox beside a word-wrapped label.

A QCheckBox draws its text on one line, so a long question (or large text) makes its
window wider than the screen. Here the words live in a label that wraps; a click on the
label ticks the box, as a click on a tick box's own text does, and the box keeps the text
as its accessible name, so screen readers still read the question.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget


class ClickLabel(QLabel):
    """A label that says when it is clicked (with the left button)."""

    clicked = Signal()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()


def wrapping_check(text: str, name: str, tip: str) -> tuple[QWidget, QCheckBox]:
    """A row with a text-less tick box (objectName `name`) and its wrapping label
    (`name-text`); returns the row to lay out and the tick box to read and connect."""
    box = QCheckBox()
    box.setObjectName(name)
    box.setAccessibleName(text)
    box.setToolTip(tip)
    box.setAccessibleDescription(tip)
    label = ClickLabel(text)
    label.setObjectName(f"{name}-text")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setToolTip(tip)
    label.setBuddy(box)
    label.clicked.connect(lambda: box.isEnabled() and box.toggle())
    row = QWidget()
    row.setObjectName(f"{name}-row")
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(label, 1)
    return row, box
