"""Every page and the dialogs at common screen sizes, at twice the text size and in Spanish:
saved as PNGs (in $SCREENS_DIR, else a temporary folder) and checked for a label or button
cut off by its parent, widgets of one layout overlapping, and tables that scroll sideways.

Sampled to stay quick: all pages and dialogs at 1366×768 and 1920×1080 in English, and at
1024×768 with 200% text in Spanish.
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QLayout,
    QScrollArea,
    QStackedLayout,
    QTableView,
    QWidget,
)

from helper.model import Case
from helper.store import Store
from ui import i18n
from ui.app import DEFAULT_POINT_SIZE, create_main_window

pytestmark = pytest.mark.slow

SCREENS = [
    pytest.param((1366, 768), 1.0, "en", id="1366x768-en"),
    pytest.param((1920, 1080), 1.0, "en", id="1920x1080-en"),
    pytest.param((1024, 768), 2.0, "es", id="1024x768-200pct-es"),
]
SETTLE_MS = 250  # layouts settle after a page switch before the grab (QT-NOTES)
# Problems in screens owned elsewhere, reported as warnings until fixed there (none now).
KNOWN: tuple[str, ...] = ()


@pytest.fixture(scope="module")
def screens_dir(tmp_path_factory) -> Path:
    folder = os.environ.get("SCREENS_DIR")
    path = Path(folder) if folder else tmp_path_factory.mktemp("screens")
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture
def text_scale():
    """Scale the text from the size the app itself starts with (`make_application`), so
    the figures do not depend on which tests ran before; put back afterwards."""
    app = QApplication.instance()
    font = app.font()
    base = QFont(font)
    base.setPointSizeF(max(font.pointSizeF(), DEFAULT_POINT_SIZE))

    def scale(factor: float) -> None:
        scaled = QFont(base)
        scaled.setPointSizeF(base.pointSizeF() * factor)
        app.setFont(scaled)

    yield scale
    app.setFont(font)
    i18n.install("en")


def _name(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__


def _where(widget: QWidget) -> str:
    path, current = [], widget
    while current is not None and len(path) < 4:
        path.append(_name(current))
        current = current.parentWidget()
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    return " < ".join(path) + (f" {text[:40]!r}" if text else "")


def cut_off(root: QWidget) -> list[str]:
    """Visible labels and buttons reaching outside their visible parent."""
    found = []
    for widget in root.findChildren(QLabel) + root.findChildren(QAbstractButton):
        parent = widget.parentWidget()
        if not widget.isVisible() or parent is None or not parent.isVisible():
            continue
        if widget.width() <= 0 or widget.height() <= 0:
            continue
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + 2:
                found.append(
                    f"text cut off: {_where(widget)} needs {needed}px, has {widget.height()}"
                )
        if not parent.rect().contains(widget.geometry()):
            found.append(f"cut off: {_where(widget)} {widget.geometry()} in {parent.rect()}")
    for area in root.findChildren(QScrollArea):
        content = area.widget()
        if not area.isVisible() or content is None:
            continue
        no_sideways = area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        if content.width() > area.viewport().width():
            found.append(
                f"cut off at the right: {_where(content)} is {content.width()}px wide "
                f"in a {area.viewport().width()}px view that cannot scroll sideways"
                if no_sideways
                else f"sideways scrolling: {_where(content)} is {content.width()}px wide "
                f"in a {area.viewport().width()}px view"
            )
    return found


def _layout_widgets(layout: QLayout) -> list[QWidget]:
    widgets = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is not None:
            widgets.append(item.widget())
        elif item.layout() is not None:
            widgets += _layout_widgets(item.layout())
    return widgets


def overlapping(root: QWidget) -> list[str]:
    """Visible widgets of one layout (nested layouts included) whose rectangles overlap."""
    found = []
    for holder in [root, *root.findChildren(QWidget)]:
        layout = holder.layout()
        if not holder.isVisible() or layout is None or isinstance(layout, QStackedLayout):
            continue
        shown = [
            w
            for w in _layout_widgets(layout)
            if w.isVisible() and w.width() > 0 and w.height() > 0 and w.parentWidget() is holder
        ]
        for i, first in enumerate(shown):
            for second in shown[i + 1 :]:
                overlap: QRect = first.geometry().intersected(second.geometry())
                if not overlap.isEmpty():
                    found.append(
                        f"overlap: {_where(first)} and {_where(second)} in {_name(holder)}"
                    )
    return found


def sideways_tables(root: QWidget) -> list[str]:
    return [
        f"scrolls sideways: {_where(table)} by {table.horizontalScrollBar().maximum()}px"
        for table in root.findChildren(QTableView)
        if table.isVisible() and table.horizontalScrollBar().maximum() > 0
    ]


def problems(root: QWidget) -> list[str]:
    return cut_off(root) + overlapping(root) + sideways_tables(root)


def shoot(qtbot, widget: QWidget, folder: Path, name: str) -> list[str]:
    qtbot.wait(SETTLE_MS)
    widget.grab().save(str(folder / f"{name}.png"))
    return [f"{name}: {line}" for line in problems(widget)]


def open_dialogs(window) -> list[tuple[str, QDialog]]:
    """The dialogs a test can open without blocking, each with a name for its PNG."""
    window.show_page("calls")
    calls = window.page("calls")
    calls.select_call(window.context.case().calls[0].id)
    found = [("call-editor", calls.edit_selected())]
    window.show_page("coverage")
    coverage = window.page("coverage")
    found.append(("visit-editor", coverage.edit_visit(0)))
    found.append(("equipment-editor", coverage.edit_equipment(0)))
    finder_button = coverage.findChild(QAbstractButton, "coverage-find-plan-type")
    found.append(("plan-finder", finder_button.open_finder()))
    return found


@pytest.mark.parametrize(("size", "scale", "lang"), SCREENS)
def test_every_screen_fits(
    qtbot, home, example_case_dict, screens_dir, text_scale, size, scale, lang
):
    text_scale(scale)
    with Store.open(home) as store:
        case_id = store.add_case(Case.from_dict(example_case_dict), title="Ana and Leo")
        store.set_setting("last_case", case_id)
        store.set_setting(i18n.SETTING, lang)
    window = create_main_window(home)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    tag = f"{size[0]}x{size[1]}-{int(scale * 100)}-{lang}"
    found: list[str] = []
    for page in window.pages:
        assert window.show_page(page.name)
        qtbot.waitUntil(page.isVisible)
        found += shoot(qtbot, window, screens_dir, f"{tag}-page-{page.name}")
        frame = window.width() - page.width()  # the navigation, margins
        needed = page.minimumSizeHint().width() + frame
        if needed > size[0]:
            found.append(
                f"{tag}-page-{page.name}: needs {needed}px across; the screen has {size[0]}"
            )

    for name, dialog in open_dialogs(window):
        qtbot.waitUntil(dialog.isVisible)
        found += shoot(qtbot, dialog, screens_dir, f"{tag}-dialog-{name}")
        dialog.reject()

    setup = window.open_new_case()
    qtbot.waitUntil(setup.isVisible)
    setup.finder.answer("neither")
    setup.finder.answer("job")
    for step in range(setup.steps.count()):
        setup.go_to(step)
        found += shoot(qtbot, setup, screens_dir, f"{tag}-dialog-setup-step{step + 1}")
    setup.reject()
    known = [line for line in found if KNOWN and line.startswith(KNOWN)]
    for line in known:
        warnings.warn(f"known layout problem: {line}", stacklevel=1)
    found = [line for line in found if line not in known]
    assert not found, f"{len(found)} layout problems (PNGs in {screens_dir}):\n" + "\n".join(found)


def test_the_checks_find_what_they_look_for(qtbot):
    """The checks themselves: a label past its parent's edge, squeezed wrapped text, two
    widgets of one layout on top of each other, a table wider than its view."""
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QHBoxLayout, QPushButton

    root = QWidget()
    qtbot.addWidget(root)
    root.resize(300, 200)
    row = QHBoxLayout(root)
    first, second = QPushButton("One"), QPushButton("Two")
    row.addWidget(first)
    row.addWidget(second)
    squeezed = QLabel("many words " * 20, root)
    squeezed.setWordWrap(True)
    table = QTableView(root)
    model = QStandardItemModel(2, 12, table)
    table.setModel(model)
    root.show()
    qtbot.waitExposed(root)
    squeezed.setGeometry(0, 0, 120, 20)
    table.setGeometry(0, 100, 200, 90)
    outside = QLabel("Past the edge", root)
    outside.setGeometry(250, 10, 100, 20)
    outside.show()  # (showing a child lays its parent out again: move the button after)
    second.setGeometry(first.geometry().translated(10, 0))
    found = "\n".join(problems(root))
    assert "text cut off" in found
    assert "cut off: " in found and "Past the edge" in found
    assert "overlap" in found
    assert "scrolls sideways" in found
