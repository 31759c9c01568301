"""Small field widgets the case forms share: choice boxes, yes/no/don't-know, optional
dates, and a form row with its explanation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.theme import quiet_text_style
from ui.widgets.dates import date_display_format, limit_to_case_dates
from ui.widgets.named import name_control


def name_widget(widget: QWidget, name: str, label: str, tip: str) -> QWidget:
    """`name_control` for a form field, at least 30 pixels tall."""
    name_control(widget, name, label, tip)
    widget.setMinimumHeight(30)
    return widget


def add_row(form: QFormLayout, label: str, field: QWidget, explanation: str = "") -> None:
    """A labelled row; the explanation sits under the field in quieter text."""
    if not explanation:
        form.addRow(label, field)
        return
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 4)
    column.setSpacing(1)
    column.addWidget(field)
    note = QLabel(explanation)
    note.setWordWrap(True)
    note.setTextFormat(Qt.TextFormat.PlainText)
    note.setProperty("role", "explanation")
    note.setObjectName(f"{field.objectName()}-explanation")
    font = note.font()
    font.setPointSizeF(max(font.pointSizeF() * 0.9, 8.5))
    note.setFont(font)
    note.setStyleSheet(quiet_text_style(note))
    column.addWidget(note)
    form.addRow(label, box)
    label_widget = form.labelForField(box)
    if isinstance(label_widget, QLabel):
        label_widget.setBuddy(field)


class FormLabel(QLabel):
    """A form row's label that wraps only when it must: a plain word-wrapped QLabel asks
    for about a quarter of a line and so wraps even short labels where there is room."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        margins = self.contentsMargins()
        width = (
            self.fontMetrics().horizontalAdvance(self.text())
            + margins.left()
            + margins.right()
            + 2 * self.margin()
            + 2
        )
        return QSize(width, self.heightForWidth(width))


def wrap_long_rows(form: QFormLayout) -> None:
    """Call once the rows are in: a label too long to sit beside its field (large text,
    Spanish) goes above it, and wraps when even that is too narrow, so the form never
    needs more width than its widest field."""
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        old = item.widget() if item is not None else None
        if type(old) is not QLabel or not old.text():
            continue
        label = FormLabel(old.text())
        label.setBuddy(old.buddy())
        form.removeWidget(old)
        old.deleteLater()
        form.setWidget(row, QFormLayout.ItemRole.LabelRole, label)


class ChoiceBox(QComboBox):
    """A combo box over (value, label) pairs; `value()` / `set_value()` use the values."""

    def __init__(self, choices: Sequence[tuple[Any, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        for value, label in choices:
            self.addItem(label, value)

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        for index in range(self.count()):
            if self.itemData(index) == value:
                self.setCurrentIndex(index)
                return
        self.setCurrentIndex(0)


def yes_no_unknown(parent: QWidget | None = None) -> ChoiceBox:
    tr = parent.tr if parent is not None else (lambda s: s)
    return ChoiceBox([(None, tr("Don't know")), (True, tr("Yes")), (False, tr("No"))], parent)


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class DateField(QDateEdit):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_display_format())
        limit_to_case_dates(self)
        self.setDate(QDate.currentDate())

    def value(self) -> dt.date:
        return from_qdate(self.date())

    def set_value(self, value: dt.date | None) -> None:
        self.setDate(to_qdate(value) if value else QDate.currentDate())


class OptionalDateField(QWidget):
    """A date that may be unset: a "known" tick box and the date."""

    def __init__(self, known_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.known = QCheckBox(known_text)
        self.date = DateField()
        self.date.setEnabled(False)
        self.known.toggled.connect(self.date.setEnabled)
        row.addWidget(self.known)
        row.addWidget(self.date, 1)

    def setObjectName(self, name: str) -> None:  # noqa: N802 (Qt name)
        super().setObjectName(name)
        self.known.setObjectName(f"{name}-known")
        self.date.setObjectName(f"{name}-date")

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt name)
        """Name the tick box and the date too: they are what the keyboard reaches."""
        super().setAccessibleName(name)
        self.known.setAccessibleName(
            self.tr("{name}: known").format(name=name) if name else self.known.text()
        )
        self.date.setAccessibleName(name)

    def setAccessibleDescription(self, text: str) -> None:  # noqa: N802 (Qt name)
        super().setAccessibleDescription(text)
        self.known.setAccessibleDescription(self.tr("Tick when you know this date"))
        self.date.setAccessibleDescription(text)

    def setToolTip(self, text: str) -> None:  # noqa: N802 (Qt name)
        super().setToolTip(text)
        self.known.setToolTip(self.tr("Tick when you know this date"))
        self.date.setToolTip(text)

    def value(self) -> dt.date | None:
        return self.date.value() if self.known.isChecked() else None

    def set_value(self, value: dt.date | None) -> None:
        self.known.setChecked(value is not None)
        self.date.set_value(value)
