"""Checklist page: steps follow the plan, ticks survive a restart, pushback cards cite."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QToolButton

from helper.model import Case
from helper.store import Store
from tests.ui.ui_support import click
from ui.context import AppContext
from ui.pages.checklist import ChecklistPage


@pytest.fixture
def opened(home, example_case_dict):
    store = Store.open(home)
    case_id = store.add_case(Case.from_dict(example_case_dict))
    yield store, case_id
    store.close()


def make_page(qtbot, store, case_id) -> ChecklistPage:
    context = AppContext(store)
    context.set_case(case_id)
    page = ChecklistPage(context)
    qtbot.addWidget(page)
    page.resize(1000, 2400)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_ticks_survive_a_restart(qtbot, home, opened):
    store, case_id = opened
    page = make_page(qtbot, store, case_id)
    total = len(page.steps)
    assert page.progress_text() == f"0 of {total} done"
    for step_id in ("ask_coverage", "ask_gap_exception"):
        click(qtbot, page.findChild(QCheckBox, f"step-{step_id}-tick"))
    assert page.progress_text() == f"2 of {total} done"
    store.close()

    reopened = Store.open(home)
    try:
        again = make_page(qtbot, reopened, case_id)
        assert again.step_widgets["ask_coverage"].tick.isChecked()
        assert again.step_widgets["ask_gap_exception"].tick.isChecked()
        assert not again.step_widgets["ask_in_network"].tick.isChecked()
        assert again.progress_text() == f"2 of {total} done"
    finally:
        reopened.close()


def test_step_opens_to_why_words_and_source(qtbot, opened):
    page = make_page(qtbot, *opened)
    details = page.findChild(QLabel, "step-ask_gap_exception-why").parentWidget()
    assert not details.isVisible()
    click(qtbot, page.findChild(QToolButton, "step-ask_gap_exception-more"))
    assert details.isVisible()
    assert "gap exception" in page.findChild(QLabel, "step-ask_gap_exception-say").text()
    source = page.findChild(QLabel, "step-ask_gap_exception-source")
    assert "insurance guide for families" in source.text()
    quote = page.findChild(QLabel, "step-ask_gap_exception-source-quote")
    assert quote is None or not quote.isVisible()  # made when first asked for
    toggle = page.findChild(QToolButton, "step-ask_gap_exception-source-toggle")
    click(qtbot, toggle)
    quote = page.findChild(QLabel, "step-ask_gap_exception-source-quote")
    assert quote.isVisible() and "gap exception" in quote.text()
    click(qtbot, toggle)
    assert not quote.isVisible()


def test_steps_follow_the_plan(qtbot, opened):
    store, case_id = opened
    case = store.get_case(case_id)
    case.plan.type = "employer_self_funded"
    store.save_case(case_id, case)
    page = make_page(qtbot, store, case_id)
    assert "complaint_ebsa" in page.step_widgets and "complaint_state" not in page.step_widgets
    case.plan.type = "medicaid_managed_care"
    page.context.save_case(case)
    assert "medicaid_policy" in page.step_widgets
    assert "call_again_aca" not in page.step_widgets and "check_no_cost" not in page.step_widgets


def test_pushback_cards_show_answers_and_citations(qtbot, opened):
    page = make_page(qtbot, *opened)
    for card in (
        "only_ob_or_pediatrician",
        "approval_first",
        "out_of_network",
        "codes_wrong",
        "cost_sharing",
        "billed_under_baby",
    ):
        assert page.findChild(QLabel, f"pushback-{card}-answer-1") is not None, card
        assert page.findChild(QLabel, f"pushback-{card}-source-1-1").text().startswith("Source: ")
    ob = page.findChild(QLabel, "pushback-only_ob_or_pediatrician-answer-1").text()
    assert "not feeding specialists" in ob
    sources = [
        label.text()
        for label in page.findChildren(QLabel)
        if label.objectName().startswith("pushback-billed_under_baby-source-")
    ]
    assert any("CPCP043" in text for text in sources)
    codes = page.findChild(type(page.call_script.codes), "call-codes")
    shown = [codes.item(row, 0).text() for row in range(codes.rowCount())]
    assert shown[:2] == ["Z39.1", "S9443"] and "98960" in shown


def test_medicaid_cards_cite_the_plans_policy_not_the_aca(qtbot, opened):
    store, case_id = opened
    case = store.get_case(case_id)
    case.plan.type, case.plan.policy = "medicaid_managed_care", "ccah-breastfeeding"
    store.save_case(case_id, case)
    page = make_page(qtbot, store, case_id)
    answers = [
        label.text() for label in page.findChildren(QLabel) if "-answer-" in label.objectName()
    ]
    citations = [
        label.text()
        for label in page.findChildren(QLabel)
        if label.objectName().startswith("pushback-")
        and "-source-" in label.objectName()
        and not label.objectName().endswith("-quote")
    ]
    assert any("Central California Alliance for Health" in t for t in citations)
    assert not any("2713" in t or "Affordable Care Act" in t or "CFR 147" in t for t in citations)
    assert not any("Affordable Care Act" in t for t in answers)


def test_log_this_call_opens_the_call_editor_prefilled(qtbot, opened):
    page = make_page(qtbot, *opened)
    button = page.findChild(QPushButton, "call-log-button")
    assert button.isEnabled()
    page.tabs.setCurrentIndex(1)
    click(qtbot, button)
    editor = page.editor
    assert editor is not None and editor.isVisible()
    assert editor.objectName() == "call-editor"
    call = editor.current_call()
    assert call.visit == "v1"  # the denied visit
    assert call.department == "Member services"
    editor.saved()  # close without leaving a draft behind


def test_without_a_case_general_steps_show_and_ticks_are_off(qtbot, home):
    store = Store.open(home)
    try:
        page = ChecklistPage(AppContext(store))
        qtbot.addWidget(page)
        page.show()
        assert "plan_type_unknown" in page.step_widgets
        assert not page.step_widgets["ask_coverage"].tick.isEnabled()
        assert not page.findChild(QPushButton, "call-log-button").isEnabled()
    finally:
        store.close()


def test_the_external_review_step_says_who_reviews_this_plan(qtbot, opened):
    page = make_page(qtbot, *opened)
    click(qtbot, page.findChild(QToolButton, "step-external_review-more"))
    line = page.findChild(QLabel, "step-external_review-for-you")
    assert line is not None and line.isVisible()
    assert line.text().startswith("For your plan") and "http" in line.text()
