"""The app with the keyboard alone: the first-run set-up from key presses, the page list with
arrow keys, page and window shortcuts that never clash, Escape and Enter in dialogs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from helper.model import Case
from helper.store import Store
from ui import ask
from ui.accessibility import clashing_shortcuts, shortcuts_by_scope
from ui.app import create_main_window

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def show_window(qtbot, home, wait_active: bool = True):
    win = create_main_window(home)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    if wait_active:  # (an empty store opens the set-up form on top instead)
        win.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    return win


@pytest.fixture
def empty_window(qtbot, home):
    return show_window(qtbot, home, wait_active=False)


@pytest.fixture
def window(qtbot, home, example_case_dict):
    with Store.open(home) as store:
        store.add_case(Case.from_dict(example_case_dict), title="Ana and Leo")
    return show_window(qtbot, home)


def focused():
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the keyboard focus is, as a person's would be."""
    assert focused() is not None, "no widget has the keyboard focus"
    qtbot.keyClick(focused(), key, modifier)


def tab_to(qtbot, name: str, limit: int = 30) -> None:
    """Press Tab until the field called `name` has the focus (fails if it never does)."""
    for _ in range(limit):
        if focused() is not None and focused().objectName() == name:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name}; stuck on {focused().objectName()!r}")


def test_first_run_setup_with_key_presses_alone(qtbot, empty_window):
    window = empty_window
    qtbot.waitUntil(lambda: window.setup_dialog is not None and window.setup_dialog.isVisible())
    dialog = window.setup_dialog
    dialog.activateWindow()
    qtbot.waitUntil(lambda: focused() is dialog.member_name)

    qtbot.keyClicks(focused(), "Ana Ruiz")
    tab_to(qtbot, "setup-member-id")
    qtbot.keyClicks(focused(), "XYZ123456789")
    tab_to(qtbot, "setup-state")
    qtbot.keyClicks(focused(), "New")  # type-ahead in the list of states, then arrows
    assert dialog.state.currentData() == "NH"
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    assert dialog.state.currentData() == "NM"
    tab_to(qtbot, "setup-address")
    qtbot.keyClicks(focused(), "1 Main St")
    press(qtbot, Qt.Key.Key_Tab)  # Tab leaves the address box instead of typing a tab
    assert focused().objectName() == "setup-next"
    press(qtbot, Qt.Key.Key_Tab, SHIFT)  # and Shift+Tab goes back into it
    assert focused().objectName() == "setup-address"
    assert dialog.address.toPlainText() == "1 Main St"
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Return)  # Enter on Next: step 2, the plan questions
    assert dialog.step == 1
    # The first answer has the focus; Tab moves through the answers, Space picks one.
    assert focused().objectName() == "plan-finder-answer-medicaid"
    tab_to(qtbot, "plan-finder-answer-neither")
    press(qtbot, Qt.Key.Key_Space)
    assert focused().objectName() == "plan-finder-answer-job"  # the next question's first
    press(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, "plan-finder-answer-government")
    press(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, "plan-finder-answer-self_funded")
    press(qtbot, Qt.Key.Key_Space)
    assert focused() is dialog.plan_type  # showing what the answers found
    assert dialog.plan_type.currentData() == "employer_self_funded"
    tab_to(qtbot, "setup-insurer")
    tab_to(qtbot, "setup-next")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.step == 2
    assert focused() is dialog.baby_name
    qtbot.keyClicks(focused(), "Leo")
    press(qtbot, Qt.Key.Key_Return)  # Enter anywhere goes on: the default button is Next
    assert dialog.step == 3
    assert focused() is dialog.case_title
    assert dialog.case_title.text() == "Ana and Leo"
    press(qtbot, Qt.Key.Key_Return)  # Enter presses the default button: Save

    qtbot.waitUntil(lambda: window.setup_dialog is None)
    [summary] = window.context.store.list_cases()
    assert summary.title == "Ana and Leo"
    case = window.context.store.get_case(summary.id)
    assert case.member.name == "Ana Ruiz"
    assert case.member.member_id == "XYZ123456789"
    assert case.member.state == "NM"
    assert case.member.address == "1 Main St"
    assert case.plan.type == "employer_self_funded"
    assert case.plan.sponsor == "government"
    assert case.baby.name == "Leo"
    assert window.case_switcher.currentText() == "Ana and Leo"


def test_escape_closes_the_setup_without_saving(qtbot, empty_window):
    window = empty_window
    qtbot.waitUntil(lambda: window.setup_dialog is not None and window.setup_dialog.isVisible())
    dialog = window.setup_dialog
    dialog.activateWindow()
    qtbot.waitUntil(lambda: focused() is dialog.member_name)
    qtbot.keyClicks(focused(), "Ana")
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.setup_dialog is None)
    assert window.context.store.list_cases() == []


