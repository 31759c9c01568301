"""The call log as a Qt table: a list-backed model and a search proxy.

Built for thousands of calls: the model keeps the calls in a Python list sorted in
Python (one `list.sort`, not Qt's comparisons through Python), with each call's
lowercased search text computed once; the proxy only filters, row by row, with a few
substring tests.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from helper.call_log import (
    format_date,
    format_started,
    matches_text,
    query_words,
    rep_label,
    search_text,
)
from helper.model import Call
from helper.model.fields import wall_clock
from ui.i18n import current_language

Index = QModelIndex | QPersistentModelIndex

CALL_ROLE = Qt.ItemDataRole.UserRole + 1  # the Call object of a row

# (key, header) in column order. The headers are marked here and translated when shown
# (`header_text`), so they follow the language installed after this module was imported.
COLUMNS: list[tuple[str, str]] = [
    ("started", QT_TRANSLATE_NOOP("CallsModel", "Date")),
    ("department", QT_TRANSLATE_NOOP("CallsModel", "Department")),
    ("rep", QT_TRANSLATE_NOOP("CallsModel", "Rep")),
    ("reference", QT_TRANSLATE_NOOP("CallsModel", "Reference")),
    ("summary", QT_TRANSLATE_NOOP("CallsModel", "Summary")),
    ("follow_up", QT_TRANSLATE_NOOP("CallsModel", "Follow-up")),
]
COLUMN_KEYS = [key for key, _ in COLUMNS]


def header_text(section: int) -> str:
    """A column's header in the current language."""
    return QCoreApplication.translate("CallsModel", COLUMNS[section][1])


_SUMMARY_CHARS = 140


def _text_key(value: str | None) -> tuple[int, str]:
    """Sort text case-insensitively with blanks last."""
    return (0, value.casefold()) if value else (1, "")


def _sort_keys() -> dict[str, Callable[[Call], Any]]:
    return {
        "started": lambda c: wall_clock(c.started),
        "department": lambda c: _text_key(c.department),
        "rep": lambda c: _text_key(rep_label(c)),
        "reference": lambda c: _text_key(c.reference),
        "summary": lambda c: _text_key(c.summary),
        "follow_up": lambda c: (0, c.follow_up) if c.follow_up else (1, dt.date.min),
    }


SORT_KEYS = _sort_keys()


def _summary_cell(call: Call) -> str:
    text = " ".join((call.summary or "").split())
    if len(text) > _SUMMARY_CHARS:
        text = text[: _SUMMARY_CHARS - 1].rstrip() + "\u2026"
    return text


def _display(call: Call, key: str) -> str:
    if key == "started":
        return format_started(call.started, current_language())
    if key == "rep":
        return rep_label(call)
    if key == "summary":
        return _summary_cell(call)
    if key == "follow_up":
        return format_date(call.follow_up, current_language())
    return getattr(call, key) or ""


def _tooltip(call: Call) -> str:
    lines = [format_started(call.started, current_language())]
    if call.summary:
        lines.append(call.summary)
    if call.outcome:
        lines.append(QCoreApplication.translate("CallsModel", "Outcome: {0}").format(call.outcome))
    return "\n".join(lines)


