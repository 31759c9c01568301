"""Pages share one read of the current case and one coverage check, and hidden pages wait
until they are shown: the window with a real store, two cases, every page."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit, QPushButton

from helper.model import Case
from helper.store import Store
from ui import ask
from ui.app import create_main_window
from ui.pages.base import Page


@pytest.fixture
def cases(home, example_case_dict) -> tuple[str, str]:
    other = Case.from_dict(example_case_dict)
    other.plan.type = "unknown"
    other.member.name = "Bea Lopez"
    other.calls = []
    with Store.open(home) as store:
        first = store.add_case(Case.from_dict(example_case_dict), title="Ana and Leo")
        second = store.add_case(other, title="Bea and Max")
        store.set_setting("last_case", first)
    return first, second


@pytest.fixture
def window(qtbot, home, cases):
    win = create_main_window(home)
    qtbot.addWidget(win)
    win.resize(1100, 760)
    win.show()
    win.show_page("home")
    return win


def fresh_pages(win) -> list[str]:
    return [page.name for page in win.pages if not page.stale]


def test_the_case_is_read_once_per_version(window, cases):
    context = window.context
    case = context.case()
    assert context.case() is case
    copy = context.case_copy()
    assert copy is not case and copy.to_dict() == case.to_dict()
    copy.plan.insurer = "Another insurer"
    context.save_case(copy)
    assert context.case() is not case
    assert context.case().plan.insurer == "Another insurer"
    after_save = context.case()
    context.notify_calls_changed()
    assert context.case() is not after_save
    context.set_case(cases[1])
    assert context.case().member.name == "Bea Lopez"


def test_the_coverage_check_runs_once_per_case_version(window):
    context = window.context
    report = context.report("en")
    assert report is not None and context.report("en") is report
    window.show_page("coverage")
    coverage = window.page("coverage")
    assert coverage.report is report  # the page shows the same check as the home page
    assert coverage.save_plan()
    assert context.report("en") is not report
    assert coverage.report is context.report("en")


def test_hidden_pages_refresh_when_shown(window, cases):
    checklist = window.page("checklist")
    window.show_page("checklist")
    before = checklist.plan_note.text()
    window.show_page("home")
    window.case_switcher.setCurrentIndex(window.case_switcher.findData(cases[1]))
    assert window.context.case_id == cases[1]
    assert fresh_pages(window) == ["home"]  # only the page on screen was refreshed
    assert checklist.plan_note.text() == before  # still the old case, not yet shown
    window.show_page("checklist")
    assert not checklist.stale
    assert checklist.plan_note.text() != before
    assert "Affordable Care Act" in checklist.plan_note.text()  # plan type unknown


def test_start_fills_in_only_the_page_left_open(qtbot, home, cases):
    with Store.open(home) as store:
        store.set_setting("last_page", "calls")
    win = create_main_window(home, defer_pages=True)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.pages_ready):
        win.show()
    assert win.current_page().name == "calls"
    assert fresh_pages(win) == ["calls"]
    assert win.page("calls").model.rowCount() == 1
    win.show_page("home")
    assert win.findChild(QPushButton, "home-go-checklist") is not None


def test_a_call_logged_from_the_checklist_reaches_the_calls_page(qtbot, window, monkeypatch):
    calls = window.page("calls")
    window.show_page("calls")
    assert calls.model.rowCount() == 1
    window.show_page("checklist")
    editor = window.page("checklist").log_call()
    editor.findChild(QLineEdit, "call-rep-name").setText("Dana")
    with qtbot.waitSignal(editor.finished):
        editor.request_save()
    assert calls.stale
    assert len(window.context.case().calls) == 2
    window.show_page("calls")
    assert calls.model.rowCount() == 2


def test_a_call_saved_on_the_calls_page_keeps_the_table_and_tells_the_others(qtbot, window):
    window.show_page("calls")
    calls = window.page("calls")
    editor = calls.new_call()
    editor.findChild(QLineEdit, "call-rep-name").setText("Dana")
    home = window.page("home")
    with qtbot.waitSignal(editor.finished):
        editor.request_save()
    assert calls.model.rowCount() == 2
    assert calls.selected_call() is not None and calls.selected_call().rep_name == "Dana"
    assert home.stale
    assert [c.rep_name for c in window.context.case().calls].count("Dana") == 1
    calls.undo_action.trigger()
    assert len(window.context.case().calls) == 1  # undo is a change the others hear of


def test_coverage_edits_work_on_a_copy(window, monkeypatch):
    shared = window.context.case()
    visits = len(shared.visits)
    window.show_page("coverage")
    coverage = window.page("coverage")
    coverage.visits.setCurrentRow(0)
    monkeypatch.setattr(ask, "confirm", lambda *args: True)
    coverage.delete_visit()
    assert len(shared.visits) == visits  # the case other pages were given is untouched
    assert len(window.context.case().visits) == visits - 1
    assert coverage.visits.count() == visits - 1


def test_showing_every_page_leaves_the_shared_case_as_stored(window, cases):
    shared = window.context.case()
    stored = window.context.store.get_case(cases[0]).to_dict()
    for page in window.pages:
        window.show_page(page.name)
        assert not page.stale
    assert window.context.case() is shared
    assert shared.to_dict() == stored


def test_a_page_added_later_is_filled_in_when_shown(qtbot, window):
    class Counting(Page):
        name = "counting"
        title = "Counting"
        seen: list[str | None] = []

        def refresh(self) -> None:
            self.seen.append(self.context.case_id)

    page = Counting(window.context)
    window.add_page(page)
    assert page.seen == []
    window.context.notify_letters_changed()
    assert page.seen == []
    window.show_page("counting")
    assert page.seen == [window.context.case_id]
    window.context.case_edited.emit(window.context.case_id)
    assert len(page.seen) == 2  # on screen: at once
