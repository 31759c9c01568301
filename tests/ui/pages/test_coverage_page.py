"""Coverage page: editing a visit makes its finding appear and disappear, the plan form
saves, letters open from findings, and the summary PDF holds the findings."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFrame,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QToolButton,
)

from helper.model import Case
from helper.store import Store
from tests.helper.pdf_support import pdf_text
from tests.ui.ui_support import click, example_window
from ui import ask
from ui.context import AppContext
from ui.pages.coverage import CoveragePage

TODAY = dt.date(2026, 11, 27)


@pytest.fixture
def aca_case(example_case_dict) -> Case:
    """The spec example made an in-network ACA visit with nothing owed: no problems."""
    case = Case.from_dict(example_case_dict)
    visit = case.visits[0]
    visit.provider.network = "in"
    visit.claim.status, visit.claim.member_cost = "paid", None
    visit.claim.denial_date = visit.claim.denial_reason = None
    return case


@pytest.fixture
def page(qtbot, home, aca_case):
    store = Store.open(home)
    context = AppContext(store)
    context.set_case(store.add_case(aca_case))
    page = CoveragePage(context, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1300, 1000)
    page.show()
    qtbot.waitExposed(page)
    yield page
    store.close()


def open_visit_editor(qtbot, page):
    visits = page.findChild(QListWidget, "coverage-visits")
    visits.setCurrentRow(0)
    click(qtbot, page.findChild(QPushButton, "coverage-edit-visit"))
    editor = page.editor
    qtbot.waitExposed(editor)
    return editor


def shown_kinds(page) -> list[str]:
    return [
        f.property("kind")
        for f in page.findChildren(QFrame)
        if re.fullmatch(r"finding-\d+", f.objectName())
    ]


def test_extra_units_finding_appears_and_disappears(qtbot, page):
    assert "untimed_code_extra_units" not in shown_kinds(page)

    editor = open_visit_editor(qtbot, page)
    editor.findChild(QSpinBox, "line-0-units").setValue(2)
    with qtbot.waitSignal(page.context.case_edited):
        click(qtbot, editor.findChild(QPushButton, "visit-save"))
    assert "untimed_code_extra_units" in shown_kinds(page)
    n = shown_kinds(page).index("untimed_code_extra_units") + 1
    message = page.findChild(QLabel, f"finding-{n}-message").text()
    assert "S9443" in message
    assert (
        page.findChild(QLabel, f"finding-{n}-severity").text() == "Problem"
    )  # a word, not only a colour
    assert page.context.case().visits[0].lines[0].units == 2

    editor = open_visit_editor(qtbot, page)
    editor.findChild(QSpinBox, "line-0-units").setValue(1)
    with qtbot.waitSignal(page.context.case_edited):
        click(qtbot, editor.findChild(QPushButton, "visit-save"))
    assert "untimed_code_extra_units" not in shown_kinds(page)


def test_cost_sharing_on_an_aca_visit_is_found(qtbot, page):
    assert "cost_sharing_on_preventive" not in shown_kinds(page)
    editor = open_visit_editor(qtbot, page)
    editor.findChild(QDoubleSpinBox, "claim-member-cost").setValue(40)
    with qtbot.waitSignal(page.context.case_edited):
        click(qtbot, editor.findChild(QPushButton, "visit-save"))
    assert "cost_sharing_on_preventive" in shown_kinds(page)


def test_sources_show_their_quoted_words_on_demand(qtbot, page):
    assert shown_kinds(page), "the ACA case has at least an info finding"
    sources = page.findChild(QLabel, "finding-1-source-1")
    assert sources is not None and sources.text().startswith("Source: ")
    assert not sources.isVisible()
    click(qtbot, page.findChild(QToolButton, "finding-1-sources-toggle"))
    assert sources.isVisible()
    click(qtbot, page.findChild(QToolButton, "finding-1-source-1-toggle"))
    assert page.findChild(QLabel, "finding-1-source-1-quote").isVisible()


def test_a_bad_code_line_is_refused_with_the_field_named(qtbot, page):
    editor = open_visit_editor(qtbot, page)
    click(qtbot, editor.findChild(QPushButton, "visit-add-line"))
    click(qtbot, editor.findChild(QPushButton, "visit-save"))
    errors = editor.findChild(QLabel, "visit-errors")
    assert errors.isVisible() and "lines[1].code" in errors.text()
    assert len(page.context.case().visits[0].lines) == 1  # nothing stored
    editor.reject()


def test_plan_form_saves_and_the_check_follows(qtbot, page):
    assert "aca_preventive_applies" in shown_kinds(page)
    page.plan_form.type.set_value("medicaid_managed_care")
    with qtbot.waitSignal(page.context.case_edited):
        click(qtbot, page.findChild(QPushButton, "coverage-save-plan"))
    assert page.context.case().plan.type == "medicaid_managed_care"
    assert "aca_preventive_applies" not in shown_kinds(page)
    assert "medicaid_rules_apply" in shown_kinds(page)


def test_summary_pdf_holds_the_findings(qtbot, page, tmp_path, monkeypatch):
    editor = open_visit_editor(qtbot, page)
    editor.findChild(QSpinBox, "line-0-units").setValue(2)
    with qtbot.waitSignal(page.context.case_edited):
        click(qtbot, editor.findChild(QPushButton, "visit-save"))
    target = tmp_path / "summary.pdf"
    monkeypatch.setattr(ask, "save_file", lambda *a, **k: str(target))
    click(qtbot, page.findChild(QPushButton, "coverage-pdf"))
    text = pdf_text(target)
    assert "Lactation coverage summary" in text
    assert "was billed with 2 units" in text
    assert "Z39.1" in text and "S9443" in text  # the call script's codes
    assert "Only your OB or pediatrician can do that." in text


def test_open_letter_goes_to_the_letters_page(qtbot, home, example_case_dict):
    window = example_window(qtbot, home, example_case_dict)
    window.show_page("coverage")
    coverage = window.page("coverage")
    assert window.context.case_id
    buttons = [
        b
        for b in coverage.findChildren(QPushButton)
        if re.fullmatch(r"finding-\d+-letter", b.objectName())
    ]
    assert buttons, "the gap-exception finding names a letter"
    click(qtbot, buttons[0])
    assert window.current_page() is window.page("letters")
    assert window.page("letters").current_kind() is not None


def test_the_denial_reason_is_suggested_then_confirmed_by_the_parent(qtbot, page):
    """The EOB's words suggest a kind of reason; nothing changes until she chooses it."""
    from PySide6.QtWidgets import QComboBox, QLineEdit

    editor = open_visit_editor(qtbot, page)
    status = editor.findChild(QComboBox, "claim-status")
    status.setCurrentIndex(status.findData("denied"))
    editor.findChild(QLineEdit, "claim-denial-reason").setText("Member deductible applied")
    suggestion = editor.findChild(QLabel, "claim-category-suggestion")
    assert suggestion.isVisible() and "copay, coinsurance or deductible" in suggestion.text()
    assert editor.findChild(QComboBox, "claim-category").currentData() is None
    click(qtbot, editor.findChild(QPushButton, "claim-use-suggestion"))
    assert editor.findChild(QComboBox, "claim-category").currentData() == "cost_sharing"
    assert not suggestion.isVisible()
    with qtbot.waitSignal(page.context.case_edited):
        click(qtbot, editor.findChild(QPushButton, "visit-save"))
    assert page.context.case().visits[0].claim.denial_category == "cost_sharing"


