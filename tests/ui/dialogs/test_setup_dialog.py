"""First-run set-up: it appears on an empty store, saves a case, and works from the keyboard."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton

import ui.pages
from helper.store import Store
from ui.app import create_main_window
from ui.dialogs.setup_dialog import SetupDialog, default_case_title
from ui.pages.settings import SettingsPage


@pytest.fixture(autouse=True)
def settings_page_only(monkeypatch):
    """The set-up does not depend on which feature pages have landed."""
    monkeypatch.setattr(ui.pages, "page_entries", lambda: [SettingsPage])


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


def click(button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    button.click()


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
    click(child(dialog, QPushButton, "setup-next"))
    assert child(dialog, QLabel, "setup-step").text() == "Step 2 of 4: Your plan"
    for answer in ("neither", "job", "private", "self_funded"):
        click(child(dialog, QPushButton, f"plan-finder-answer-{answer}"))
    assert dialog.plan_type.currentData() == "employer_self_funded"
    assert "employer_self_funded" not in child(dialog, QLabel, "plan-finder-result").text()
    assert "self-funded" in child(dialog, QLabel, "plan-finder-result").text()
    choose(child(dialog, QComboBox, "setup-grandfathered"), False)
    choose(child(dialog, QComboBox, "setup-policy"), "bcbsnm-cpcp043")
    click(child(dialog, QPushButton, "setup-next"))
    qtbot.keyClicks(child(dialog, QLineEdit, "setup-baby-name"), "Leo")
    dialog.birth_date.setDate(QDate(2026, 8, 1))
    click(child(dialog, QPushButton, "setup-next"))
    assert not child(dialog, QPushButton, "setup-next").isVisible()
    assert child(dialog, QLineEdit, "setup-case-title").text() == "Ana and Leo"
    assert "Job-based plan paid by the employer" in child(dialog, QLabel, "setup-summary").text()
    # Choosing a known policy fills in the insurer's name when it is empty.
    assert (
        child(dialog, QLineEdit, "setup-insurer").text()
        == "Blue Cross and Blue Shield of New Mexico"
    )

    click(child(dialog, QPushButton, "setup-save"))

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
    assert case.plan.sponsor == "private"
    assert case.plan.grandfathered is False
    assert case.plan.policy == "bcbsnm-cpcp043"
    assert case.baby.name == "Leo"
    assert case.baby.birth_date == dt.date(2026, 8, 1)
    assert case.baby.multiples == 1


def test_next_names_the_missing_fields_of_the_step_and_stays(qtbot, window):
    dialog = first_run_dialog(qtbot, window)
    click(child(dialog, QPushButton, "setup-next"))
    errors = child(dialog, QLabel, "setup-errors")
    assert errors.isVisible()
    for needed in ("Your name", "State"):
        assert needed in errors.text()
    assert "Kind of plan" not in errors.text()  # that is the next step's question
    assert dialog.step == 0
    assert dialog.isVisible()
    assert window.context.store.list_cases() == []
    # The first missing field gets the focus, so a keyboard user lands where to type.
    assert QApplication.focusWidget() is child(dialog, QLineEdit, "setup-member-name")


def test_saving_with_a_field_missing_on_an_earlier_step_goes_back_there(qtbot, window):
    dialog = first_run_dialog(qtbot, window)
    qtbot.keyClicks(dialog.member_name, "Ana")
    choose(dialog.state, "NM")
    dialog.go_to(3)  # (skipping the plan step, as a test can)
    click(dialog.save_button)
    assert "Kind of plan is needed." in dialog.errors.text()
    assert dialog.step == 1
    assert QApplication.focusWidget() is dialog.plan_type
    assert window.context.store.list_cases() == []


def test_i_dont_know_answers_are_valid(qtbot, window):
    dialog = first_run_dialog(qtbot, window)
    qtbot.keyClicks(dialog.member_name, "Maria")
    choose(dialog.state, "CA")
    click(dialog.next_button)
    click(dialog.finder.answer_buttons["dont_know"])
    click(dialog.finder.answer_buttons["dont_know"])
    assert dialog.plan_type.currentData() == "unknown"
    # The app says what it assumes and how to find out.
    result = child(dialog, QLabel, "plan-finder-result").text()
    assert "earliest deadlines" in result and "member services" in result
    assert "earliest deadlines" in child(dialog, QLabel, "setup-plan-type-help").text()
    click(dialog.next_button)
    dialog.birth_unknown.setChecked(True)
    assert not dialog.birth_date.isEnabled()
    click(dialog.next_button)
    click(dialog.save_button)
    qtbot.waitUntil(lambda: window.setup_dialog is None)
    [summary] = window.context.store.list_cases()
    case = window.context.store.get_case(summary.id)
    assert summary.title == "Maria"
    assert case.plan.type == "unknown"
    assert case.plan.sponsor is None
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


def test_the_finder_goes_back_and_starts_over(qtbot, window):
    dialog = first_run_dialog(qtbot, window)
    dialog.go_to(1)
    finder = dialog.finder
    question = child(dialog, QLabel, "plan-finder-question")
    assert "Medicaid, Medi-Cal or CHIP" in question.text()
    assert not finder.back_button.isEnabled()
    click(finder.answer_buttons["neither"])
    assert question.text() == "Where did you get this plan?"
    assert {"job", "union", "federal", "military", "marketplace", "bought_myself"} <= set(
        finder.answer_buttons
    )
    click(finder.answer_buttons["job"])
    click(finder.answer_buttons["government"])
    assert "Summary Plan Description" in child(dialog, QLabel, "plan-finder-help").text()
    click(finder.answer_buttons["dont_know"])
    assert dialog.plan_type.currentData() == "unknown"
    assert dialog.sponsor() == "government"
    assert "state or local government" in child(dialog, QLabel, "plan-finder-result").text()
    click(finder.back_button)
    assert set(finder.answer_buttons) == {"insured", "self_funded", "dont_know"}
    click(finder.restart_button)
    assert "Medicaid" in question.text()
    click(finder.answer_buttons["medicaid"])
    click(finder.answer_buttons["health_plan"])
    assert dialog.plan_type.currentData() == "medicaid_managed_care"
    assert dialog.sponsor() is None
    # Choosing another type by hand is allowed; the finder's sponsor then does not apply.
    choose(dialog.plan_type, "fehb")
    assert dialog.case_data()["plan"]["type"] == "fehb"
    assert "sponsor" not in dialog.case_data()["plan"]


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
    click(dialog.next_button)
    click(dialog.finder.answer_buttons["neither"])
    click(dialog.finder.answer_buttons["marketplace"])
    assert dialog.plan_type.currentData() == "individual_marketplace"
    click(dialog.next_button)
    dialog.case_title.clear()
    qtbot.keyClicks(dialog.case_title, "Jo and twins")
    qtbot.keyClicks(dialog.baby_name, "Sam")  # an edited title is not replaced
    click(dialog.next_button)
    click(dialog.save_button)
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
