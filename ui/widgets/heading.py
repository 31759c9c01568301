"""A page or section heading: bold text, larger than the body text by `scale` (so it grows
with the user's text size)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def heading_label(text: str, scale: float = 1.4, name: str = "") -> QLabel:
    """A bold label `scale` times the body text size; objectName `name` when given."""
    heading = QLabel(text)
    if name:
        heading.setObjectName(name)
    font = heading.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    heading.setFont(font)
    heading.setWordWrap(True)  # a long heading at large text wraps instead of widening the window
    return heading
