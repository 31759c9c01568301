"""First-run set-up: it appears on an empty store, saves a case, and works from the keyboard."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton

import ui.pages
from helper.store import Store
from ui.app import create_main_window
from ui.dialogs.setup_dialog import SetupDialog, default_case_title
from ui.pages.settings import SettingsPage


@pytest.fixture(autouse=True)
def settings_page_only(monkeypatch):
    """The set-up does not depend on which feature pages have landed."""
    monkeypatch.setattr(ui.pages, "page_classes", lambda: [SettingsPage])


@pytest.fixture
def window(qtbot, home):
    win = create_main_window(home)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def first_run_dialog(qtbot, window) -> SetupDialog:
    qtbot.waitUntil(lambda: window.setup_dialog is not None and window.setup_dialog.isVisible())
    return window.setup_dialog


def child(dialog, cls, name):
    widget = dialog.findChild(cls, name)
    assert widget is not None, name
    return widget


def choose(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def test_first_run_setup_opens_on_an_empty_store_and_saves_a_case(qtbot, window, home):
    dialog = first_run_dialog(qtbot, window)
    assert dialog.objectName() == "setup-dialog"
    qtbot.keyClicks(child(dialog, QLineEdit, "setup-member-name"), "Ana Ruiz")
    qtbot.keyClicks(child(dialog, QLineEdit, "setup-member-id"), "XYZ123456789")
    choose(child(dialog, QComboBox, "setup-state"), "NM")
    choose(child(dialog, QComboBox, "setup-plan-type"), "employer_self_funded")
    choose(child(dialog, QComboBox, "setup-grandfathered"), False)
    choose(child(dialog, QComboBox, "setup-policy"), "bcbsnm-cpcp043")
    qtbot.keyClicks(child(dialog, QLineEdit, "setup-baby-name"), "Leo")
    dialog.birth_date.setDate(QDate(2026, 8, 1))
    assert child(dialog, QLineEdit, "setup-case-title").text() == "Ana and Leo"
    # Choosing a known policy fills in the insurer's name when it is empty.
    assert (
        child(dialog, QLineEdit, "setup-insurer").text()
        == "Blue Cross and Blue Shield of New Mexico"
    )

    qtbot.mouseClick(child(dialog, QPushButton, "setup-save"), Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: window.setup_dialog is None)
    store = window.context.store
    [summary] = store.list_cases()
    assert summary.title == "Ana and Leo"
    assert window.context.case_id == summary.id
    assert window.case_switcher.currentText() == "Ana and Leo"
    case = store.get_case(summary.id)
    assert case.member.name == "Ana Ruiz"
    assert case.member.member_id == "XYZ123456789"
    assert case.member.state == "NM"
    assert case.plan.type == "employer_self_funded"
    assert case.plan.grandfathered is False
    assert case.plan.policy == "bcbsnm-cpcp043"
    assert case.baby.name == "Leo"
    assert case.baby.birth_date == dt.date(2026, 8, 1)
    assert case.baby.multiples == 1


def test_saving_without_the_required_fields_names_them_and_stores_nothing(qtbot, window):
    dialog = first_run_dialog(qtbot, window)
    qtbot.mouseClick(child(dialog, QPushButton, "setup-save"), Qt.MouseButton.LeftButton)
    errors = child(dialog, QLabel, "setup-errors")
    assert errors.isVisible()
    for needed in ("Your name", "State", "Kind of plan", "Name for this case"):
        assert needed in errors.text()
    assert dialog.isVisible()
    assert window.context.store.list_cases() == []
    # The first missing field gets the focus, so a keyboard user lands where to type.
    assert QApplication.focusWidget() is child(dialog, QLineEdit, "setup-member-name")


def test_i_dont_know_answers_are_valid(qtbot, window):
    dialog = first_run_dialog(qtbot, window)
    qtbot.keyClicks(dialog.member_name, "Maria")
    choose(dialog.state, "CA")
    choose(dialog.plan_type, "unknown")
    dialog.birth_unknown.setChecked(True)
    assert not dialog.birth_date.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.setup_dialog is None)
    [summary] = window.context.store.list_cases()
    case = window.context.store.get_case(summary.id)
    assert summary.title == "Maria"
    assert case.plan.type == "unknown"
    assert case.plan.grandfathered is None
    assert case.plan.policy is None
    assert case.baby.birth_date is None


def test_explanation_follows_the_chosen_plan_type(qtbot, window):
    dialog = first_run_dialog(qtbot, window)
    help_label = child(dialog, QLabel, "setup-plan-type-help")
    assert "Summary Plan Description" in help_label.text()
    choose(dialog.plan_type, "employer_self_funded")
    assert "employer pays the claims" in help_label.text()
    assert "HR or benefits office" in help_label.text()
    grandfathered_help = child(dialog, QLabel, "setup-grandfathered-help")
    assert "45 CFR 147.140(a)(2)" in grandfathered_help.text()


def test_setup_can_be_completed_with_the_keyboard_alone(qtbot, window):
    dialog = first_run_dialog(qtbot, window)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.member_name)

    def type_here(text: str) -> None:
        qtbot.keyClicks(QApplication.focusWidget(), text)

    def tab() -> None:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)

    type_here("Ana Ruiz")
    tab()  # member ID
    tab()  # group number
    tab()  # state: typing the first letters of a name, then arrows, picks it
    assert QApplication.focusWidget() is dialog.state
    type_here("New")
    assert dialog.state.currentData() == "NH"
    qtbot.keyClick(dialog.state, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.state, Qt.Key.Key_Down)
    assert dialog.state.currentData() == "NM"
    for _ in range(5):  # phone, email, address, insurer, kind of plan
        tab()
    assert QApplication.focusWidget() is dialog.plan_type
    type_here("I")
    assert dialog.plan_type.currentData() == "unknown"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: window.setup_dialog is None)
    [summary] = window.context.store.list_cases()
    assert summary.title == "Ana"
    assert window.context.store.get_case(summary.id).member.state == "NM"


def test_every_field_is_named_for_screen_readers(qtbot, window):
    dialog = first_run_dialog(qtbot, window)
    fields = [
        w
        for w in dialog.findChildren(QLineEdit) + dialog.findChildren(QComboBox)
        if w.objectName().startswith("setup-")
    ]
    assert len(fields) >= 12
    for widget in fields + dialog.findChildren(QPushButton):
        assert widget.objectName(), widget
        assert widget.accessibleName(), widget.objectName()
        assert widget.toolTip() or widget.accessibleDescription(), widget.objectName()


def test_new_case_opens_the_same_form_and_adds_a_second_case(qtbot, home):
    with Store.open(home) as store:
        from helper.model import Case

        store.add_case(Case.from_dict({"format": "lactation-case/1"}), title="First")
    win = create_main_window(home)
    qtbot.addWidget(win)
    win.show()
    assert win.setup_dialog is None  # a store with a case asks nothing at start
    dialog = win.open_new_case()
    assert dialog.windowTitle() == "New case"
    qtbot.keyClicks(dialog.member_name, "Jo")
    choose(dialog.state, "NY")
    choose(dialog.plan_type, "individual_marketplace")
    dialog.case_title.clear()
    qtbot.keyClicks(dialog.case_title, "Jo and twins")
    qtbot.keyClicks(dialog.baby_name, "Sam")  # an edited title is not replaced
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.setup_dialog is None)
    titles = [s.title for s in win.context.store.list_cases()]
    assert titles == ["First", "Jo and twins"]
    assert win.case_switcher.count() == 2
    assert win.case_switcher.currentText() == "Jo and twins"


@pytest.mark.parametrize(
    ("member", "baby", "title"),
    [("Ana Ruiz", "Leo", "Ana and Leo"), ("Ana", "", "Ana"), ("", "Leo", "Leo"), ("", "", "")],
)
def test_default_case_title(member, baby, title):
    assert default_case_title(member, baby) == title
