"""The app at twice the text size and in a dark theme: no control cut short, no page wider
than the window, no style sheet with a light-theme colour, status colours readable."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QWidget,
)

from tests.ui.ui_support import example_window
from ui import theme

DARK = {
    QPalette.ColorRole.Window: "#2b2b2b",
    QPalette.ColorRole.WindowText: "#eeeeee",
    QPalette.ColorRole.Base: "#1e1e1e",
    QPalette.ColorRole.AlternateBase: "#333333",
    QPalette.ColorRole.Text: "#eeeeee",
    QPalette.ColorRole.Button: "#3a3a3a",
    QPalette.ColorRole.ButtonText: "#eeeeee",
    QPalette.ColorRole.ToolTipBase: "#333333",
    QPalette.ColorRole.ToolTipText: "#eeeeee",
    QPalette.ColorRole.Highlight: "#2f65ca",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.PlaceholderText: "#9a9a9a",
    QPalette.ColorRole.Light: "#505050",
    QPalette.ColorRole.Midlight: "#444444",
    QPalette.ColorRole.Mid: "#303030",
    QPalette.ColorRole.Dark: "#1a1a1a",  # as in real dark themes: darker than the window
    QPalette.ColorRole.Shadow: "#000000",
}
PAGES = ["home", "checklist", "coverage", "calls", "letters", "codes", "settings"]
COLOUR = re.compile(r"(background(?:-color)?|(?<![-\w])color)\s*:\s*(#[0-9a-fA-F]{3,8}\b)")


@pytest.fixture
def large_dark_text():
    """Twice the text size and a dark palette; the app's own are put back afterwards."""
    app = QApplication.instance()
    font, palette = app.font(), app.palette()
    big = app.font()
    big.setPointSizeF(font.pointSizeF() * 2)
    dark = QPalette()
    for role, colour in DARK.items():
        dark.setColor(role, QColor(colour))
    app.setFont(big)
    app.setPalette(dark)
    yield
    app.setFont(font)
    app.setPalette(palette)


@pytest.fixture
def window(qtbot, home, example_case_dict, large_dark_text):
    return example_window(qtbot, home, example_case_dict, title="Ana and Leo", size=(1280, 900))


def show(qtbot, win, name: str) -> QWidget:
    assert win.show_page(name)
    page = win.page(name)
    qtbot.waitUntil(page.isVisible)
    qtbot.wait(30)  # let the layouts settle
    return page


def visible(root: QWidget, kind: type) -> list:
    return [w for w in root.findChildren(kind) if w.isVisible() and w.width() > 0]


def cut_buttons(root: QWidget) -> list[str]:
    """Buttons (and tick boxes) narrower than their own text."""
    cut = []
    for button in visible(root, QAbstractButton):
        text = button.text().replace("&", "")
        if not text:
            continue
        needed = button.fontMetrics().horizontalAdvance(text)
        if button.width() < needed:
            cut.append(f"{button.objectName() or text!r}: {button.width()} < {needed}")
    return cut


def cut_labels(root: QWidget) -> list[str]:
    """One-line labels narrower than their text (wrapped labels reflow instead)."""
    cut = []
    for label in visible(root, QLabel):
        if label.wordWrap() or not label.text() or label.pixmap() and not label.text():
            continue
        if "<" in label.text():  # rich text: its own layout
            continue
        needed = label.minimumSizeHint().width()
        if label.width() < needed - 1:
            cut.append(f"{label.objectName() or label.text()[:30]!r}: {label.width()} < {needed}")
    return cut


def sideways_scrolling(root: QWidget) -> list[str]:
    """Scroll areas whose content is wider than the window shows (text to scroll sideways)."""
    return [
        area.objectName() or type(area).__name__
        for area in visible(root, QAbstractScrollArea)
        if area.horizontalScrollBar().isVisible()
        and type(area).__name__ in {"QScrollArea", "CallScriptView"}
    ]


@pytest.mark.parametrize("name", PAGES)
def test_pages_fit_at_twice_the_text_size_in_a_dark_theme(qtbot, window, name):
    page = show(qtbot, window, name)
    assert cut_buttons(page) == []
    assert cut_labels(page) == []
    assert sideways_scrolling(page) == []
    if name in {"home", "coverage", "checklist", "calls", "letters"}:
        window.grab().save(f"/tmp/a11y-200-dark-{name}.png")


