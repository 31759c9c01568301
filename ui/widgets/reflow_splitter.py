"""A splitter that puts its panes one above the other when the window is too narrow for
them side by side at the user's text size (large text, a small screen)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget


class ReflowSplitter(QSplitter):
    """Side by side when at least `min_chars` average characters fit across, else stacked."""

    def __init__(self, min_chars: int = 120, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.min_chars = min_chars

    def side_by_side_width(self) -> int:
        """The width in pixels below which the panes are stacked."""
        return self.fontMetrics().averageCharWidth() * self.min_chars

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        wanted = (
            Qt.Orientation.Horizontal
            if event.size().width() >= self.side_by_side_width()
            else Qt.Orientation.Vertical
        )
        if wanted != self.orientation():
            self.setOrientation(wanted)
            super().resizeEvent(event)
            along = (
                event.size().width()
                if wanted == Qt.Orientation.Horizontal
                else event.size().height()
            )
            count = max(self.count(), 1)
            self.setSizes([along // count] * count)  # an even share each after a reflow
            return
        super().resizeEvent(event)
