"""A splitter that puts its panes one above the other when the window is too narrow for
them side by side at the user's text size (large text, a small screen)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
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

    def _pane_widths(self) -> list[int]:
        panes = [self.widget(i) for i in range(self.count())]
        return [
            p.minimumSizeHint().expandedTo(p.minimumSize()).width()
            for p in panes
            if not p.isHidden()
        ]

    def row_width(self) -> int:
        """The least width the panes need side by side."""
        widths = self._pane_widths()
        return sum(widths) + self.handleWidth() * max(0, len(widths) - 1)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        """As narrow as the widest pane: stacking is always possible, so the splitter never
        makes its window wider than the screen."""
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), max(self._pane_widths(), default=0)), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        wanted = (
            Qt.Orientation.Horizontal
            if event.size().width() >= max(self.side_by_side_width(), self.row_width())
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
