"""A citation under a step, answer or finding: document and section always shown, the
quoted words on demand (a "Show the words" toggle; also the tooltip). The quote's label is
made the first time it is shown: a page lists dozens of sources and opens few."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from ui.widgets.text_label import text_label


def citation_text(source: dict[str, Any]) -> str:
    parts = [source.get("document", "")]
    if source.get("section"):
        parts.append(source["section"])
    return ", ".join(p for p in parts if p)


def quote_text(source: dict[str, Any]) -> str:
    quote = source.get("quote", "")
    if source.get("summary"):
        return QCoreApplication.translate("Sources", "In short: {quote}").format(quote=quote)
    return f"“{quote}”"


class SourceView(QWidget):
    """One source. objectNames: `<name>` (the citation), `<name>-toggle`, `<name>-quote`."""

    def __init__(self, source: dict[str, Any], name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.source = source
        self.setObjectName(f"{name}-box")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.citation = text_label(
            self.tr("Source: {where}").format(where=citation_text(source)), name, self.tr("Source")
        )
        self.citation.setToolTip(quote_text(source))
        self.citation.setProperty("role", "source")
        self.toggle = QToolButton()
        self.toggle.setObjectName(f"{name}-toggle")
        self.toggle.setText(self.tr("Show the words"))
        self.toggle.setCheckable(True)
        self.toggle.setAccessibleName(self.tr("Show the quoted words of this source"))
        self.toggle.setToolTip(self.tr("Show the exact words this rests on"))
        self.toggle.toggled.connect(self._show_quote)
        row.addWidget(self.citation, 1)
        row.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(row)
        self._name = name
        self.quote: QLabel | None = None  # made when first shown: most are never opened

    def _make_quote(self) -> QLabel:
        quote = QLabel(quote_text(self.source))
        quote.setObjectName(f"{self._name}-quote")
        quote.setWordWrap(True)
        quote.setTextFormat(Qt.TextFormat.PlainText)
        quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        quote.setAccessibleName(self.tr("Quoted words"))
        quote.setStyleSheet("QLabel { margin-left: 12px; font-style: italic; }")
        self.layout().addWidget(quote)
        return quote

    def _show_quote(self, shown: bool) -> None:
        if self.quote is None:
            if not shown:
                return
            self.quote = self._make_quote()
        self.quote.setVisible(shown)
        self.toggle.setText(self.tr("Hide the words") if shown else self.tr("Show the words"))
