"""File > Rename case… and File > Delete case…, with a real store and window."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from helper.model import Call, Case
from helper.store import Store
from ui import ask
from ui.app import create_main_window
from ui.pages.letters import DRAFT_KIND as LETTER_DRAFTS


@pytest.fixture
def cases(home, example_case_dict) -> tuple[str, str]:
    with Store.open(home) as store:
        first = store.add_case(Case.from_dict(example_case_dict), title="Ana and Leo")
        second = store.add_case(Case(), title="Bea and Max")
        store.set_setting("last_case", first)
    return first, second


def open_window(qtbot, home):
    win = create_main_window(home)
    qtbot.addWidget(win)
    win.show()
    return win


def titles(win) -> list[str]:
    switcher = win.case_switcher
    return [switcher.itemText(i) for i in range(switcher.count())]


def action(win, name: str) -> QAction:
    found = win.findChild(QAction, name)
    assert found is not None, name
    return found


def test_the_file_menu_offers_rename_and_delete(qtbot, home, cases):
    win = open_window(qtbot, home)
    for name in ("action-rename-case", "action-delete-case"):
        item = action(win, name)
        assert item.isEnabled()
        assert item.toolTip()
        assert item in win.menuBar().findChild(QMenu, "menu-file").actions()


def test_rename_shows_the_new_name_and_keeps_it(qtbot, home, cases, monkeypatch):
    win = open_window(qtbot, home)
    asked = []

    def answer(parent, title, label, text=""):
        asked.append((title, label, text))
        return "  Ana, Leo and the twins  "

    monkeypatch.setattr(ask, "ask_text", answer)
    action(win, "action-rename-case").trigger()
    assert asked == [("Rename case", "New name for the case “Ana and Leo”:", "Ana and Leo")]
    assert titles(win) == ["Ana, Leo and the twins", "Bea and Max"]
    assert win.case_switcher.currentText() == "Ana, Leo and the twins"
    assert win.context.case_id == cases[0]
    assert "renamed" in win.statusBar().currentMessage()
    win.close()
    with Store.open(home) as store:
        assert {s.title for s in store.list_cases()} == {"Ana, Leo and the twins", "Bea and Max"}


@pytest.mark.parametrize("answer", [None, "", "   ", "Ana and Leo"])
def test_cancelled_or_blank_rename_changes_nothing(qtbot, home, cases, monkeypatch, answer):
    win = open_window(qtbot, home)
    monkeypatch.setattr(ask, "ask_text", lambda *args: answer)
    assert win.rename_case() is None
    assert titles(win) == ["Ana and Leo", "Bea and Max"]


def test_delete_asks_naming_the_case_backs_up_and_shows_another_case(
    qtbot, home, cases, monkeypatch
):
    win = open_window(qtbot, home)
    store = win.context.store
    store.add_call(cases[0], Call(started=dt.datetime(2026, 9, 20, 9), summary="Asked"))
    store.save_draft(LETTER_DRAFTS, cases[0], {"kind": "aca_appeal"})
    store.save_draft(LETTER_DRAFTS, cases[1], {"kind": "aca_appeal"})
    backups_before = len(store.list_backups())
    questions = []

    def confirm(parent, title, text):
        questions.append((title, text))
        return True

    monkeypatch.setattr(ask, "confirm", confirm)
    action(win, "action-delete-case").trigger()

    [(title, text)] = questions
    assert title == "Delete case?"
    assert "“Ana and Leo”" in text and "backup" in text
    assert len(store.list_backups()) == backups_before + 1
    assert [s.id for s in store.list_cases()] == [cases[1]]
    assert titles(win) == ["Bea and Max"]
    assert win.context.case_id == cases[1]
    assert store.get_draft(LETTER_DRAFTS, cases[0]) is None  # nothing left of it
    assert store.get_draft(LETTER_DRAFTS, cases[1]) is not None
    assert "deleted" in win.statusBar().currentMessage()

    # The backup made first brings the case back.
    assert win.restore_backup(store.list_backups()[0])
    assert sorted(titles(win)) == ["Ana and Leo", "Bea and Max"]
    assert "Asked" in [c.summary for c in store.list_calls(cases[0])]


def test_declining_delete_keeps_everything(qtbot, home, cases, monkeypatch):
    win = open_window(qtbot, home)
    monkeypatch.setattr(ask, "confirm", lambda *args: False)
    assert not win.delete_case()
    assert titles(win) == ["Ana and Leo", "Bea and Max"]
    assert win.context.case_id == cases[0]


def test_deleting_the_last_case_opens_the_set_up(qtbot, home, example_case_dict, monkeypatch):
    with Store.open(home) as store:
        only = store.add_case(Case.from_dict(example_case_dict), title="Ana and Leo")
    win = open_window(qtbot, home)
    assert win.context.case_id == only
    monkeypatch.setattr(ask, "confirm", lambda *args: True)
    assert win.delete_case()
    assert win.context.case_id is None
    assert win.context.case() is None
    assert titles(win) == []
    assert win.setup_dialog is not None and win.setup_dialog.isVisible()
    assert not action(win, "action-delete-case").isEnabled()
    assert not action(win, "action-rename-case").isEnabled()
    win.setup_dialog.close()
