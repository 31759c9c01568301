"""Controls named for tests and screen readers: an objectName, an accessible name, and a
tip that is both the tooltip and the accessible description; labels that show text as
typed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget


def name_control(widget: QWidget, name: str, label: str, tip: str) -> QWidget:
    """Set objectName `name`, accessible name `label`, tooltip and description `tip`."""
    widget.setObjectName(name)
    widget.setAccessibleName(label)
    widget.setToolTip(tip)
    widget.setAccessibleDescription(tip)
    return widget


def push_button(
    name: str,
    text: str,
    tip: str,
    slot: Callable[[], Any] | None = None,
    *,
    min_height: int = 36,
    parent: QWidget | None = None,
) -> QPushButton:
    """A button named by its text, at least `min_height` tall (a big click target); a click
    calls `slot()` without arguments (so a slot with optional ones gets its defaults)."""
    button = QPushButton(text, parent)
    name_control(button, name, text, tip)
    button.setMinimumHeight(min_height)
    if slot is not None:
        button.clicked.connect(lambda: slot())
    return button


def plain_label(name: str, text: str = "") -> QLabel:
    """A label with objectName `name` that shows its text as typed: never as HTML, so a
    name like "<h1>BIG</h1>" cannot turn into a heading (QLabel guesses otherwise)."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