@pytest.fixture
def linked_page(qtbot, home, example_case_dict, monkeypatch):
    """Visits v1, "1" and "2" (no ids), pumps "equipment:0" and "equipment:1"; calls and
    documents about each kind; deletions confirmed."""
    example_case_dict["visits"] += [
        {"date": "2026-08-20", "provider": {"name": "Ann"}},
        {"date": "2026-08-25", "provider": {"name": "Bo"}},
    ]
    example_case_dict["equipment"].append({"date": "2026-09-01", "code": "A4281"})
    call = example_case_dict["calls"][0]
    example_case_dict["calls"] += [dict(call, id="c2", visit="2"), dict(call, id="c3")]
    example_case_dict["calls"][2]["visit"] = "equipment:1"
    example_case_dict["documents"] = [
        {"id": "d1", "file": "documents/d1.pdf", "visit": "v1"},
        {"id": "d2", "file": "documents/d2.pdf", "visit": "2"},
        {"id": "d3", "file": "documents/d3.pdf", "visit": "equipment:0"},
        {"id": "d4", "file": "documents/d4.pdf", "visit": "equipment:1"},
    ]
    store = Store.open(home)
    context = AppContext(store)
    context.set_case(store.add_case(Case.from_dict(example_case_dict)))
    page = CoveragePage(context, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    monkeypatch.setattr(ask, "confirm", lambda *args: True)
    yield page
    store.close()


def test_deleting_a_visit_keeps_calls_and_documents_pointing_at_visits_that_exist(
    qtbot, linked_page
):
    """What was about the deleted visit is unlinked; what was about a visit known by its
    position follows it. So the exported case is a file the import accepts."""
    from helper.model.intake import load_case_text

    context = linked_page.context
    linked_page.findChild(QListWidget, "coverage-visits").setCurrentRow(0)
    with qtbot.waitSignal(context.calls_changed):
        linked_page.delete_visit()

    case = context.store.get_case(context.case_id)
    assert [c.visit for c in case.calls] == [None, "1", "equipment:1"]
    assert [d.visit for d in case.documents] == [None, "1", "equipment:0", "equipment:1"]
    assert case.find_visit("1").provider.name == "Bo"
    assert load_case_text(case.to_json()).case.calls[1].visit == "1"


def test_deleting_a_pump_keeps_calls_and_documents_pointing_at_pumps_that_exist(qtbot, linked_page):
    from helper.model.intake import load_case_text

    context = linked_page.context
    linked_page.findChild(QListWidget, "coverage-equipment").setCurrentRow(0)
    with qtbot.waitSignal(context.calls_changed):
        linked_page.delete_equipment()

    case = context.store.get_case(context.case_id)
    assert [c.visit for c in case.calls] == ["v1", "2", "equipment:0"]
    assert [d.visit for d in case.documents] == ["v1", "2", None, "equipment:0"]
    assert case.equipment[0].code == "A4281"
    load_case_text(case.to_json())


def test_the_plan_finder_sets_and_saves_the_plan_type(qtbot, page):
    button = page.findChild(QPushButton, "coverage-find-plan-type")
    assert button.accessibleName() and button.accessibleDescription()
    click(qtbot, button)
    dialog = button.dialog
    assert dialog is not None and dialog.isVisible()
    use = dialog.findChild(QPushButton, "plan-finder-use")
    assert not use.isEnabled()
    for answer in ("neither", "job", "government", "insured"):
        click(qtbot, dialog.findChild(QPushButton, f"plan-finder-answer-{answer}"))
    assert use.isEnabled()
    click(qtbot, use)
    qtbot.waitUntil(lambda: button.dialog is None)
    plan = page.context.case().plan
    assert plan.type == "employer_fully_insured"
    assert plan.sponsor == "government"
    assert page.plan_form.type.value() == "employer_fully_insured"


def test_cancelling_the_plan_finder_changes_nothing(qtbot, page):
    before = page.context.case().plan.type
    button = page.findChild(QPushButton, "coverage-find-plan-type")
    dialog = button.open_finder()
    click(qtbot, dialog.findChild(QPushButton, "plan-finder-answer-chip"))
    click(qtbot, dialog.findChild(QPushButton, "plan-finder-cancel"))
    qtbot.waitUntil(lambda: button.dialog is None)
    assert page.context.case().plan.type == before
