"""The Codes page: search filters the table, picking a code shows its source, Copy copies."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QTableView, QTextBrowser

from helper.codes import all_codes
from helper.store import Store
from ui.context import AppContext
from ui.pages.codes import CodesPage, spoken


@pytest.fixture
def page(qtbot, home):
    store = Store.open(home)
    context = AppContext(store)
    page = CodesPage(context)
    qtbot.addWidget(page)
    page.show()
    yield page
    store.close()


def _visible_codes(page):
    table = page.findChild(QTableView, "codes-table")
    model = table.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_page_lists_every_code_without_a_case(page):
    assert page.objectName() == "page-codes"
    assert page.context.case_id is None
    assert len(_visible_codes(page)) == len(all_codes())
    page.refresh()  # no case: must not break
    assert page.findChild(QPushButton, "codes-copy").isEnabled() is False


def test_typing_filters_the_table(page, qtbot):
    search = page.findChild(QLineEdit, "codes-search")
    qtbot.keyClicks(search, "pump")
    codes = _visible_codes(page)
    assert "E0603" in codes and "E0604" in codes
    assert "98960" not in codes
    assert "of" in page.findChild(QLabel, "codes-count").text()


def test_code_search_ignores_case_and_dots(page, qtbot):
    search = page.findChild(QLineEdit, "codes-search")
    qtbot.keyClicks(search, "z391")
    assert _visible_codes(page) == ["Z39.1"]
    detail = page.findChild(QTextBrowser, "codes-detail").toPlainText()
    assert "lactating mother" in detail
    assert "Diagnosis code: Z39.1 (encounter for care of lactating mother)" in detail


def test_no_match_says_so(page, qtbot):
    qtbot.keyClicks(page.findChild(QLineEdit, "codes-search"), "xylophone")
    assert _visible_codes(page) == []
    assert page.findChild(QLabel, "codes-count").text() == "No code matches"
    assert "No code matches" in page.findChild(QTextBrowser, "codes-detail").toPlainText()
    assert not page.findChild(QPushButton, "codes-copy").isEnabled()


def test_clicking_a_row_shows_the_source_quote(page, qtbot):
    qtbot.keyClicks(page.findChild(QLineEdit, "codes-search"), "S9443")
    table = page.findChild(QTableView, "codes-table")
    rect = table.visualRect(table.model().index(0, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    detail = page.findChild(QTextBrowser, "codes-detail").toPlainText()
    assert "Not a timed code, therefore, no additional units may be billed." in detail
    assert "BCBS New Mexico CPCP043" in detail


def test_copy_code_puts_the_code_on_the_clipboard(page, qtbot):
    qtbot.keyClicks(page.findChild(QLineEdit, "codes-search"), "R63.3")
    button = page.findChild(QPushButton, "codes-copy")
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "R63.3"
    assert page.findChild(QLabel, "codes-copied").text() == "Copied R63.3"


def test_clearing_the_search_shows_all_codes_again(page, qtbot):
    search = page.findChild(QLineEdit, "codes-search")
    qtbot.keyClicks(search, "modifier")
    assert set(_visible_codes(page)) == {"NU", "RR"}
    search.clear()
    assert len(_visible_codes(page)) == len(all_codes())


def test_spoken_form_of_a_code():
    assert spoken("Z39.1") == "Z as in zebra – 3 – 9 – point – 1"
    assert spoken("O91").startswith("O as in ocean")


def test_every_interactive_widget_is_named(page):
    for cls, name in (
        (QLineEdit, "codes-search"),
        (QTableView, "codes-table"),
        (QPushButton, "codes-copy"),
    ):
        widget = page.findChild(cls, name)
        assert widget.accessibleName()
        assert widget.toolTip()


@pytest.mark.parametrize("width", [700, 1024, 1920])
def test_the_table_fits_its_width_with_short_rows(qtbot, page, width):
    """Meaning takes the free width, no sideways scrolling, a row is three lines at most."""
    page.resize(width, 700)
    qtbot.wait(50)
    table = page.table
    assert table.horizontalScrollBar().maximum() == 0
    header = table.horizontalHeader()
    shown = [c for c in range(header.count()) if not table.isColumnHidden(c)]
    assert 1 in shown
    widest = max(shown, key=header.sectionSize)
    assert widest == 1, [header.sectionSize(c) for c in shown]
    line = table.fontMetrics().lineSpacing()
    tallest = max(table.rowHeight(row) for row in range(table.model().rowCount()))
    assert tallest <= line * 4 + 8
