"""The call editor dialog: fields, call timer, call script, drafts and closing."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from helper import knowledge
from helper.call_timer import CallTimer, format_elapsed
from helper.model import Call, Case
from helper.store import Store
from ui import ask
from ui.context import AppContext
from ui.dialogs.call_editor import CallEditor
from ui.pages.calls import CallsPage

NOW = dt.datetime(2026, 9, 20, 14, 30, 45)
FIELDS = [
    "started",
    "minutes",
    "department",
    "phone",
    "rep-name",
    "rep-id",
    "reference",
    "visit",
    "summary",
    "outcome",
    "follow-up-set",
    "follow-up",
    "timer-start",
    "timer-stop",
    "save",
    "cancel",
]


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def case(example_case_dict) -> Case:
    return Case.from_dict(example_case_dict)


@pytest.fixture
def case_id(store, case):
    return store.add_case(case)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def make_editor(qtbot, store, case_id, case, clock, call=None) -> CallEditor:
    editor = CallEditor(store, case_id, case, call=call, clock=clock, wall_clock=lambda: NOW)
    # At teardown close as after a save, so no "Discard this call?" question comes up.
    qtbot.addWidget(editor, before_close_func=lambda widget: setattr(widget, "_finished", True))
    editor.open()
    return editor


@pytest.fixture
def editor(qtbot, store, case_id, case, clock) -> CallEditor:
    return make_editor(qtbot, store, case_id, case, clock)


def child(editor: QWidget, kind, name: str):
    widget = editor.findChild(kind, name)
    assert widget is not None, name
    return widget


def test_every_field_is_named_and_described(editor):
    assert editor.objectName() == "call-editor" and editor.isVisible()
    assert editor.isModal()  # window-modal, opened with open()
    for name in FIELDS:
        widget = child(editor, QWidget, f"call-{name}")
        assert widget.accessibleName(), name
        assert widget.toolTip(), name


def test_a_new_call_starts_now_and_saves_every_field(qtbot, editor):
    assert child(editor, QWidget, "call-started").dateTime().toPython() == NOW.replace(second=0)
    child(editor, QSpinBox, "call-minutes").setValue(12)
    child(editor, QComboBox, "call-department").setCurrentText("Claims")
    qtbot.keyClicks(child(editor, QLineEdit, "call-phone"), "800-555-0199")
    qtbot.keyClicks(child(editor, QLineEdit, "call-rep-name"), "Kim")
    qtbot.keyClicks(child(editor, QLineEdit, "call-rep-id"), "K-77")
    qtbot.keyClicks(child(editor, QLineEdit, "call-reference"), "REF-1")
    visit = child(editor, QComboBox, "call-visit")
    assert visit.itemText(1) == "August 15, 2026 \u2014 Jo Smith"
    visit.setCurrentIndex(1)
    child(editor, QPlainTextEdit, "call-summary").setPlainText("Not covered.")
    child(editor, QPlainTextEdit, "call-outcome").setPlainText("Appeal.")
    child(editor, QCheckBox, "call-follow-up-set").setChecked(True)
    child(editor, QWidget, "call-follow-up").setDate(QDate(2026, 9, 27))
    with qtbot.waitSignal(editor.save_requested) as saved:
        child(editor, QPushButton, "call-save").click()
    assert saved.args[0] == Call(
        started=dt.datetime(2026, 9, 20, 14, 30),
        minutes=12,
        department="Claims",
        phone="800-555-0199",
        rep_name="Kim",
        rep_id="K-77",
        reference="REF-1",
        visit="v1",
        summary="Not covered.",
        outcome="Appeal.",
        follow_up=dt.date(2026, 9, 27),
    )


def test_timer_fills_the_minutes_rounded_up(qtbot, editor, clock):
    start = child(editor, QPushButton, "call-timer-start")
    stop = child(editor, QPushButton, "call-timer-stop")
    elapsed = child(editor, QLabel, "call-timer-elapsed")
    assert not stop.isEnabled()
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    assert stop.isEnabled() and not start.isEnabled()
    clock.now += 125
    qtbot.waitUntil(lambda: elapsed.text() == "02:05", timeout=2000)
    qtbot.mouseClick(stop, Qt.MouseButton.LeftButton)
    assert child(editor, QSpinBox, "call-minutes").value() == 3
    # A hold: resume, 30 more seconds, stop: 155 s in all, still 3 minutes.
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    clock.now += 30
    qtbot.mouseClick(stop, Qt.MouseButton.LeftButton)
    assert elapsed.text() == "02:35"
    assert editor.current_call().minutes == 3


def test_call_timer_and_elapsed_text():
    clock = FakeClock()
    timer = CallTimer(clock)
    assert timer.minutes() == 0 and not timer.running
    timer.start()
    clock.now += 10
    assert timer.minutes() == 1 and timer.running
    clock.now += 50
    assert timer.stop() == 60 and timer.minutes() == 1
    assert format_elapsed(3725) == "1:02:05"


def test_script_questions_can_be_ticked_and_inserted(qtbot, editor):
    script = knowledge.load("call_script")
    first, second = script["questions"][0], script["questions"][1]
    box = child(editor, QCheckBox, f"call-question-{second['id']}")
    assert box.accessibleName() == second["text"]  # the words are in a label that wraps
    text = child(editor, QLabel, f"call-question-{second['id']}-text")
    assert text.text() == second["text"] and text.wordWrap() and text.buddy() is box
    assert second["source"]["quote"] in box.toolTip()
    qtbot.mouseClick(text, Qt.MouseButton.LeftButton)  # a click on the words ticks the box
    assert box.isChecked()
    box.setChecked(False)
    summary = child(editor, QPlainTextEdit, "call-summary")
    summary.setPlainText("Called about my visit.")
    box.setChecked(True)
    child(editor, QPushButton, "call-insert-questions").click()
    assert summary.toPlainText() == f"Called about my visit.\n\nQ: {second['text']}\nA: "
    assert first["text"] not in summary.toPlainText()
    codes = child(editor, QLabel, "call-codes").text()
    assert "Z39.1" in codes and "S9443" in codes


def test_cancel_without_typing_closes_without_asking(qtbot, editor):
    with qtbot.waitSignal(editor.finished):
        child(editor, QPushButton, "call-cancel").click()
    assert not editor.isVisible()


def test_cancel_after_typing_asks_and_keeps_the_draft_if_refused(qtbot, editor, store, monkeypatch):
    qtbot.keyClicks(child(editor, QLineEdit, "call-reference"), "REF-9")
    answers = iter([False, True])
    monkeypatch.setattr(ask, "confirm", lambda *args: next(answers))
    child(editor, QPushButton, "call-cancel").click()
    assert editor.isVisible()
    editor.save_draft_now()
    assert store.get_draft("call", editor.key)["call"]["reference"] == "REF-9"
    with qtbot.waitSignal(editor.finished):
        child(editor, QPushButton, "call-cancel").click()
    assert store.get_draft("call", editor.key) is None


def test_editing_keeps_id_and_unknown_fields(qtbot, store, case_id, case, clock):
    original = store.list_calls(case_id)[0]
    original.extra["insurer_portal_note"] = "kept"
    editor = make_editor(qtbot, store, case_id, case, clock, call=original)
    assert editor.key == f"{case_id}/{original.id}"
    assert child(editor, QComboBox, "call-visit").currentData() == "v1"
    assert child(editor, QCheckBox, "call-follow-up-set").isChecked()
    child(editor, QLineEdit, "call-rep-name").setText("Kimberly")
    edited = editor.current_call()
    assert edited.id == original.id and edited.rep_name == "Kimberly"
    assert edited.extra == {"insurer_portal_note": "kept"}
    assert edited.summary == original.summary and edited.follow_up == original.follow_up


def test_a_leftover_draft_of_a_call_opens_with_it(qtbot, store, case_id, case, clock):
    original = store.list_calls(case_id)[0]
    first = make_editor(qtbot, store, case_id, case, clock, call=original)
    child(first, QLineEdit, "call-reference").setText("REF-CHANGED")
    first.hide()  # flushes the draft at once
    second = make_editor(qtbot, store, case_id, case, clock, call=original)
    assert child(second, QLineEdit, "call-reference").text() == "REF-CHANGED"
    assert child(second, QLabel, "call-notice").isVisible()
    assert second.dirty


def test_a_store_that_refuses_the_call_keeps_the_editor_open(
    qtbot, home, store, case_id, monkeypatch
):
    store.close()
    read_only = Store.open(home, read_only=True)
    context = AppContext(read_only)
    context.case_id = case_id  # set_case would try to remember it in the store
    page = CallsPage(context)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    warnings = []
    monkeypatch.setattr(ask, "warn", lambda parent, title, text: warnings.append(text))
    editor = page.new_call()
    try:
        child(editor, QLineEdit, "call-rep-name").setText("Robin")
        child(editor, QPushButton, "call-save").click()
        assert editor.isVisible()
        assert "Nothing you typed was lost" in warnings[0]
        assert child(editor, QLineEdit, "call-rep-name").text() == "Robin"
        assert page.undo_stack.count() == 0
        assert read_only.list_calls(case_id)[0].rep_name == "Kim"
    finally:
        editor._finished = True
        editor.close()
        read_only.close()


def test_a_prefill_fills_the_form_without_counting_as_typing(qtbot, store, case_id, case, clock):
    prefill = {"call": {"started": "2026-09-22T08:00:00", "department": "Member services"}}
    editor = CallEditor(store, case_id, case, draft=prefill, clock=clock, wall_clock=lambda: NOW)
    qtbot.addWidget(editor)
    editor.open()
    assert child(editor, QComboBox, "call-department").currentText() == "Member services"
    assert not editor.dirty and not child(editor, QLabel, "call-notice").isVisible()
    with qtbot.waitSignal(editor.finished):
        editor.reject()  # nothing typed: no question


def test_a_stored_draft_wins_over_a_prefill(qtbot, store, case_id, case, clock):
    typed = {"case_id": case_id, "saved_at": "2026-09-21T10:00:00", "call": {
        "started": "2026-09-21T09:55:00", "rep_name": "Typed before"}}  # fmt: skip
    store.save_draft("call", f"new-{case_id}", typed)
    prefill = {"call": {"started": "2026-09-22T08:00:00", "department": "Member services"}}
    editor = CallEditor(store, case_id, case, draft=prefill, clock=clock, wall_clock=lambda: NOW)
    qtbot.addWidget(editor, before_close_func=lambda widget: setattr(widget, "_finished", True))
    editor.open()
    assert child(editor, QLineEdit, "call-rep-name").text() == "Typed before"
    assert editor.dirty


def test_call_dates_stay_inside_the_dates_a_case_may_hold(editor, qtbot):
    """A year typed as 9999 or 1800 would be refused on save: the boxes do not take it."""
    started = child(editor, QWidget, "call-started")
    started.setDate(QDate(9999, 12, 31))
    assert started.date() == QDate(2100, 12, 31)
    follow_up = child(editor, QWidget, "call-follow-up")
    follow_up.setDate(QDate(1800, 1, 1))
    assert follow_up.date() == QDate(1900, 1, 1)
