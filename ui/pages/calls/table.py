"""The Calls page's table: sortable, one call a row, columns sized to the text size;
Enter edits the selected call and Delete deletes it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from helper.call_log import format_date, format_started
from ui.i18n import current_language
from ui.models.calls_model import header_text
from ui.widgets.named import name_control


def _tr(text: str) -> str:
    return QCoreApplication.translate("CallsPage", text)


class CallsTable(QTableView):
    edit_requested = Signal()
    delete_requested = Signal()

    def __init__(self, model):
        super().__init__()
        name_control(
            self,
            "calls-table",
            _tr("Calls"),
            _tr("Your calls. Click a column title to sort; double-click a call to edit it."),
        )
        self.setModel(model)
        self.setSortingEnabled(True)
        self.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        vertical = self.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(max(28, self.fontMetrics().height() + 12))
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        for column, width in enumerate(self._column_widths()):
            self.setColumnWidth(column, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.edit_requested.emit)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_requested.emit)

    def _column_widths(self) -> list[int]:
        """Starting column widths from the text size: the dates in full, a few words of
        the others (the summary takes what is left)."""
        metrics = self.fontMetrics()
        lang = current_language()
        longest = dt.datetime(2026, 9, 30, 10, 55)  # September: the longest month name
        samples = [
            format_started(longest, lang),
            "Member services",
            "Kim (K-77)",
            "REF-20260912-01",
            "x" * 40,
            format_date(longest.date(), lang),
        ]
        header = self.horizontalHeader().fontMetrics()
        pad = metrics.averageCharWidth() * 3
        widths = []
        for column, sample in enumerate(samples):
            title = header_text(column)
            widths.append(max(metrics.horizontalAdvance(sample), header.horizontalAdvance(title)))
        return [width + pad for width in widths]
