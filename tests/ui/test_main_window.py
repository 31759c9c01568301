"""The main window over a real store: pages, navigation, case switcher, import/export,
remembered geometry, the recovery banner and the single-writer message."""

from __future__ import annotations

import json
import os

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QMessageBox, QPushButton, QStackedWidget

import ui.app
import ui.pages
from helper import __version__
from helper.model import Case
from helper.store import STORE_NAME, Store, StoreLocked
from ui import ask
from ui.app import create_main_window
from ui.pages.base import Page
from ui.pages.settings import SettingsPage


class NotesPage(Page):
    """A test-only page, so navigation is tested whatever pages have landed."""

    name = "notes"
    title = "Notes"

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.refreshed_for: list[str | None] = []

    def refresh(self) -> None:
        self.refreshed_for.append(self.context.case_id)


@pytest.fixture
def test_pages(monkeypatch):
    """Pages: settings and the test page."""
    monkeypatch.setattr(ui.pages, "page_entries", lambda: [SettingsPage, NotesPage])


def make_case(member: str, baby: str) -> Case:
    return Case.from_dict(
        {"format": "lactation-case/1", "member": {"name": member}, "baby": {"name": baby}}
    )


def add_cases(home, *titles: str) -> list[str]:
    with Store.open(home) as store:
        return [store.add_case(make_case(t, "baby"), title=t) for t in titles]


def open_window(qtbot, home):
    win = create_main_window(home)
    qtbot.addWidget(win)
    return win


def test_window_shows_only_existing_pages_and_navigation_switches_them(qtbot, home, test_pages):
    add_cases(home, "Ana and Leo")
    win = open_window(qtbot, home)
    win.show()
    assert win.objectName() == "main-window"
    nav = win.findChild(QListWidget, "nav")
    stack = win.findChild(QStackedWidget, "pages")
    assert [nav.item(i).text() for i in range(nav.count())] == ["Settings", "Notes"]
    assert stack.currentWidget().objectName() == "page-settings"

    rect = nav.visualItemRect(nav.item(1))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert stack.currentWidget().objectName() == "page-notes"

    nav.setFocus()
    qtbot.keyClick(nav, Qt.Key.Key_Up)
    assert stack.currentWidget().objectName() == "page-settings"
    assert win.show_page("notes")
    assert stack.currentWidget() is win.page("notes")
    assert not win.show_page("not_built_yet")


def test_case_switcher_switches_the_current_case(qtbot, home, test_pages):
    first, second = add_cases(home, "Ana and Leo", "Bea and Max")
    win = open_window(qtbot, home)
    switcher = win.case_switcher
    assert switcher.objectName() == "case-switcher"
    assert [switcher.itemText(i) for i in range(switcher.count())] == ["Ana and Leo", "Bea and Max"]
    assert win.context.case_id == first

    switcher.setFocus()
    qtbot.keyClick(switcher, Qt.Key.Key_Down)
    assert win.context.case_id == second
    assert win.page("notes").stale  # not on screen: refreshed when next shown
    win.show()
    win.show_page("notes")
    assert win.page("notes").refreshed_for[-1] == second
    assert win.context.store.get_setting("last_case") == second


def test_last_used_case_is_reopened(qtbot, home, test_pages):
    _first, second = add_cases(home, "Ana and Leo", "Bea and Max")
    win = open_window(qtbot, home)
    win.context.set_case(second)
    win.close()
    again = open_window(qtbot, home)
    assert again.context.case_id == second
    assert again.case_switcher.currentText() == "Bea and Max"


def test_geometry_is_remembered(qtbot, home, test_pages):
    add_cases(home, "Ana and Leo")
    win = open_window(qtbot, home)
    win.show()
    win.move(QPoint(40, 30))
    win.resize(720, 510)
    qtbot.waitUntil(lambda: win.size().width() == 720)
    win.show_page("notes")
    place = win.pos()
    win.close()
    again = open_window(qtbot, home)
    again.show()
    assert again.pos() == place
    assert again.size().width() == 720
    assert again.size().height() == 510
    assert again.current_page().name == "notes"


def test_import_adds_a_valid_case_and_makes_it_current(
    qtbot, home, test_pages, tmp_path, monkeypatch, example_case_dict
):
    add_cases(home, "Someone else")
    source = tmp_path / "from-consultant.json"
    source.write_text(json.dumps(example_case_dict), encoding="utf-8")
    monkeypatch.setattr(ask, "open_file", lambda *a, **k: str(source))
    win = open_window(qtbot, home)

    win.findChild(type(win.import_action), "action-import-case").trigger()

    cases = win.context.store.list_cases()
    assert len(cases) == 2
    assert win.context.case_id == cases[1].id
    imported = win.context.store.get_case(cases[1].id)
    assert imported.member.name == "Ana Ruiz"
    assert [c.reference for c in imported.calls] == ["REF-20260912-01"]
    assert win.case_switcher.count() == 2


