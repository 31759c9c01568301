"""The inline form that asks for the facts a letter still needs (from `missing_facts`).

One row per fact, each across the form's full width: the question (wrapped), a field (a
list to pick from when the fact has choices, several lines for an address, one line
otherwise) and where to find the answer. Rows stay
once asked, so a filled fact does not vanish while the user is typing; `values()` gives
what was typed, ready to pass as `extra`.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from helper.letters import MissingFact
from ui.widgets.explanation import ExplanationLabel
from ui.widgets.named import plain_label

MULTI_LINE_KEYS = ("recipient.address", "member.address")


def field_name(key: str) -> str:
    """The objectName of a fact's field: "letters-fact-recipient.address"."""
    return f"letters-fact-{key}"


class FactsForm(QWidget):
    """Rows of questions; `changed` fires on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("letters-facts")
        self.setAccessibleName(self.tr("Facts the letter needs"))
        # One row widget per fact, the question above its field: a question beside its
        # field (or a form layout's label column) squeezes long questions into a column.
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(2)
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.rows: dict[str, QWidget] = {}

    # --- rows ---------------------------------------------------------------------------

    def clear(self) -> None:
        for row in self.rows.values():
            self.layout_.removeWidget(row)
            row.setParent(None)  # gone from the page now (findChild), deleted later
            row.deleteLater()
        self.rows.clear()
        self.fields.clear()
        self.labels.clear()

    def add_facts(self, facts: list[MissingFact], values: dict[str, str]) -> None:
        """Add a row for each fact not shown yet, filled with `values` where known."""
        for fact in facts:
            if fact.key in self.fields:
                continue
            field = self._field(fact, values.get(fact.key, ""))
            label = plain_label(f"letters-fact-question-{fact.key}", fact.question)
            label.setWordWrap(True)
            label.setBuddy(field)
            where = ExplanationLabel(self.tr("Where to find it: {where}").format(where=fact.where))
            where.setObjectName(f"letters-fact-where-{fact.key}")
            row = QWidget(self)
            row.setObjectName(f"letters-fact-row-{fact.key}")
            box = QVBoxLayout(row)
            box.setContentsMargins(0, 0, 0, 6)
            box.setSpacing(2)
            for widget in (label, field, where):
                box.addWidget(widget)
            self.layout_.addWidget(row)
            self.rows[fact.key] = row
            self.fields[fact.key] = field
            self.labels[fact.key] = label

    def _field(self, fact: MissingFact, value: str) -> QWidget:
        field: QWidget
        if fact.choices:
            combo = QComboBox()
            combo.addItem(self.tr("Choose…"), "")
            for choice, text in fact.choices:
                combo.addItem(text, choice)
            index = combo.findData(value)
            combo.setCurrentIndex(max(index, 0))
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            field = combo
        elif fact.key in MULTI_LINE_KEYS:
            edit = QPlainTextEdit(value)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 14)
            edit.textChanged.connect(self.changed.emit)
            field = edit
        else:
            line = QLineEdit(value)
            line.setMinimumHeight(30)
            line.textChanged.connect(lambda _t: self.changed.emit())
            field = line
        field.setObjectName(field_name(fact.key))
        field.setAccessibleName(fact.question)
        field.setAccessibleDescription(fact.where)
        field.setToolTip(fact.where)
        return field

    # --- values ---------------------------------------------------------------------------

    def values(self) -> dict[str, str]:
        """Every typed or chosen value, by fact key (empty ones left out)."""
        found: dict[str, str] = {}
        for key, field in self.fields.items():
            value = _value(field)
            if value.strip():
                found[key] = value
        return found

    def set_value(self, key: str, value: str) -> None:
        """Fill one field (tests and restoring drafts)."""
        field = self.fields[key]
        if isinstance(field, QComboBox):
            field.setCurrentIndex(max(field.findData(value), 0))
        elif isinstance(field, QPlainTextEdit):
            field.setPlainText(value)
        else:
            field.setText(value)

    def mark_needed(self, keys: set[str]) -> None:
        """Show which questions are still unanswered (bold question)."""
        for key, label in self.labels.items():
            font = label.font()
            font.setBold(key in keys)
            label.setFont(font)

    def is_empty(self) -> bool:
        return not self.fields


def _value(field: QWidget) -> str:
    if isinstance(field, QComboBox):
        return str(field.currentData() or "")
    if isinstance(field, QPlainTextEdit):
        return field.toPlainText()
    return field.text()
