"""A row of panes that becomes a column when the width is short (large text, a small
screen). Unlike a splitter, the column keeps each pane's own height, so in a scroll area
the whole scrolls instead of squeezing the panes."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLayout, QWidget


class ReflowBox(QWidget):
    """Side by side when at least `min_chars` average characters fit across, else stacked."""

    def __init__(self, min_chars: int = 110, parent: QWidget | None = None):
        super().__init__(parent)
        self.min_chars = min_chars
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        # The layout must not pin the box to the side-by-side width (minimumSizeHint says
        # how narrow it can go); otherwise the window could never shrink to where it stacks.
        self.box.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)

    def add(self, widget: QWidget, stretch: int = 0) -> None:
        self.box.addWidget(widget, stretch)

    def side_by_side_width(self) -> int:
        """The width in pixels below which the panes are stacked."""
        return self.fontMetrics().averageCharWidth() * self.min_chars

    def row_width(self) -> int:
        """The least width the panes need side by side."""
        widths = [self.box.itemAt(i).minimumSize().width() for i in range(self.box.count())]
        return sum(widths) + self.box.spacing() * max(0, len(widths) - 1)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        """As narrow as the widest pane: stacking is always possible, so the box never
        makes its window wider than the screen."""
        widths = [self.box.itemAt(i).minimumSize().width() for i in range(self.box.count())]
        return QSize(max(widths, default=0), self.box.minimumSize().height())

    def stacked(self) -> bool:
        return self.box.direction() == QBoxLayout.Direction.TopToBottom

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        wanted = (
            QBoxLayout.Direction.LeftToRight
            if event.size().width() >= max(self.side_by_side_width(), self.row_width())
            else QBoxLayout.Direction.TopToBottom
        )
        if wanted != self.box.direction():
            self.box.setDirection(wanted)
        super().resizeEvent(event)
