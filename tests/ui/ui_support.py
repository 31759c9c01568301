"""Helpers the UI tests share: a real mouse click, and the main window over the example case."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QWidget

from helper.model import Case
from helper.store import Store
from ui.app import create_main_window


def click(qtbot, widget: QWidget) -> None:
    """A real mouse click, once the layout has placed the widget."""
    qtbot.waitUntil(lambda: widget.isVisible() and widget.width() > 0)
    # a check box only reacts on its box and text: click near its left edge
    pos = (
        QPoint(8, widget.height() // 2) if isinstance(widget, QCheckBox) else widget.rect().center()
    )
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def example_window(
    qtbot,
    home: Path,
    example_case: dict,
    *,
    title: str | None = None,
    size: tuple[int, int] | None = None,
):
    """The main window on screen over a store holding `example_case` (titled `title`) as
    the last case; resized to `size` before it is shown."""
    with Store.open(home) as store:
        store.set_setting("last_case", store.add_case(Case.from_dict(example_case), title=title))
    window = create_main_window(home)
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window
