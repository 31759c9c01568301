"""Accessibility helpers: name and describe widgets, and find controls a screen reader
cannot name.

`describe()` is what widgets call; `unnamed_controls()` is what the tests use to walk a
window or dialog and list every interactive widget without an accessible name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

# The kinds of widget a person can act on (focus, type into, press, pick from).
INTERACTIVE_TYPES: tuple[type, ...] = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QTabBar,
)


def describe(widget: QWidget, name: str, description: str | None = None) -> QWidget:
    """Give `widget` an accessible name and a description, shown as its tooltip too.

    The tooltip is only set when the widget has none, so a richer tooltip is kept.
    Returns the widget, so a call can wrap a constructor.
    """
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
        if not widget.toolTip():
            widget.setToolTip(description)
    return widget


# Controls whose inner parts (a combo's popup list, a spin box's line edit, a line edit's
# clear button, a table's header and corner button, a tab bar's scroll arrows) are named
# through the outer control.
_CONTAINER_CONTROLS = (QComboBox, QAbstractSpinBox, QLineEdit, QAbstractItemView, QTabBar)


def _is_internal(widget: QWidget) -> bool:
    """A part Qt builds inside another control, or a scroll area's scroll bar."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, _CONTAINER_CONTROLS):
            return True
        parent = parent.parentWidget()
    if isinstance(widget, QTabBar):
        return False  # a tab widget's own bar is what the keyboard reaches: it needs a name
    if isinstance(widget, QAbstractSlider) and widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
        return True  # scroll bars of scroll areas
    return widget.objectName().startswith("qt_")


def interactive_widgets(root: QWidget) -> list[QWidget]:
    """Every interactive widget under `root` (itself included) that a person can reach."""
    found = [root] if isinstance(root, INTERACTIVE_TYPES) else []
    found += [w for w in root.findChildren(QWidget) if isinstance(w, INTERACTIVE_TYPES)]
    return [w for w in found if not _is_internal(w)]


def _label(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    return f"{type(widget).__name__}#{widget.objectName() or '?'} {text!r}".rstrip()


def unnamed_controls(roots: Iterable[QWidget]) -> list[str]:
    """A line for each interactive widget without an accessible name, or without a
    description or tooltip, under any of `roots`."""
    problems: list[str] = []
    seen: set[int] = set()
    for root in roots:
        for widget in interactive_widgets(root):
            if id(widget) in seen:
                continue
            seen.add(id(widget))
            missing = []
            if not widget.accessibleName().strip():
                missing.append("name")
            if not (widget.accessibleDescription().strip() or widget.toolTip().strip()):
                missing.append("description/tooltip")
            if missing:
                problems.append(f"{_label(widget)}: no {' or '.join(missing)}")
    return problems


def add_shortcut(owner: QWidget, key: str, slot: Callable[[], object], name: str = "") -> QAction:
    """A window-wide shortcut that works while `owner` (a page, a dialog) is shown.

    Shortcuts of pages that are not shown are inactive, so two pages may share a key.
    """
    action = QAction(owner)
    if name:
        action.setObjectName(name)
    action.setShortcut(QKeySequence(key))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    owner.addAction(action)
    return action


def mention_key(widget: QWidget, key: str) -> None:
    """Add "(Ctrl+P)" to the widget's tooltip and description, so the key can be learnt."""
    native = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
    for getter, setter in (
        (widget.toolTip, widget.setToolTip),
        (widget.accessibleDescription, widget.setAccessibleDescription),
    ):
        text = getter()
        if text and native not in text:
            setter(f"{text} ({native})")


def add_button_shortcut(owner: QWidget, button: QAbstractButton, key: str) -> QAction:
    """`key` presses `button` (nothing happens while it is disabled or hidden); its tooltip
    and description say the key."""

    def press() -> None:
        if button.isEnabled() and button.isVisible():
            button.click()

    mention_key(button, key)
    name = f"{button.objectName()}-shortcut" if button.objectName() else ""
    return add_shortcut(owner, key, press, name)


def focus_shortcut(owner: QWidget, field: QWidget, key: str = "Ctrl+F") -> QAction:
    """`key` puts the cursor in `field` (a search box) and selects what is there."""

    def go() -> None:
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        select_all = getattr(field, "selectAll", None)
        if callable(select_all):
            select_all()

    mention_key(field, key)
    name = f"{field.objectName()}-focus-shortcut" if field.objectName() else ""
    return add_shortcut(owner, key, go, name)
