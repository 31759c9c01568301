"""The "Codes" page: every billing and diagnosis code the lactation policies name.

Made for a parent reading codes to an insurance representative over the phone: a big,
searchable table, plain words for each code, how to say it aloud, the quoted source, and
a "Copy code" button. It needs no case.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from helper.codes import all_codes, normalise_code
from ui.accessibility import focus_shortcut
from ui.context import AppContext
from ui.pages.base import Page
from ui.widgets.heading import heading_label
from ui.widgets.reflow_splitter import ReflowSplitter

KIND_LABELS = {
    "cpt": "CPT procedure code",
    "hcpcs": "HCPCS procedure or supply code",
    "icd10": "ICD-10 diagnosis code",
    "icd10_category": "ICD-10 diagnosis group",
    "modifier": "Modifier",
    "medi_cal_local": "Medi-Cal local code",
}
POLICY_LABELS = {
    "bcbsnm-cpcp043": "BCBS New Mexico CPCP043",
    "healthnet-medi-cal-lactation": "Health Net Medi-Cal",
    "ccah-breastfeeding": "Central California Alliance",
    "ibclc-guide": "IBCLC family guide",
    "anthem-cg-dme-35": "Anthem CG-DME-35",
    "highmark-e-37-017": "Highmark E-37-017",
}
SPOKEN_LETTERS = {
    "A": "A as in apple",
    "E": "E as in echo",
    "G": "G as in golf",
    "N": "N as in November",
    "O": "O as in ocean (the letter, not zero)",
    "P": "P as in Peter",
    "R": "R as in Romeo",
    "S": "S as in Sam",
    "U": "U as in uniform",
    "Z": "Z as in zebra",
}
CODE_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("CodesPage", text)


def spoken(code: str) -> str:
    """How to read a code aloud: "Z39.1" -> "Z as in zebra - 3 - 9 - point - 1"."""
    parts = []
    for char in code:
        if char == ".":
            parts.append(_tr("point"))
        elif char.isalpha():
            parts.append(_tr(SPOKEN_LETTERS.get(char.upper(), char.upper())))
        else:
            parts.append(char)
    return " – ".join(parts)


class CodesTableModel(QAbstractTableModel):
    """The code table: code, plain words, kind, which policies name it."""

    HEADERS = ("Code", "What it means", "Kind", "Named by")

    def __init__(self, entries: list[dict[str, Any]], parent=None):
        super().__init__(parent)
        self._entries = entries

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def entry(self, row: int) -> dict[str, Any]:
        return self._entries[row]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == 0:
                return entry["code"]
            if column == 1:
                return entry["description"]
            if column == 2:
                return _tr(KIND_LABELS.get(entry["kind"], entry["kind"]))
            return ", ".join(POLICY_LABELS.get(p, p) for p in entry["policies"])
        if role == CODE_ROLE:
            return entry["code"]
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.HEADERS[section])
        return None


class CodesTable(QTableView):
    """The code table fitted to its width: the meaning takes what the short columns leave;
    kind and "named by" get a share at most (elided, the whole text in the tooltip and the
    side pane); rows grow to a few lines at most. No sideways scrolling at any size."""

    MAX_LINES = 3
    SHARES = {0: 0.2, 2: 0.17, 3: 0.19}  # the most of the width each short column takes
    NARROW_CHARS = 48  # narrower than this: only code and meaning (the rest in the pane)

    def setModel(self, model) -> None:  # noqa: N802 (Qt name)
        super().setModel(model)
        header = self.horizontalHeader()
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("M") * 3)
        for column in self.SHARES:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        model.layoutChanged.connect(self.fit_columns)
        model.modelReset.connect(self.fit_columns)

    def fit_columns(self) -> None:
        width = self.viewport().width()
        if width <= 0 or self.model() is None or not self.isVisible():
            return  # (a hidden page at start: fitted when first shown, not before)
        header = self.horizontalHeader()
        narrow = width < self.fontMetrics().averageCharWidth() * self.NARROW_CHARS
        for column in (2, 3):
            self.setColumnHidden(column, narrow)
        for column, share in self.SHARES.items():
            if narrow and column != 0:
                continue
            wanted = max(self.sizeHintForColumn(column), header.sectionSizeHint(column))
            header.resizeSection(column, max(1, min(wanted, int(width * share))))
        line = self.fontMetrics().lineSpacing()
        self.verticalHeader().setMaximumSectionSize(line * self.MAX_LINES + line // 2 + 8)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self.fit_columns()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_columns()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        self.fit_columns()


class CodeSearchProxy(QSortFilterProxyModel):
    """Keeps rows whose code matches ignoring case, dots and spaces, or whose words match."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []
        self._code = ""

    def set_search(self, text: str) -> None:
        modern = hasattr(self, "beginFilterChange")  # Qt 6.10+: invalidateFilter is deprecated
        if modern:
            self.beginFilterChange()
        self._words = text.casefold().split()
        self._code = normalise_code(text)
        if modern:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        if not self._words:
            return True
        entry = self.sourceModel().entry(source_row)
        if self._code and self._code in normalise_code(entry["code"]):
            return True
        haystack = " ".join(
            [
                entry["code"],
                entry["description"],
                KIND_LABELS.get(entry["kind"], ""),
                *(POLICY_LABELS.get(p, p) for p in entry["policies"]),
            ]
        ).casefold()
        return all(word in haystack for word in self._words)


