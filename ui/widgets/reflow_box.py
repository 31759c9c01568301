"""A row of panes that becomes a column when the width is short (large text, a small
screen). Unlike a splitter, the column keeps each pane's own height, so in a scroll area
the whole scrolls instead of squeezing the panes."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QWidget


class ReflowBox(QWidget):
    """Side by side when at least `min_chars` average characters fit across, else stacked."""

    def __init__(self, min_chars: int = 110, parent: QWidget | None = None):
        super().__init__(parent)
        self.min_chars = min_chars
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)

    def add(self, widget: QWidget, stretch: int = 0) -> None:
        self.box.addWidget(widget, stretch)

    def side_by_side_width(self) -> int:
        """The width in pixels below which the panes are stacked."""
        return self.fontMetrics().averageCharWidth() * self.min_chars

    def stacked(self) -> bool:
        return self.box.direction() == QBoxLayout.Direction.TopToBottom

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        wanted = (
            QBoxLayout.Direction.LeftToRight
            if event.size().width() >= self.side_by_side_width()
            else QBoxLayout.Direction.TopToBottom
        )
        if wanted != self.box.direction():
            self.box.setDirection(wanted)
        super().resizeEvent(event)