def test_enter_with_missing_fields_says_what_is_needed_and_keeps_the_form(qtbot, empty_window):
    window = empty_window
    qtbot.waitUntil(lambda: window.setup_dialog is not None and window.setup_dialog.isVisible())
    dialog = window.setup_dialog
    dialog.activateWindow()
    qtbot.waitUntil(lambda: focused() is dialog.member_name)
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "Your name is needed." in dialog.errors.text()
    assert focused() is dialog.member_name  # the keyboard lands on what to fill


def test_the_page_list_changes_page_with_the_arrow_keys(qtbot, window):
    window.show_page("home")
    window.nav.setFocus()
    qtbot.waitUntil(lambda: focused() is window.nav)
    press(qtbot, Qt.Key.Key_Down)
    assert window.current_page().name == "checklist"
    press(qtbot, Qt.Key.Key_Down)
    assert window.current_page().name == "coverage"
    press(qtbot, Qt.Key.Key_Up)
    assert window.current_page().name == "checklist"
    press(qtbot, Qt.Key.Key_End)
    assert window.current_page().name == "settings"
    press(qtbot, Qt.Key.Key_Home)
    assert window.current_page().name == "home"


def test_the_page_list_is_reached_with_tab(qtbot, window):
    window.case_switcher.setFocus()
    qtbot.waitUntil(lambda: focused() is window.case_switcher)
    tab_to(qtbot, "nav")


def test_ctrl_number_jumps_to_a_page(qtbot, window):
    window.show_page("home")
    window.nav.setFocus()
    press(qtbot, Qt.Key.Key_4, CTRL)
    assert window.current_page().name == "calls"
    press(qtbot, Qt.Key.Key_2, CTRL)
    assert window.current_page().name == "checklist"


def test_no_two_actions_share_a_key(window):
    pages = list(window.pages)
    assert clashing_shortcuts(window, pages) == []
    scopes = shortcuts_by_scope(window, pages)
    everywhere = {key for key, _label in scopes["window"]}
    assert {"Ctrl+Shift+N", "Ctrl+Shift+O", "Ctrl+Shift+E", "Ctrl+Q", "F1"} <= everywhere
    assert {f"Ctrl+{n}" for n in range(1, len(pages) + 1)} <= everywhere
    calls = {key for key, _label in scopes["calls"]}
    assert {"Ctrl+N", "Ctrl+Z", "Ctrl+F", "Ctrl+P", "Ctrl+Shift+S"} <= calls
    coverage = {key for key, _label in scopes["coverage"]}
    assert {"Ctrl+S", "Ctrl+P", "Ctrl+Shift+S"} <= coverage
    letters = {key for key, _label in scopes["letters"]}
    assert {"Ctrl+P", "Ctrl+Shift+S"} <= letters
    # No page key hides a window key.
    for name in ("calls", "coverage", "letters", "codes"):
        assert not everywhere & {key for key, _label in scopes.get(name, [])}, name


def test_a_page_key_works_only_on_its_page(qtbot, window, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(ask, "save_file", lambda _p, title, *_a, **_k: asked.append(title))
    window.show_page("codes")
    window.nav.setFocus()
    press(qtbot, Qt.Key.Key_S, CTRL | SHIFT)
    assert asked == []  # the codes page has nothing to save
    window.show_page("coverage")
    press(qtbot, Qt.Key.Key_S, CTRL | SHIFT)
    window.show_page("calls")
    press(qtbot, Qt.Key.Key_S, CTRL | SHIFT)
    assert asked == ["Save summary as PDF", "Save calls as PDF"]


def test_ctrl_f_puts_the_cursor_in_the_search_box(qtbot, window):
    window.show_page("codes")
    window.nav.setFocus()
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert focused() is window.page("codes").search
    window.show_page("calls")
    window.nav.setFocus()
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert focused() is window.page("calls").search


def test_f1_lists_the_keys_of_the_page(qtbot, window, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(ask, "inform", lambda _p, _title, text: shown.append(text))
    window.show_page("calls")
    window.nav.setFocus()
    press(qtbot, Qt.Key.Key_F1)
    [text] = shown
    assert "Ctrl+Shift+N: New case" in text
    assert "Ctrl+N: New call" in text
    assert "Ctrl+P: Print" in text


def test_call_editor_saves_with_ctrl_s_and_escape_cancels(qtbot, window):
    window.show_page("calls")
    calls = window.page("calls")
    before = len(window.context.store.list_calls(window.context.case_id))
    window.nav.setFocus()
    press(qtbot, Qt.Key.Key_N, CTRL)
    editor = calls.editor
    assert editor is not None and editor.isVisible()
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    editor.rep_name.setFocus()
    qtbot.keyClicks(focused(), "Dana")
    press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: calls.editor is None)
    after = window.context.store.list_calls(window.context.case_id)
    assert len(after) == before + 1
    assert "Dana" in {call.rep_name for call in after}

    window.activateWindow()  # (a window manager does this when the editor closes)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.nav.setFocus()
    press(qtbot, Qt.Key.Key_N, CTRL)
    editor = calls.editor
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: calls.editor is None)
    assert len(window.context.store.list_calls(window.context.case_id)) == before + 1