class CodesPage(Page):
    name = "codes"
    title = "Codes"

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self._entries = all_codes()

        heading = heading_label(self.tr("Codes"), 1.6, "codes-heading")
        intro = QLabel(
            self.tr(
                "The billing and diagnosis codes the lactation policies name, in plain words. "
                "Search, pick one, and read it to the insurance representative or copy it."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("codes-intro")

        self.search = QLineEdit()
        self.search.setObjectName("codes-search")
        self.search.setPlaceholderText(self.tr("Search a code or a word, e.g. Z39.1, pump, IBCLC"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search codes"))
        self.search.setToolTip(
            self.tr("Type a code (dots and capitals do not matter) or words from its meaning")
        )
        self.search.setMinimumHeight(40)
        self._enlarge(self.search, 1.25)

        self.count = QLabel()
        self.count.setObjectName("codes-count")
        self.count.setAccessibleName(self.tr("Number of codes shown"))

        self.model = CodesTableModel(self._entries, self)
        self.proxy = CodeSearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.table = CodesTable()
        self.table.setObjectName("codes-table")
        self.table.setAccessibleName(self.tr("Codes table"))
        self.table.setToolTip(self.tr("Pick a code to see where it comes from"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().setVisible(False)
        self._enlarge(self.table, 1.2)

        self.detail = QTextBrowser()
        self.detail.setObjectName("codes-detail")
        self.detail.setAccessibleName(self.tr("Code details and source"))
        self.detail.setToolTip(
            self.tr("What the code means, how to say it, and the words of the policy that names it")
        )
        self.detail.setOpenExternalLinks(False)
        self._enlarge(self.detail, 1.15)

        self.copy_button = QPushButton(self.tr("Copy code"))
        self.copy_button.setObjectName("codes-copy")
        self.copy_button.setAccessibleName(self.tr("Copy code"))
        self.copy_button.setToolTip(
            self.tr("Copy the selected code so you can paste it into a form or an e-mail")
        )
        self.copy_button.setMinimumHeight(44)
        self._enlarge(self.copy_button, 1.2)
        self.copy_button.setEnabled(False)
        self.copied = QLabel()
        self.copied.setObjectName("codes-copied")
        self.copied.setAccessibleName(self.tr("Copy status"))

        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.count)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.copied, 1)
        right_layout.addLayout(buttons)

        splitter = ReflowSplitter(min_chars=90)  # stacked when large text needs the width
        splitter.setObjectName("codes-splitter")
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([3000, 2000])  # in proportion: the table gets the larger share
        splitter.setChildrenCollapsible(False)  # stacked on a small screen: both stay seen
        self.table.setMinimumHeight(self.table.fontMetrics().lineSpacing() * 4)
        self.detail.setMinimumHeight(self.detail.fontMetrics().lineSpacing() * 3)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(search_row)
        layout.addWidget(splitter, 1)
        focus_shortcut(self, self.search, "Ctrl+F")

        self.search.textChanged.connect(self._on_search)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.copy_button.clicked.connect(self.copy_current)
        self._update_count()
        self._show_current()

    @staticmethod
    def _enlarge(widget: QWidget, factor: float) -> None:
        font = widget.font()
        font.setPointSizeF(font.pointSizeF() * factor)
        widget.setFont(font)

    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()
        if self.proxy.rowCount() == 1:
            self.select_row(0)
        elif not self.table.selectionModel().hasSelection():
            self._show_current()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count.setText(self.tr("%n code(s)", "", total))
        elif shown == 0:
            self.count.setText(self.tr("No code matches"))
        else:
            self.count.setText(
                self.tr("%1 of %2 codes").replace("%1", str(shown)).replace("%2", str(total))
            )

    def select_row(self, row: int) -> None:
        """Select the row-th visible code (in the table's current order)."""
        index = self.proxy.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._show_current()

    def current_entry(self) -> dict[str, Any] | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(
            index.row(), QModelIndex()
        ):
            return None
        return self.model.entry(self.proxy.mapToSource(index).row())

    def _show_current(self) -> None:
        entry = self.current_entry()
        self.copy_button.setEnabled(entry is not None)
        self.copied.clear()
        if entry is None:
            if self.proxy.rowCount() == 0:
                self.detail.setHtml(
                    "<p>"
                    + html.escape(
                        self.tr("No code matches. Try fewer words, or only part of the code.")
                    )
                    + "</p>"
                )
            else:
                self.detail.setHtml(
                    "<p>"
                    + html.escape(self.tr("Pick a code to see its details and source."))
                    + "</p>"
                )
            return
        self.detail.setHtml(self._detail_html(entry))

    def _detail_html(self, entry: dict[str, Any]) -> str:
        esc = html.escape
        parts = [
            f"<h1 style='margin-bottom:2px'>{esc(entry['code'])}</h1>",
            f"<p style='font-size:large'>{esc(entry['description'])}</p>",
            *([f"<p>{esc(entry['note'])}</p>"] if entry.get("note") else []),
            f"<p><b>{esc(self.tr('Say it:'))}</b> {esc(spoken(entry['code']))}</p>",
            f"<p><b>{esc(self.tr('Kind:'))}</b> {esc(_tr(KIND_LABELS.get(entry['kind'], entry['kind'])))}</p>",
        ]
        facts = []
        if entry.get("timed_minutes"):
            facts.append(
                self.tr("Billed in units of %1 minutes.").replace("%1", str(entry["timed_minutes"]))
            )
        if entry.get("category"):
            facts.append(
                self.tr("A group: it also covers the more detailed codes that start with it.")
            )
        if entry.get("physician_only"):
            facts.append(self.tr("BCBS New Mexico: not paid when billed by a non-physician."))
        if entry.get("not_to_report"):
            facts.append(
                self.tr("BCBS New Mexico says not to report this code for lactation services.")
            )
        if facts:
            parts.append("<ul>" + "".join(f"<li>{esc(f)}</li>" for f in facts) + "</ul>")
        named_by = ", ".join(POLICY_LABELS.get(p, p) for p in entry["policies"])
        parts.append(f"<p><b>{esc(self.tr('Named by:'))}</b> {esc(named_by)}</p>")
        parts.append(f"<h3>{esc(self.tr('Where this comes from'))}</h3>")
        for source in entry["sources"]:
            parts.append(
                f"<p><i>{esc(source['document'])}</i>, {esc(source['section'])}:</p>"
                f"<blockquote>“{esc(source['quote'])}”</blockquote>"
            )
        return "".join(parts)

    def copy_current(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        QGuiApplication.clipboard().setText(entry["code"])
        self.copied.setText(self.tr("Copied %1").replace("%1", entry["code"]))

    def refresh(self) -> None:
        """Nothing depends on the case; keep the search and selection as they are."""
