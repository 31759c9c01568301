"""A read-only text on a page or card: plain text, wrapped, selectable with the mouse, and
named for screen readers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def text_label(text: str, name: str, accessible: str | None = None) -> QLabel:
    """A label with objectName `name`. With `accessible` ("What was found", "Note") that is
    its accessible name and the text its description; without, the text is its name."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if accessible is None:
        label.setAccessibleName(text)
    else:
        label.setAccessibleName(accessible)
        label.setAccessibleDescription(text)
    return label