def test_window_chrome_fits_at_twice_the_text_size(qtbot, window):
    show(qtbot, window, "home")
    nav = window.nav
    widest = max(
        nav.fontMetrics().horizontalAdvance(nav.item(row).text()) for row in range(nav.count())
    )
    assert nav.viewport().width() >= widest
    for row in range(nav.count()):
        assert nav.visualItemRect(nav.item(row)).height() >= nav.fontMetrics().height()
    assert window.case_switcher.width() >= window.case_switcher.fontMetrics().horizontalAdvance(
        window.case_switcher.currentText()
    )


def test_dialogs_fit_at_twice_the_text_size(qtbot, window):
    show(qtbot, window, "coverage")
    dialogs = [window.open_new_case(), window.page("coverage").edit_visit(0)]
    show(qtbot, window, "calls")
    dialogs.append(window.page("calls").new_call())
    for dialog in dialogs:
        qtbot.waitUntil(dialog.isVisible)
        qtbot.wait(30)
        assert cut_buttons(dialog) == [], dialog.objectName()
        dialog.grab().save(f"/tmp/a11y-200-dark-{dialog.objectName()}.png")
        dialog.reject()


def test_call_editor_fits_the_screen_at_twice_the_text_size(qtbot, window):
    show(qtbot, window, "calls")
    editor = window.page("calls").new_call()
    qtbot.waitUntil(editor.isVisible)
    qtbot.wait(30)
    screen = editor.screen().availableGeometry()
    assert editor.frameGeometry().width() <= screen.width()
    assert editor.frameGeometry().height() <= screen.height()
    assert editor.minimumSizeHint().width() <= screen.width()
    assert cut_buttons(editor) == [] and cut_labels(editor) == []
    scroll = editor.findChild(QAbstractScrollArea, "call-editor-scroll")
    assert scroll.horizontalScrollBar().maximum() == 0  # nothing to scroll sideways to
    for label in editor.findChildren(QLabel):
        if label.objectName().startswith("call-question-"):
            assert label.wordWrap()
            assert label.geometry().right() <= scroll.viewport().width()
    editor.saved()


def test_calls_table_columns_fit_their_dates_at_twice_the_text_size(qtbot, window):
    page = show(qtbot, window, "calls")
    table = page.table
    metrics = table.fontMetrics()
    for column in (0, 5):  # the date and the follow-up date, shown in full
        text = table.model().index(0, column).data()
        assert text and table.columnWidth(column) >= metrics.horizontalAdvance(text)


def light_theme_colours(root: QWidget) -> list[str]:
    """Style sheet colours that only work on a light background."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        for prop, value in COLOUR.findall(widget.styleSheet()):
            lightness = QColor(value).lightness()
            if prop.startswith("background") and lightness > 160:
                found.append(f"{widget.objectName()}: {prop} {value}")
            if prop == "color" and lightness < 110:
                found.append(f"{widget.objectName()}: {prop} {value}")
    return found


def test_no_light_theme_colours_in_a_dark_theme(qtbot, window, monkeypatch):
    for name in PAGES:
        show(qtbot, window, name)
    # Status messages drawn while dark: a success and a failure on the letters page.
    letters = window.page("letters")
    letters._say("Saved the letter.", True)
    colours = light_theme_colours(window)
    letters._say("Could not save the PDF.", False)
    colours += light_theme_colours(window)
    dialogs = [window.open_new_case(), window.page("coverage").edit_visit(0)]
    for dialog in dialogs:
        colours += light_theme_colours(dialog)
        dialog.reject()
    assert colours == []


@pytest.mark.parametrize("dark", [False, True])
def test_status_colours_are_readable_in_both_themes(qtbot, dark, large_dark_text):
    app = QApplication.instance()
    if not dark:
        app.setPalette(app.style().standardPalette())
    label = QLabel("Saved")
    qtbot.addWidget(label)
    background = label.palette().color(QPalette.ColorRole.Window)
    for tone in ("ok", "error", "warning"):
        text = QColor(theme.text_colour(tone, label))
        assert theme.contrast_ratio(text, background) >= 4.5, tone
    quiet = QColor(re.search(r"#[0-9a-f]{6}", theme.quiet_text_style(label)).group())
    assert theme.contrast_ratio(quiet, background) >= 4.5
    assert theme.is_dark(label) is dark