def test_a_bad_import_names_the_field_and_changes_nothing(
    qtbot, home, test_pages, tmp_path, monkeypatch, example_case_dict
):
    add_cases(home, "Ana and Leo")
    example_case_dict["visits"][0]["lines"][0]["units"] = 0
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(example_case_dict), encoding="utf-8")
    warnings = []
    monkeypatch.setattr(ask, "open_file", lambda *a, **k: str(source))
    monkeypatch.setattr(ask, "warn", lambda _parent, title, text: warnings.append((title, text)))
    win = open_window(qtbot, home)
    store_file = home / STORE_NAME
    before = store_file.read_bytes()
    cases_before = win.context.store.list_cases()

    assert win.import_case() is None

    [(title, text)] = warnings
    assert "Could not import" in title
    assert "visits[0].lines[0].units" in text
    assert "Nothing was changed" in text
    assert win.context.store.list_cases() == cases_before
    assert store_file.read_bytes() == before


def test_import_of_a_file_that_is_not_json_is_explained(
    qtbot, home, test_pages, tmp_path, monkeypatch
):
    source = tmp_path / "notes.txt"
    source.write_text("this is not a case", encoding="utf-8")
    warnings = []
    monkeypatch.setattr(ask, "open_file", lambda *a, **k: str(source))
    monkeypatch.setattr(ask, "warn", lambda _parent, title, text: warnings.append(text))
    add_cases(home, "Ana and Leo")
    win = open_window(qtbot, home)
    win.import_case()
    assert "not valid JSON" in warnings[0]
    assert len(win.context.store.list_cases()) == 1


def test_export_writes_the_case_with_calls_privately(
    qtbot, home, test_pages, tmp_path, monkeypatch, example_case_dict
):
    with Store.open(home) as store:
        store.add_case(Case.from_dict(example_case_dict), title="Ana and Leo")
    target = tmp_path / "out" / "ana"
    target.parent.mkdir()
    monkeypatch.setattr(ask, "save_file", lambda *a, **k: str(target))
    win = open_window(qtbot, home)

    written = win.export_case()

    assert written == target.with_suffix(".json")
    back = Case.from_json(written.read_text(encoding="utf-8"))
    assert back.member.name == "Ana Ruiz"
    assert back.visits[0].lines[0].code == "S9443"
    assert [c.id for c in back.calls] == ["c1"]
    assert [letter.kind for letter in back.letters] == ["aca_appeal"]
    if os.name == "posix":
        assert written.stat().st_mode & 0o777 == 0o600
    assert list(target.parent.glob(".*tmp")) == []


def test_cancelled_file_choices_do_nothing(qtbot, home, test_pages, monkeypatch):
    add_cases(home, "Ana and Leo")
    monkeypatch.setattr(ask, "open_file", lambda *a, **k: "")
    monkeypatch.setattr(ask, "save_file", lambda *a, **k: "")
    win = open_window(qtbot, home)
    assert win.import_case() is None
    assert win.export_case() is None
    assert len(win.context.store.list_cases()) == 1


def test_help_menu_says_version_and_not_legal_advice(qtbot, home, test_pages, monkeypatch):
    add_cases(home, "Ana and Leo")
    told = []
    monkeypatch.setattr(ask, "inform", lambda _parent, title, text: told.append(text))
    win = open_window(qtbot, home)
    win.findChild(type(win.import_action), "action-about").trigger()
    win.findChild(type(win.import_action), "action-not-legal-advice").trigger()
    assert __version__ in told[0]
    assert "not legal advice" in told[0]
    assert "not legal advice" in told[1]


def test_menu_shortcuts(qtbot, home, test_pages):
    add_cases(home, "Ana and Leo")
    win = open_window(qtbot, home)
    actions = {a.objectName(): a for a in win.findChildren(type(win.import_action))}
    assert actions["action-new-case"].shortcut().toString() == "Ctrl+Shift+N"
    assert actions["action-quit"].shortcut().toString() == "Ctrl+Q"


def test_recovery_banner_for_a_corrupt_store_restores_the_newest_backup(
    qtbot, home, test_pages, monkeypatch
):
    add_cases(home, "Ana and Leo")
    with Store.open(home):
        pass  # opening makes a backup of the store that holds the case
    (home / STORE_NAME).write_text('{"cases": {"1": ', encoding="utf-8")
    win = open_window(qtbot, home)
    win.show()

    banner = win.recovery_banner
    assert banner is not None and banner.isVisible()
    moved_to = win.context.store.recovery.moved_to
    assert moved_to.exists()
    message = banner.findChild(QLabel, "recovery-message").text()
    assert str(moved_to) in message
    assert win.context.store.list_cases() == []

    qtbot.mouseClick(banner.findChild(QPushButton, "recovery-restore"), Qt.MouseButton.LeftButton)

    assert not banner.isVisible()
    assert [s.title for s in win.context.store.list_cases()] == ["Ana and Leo"]
    assert win.case_switcher.currentText() == "Ana and Leo"
    assert win.context.case_id is not None
    assert moved_to.exists()  # the unreadable file is kept


