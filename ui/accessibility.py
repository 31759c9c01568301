"""Accessibility helpers: name and describe widgets, and find controls a screen reader
cannot name.

`describe()` is what widgets call; `unnamed_controls()` is what the tests use to walk a
window or dialog and list every interactive widget without an accessible name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
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


def add_shortcut(
    owner: QWidget, key: str, slot: Callable[[], object], name: str = "", text: str = ""
) -> QAction:
    """A window-wide shortcut that works while `owner` (a page, a dialog) is shown.

    Shortcuts of pages that are not shown are inactive, so two pages may share a key.
    """
    action = QAction(text, owner)
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
    return add_shortcut(owner, key, press, name, button.text().replace("&", ""))


def focus_shortcut(owner: QWidget, field: QWidget, key: str = "Ctrl+F") -> QAction:
    """`key` puts the cursor in `field` (a search box) and selects what is there."""

    def go() -> None:
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        select_all = getattr(field, "selectAll", None)
        if callable(select_all):
            select_all()

    mention_key(field, key)
    name = f"{field.objectName()}-focus-shortcut" if field.objectName() else ""
    label = field.accessibleName() or field.objectName()
    return add_shortcut(owner, key, go, name, owner.tr("Go to: {field}").format(field=label))


def _page_of(widget: QWidget | None, pages: list[QWidget]) -> QWidget | None:
    while widget is not None:
        if widget in pages:
            return widget
        widget = widget.parentWidget()
    return None


def _action_label(action: QAction) -> str:
    return (action.text() or action.toolTip() or action.objectName()).replace("&", "")


def shortcuts_by_scope(window: QWidget, pages: list[QWidget]) -> dict[str, list[tuple[str, str]]]:
    """The key sequences of the window's actions and shortcuts, by where they work:
    "window" (menus and window-wide keys), a page's name (only while that page is shown),
    or "widget:<objectName>" (only while that widget has the focus).

    Each entry is (key in portable text, what it does).
    """
    scopes: dict[str, list[tuple[str, str]]] = {}

    def add(scope: str, keys: list[QKeySequence], label: str) -> None:
        for key in keys:
            if not key.isEmpty():
                scopes.setdefault(scope, []).append((key.toString(), label))

    for action in window.findChildren(QAction):
        keys = action.shortcuts()
        if not keys:
            continue
        owners = [o for o in action.associatedObjects() if isinstance(o, QWidget)]
        if action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut:
            for owner in owners:
                add(f"widget:{owner.objectName()}", keys, _action_label(action))
            continue
        page = next((p for p in (_page_of(o, pages) for o in owners) if p is not None), None)
        add(
            getattr(page, "name", "") or "window" if page else "window", keys, _action_label(action)
        )
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        label = shortcut.objectName() or shortcut.whatsThis() or "shortcut"
        if shortcut.context() == Qt.ShortcutContext.WidgetShortcut:
            add(f"widget:{parent.objectName()}", [shortcut.key()], label)
            continue
        page = _page_of(parent, pages)
        add(getattr(page, "name", "window") if page else "window", [shortcut.key()], label)
    return scopes


def clashing_shortcuts(window: QWidget, pages: list[QWidget]) -> list[str]:
    """Keys given to two actions that can be active at the same time."""
    scopes = shortcuts_by_scope(window, pages)
    shared = scopes.get("window", [])
    clashes = []
    for scope, entries in scopes.items():
        together = entries if scope == "window" or scope.startswith("widget:") else shared + entries
        seen: dict[str, str] = {}
        for key, label in together:
            if key in seen and (scope == "window" or (key, label) not in shared):
                clashes.append(f"{scope}: {key} for both {seen[key]!r} and {label!r}")
            seen.setdefault(key, label)
    return clashes
