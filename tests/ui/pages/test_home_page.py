"""Home page: what's next with days left, a friendly start without a case, and the
deadlines calendar file."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from helper.model import Case
from helper.store import Store
from tests.ui.ui_support import click, example_window
from ui import ask
from ui.context import AppContext
from ui.pages.home import HomePage

TODAY = dt.date(2026, 11, 27)


@pytest.fixture
def context(home, example_case_dict):
    store = Store.open(home)
    context = AppContext(store)
    context.set_case(store.add_case(Case.from_dict(example_case_dict)))
    yield context
    store.close()


def make_page(qtbot, context) -> HomePage:
    page = HomePage(context, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(900, 1200)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_deadline_shows_date_and_days_left(qtbot, context):
    page = make_page(qtbot, context)
    assert (
        page.findChild(QLabel, "home-deadline-1").text()
        == "Appeal by March 9, 2027 — 102 days left"
    )
    actions = [page.findChild(QLabel, f"home-action-{n}") for n in (1, 2)]
    assert all(a is not None for a in actions)
    assert actions[0].text().startswith("Problem: ")
    follow = page.findChild(QLabel, "home-follow-up-1").text()
    assert (
        "September 19, 2026" in follow
        and "passed 69 days ago" in follow
        and "REF-20260912-01" in follow
    )
    last = page.findChild(QLabel, "home-last-letter").text()
    assert "Appeal a denied or charged visit or pump (ACA plans)" in last
    assert "by email to appeals@example-insurer.com" in last and "aca appeal" not in last


def test_calendar_file_holds_the_deadline(qtbot, context, tmp_path, monkeypatch):
    page = make_page(qtbot, context)
    target = tmp_path / "deadlines.ics"
    told = []
    monkeypatch.setattr(ask, "save_file", lambda *a, **k: str(target))
    monkeypatch.setattr(ask, "inform", lambda parent, title, text: told.append(text))
    click(qtbot, page.findChild(QPushButton, "home-calendar"))
    raw = target.read_bytes().decode("utf-8")
    assert raw.startswith("BEGIN:VCALENDAR\r\n") and raw.endswith("END:VCALENDAR\r\n")
    lines = raw.replace("\r\n ", "").split("\r\n")  # unfold
    assert lines.count("BEGIN:VEVENT") == 2  # the appeal deadline and the call-back
    assert "DTSTART;VALUE=DATE:20270309" in lines
    assert "DTSTART;VALUE=DATE:20260919" in lines
    assert lines.count("BEGIN:VALARM") == 2
    assert told and "deadlines.ics" in told[0]


def test_edits_elsewhere_update_the_list(qtbot, context):
    page = make_page(qtbot, context)
    case = context.case()
    case.visits[0].claim.denial_date = dt.date(2026, 11, 1)
    context.save_case(case)
    assert (
        page.findChild(QLabel, "home-deadline-1").text()
        == "Appeal by April 30, 2027 — 154 days left"
    )


def test_no_case_gives_a_friendly_start_that_opens_new_case(qtbot, home, example_case_dict):
    window = example_window(qtbot, home, example_case_dict)
    window.context.set_case(None)
    page = window.page("home")
    assert page.findChild(QLabel, "home-welcome") is not None
    button = page.findChild(QPushButton, "home-new-case")
    assert button.isEnabled()
    click(qtbot, button)
    assert window.setup_dialog is not None and window.setup_dialog.isVisible()
    window.setup_dialog.close()


def test_without_the_main_window_the_start_says_where_to_begin(qtbot, home):
    store = Store.open(home)
    try:
        page = make_page(qtbot, AppContext(store))
        assert not page.findChild(QPushButton, "home-new-case").isEnabled()
        assert "File > New case" in page.findChild(QLabel, "home-new-case-hint").text()
    finally:
        store.close()