def test_create_main_window_raises_store_locked_without_a_dialog(qtbot, home, test_pages):
    win = open_window(qtbot, home)
    with pytest.raises(StoreLocked):
        create_main_window(home)
    win.close()


def test_main_explains_a_second_copy_and_exits_1(qtbot, home, test_pages, monkeypatch):
    shown = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _parent, _title, text: shown.append(text))
    )
    holder = Store.open(home)
    try:
        assert ui.app.main() == 1
    finally:
        holder.close()
    assert "already open" in shown[0]


def test_every_registered_page_builds_and_shows(qtbot, home):
    """The real page list: every page that has landed builds over a store with a case."""
    add_cases(home, "Ana and Leo")
    win = open_window(qtbot, home)
    win.show()
    assert win.pages, "at least the settings page"
    for page in win.pages:
        assert win.show_page(page.name)
        assert win.findChild(QStackedWidget, "pages").currentWidget().objectName() == (
            f"page-{page.name}"
        )


def test_running_app_builds_pages_after_the_first_paint(qtbot, home, test_pages):
    first, second = add_cases(home, "Ana and Leo", "Bea and Max")
    with Store.open(home) as store:
        store.set_setting("last_case", second)
    win = create_main_window(home, defer_pages=True)
    qtbot.addWidget(win)
    assert win.pages == []  # nothing heavy before the window is on screen
    assert win.findChild(QListWidget, "nav").count() == 2  # but every page is listed
    with qtbot.waitSignal(win.pages_ready):
        win.show()
    assert [p.name for p in win.pages] == ["settings"]  # the page shown, no other
    assert win.current_page().name == "settings"
    assert win.context.case_id == second
    win.show_page("notes")
    assert [p.name for p in win.pages] == ["settings", "notes"]
    assert win.current_page().name == "notes"
    assert win.page("notes").refreshed_for == [second]  # once, with the last case


def test_running_app_builds_a_page_when_the_user_first_opens_it(qtbot, home, test_pages):
    add_cases(home, "Ana and Leo")
    with Store.open(home) as store:
        store.set_setting("last_page", "notes")
    win = create_main_window(home, defer_pages=True)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.pages_ready):
        win.show()
    assert [p.name for p in win.pages] == ["notes"]  # the page left open last
    nav = win.findChild(QListWidget, "nav")
    stack = win.findChild(QStackedWidget, "pages")
    nav.setCurrentRow(0)  # as a click does
    assert stack.currentWidget().objectName() == "page-settings"  # built, not blank
    assert stack.currentWidget().isVisible()
    qtbot.keyClick(win, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert stack.currentWidget().objectName() == "page-notes"
    assert [p.name for p in win.pages] == ["settings", "notes"]  # each built once
    assert win.has_page("notes") and not win.has_page("letters-that-are-not-here")


def test_running_app_keeps_working_when_one_page_is_broken(
    qtbot, home, test_pages, monkeypatch, capsys
):
    class BrokenPage(Page):
        name = "broken"
        title = "Broken"

        def __init__(self, context, parent=None):
            raise RuntimeError("bug in a page")

    monkeypatch.setattr(ui.pages, "page_entries", lambda: [BrokenPage, SettingsPage])
    add_cases(home, "Ana and Leo")
    win = create_main_window(home, defer_pages=True)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.pages_ready):
        win.show()
    assert win.pages == []
    assert win.broken_pages == ["broken"]
    assert "bug in a page" in capsys.readouterr().err
    stack = win.findChild(QStackedWidget, "pages")
    assert isinstance(stack.currentWidget(), QLabel)  # says why, rather than a blank page
    assert "error in the app" in stack.currentWidget().text()
    assert win.current_page() is None
    assert win.show_page("settings")
    assert [p.name for p in win.pages] == ["settings"]
    assert win.current_page().name == "settings"


def test_the_garbage_collector_is_back_on_once_the_first_page_shows(qtbot, home, test_pages):
    """`lactation-helper` starts with the collector off (helper/cli/main.py)."""
    import gc

    add_cases(home, "Ana and Leo")
    gc.disable()
    try:
        win = create_main_window(home, defer_pages=True)
        qtbot.addWidget(win)
        assert not gc.isenabled()
        with qtbot.waitSignal(win.pages_ready):
            win.show()
        assert gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()  # the rest of the test run collects as usual
