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

    def __init__(
        self,
        table: QTableView,
        stretch_column: int,
        min_chars: int = 12,
        keep: tuple[int, ...] = (),
    ):
        """`keep`: columns that shrink only once the others are down to a few characters
        (dates, which read badly cut)."""
        super().__init__(table)
        self.table = table
        self.stretch_column = stretch_column
        self.min_chars = min_chars
        self.keep = set(keep)
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
        char = self.table.fontMetrics().averageCharWidth()
        room = max(0, available - char * self.min_chars)
        kept = {c: w for c, w in self.natural.items() if c in self.keep}
        others = {c: w for c, w in self.natural.items() if c not in self.keep}
        widths = dict(self.natural)
        if sum(widths.values()) > room:
            # First the other columns give way, down to three characters each.
            floor = {c: min(w, char * 3) for c, w in others.items()}
            spare = room - sum(kept.values()) - sum(floor.values())
            give = sum(others.values()) - sum(floor.values())
            share = max(0.0, min(1.0, spare / give)) if give > 0 else 0.0
            for column, width in others.items():
                widths[column] = floor[column] + int((width - floor[column]) * share)
            if sum(widths.values()) > room:  # then everything, in proportion
                scale = room / sum(widths.values())
                widths = {c: int(w * scale) for c, w in widths.items()}
        header = self.table.horizontalHeader()
        least = header.minimumSectionSize()
        for column, width in widths.items():
            self.table.setColumnWidth(column, max(least, width))
        # Sections never go below the header's minimum: take any rounding or clamping
        # overflow from the widest fixed column, so nothing scrolls sideways.
        overflow = header.length() - available
        if overflow > 0:
            widest = max(widths, key=header.sectionSize)
            self.table.setColumnWidth(widest, max(least, header.sectionSize(widest) - overflow))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False