class CallsTableModel(QAbstractTableModel):
    """The calls of one case, one row each, kept in the current sort order."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._calls: list[Call] = []
        self._search: list[str] = []
        self._keys: list[Any] = []
        self._sort_column = 0
        self._sort_order = Qt.SortOrder.DescendingOrder  # newest call first

    # --- Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._calls)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._calls):
            return None
        call = self._calls[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(call, COLUMN_KEYS[index.column()])
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(call)
        if role == CALL_ROLE:
            return call
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return header_text(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("CallsModel", "Click to sort by {0}").format(
                header_text(section).lower()
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the list in Python; views keep their selection through the layout change."""
        if not 0 <= column < len(COLUMNS):
            return
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        old_rows = {id(call): row for row, call in enumerate(self._calls)}
        old_persistent = self.persistentIndexList()
        self._arrange(list(zip(self._calls, self._search, strict=True)))
        new_rows = {id(call): row for row, call in enumerate(self._calls)}
        new_persistent = []
        by_old_row = {row: new_rows[key] for key, row in old_rows.items()}
        for index in old_persistent:
            new_persistent.append(self.index(by_old_row[index.row()], index.column()))
        self.changePersistentIndexList(old_persistent, new_persistent)
        self.layoutChanged.emit()

    # --- the calls ------------------------------------------------------------------------

    @property
    def search_texts(self) -> list[str]:
        return self._search

    def calls(self) -> list[Call]:
        return list(self._calls)

    def call_at(self, row: int) -> Call:
        return self._calls[row]

    def row_of(self, call_id: str) -> int:
        """The row of the call with this id, or -1."""
        for row, call in enumerate(self._calls):
            if call.id == call_id:
                return row
        return -1

    def set_calls(self, calls: Iterable[Call]) -> None:
        self.beginResetModel()
        lang = current_language()
        self._arrange([(call, search_text(call, lang)) for call in calls])
        self.endResetModel()

    def add_call(self, call: Call) -> int:
        """Insert a call where the current sort puts it; returns its row."""
        key = self._key(call)
        row = self._insert_position(key)
        self.beginInsertRows(QModelIndex(), row, row)
        self._calls.insert(row, call)
        self._search.insert(row, search_text(call, current_language()))
        self._keys.insert(row, key)
        self.endInsertRows()
        return row

    def remove_call(self, call_id: str) -> Call | None:
        row = self.row_of(call_id)
        if row < 0:
            return None
        self.beginRemoveRows(QModelIndex(), row, row)
        call = self._calls.pop(row)
        del self._search[row]
        del self._keys[row]
        self.endRemoveRows()
        return call

    def replace_call(self, call: Call) -> int:
        """Put the edited call (same id) in place of the old one; returns its row."""
        row = self.row_of(call.id) if call.id else -1
        if row < 0:
            return self.add_call(call)
        if self._key(call) == self._keys[row]:
            self._calls[row] = call
            self._search[row] = search_text(call, current_language())
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
            return row
        self.remove_call(call.id)
        return self.add_call(call)

    # --- ordering -------------------------------------------------------------------------

    def _key(self, call: Call) -> Any:
        key = SORT_KEYS[COLUMN_KEYS[self._sort_column]](call)
        # Ties fall back to the start time so the order is stable and meaningful.
        return (key, wall_clock(call.started))

    def _descending(self) -> bool:
        return self._sort_order == Qt.SortOrder.DescendingOrder

    def _arrange(self, pairs: list[tuple[Call, str]]) -> None:
        keyed = [(self._key(call), call, text) for call, text in pairs]
        keyed.sort(key=lambda item: item[0], reverse=self._descending())
        self._keys = [item[0] for item in keyed]
        self._calls = [item[1] for item in keyed]
        self._search = [item[2] for item in keyed]

    def _insert_position(self, key: Any) -> int:
        if not self._descending():
            return bisect.bisect_right(self._keys, key)
        # Descending list: find the first key smaller than `key`.
        low, high = 0, len(self._keys)
        while low < high:
            middle = (low + high) // 2
            if self._keys[middle] < key:
                high = middle
            else:
                low = middle + 1
        return low


class CallsFilterProxy(QSortFilterProxyModel):
    """Shows the calls that hold every word of the search box (any field, any case).

    Which source rows match is worked out in one Python pass over the precomputed search
    texts (a list of booleans); `filterAcceptsRow` only looks it up. The list is dropped
    whenever the source rows change and rebuilt on the next lookup. Sorting is delegated
    to the source model, which sorts its list in Python.
    """

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._words: list[str] = []
        self._mask: list[bool] | None = None
        self._source: CallsTableModel | None = None
        self.setDynamicSortFilter(False)

    def setSourceModel(self, model: CallsTableModel) -> None:  # type: ignore[override]
        if self._source is not None:
            for signal in self._drop_signals(self._source):
                signal.disconnect(self._drop_mask)
        # Connected before the proxy sees the change, so it never reads a stale mask.
        for signal in self._drop_signals(model):
            signal.connect(self._drop_mask)
        self._source = model
        self._mask = None
        super().setSourceModel(model)

    @staticmethod
    def _drop_signals(model: CallsTableModel) -> list:
        return [
            model.rowsAboutToBeInserted,
            model.rowsAboutToBeRemoved,
            model.modelAboutToBeReset,
            model.layoutAboutToBeChanged,
            model.dataChanged,
        ]

    def _drop_mask(self, *_args: object) -> None:
        self._mask = None

    @property
    def query_words(self) -> list[str]:
        return list(self._words)

    def set_query(self, text: str) -> None:
        """Filter on the words of `text` (a search box's contents)."""
        words = query_words(text)
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self._mask = None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _build_mask(self) -> list[bool]:
        texts = self._source.search_texts if self._source is not None else []
        words = self._words
        mask = [words[0] in text for text in texts]
        for word in words[1:]:
            mask = [keep and word in text for keep, text in zip(mask, texts, strict=True)]
        return mask

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        mask = self._mask
        if mask is None or source_row >= len(mask):
            mask = self._mask = self._build_mask()
        return mask[source_row]

    def accepts(self, call: Call) -> bool:
        """Would a call with this content be shown under the current search?"""
        return matches_text(search_text(call, current_language()), self._words)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._source is not None:
            self._source.sort(column, order)

    def call_at(self, proxy_row: int) -> Call:
        source_index = self.mapToSource(self.index(proxy_row, 0))
        return self.sourceModel().call_at(source_index.row())
