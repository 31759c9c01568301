"""Keep a table's columns within its width: no sideways scrolling at any screen or text size.

The columns keep the widths they were given while they fit; when the view is narrower, the
fixed columns shrink in proportion (their text elides; the tooltip and the editor show it
whole) and the stretching column keeps at least a few characters.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QTableView


class FittedColumns(QObject):
    """Install on a table after setting its natural column widths: `FittedColumns(table, 4)`."""

    def __init__(self, table: QTableView, stretch_column: int, min_chars: int = 12):
        super().__init__(table)
        self.table = table
        self.stretch_column = stretch_column
        self.min_chars = min_chars
        header = table.horizontalHeader()
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a narrowed title ends in "…"
        self.natural = {
            column: header.sectionSize(column)
            for column in range(header.count())
            if column != stretch_column
        }
        table.viewport().installEventFilter(self)  # the viewport: scroll bars change it too
        self.fit()

    def fit(self) -> None:
        available = self.table.viewport().width()
        if available <= 0 or not self.natural:
            return
        room = available - self.table.fontMetrics().averageCharWidth() * self.min_chars
        wanted = sum(self.natural.values())
        scale = 1.0 if wanted <= room else max(0.0, room) / wanted
        for column, width in self.natural.items():
            self.table.setColumnWidth(column, max(24, int(width * scale)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False
